"""A bulk load checks its references once, at the end (``Database.transaction(keys_checked_at_end=True)``):
a dangling one still refuses the whole load, and every later unit of work checks row by row again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from icdesk.db.store import open_data_file

DANGLING = ("INSERT INTO people (id, full_name, kind, job_title, email, department_id, active, created_at) "
            "VALUES (1, 'Ann', 'full_time', '', '', 999, 1, '2026-01-01 00:00:00.000000')")


def _people(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM people").fetchone()[0])
    finally:
        conn.close()


def test_a_dangling_reference_refuses_the_whole_bulk_load(tmp_path: Path) -> None:
    path = tmp_path / "hotel.sqlite"
    db = open_data_file(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="people"), db.transaction(keys_checked_at_end=True) as s:
            assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
            s.execute(text(DANGLING))  # not refused row by row ...
        assert _people(path) == 0  # ... but at the end, and nothing of the load is kept
        for _ in range(3):  # whichever pooled connection comes next checks each row again
            with pytest.raises(Exception, match="FOREIGN KEY"), db.transaction() as s:
                assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                s.execute(text(DANGLING))
        assert _people(path) == 0
    finally:
        db.close()
