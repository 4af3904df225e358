"""A search index over what requests say: titles, details and the notes of their history.

Revision ID: 0010
Revises: 0004
Create Date: 2026-11-30

SQLite's FTS5 with the trigram tokenizer finds any three or more letters anywhere in a word, in any
alphabet and case ("rint" finds "Printer", "принтер" finds "Принтер"), from an index instead of
reading every row: a search over 100,000 requests and their notes answers in milliseconds.
Triggers keep the index in step with every write, however it is made.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0004"
branch_labels = None
depends_on = None

STATEMENTS = [
    "CREATE VIRTUAL TABLE request_search USING fts5(title, description, content='requests', "
    "content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER request_search_insert AFTER INSERT ON requests BEGIN "
    "INSERT INTO request_search(rowid, title, description) VALUES (new.id, new.title, new.description); END",
    "CREATE TRIGGER request_search_update AFTER UPDATE OF title, description ON requests BEGIN "
    "INSERT INTO request_search(request_search, rowid, title, description) "
    "VALUES ('delete', old.id, old.title, old.description); "
    "INSERT INTO request_search(rowid, title, description) VALUES (new.id, new.title, new.description); END",
    "CREATE TRIGGER request_search_delete AFTER DELETE ON requests BEGIN "
    "INSERT INTO request_search(request_search, rowid, title, description) "
    "VALUES ('delete', old.id, old.title, old.description); END",
    # the history is append-only (0002's triggers refuse changes), so new lines are all there is
    "CREATE VIRTUAL TABLE note_search USING fts5(text, content='request_events', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE TRIGGER note_search_insert AFTER INSERT ON request_events WHEN new.text != '' BEGIN "
    "INSERT INTO note_search(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO request_search(request_search) VALUES ('rebuild')",
    "INSERT INTO note_search(rowid, text) SELECT id, text FROM request_events WHERE text != ''",
]


def upgrade() -> None:
    # "asked by" in a search: the requester's requests found by index, not by reading them all
    op.create_index("ix_requests_requester_id", "requests", ["requester_id"])
    if op.get_bind().dialect.name == "postgresql":
        _trigram_indexes_on_server()
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in STATEMENTS:
        op.execute(statement)


# On a server the search reads icd_fold(column) LIKE '%...%' (services/request_queries.py); pg_trgm's GIN
# indexes answer that from the index, as FTS5's trigrams do on SQLite, and the server keeps them in
# step itself. pg_trgm is a trusted extension (a database owner may add it); where it cannot be added
# the same search reads every row: the same answers, only slower on a large company.
PG_SEARCH_INDEXES = {
    "ix_requests_title_search": ("requests", "title"),
    "ix_requests_description_search": ("requests", "description"),
    "ix_request_events_text_search": ("request_events", "text"),
}


def _trigram_indexes_on_server() -> None:
    conn = op.get_bind()
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        return
    for name, (table, column) in PG_SEARCH_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} USING gin (icd_fold({column}) gin_trgm_ops)")


def downgrade() -> None:
    raise NotImplementedError("icdesk files are only ever upgraded; restore a backup to go back")
