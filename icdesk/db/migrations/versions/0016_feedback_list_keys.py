"""The Feedback list read from indexes in every order, and what a department gave from one index.

Sorting the Feedback list by who gave a rating joined the people and departments and sorted every
rating for each page (a fifth of a second at 100,000 requests, seconds at a million). Each rating now
keeps that name folded by search_key (``author_key``: the person's name, else the department's; empty
when anonymous, which names no one), with an index, as 0015 did for the requests' names. Newest first
was read from ``(created_at, rating)``, which left the ratings of one instant to be sorted by number:
``(created_at, id)`` gives the list's order itself.

The scorecard's "ratings given" (the ratings a department gave in a period) looked up each of the
department's ratings in the table: ``(author_department_id, created_at, rating)`` holds all it reads
(about 30 ms at a million requests, 1 ms from the index). It starts with what the index on
``author_department_id`` alone held, which is dropped.

Existing ratings are keyed in one pass in slices, with progress.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from icdesk.db.migrations.told import told_share
from icdesk.domain.rules import search_key

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

SLICE = 50_000  # ratings keyed per statement: the dialog moves every second or so
INDEXES = {"ix_feedback_created_at_id": ["created_at", "id"],
           "ix_feedback_author_key": ["author_key", "id"],
           "ix_feedback_author_department_given": ["author_department_id", "created_at", "rating"]}
REPLACED = ("ix_feedback_author_department_id", ["author_department_id"])


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("feedback", sa.Column("author_key", sa.Text(), nullable=False, server_default=""))
    share = told_share(conn)

    first, last = conn.execute(sa.text("SELECT min(id), max(id) FROM feedback")).one()
    if first is not None:
        _fill_keys(int(first), int(last), lambda done: share(0.5 * done))
    op.drop_index(REPLACED[0], "feedback")
    for made, (name, columns) in enumerate(INDEXES.items(), start=1):  # a second each at a million requests
        op.create_index(name, "feedback", columns)
        share(0.5 + 0.5 * made / len(INDEXES))


def _fill_keys(low: int, high: int, tell: Callable[[float], None]) -> None:
    """One pass over the ratings in slices of numbers. The names are few: each is folded here by
    search_key (so both stores hold what it gives) into a scratch table the pass reads by number.
    An anonymous rating has no author and no author's department: its key stays empty."""
    conn = op.get_bind()
    conn.execute(sa.text("CREATE TEMPORARY TABLE icd_author_keys (kind INTEGER NOT NULL, id INTEGER NOT NULL, "
                         "name_key TEXT NOT NULL, PRIMARY KEY (kind, id))"))
    people = [{"kind": 1, "id": i, "k": search_key(n)}
              for i, n in conn.execute(sa.text("SELECT id, full_name FROM people"))]
    departments = [{"kind": 2, "id": i, "k": search_key(n)}
                   for i, n in conn.execute(sa.text("SELECT id, name FROM departments"))]
    if people or departments:
        conn.execute(sa.text("INSERT INTO icd_author_keys (kind, id, name_key) VALUES (:kind, :id, :k)"),
                     people + departments)

    def named(kind: int, column: str) -> str:
        return f"(SELECT name_key FROM icd_author_keys k WHERE k.kind = {kind} AND k.id = feedback.{column})"

    statement = sa.text(
        f"UPDATE feedback SET author_key = coalesce({named(1, 'author_id')}, {named(2, 'author_department_id')}, '') "
        "WHERE id >= :lo AND id < :hi AND (author_id IS NOT NULL OR author_department_id IS NOT NULL)")
    for start in range(low, high + 1, SLICE):
        conn.execute(statement, {"lo": start, "hi": start + SLICE})
        tell((min(start + SLICE, high + 1) - low) / (high + 1 - low))
    conn.execute(sa.text("DROP TABLE icd_author_keys"))


def downgrade() -> None:
    """Back to 0015 on a file, for tests that bring a file to an older schema (people never go back:
    they restore a backup)."""
    if op.get_bind().dialect.name != "sqlite":
        raise NotImplementedError("a company on a server is only ever upgraded; restore a backup to go back")
    for name in INDEXES:
        op.drop_index(name, "feedback")
    op.create_index(REPLACED[0], "feedback", REPLACED[1])
    op.execute("ALTER TABLE feedback DROP COLUMN author_key")
