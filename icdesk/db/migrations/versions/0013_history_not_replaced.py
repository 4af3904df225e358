"""The append-only history cannot be rewritten with INSERT OR REPLACE either.

SQLite's REPLACE removes the row in the way without running DELETE triggers, so the guards of
0002 and 0009 (no UPDATE, no DELETE) let "INSERT OR REPLACE INTO request_events ..." put a new
text under an old line of a request's history. A row whose number is taken now refuses the insert.
PostgreSQL has no REPLACE: its INSERT ... ON CONFLICT DO UPDATE runs the UPDATE guard already.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# table: (the row's key, the sentence)
GUARDED = {"request_events": ("id", "request history is append-only"),
           "survey_answers": ("id", "survey answers cannot be changed"),
           "survey_scores": ("answer_id = NEW.answer_id AND question_id", "survey answers cannot be changed")}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, (key, message) in GUARDED.items():
        column = key.rsplit(" ", 1)[-1]
        op.execute(f"CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table} "
                   f"WHEN EXISTS (SELECT 1 FROM {table} WHERE {key} = NEW.{column}) "
                   f"BEGIN SELECT RAISE(ABORT, '{message}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in GUARDED:
        op.execute(f"DROP TRIGGER {table}_no_replace")
