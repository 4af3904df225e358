"""Working calendars: each department's weekly hours, public holidays and closures.

Revision ID: 0005
Revises: 0010
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every department so far counted every hour: it stays open around the clock until its
    # manager gives it working hours, so no deadline of an existing file moves.
    op.add_column("departments", sa.Column("always_open", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.add_column("departments", sa.Column("holiday_country", sa.String(length=8), nullable=False, server_default=""))
    op.add_column("departments", sa.Column("holiday_region", sa.String(length=40), nullable=False, server_default=""))
    op.create_table(
        "working_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_working_hours_weekday_range")),
        sa.CheckConstraint("0 <= start_minute AND start_minute < end_minute AND end_minute <= 1440",
                           name=op.f("ck_working_hours_minutes_range")),
        sa.ForeignKeyConstraint(["department_id"], ["departments.id"],
                                name=op.f("fk_working_hours_department_id_departments")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_working_hours")),
    )
    op.create_index(op.f("ix_working_hours_department_id"), "working_hours", ["department_id"])
    op.create_table(
        "closed_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=True),
        sa.Column("end_minute", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["departments.id"],
                                name=op.f("fk_closed_periods_department_id_departments")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closed_periods")),
    )
    op.create_index(op.f("ix_closed_periods_department_id"), "closed_periods", ["department_id"])


def downgrade() -> None:
    raise NotImplementedError("icdesk files are only ever upgraded; restore a backup to go back")
