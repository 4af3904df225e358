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
    if op.get_bind().dialect.name == "postgresql":
        _refuse_changes_on_server("request_events", "request history is append-only")
        return
    op.execute(
        "CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events "
        "BEGIN SELECT RAISE(ABORT, 'request history is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER request_events_no_delete BEFORE DELETE ON request_events "
        "BEGIN SELECT RAISE(ABORT, 'request history is append-only'); END"
    )


# One trigger function for every append-only table: it refuses with the message its trigger names.
# TRUNCATE is refused too: SQLite has no such statement, a server empties a table with it.
PG_REFUSE = """CREATE OR REPLACE FUNCTION icd_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation';
END $$"""


def _refuse_changes_on_server(table: str, message: str) -> None:
    op.execute(PG_REFUSE)
    for what in ("UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER {table}_no_{what.lower()} BEFORE {what} ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION icd_refuse_change('{message}')")
    op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
               f"FOR EACH STATEMENT EXECUTE FUNCTION icd_refuse_change('{message}')")


def downgrade() -> None:
    op.execute("DROP TRIGGER request_events_no_delete")
    op.execute("DROP TRIGGER request_events_no_update")
    for name in INDEXES:
        op.drop_index(name, "requests")
