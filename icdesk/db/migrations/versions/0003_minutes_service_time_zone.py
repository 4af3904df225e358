"""Targets in whole minutes, stored service time of resolved requests, the company's time zone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from icdesk.db.localzone import local_zone_name

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Targets were hours with one decimal shown: 0.25 h became 0.3 h on every edit. Minutes are exact.
    op.add_column("standard_versions", sa.Column("first_response_minutes", sa.Integer(), nullable=True))
    op.add_column("standard_versions", sa.Column("resolution_minutes", sa.Integer(), nullable=True))
    op.execute("UPDATE standard_versions SET "
               "first_response_minutes = CAST(ROUND(first_response_hours * 60) AS INTEGER), "
               "resolution_minutes = CAST(ROUND(resolution_hours * 60) AS INTEGER)")
    # Native DROP COLUMN (SQLite 3.35+): a batch table rebuild would cascade-delete the steps.
    op.execute("ALTER TABLE standard_versions DROP COLUMN first_response_hours")
    op.execute("ALTER TABLE standard_versions DROP COLUMN resolution_hours")

    # The provider's time to resolve, computed once by the deadline clock instead of in every report.
    op.add_column("requests", sa.Column("service_seconds", sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE requests SET service_seconds = GREATEST(0, CAST(ROUND("
                   "EXTRACT(EPOCH FROM resolved_at - created_at)) AS INTEGER) - paused_seconds) "
                   "WHERE resolved_at IS NOT NULL")
    else:
        op.execute("UPDATE requests SET service_seconds = MAX(0, CAST(ROUND("
                   "(julianday(resolved_at) - julianday(created_at)) * 86400) AS INTEGER) - paused_seconds) "
                   "WHERE resolved_at IS NOT NULL")

    # The file was shown in this PC's time until now; keep showing it that way.
    op.add_column("company", sa.Column("time_zone", sa.String(length=64), nullable=False,
                                       server_default=local_zone_name()))


def downgrade() -> None:
    raise NotImplementedError("icdesk files are only ever upgraded; restore a backup to go back")
