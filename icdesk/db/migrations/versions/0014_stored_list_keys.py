"""Stored keys for lists: titles and details folded for search and sort, priority as a rank, and indexes.

Sorting a million requests by title folded each title in Python on every page, and sorting by
priority ranked each one with a CASE: neither could be read from an index. Now each request keeps
``title_key`` and ``description_key`` (case and accents left out by domain.rules.search_key, so
"lopez" finds "López") and ``priority_rank``; indexes on them, on status and on the due date let
lists read one page after another by key (keyset paging) instead of counting past OFFSET rows.
Two covering indexes let the service summary add up a period from the index alone.

On a file, the full-text index of 0010 is rebuilt over the folded keys, so a search ignores accents
too. On a server, icd_fold leaves accents out as well, the trigram indexes move to the stored keys,
and the notes' index is rebuilt for the new fold.

Existing requests are keyed in one pass over the table, in slices so the window can show progress.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import context, op

from icdesk.domain.rules import search_key

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

SLICE = 20_000  # requests keyed per statement: the progress dialog moves at least every second or so
RANKS = {"low": 1, "normal": 2, "high": 3, "urgent": 4}
INDEXES = {"ix_requests_title_key": ["title_key", "id"], "ix_requests_priority_rank": ["priority_rank", "id"],
           "ix_requests_status_id": ["status", "id"], "ix_requests_due_id": ["resolution_due_at", "id"],
           # the service summary adds up what these hold without reading the rows
           "ix_requests_created_provider": ["created_at", "provider_id"],
           "ix_requests_resolved_figures": ["resolved_at", "provider_id", "service_seconds", "resolution_due_at"]}

FILE_SEARCH = [
    "DROP TRIGGER IF EXISTS request_search_insert",
    "DROP TRIGGER IF EXISTS request_search_update",
    "DROP TRIGGER IF EXISTS request_search_delete",
    "DROP TABLE IF EXISTS request_search",
    "CREATE VIRTUAL TABLE request_search USING fts5(title_key, description_key, content='requests', "
    "content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER request_search_insert AFTER INSERT ON requests BEGIN "
    "INSERT INTO request_search(rowid, title_key, description_key) "
    "VALUES (new.id, new.title_key, new.description_key); END",
    "CREATE TRIGGER request_search_update AFTER UPDATE OF title_key, description_key ON requests BEGIN "
    "INSERT INTO request_search(request_search, rowid, title_key, description_key) "
    "VALUES ('delete', old.id, old.title_key, old.description_key); "
    "INSERT INTO request_search(rowid, title_key, description_key) "
    "VALUES (new.id, new.title_key, new.description_key); END",
    "CREATE TRIGGER request_search_delete AFTER DELETE ON requests BEGIN "
    "INSERT INTO request_search(request_search, rowid, title_key, description_key) "
    "VALUES ('delete', old.id, old.title_key, old.description_key); END",
]

# as 0001's, with combining marks (accents) taken out of the decomposed text first: the server's
# search then ignores accents as the stored keys do
PG_FOLD = ("CREATE OR REPLACE FUNCTION icd_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
           "PARALLEL SAFE AS $$ SELECT lower(regexp_replace(normalize(value, NFKD), '[\\u0300-\\u036f]', '', 'g') "
           "COLLATE {collation}) $$")
PG_OLD_SEARCH = ("ix_requests_title_search", "ix_requests_description_search")
PG_KEY_SEARCH = {"ix_requests_title_key_search": "title_key", "ix_requests_description_key_search": "description_key"}


def progress() -> Callable[[int, int], None]:
    """The caller's ``progress(done, total)`` (migrate.upgrade), or nothing to tell."""
    found: Any = context.config.attributes.get("progress")
    return found if callable(found) else (lambda _done, _total: None)


