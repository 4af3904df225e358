"""The example company's fast writer leaves a file like a new one (every index, trigger and search
index); tests/test_demo_requests.py checks the rows it writes against the window's write path."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from icdesk.db.store import open_data_file
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from tests.conftest import FakeClock

# the whole schema: tables, every index (some are dropped and made again while the requests go in,
# some kept), triggers and the search indexes' tables
SCHEMA = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"


def opened_like_a_new_file(path: Path, folder: Path) -> sqlite3.Connection:
    """``path`` opened, once it is found to have a new file's whole schema, to be in WAL and whole."""
    empty = folder / "empty.sqlite"
    open_data_file(empty).close()
    new = sqlite3.connect(empty)
    try:
        schema = new.execute(SCHEMA).fetchall()
    finally:
        new.close()
    conn = sqlite3.connect(path)
    assert conn.execute(SCHEMA).fetchall() == schema
    assert conn.execute("PRAGMA journal_mode").fetchall() == [("wal",)]
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    return conn


def test_the_example_file_keeps_every_index_of_a_new_file(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "hotel.sqlite"
    services = Services(open_data_file(path), clock=clock)
    services.demo.fill(DemoOptions(requests=400))
    services.close()
    hotel = opened_like_a_new_file(path, tmp_path)
    try:
        # the search indexes, filled once after the rows went in, hold what the row triggers put there
        # (against its content only for requests: the notes' index leaves out lines without text, by design)
        hotel.execute("INSERT INTO request_search(request_search, rank) VALUES ('integrity-check', 1)")
        hotel.execute("INSERT INTO note_search(note_search) VALUES ('integrity-check')")
        found = hotel.execute("SELECT rowid FROM request_search WHERE request_search MATCH '\"printer\"' "
                              "ORDER BY rowid").fetchall()
        assert found and found == hotel.execute("SELECT id FROM requests WHERE title_key LIKE '%printer%' "
                                                "OR description_key LIKE '%printer%' ORDER BY id").fetchall()
        noted = hotel.execute("SELECT rowid FROM note_search WHERE note_search MATCH '\"details\"' "
                              "ORDER BY rowid").fetchall()
        assert noted and noted == hotel.execute("SELECT id FROM request_events WHERE text LIKE '%details%' "
                                                "ORDER BY id").fetchall()
        assert hotel.execute("SELECT count(*) FROM note_search_docsize").fetchone() == hotel.execute(
            "SELECT count(*) FROM request_events WHERE text != ''").fetchone()
    finally:
        hotel.close()
