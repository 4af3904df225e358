"""The Feedback list sorted by comment from an index.

Sorting by the comment sorted every rating's whole comment for each page (a full sort of the table,
and "Ärger" after "zu spät": the stored text's byte order). Each rating now keeps its comment folded
by search_key and cut to its first 64 characters (``comment_key``), with an index on (comment_key, id):
a page is read along the index, in the same order for accents and Cyrillic as titles are sorted.
Comments alike in their first 64 characters follow each other by number. An empty comment has an
empty key (first going up, last going down).

Existing ratings are keyed in one pass in slices of numbers, with progress (as 0016): a file folds in
SQL with icd_fold, which is search_key itself (db/engine.py); a server's comments are folded here, so
both stores hold exactly what ``domain.rules.comment_key`` gives a new rating.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from icdesk.db.migrations.told import told_share
from icdesk.domain.rules import search_key

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

LENGTH = 64  # characters of the folded comment kept: what this migration stores, whatever rules.py says later
SLICE = 50_000  # ratings keyed per statement: the dialog moves every second or so
INDEX = ("ix_feedback_comment_key", ["comment_key", "id"])
KEYED = 0.8  # the share of the progress told while keying; the index takes the rest


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("feedback", sa.Column("comment_key", sa.Text(), nullable=False, server_default=""))
    share = told_share(conn)

    first, last = conn.execute(sa.text("SELECT min(id), max(id) FROM feedback")).one()
    if first is not None:
        _fill_keys(int(first), int(last), conn.dialect.name == "sqlite", lambda done: share(KEYED * done))
    op.create_index(INDEX[0], "feedback", INDEX[1])
    share(1.0)


def _fill_keys(low: int, high: int, on_file: bool, tell: Callable[[float], None]) -> None:
    """One pass over the ratings in slices of numbers; ratings without a comment keep the empty key."""
    conn = op.get_bind()
    bounds = "id >= :lo AND id < :hi AND comment <> ''"
    for start in range(low, high + 1, SLICE):
        values = {"lo": start, "hi": start + SLICE}
        if on_file:
            conn.execute(sa.text(f"UPDATE feedback SET comment_key = substr(icd_fold(comment), 1, {LENGTH}) "
                                 f"WHERE {bounds}"), values)
        else:
            rows = conn.execute(sa.text(f"SELECT id, comment FROM feedback WHERE {bounds}"), values).all()
            if rows:
                conn.execute(sa.text("UPDATE feedback SET comment_key = :k WHERE id = :id"),
                             [{"id": i, "k": search_key(c)[:LENGTH]} for i, c in rows])
        tell((min(start + SLICE, high + 1) - low) / (high + 1 - low))


def downgrade() -> None:
    """Back to 0016 on a file, for tests that bring a file to an older schema (people never go back:
    they restore a backup)."""
    if op.get_bind().dialect.name != "sqlite":
        raise NotImplementedError("a company on a server is only ever upgraded; restore a backup to go back")
    op.drop_index(INDEX[0], "feedback")
    op.execute("ALTER TABLE feedback DROP COLUMN comment_key")