def upgrade() -> None:
    op.add_column("requests", sa.Column("title_key", sa.Text(), nullable=False, server_default=""))
    op.add_column("requests", sa.Column("description_key", sa.Text(), nullable=False, server_default=""))
    op.add_column("requests", sa.Column("priority_rank", sa.SmallInteger(), nullable=False, server_default="2"))
    server = op.get_bind().dialect.name == "postgresql"
    if server:
        _fold_without_accents_on_server()
    # progress counts each request twice: once keyed, once indexed
    total = _fill_keys(server)
    for name, columns in INDEXES.items():
        op.create_index(name, "requests", columns)
    progress()(total + total // 2, 2 * total)
    if server:
        _search_keys_on_server()
    elif op.get_bind().dialect.name == "sqlite":
        for statement in FILE_SEARCH:
            op.execute(statement)
        op.execute("INSERT INTO request_search(request_search) VALUES ('rebuild')")
    progress()(2 * total, 2 * total)


def _fill_keys(server: bool) -> int:
    """One pass in slices of request numbers. A file folds in SQL with icd_fold, which is
    search_key itself (db/engine.py); a server's rows are folded here, so both stores hold
    exactly what search_key gives for what the user types."""
    conn = op.get_bind()
    low, high = conn.execute(sa.text("SELECT min(id), max(id) FROM requests")).one()
    if low is None:
        return 0
    tell, total = progress(), int(high) + 1 - int(low)
    rank = "CASE priority " + " ".join(f"WHEN '{p}' THEN {r}" for p, r in RANKS.items()) + " ELSE 2 END"
    for start in range(low, high + 1, SLICE):
        bounds = {"lo": start, "hi": start + SLICE}
        if server:
            rows = conn.execute(sa.text("SELECT id, title, description, priority FROM requests "
                                        "WHERE id >= :lo AND id < :hi"), bounds).all()
            if rows:
                conn.execute(sa.text("UPDATE requests SET title_key = :t, description_key = :d, priority_rank = :r "
                                     "WHERE id = :id"),
                             [{"id": i, "t": search_key(t or ""), "d": search_key(d or ""), "r": RANKS.get(p, 2)}
                              for i, t, d, p in rows])
        else:
            conn.execute(sa.text(f"UPDATE requests SET title_key = icd_fold(title), "
                                 f"description_key = coalesce(icd_fold(description), ''), priority_rank = {rank} "
                                 f"WHERE id >= :lo AND id < :hi"), bounds)
        tell(min(start + SLICE, high + 1) - low, 2 * total)
    return total


def _fold_without_accents_on_server() -> None:
    conn = op.get_bind()
    icu = conn.exec_driver_sql("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'").first() is not None
    conn.exec_driver_sql(PG_FOLD.format(collation='"und-x-icu"' if icu else '"default"'))


def _search_keys_on_server() -> None:
    """The trigram indexes of 0010 read icd_fold(title); searches now read the stored keys."""
    conn = op.get_bind()
    have = set(conn.execute(sa.text("SELECT indexname FROM pg_indexes WHERE tablename = 'requests'")).scalars())
    if not have.intersection(PG_OLD_SEARCH):
        return  # pg_trgm could not be added (0010): searches read every row, as before
    for name in PG_OLD_SEARCH:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for name, column in PG_KEY_SEARCH.items():
        op.execute(f"CREATE INDEX {name} ON requests USING gin ({column} gin_trgm_ops)")
    op.execute("REINDEX INDEX ix_request_events_text_search")  # icd_fold changed under it


def downgrade() -> None:
    """Back to 0013 on a file, for tests that bring a file to an older schema (people never go back:
    they restore a backup). The search of 0010 over the titles as written comes back."""
    if op.get_bind().dialect.name != "sqlite":
        raise NotImplementedError("a company on a server is only ever upgraded; restore a backup to go back")
    for statement in FILE_SEARCH[:4]:  # the search over the keys goes first: its triggers read the key columns
        op.execute(statement)
    for statement in FILE_SEARCH[4:]:
        op.execute(statement.replace("title_key", "title").replace("description_key", "description"))
    op.execute("INSERT INTO request_search(request_search) VALUES ('rebuild')")
    for name in INDEXES:
        op.drop_index(name, "requests")
    for column in ("title_key", "description_key", "priority_rank"):
        op.execute(f"ALTER TABLE requests DROP COLUMN {column}")
