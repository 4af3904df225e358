"""Indexes the dashboard and the feedback list need on a large file.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEXES = {
    # "resolved within target in the last 30 days", answered from the index alone
    ("requests", "ix_requests_resolved_at"): ["resolved_at", "resolution_due_at"],
    # newest feedback first, and "average rating in the last 30 days" from the index alone
    ("feedback", "ix_feedback_created_at"): ["created_at", "rating"],
    # how a department rates others (its scorecard and its page in Departments & People)
    ("feedback", "ix_feedback_author_department_id"): ["author_department_id"],
    # open and overdue requests: the status and every deadline the overdue test reads
    ("requests", "ix_requests_open_deadlines"): ["status", "response_due_at", "resolution_due_at", "waiting_since"],
}


def upgrade() -> None:
    for (table, name), columns in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for (table, name), _columns in INDEXES.items():
        op.drop_index(name, table)
