"""Every list order read from an index, and notes found without their accents on a file too.

Sorting requests by who provides, who asks or who works on them joined the names and sorted the
whole table for every page (a second a page at 100,000 requests). Each request now keeps those
names folded by search_key (``provider_key``; ``requester_key``, the person's name or else the
department's; ``assignee_key``, none when unassigned), with an index on each, as 0014 did for titles.
The Feedback list sorted in memory when a heading was clicked (after reading every rating); it now
pages in SQL like Requests, by rating and breakdown point from these indexes.

On a file, the notes' full-text index of 0010 held the notes as written, so "lopez" did not find a
note that says "López" (a server's trigram index reads icd_fold, which leaves accents out since
0014). The index is made again over the folded text, keeping no copy of the notes (contentless):
the history is append-only, so nothing is ever taken out of it. Each history line keeps its note
folded (``text_key``, filled by the program as ``title_key`` is), which the index is given: a
trigger calling icd_fold itself would make every program without that function unable to write
history. A server keeps the key too, so a company moved between the stores keeps its notes findable.

Existing requests are keyed in one pass in slices, and the notes indexed in slices, with progress.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from icdesk.db.migrations.told import told_share
from icdesk.domain.rules import search_key

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

SLICE = 50_000  # requests keyed, or history lines indexed, per statement: the dialog moves every second or so
KEYS = ("provider_key", "requester_key", "assignee_key")
INDEXES = {"ix_requests_provider_key": ("requests", ["provider_key", "id"]),
           "ix_requests_requester_key": ("requests", ["requester_key", "id"]),
           "ix_requests_assignee_key": ("requests", ["assignee_key", "id"]),
           "ix_feedback_rating_id": ("feedback", ["rating", "id"]),
           "ix_feedback_breakdown_point_id": ("feedback", ["breakdown_point", "id"])}

# lines already written are folded by icd_fold, search_key itself on a file (db/engine.py)
FOLDED_NOTES = [
    "DROP TRIGGER IF EXISTS note_search_insert",
    "DROP TABLE IF EXISTS note_search",
    "CREATE VIRTUAL TABLE note_search USING fts5(text, content='', tokenize='trigram')",
    "CREATE TRIGGER note_search_insert AFTER INSERT ON request_events WHEN new.text_key != '' BEGIN "
    "INSERT INTO note_search(rowid, text) VALUES (new.id, new.text_key); END",
]
NOTES_AS_WRITTEN = [  # 0010's
    "DROP TRIGGER IF EXISTS note_search_insert",
    "DROP TABLE IF EXISTS note_search",
    "CREATE VIRTUAL TABLE note_search USING fts5(text, content='request_events', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE TRIGGER note_search_insert AFTER INSERT ON request_events WHEN new.text != '' BEGIN "
    "INSERT INTO note_search(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO note_search(rowid, text) SELECT id, text FROM request_events WHERE text != ''",
]


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("requests", sa.Column("provider_key", sa.Text(), nullable=False, server_default=""))
    op.add_column("requests", sa.Column("requester_key", sa.Text(), nullable=False, server_default=""))
    op.add_column("requests", sa.Column("assignee_key", sa.Text(), nullable=True))
    op.add_column("request_events", sa.Column("text_key", sa.Text(), nullable=False, server_default=""))
    share = told_share(conn)
    low, high = conn.execute(sa.text("SELECT min(id), max(id) FROM requests")).one()
    if low is not None:
        _fill_keys(int(low), int(high), lambda done: share(0.5 * done))
    _key_notes(conn.dialect.name == "postgresql", lambda done: share(0.5 + 0.2 * done))
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)
    share(1.0)


def _fill_keys(low: int, high: int, tell: Callable[[float], None]) -> None:
    """One pass over the requests in slices of numbers. The names are few: each is folded here by
    search_key (so both stores hold what it gives) into a scratch table the pass reads by number."""
    conn = op.get_bind()
    conn.execute(sa.text("CREATE TEMPORARY TABLE icd_name_keys (kind INTEGER NOT NULL, id INTEGER NOT NULL, "
                         "name_key TEXT NOT NULL, PRIMARY KEY (kind, id))"))
    people = [{"kind": 1, "id": i, "k": search_key(n)}
              for i, n in conn.execute(sa.text("SELECT id, full_name FROM people"))]
    departments = [{"kind": 2, "id": i, "k": search_key(n)}
                   for i, n in conn.execute(sa.text("SELECT id, name FROM departments"))]
    if people or departments:
        conn.execute(sa.text("INSERT INTO icd_name_keys (kind, id, name_key) VALUES (:kind, :id, :k)"),
                     people + departments)

    def named(kind: int, column: str) -> str:
        return f"(SELECT name_key FROM icd_name_keys k WHERE k.kind = {kind} AND k.id = requests.{column})"

    statement = sa.text(
        f"UPDATE requests SET provider_key = coalesce({named(2, 'provider_id')}, ''), "
        f"requester_key = coalesce({named(1, 'requester_id')}, {named(2, 'requester_department_id')}, ''), "
        f"assignee_key = {named(1, 'assignee_id')} WHERE id >= :lo AND id < :hi")
    for start in range(low, high + 1, SLICE):
        conn.execute(statement, {"lo": start, "hi": start + SLICE})
        tell((min(start + SLICE, high + 1) - low) / (high + 1 - low))
    conn.execute(sa.text("DROP TABLE icd_name_keys"))


def _key_notes(server: bool, tell: Callable[[float], None]) -> None:
    """Every history line given its note folded, one slice of lines at a time; on a file the notes'
    index is made again from those keys. The history refuses updates: its guard against them is
    lifted inside this transaction only (a failure rolls the upgrade back, the guard included)."""
    conn = op.get_bind()
    if server:
        conn.exec_driver_sql("ALTER TABLE request_events DISABLE TRIGGER request_events_no_update")
    else:
        guard = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name = 'request_events_no_update'").scalar()
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS request_events_no_update")
        for statement in FOLDED_NOTES:
            op.execute(statement)
    low, high = conn.execute(sa.text("SELECT min(id), max(id) FROM request_events")).one()
    for start in range(int(low or 0), int(high or -1) + 1, SLICE):
        bounds = {"lo": start, "hi": start + SLICE}
        if server:  # folded here, so both stores hold exactly what search_key gives
            rows = conn.execute(sa.text("SELECT id, text FROM request_events WHERE id >= :lo AND id < :hi "
                                        "AND text != ''"), bounds).all()
            if rows:
                conn.execute(sa.text("UPDATE request_events SET text_key = :k WHERE id = :id"),
                             [{"id": i, "k": search_key(t)} for i, t in rows])
        else:
            conn.execute(sa.text("UPDATE request_events SET text_key = icd_fold(text) "
                                 "WHERE id >= :lo AND id < :hi AND text != ''"), bounds)
            conn.execute(sa.text("INSERT INTO note_search(rowid, text) SELECT id, text_key FROM request_events "
                                 "WHERE id >= :lo AND id < :hi AND text_key != ''"), bounds)
        tell((min(start + SLICE, int(high) + 1) - int(low)) / (int(high) + 1 - int(low)))
    if server:
        conn.exec_driver_sql("ALTER TABLE request_events ENABLE TRIGGER request_events_no_update")
    elif guard:
        conn.exec_driver_sql(guard)


def downgrade() -> None:
    """Back to 0014 on a file, for tests that bring a file to an older schema (people never go back:
    they restore a backup)."""
    if op.get_bind().dialect.name != "sqlite":
        raise NotImplementedError("a company on a server is only ever upgraded; restore a backup to go back")
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table)
    for statement in NOTES_AS_WRITTEN:
        op.execute(statement)
    for column in KEYS:
        op.execute(f"ALTER TABLE requests DROP COLUMN {column}")
    op.execute("ALTER TABLE request_events DROP COLUMN text_key")
