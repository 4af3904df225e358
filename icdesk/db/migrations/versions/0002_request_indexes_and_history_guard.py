"""Indexes for the request list and overdue queries; request history made append-only.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_requests_status_resolution_due_at": ["status", "resolution_due_at"],
    "ix_requests_provider_id_created_at": ["provider_id", "created_at"],
    "ix_requests_requester_department_id": ["requester_department_id"],
    "ix_requests_assignee_id": ["assignee_id"],
    "ix_requests_created_at": ["created_at"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "requests", columns)
    # The history is evidence of what happened: no code path, ours or a bug, may rewrite it.
    op.execute(
        "CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events "
        "BEGIN SELECT RAISE(ABORT, 'request history is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER request_events_no_delete BEFORE DELETE ON request_events "
        "BEGIN SELECT RAISE(ABORT, 'request history is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER request_events_no_delete")
    op.execute("DROP TRIGGER request_events_no_update")
    for name in INDEXES:
        op.drop_index(name, "requests")
