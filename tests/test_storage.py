"""Opening files: pragmas, migrations, backups, and files that must be refused untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from icdesk.db import migrate
from icdesk.db.engine import make_engine
from icdesk.db.errors import (
    DataFileAccessError,
    DataFileLockedError,
    NewerDataFileError,
    NotADataFileError,
)
from icdesk.db.store import open_data_file
from icdesk.services import Services
from tests.conftest import FakeClock


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_built_by_migrations_to_head(db_path: Path) -> None:
    db = open_data_file(db_path)
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
        assert {"departments", "requests", "request_events", "feedback", "recognitions", "company"} <= tables
    finally:
        db.close()


def test_every_connection_has_the_safety_pragmas(db_path: Path) -> None:
    db = open_data_file(db_path)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        db.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_new_file_is_readable_by_its_owner_only(db_path: Path) -> None:
    open_data_file(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_times_are_stored_as_utc(services: Services, clock: FakeClock, db_path: Path) -> None:
    from datetime import datetime, timedelta, timezone

    clock.now = datetime(2026, 5, 1, 14, 30, tzinfo=timezone(timedelta(hours=3)))
    services.departments.create("IT")
    raw = sqlite3.connect(db_path).execute("SELECT created_at FROM departments").fetchone()[0]
    assert raw.startswith("2026-05-01 11:30:00")


@pytest.mark.parametrize("stored", ["2026-05-01 11:30:00.250000", "2026-05-01 11:30:00.25", "2026-05-01 11:30:00",
                                    "2026-05-01T11:30:00.250000"])
def test_stored_times_are_read_as_utc_instants_whatever_their_shape(services: Services, db_path: Path,
                                                                     stored: str) -> None:
    """Lists read instants from the stored text by a short way (issue 21); text written by hand or by
    an older writer in another shape must read as the same instant."""
    from datetime import UTC

    from icdesk.services.requests import RequestDraft
    from tests.helpers import small_org

    org = small_org(services, with_standard=False)
    services.requests.create(RequestDraft(title="Printer jam", provider_id=org["it"], requester_id=org["anna"]))
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE requests SET created_at = ?", (stored,))
    [row] = services.requests.list()
    micro = 250000 if ".25" in stored else 0
    assert row.created_at == datetime(2026, 5, 1, 11, 30, 0, micro, tzinfo=UTC)
    assert row.created_at.tzinfo is UTC
    assert services.requests.get(row.id).row.created_at == row.created_at


def test_file_at_first_revision_with_data_is_upgraded_and_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
        conn.exec_driver_sql(
            "INSERT INTO departments (name, name_key, description, created_at) "
            "VALUES ('Кухня', 'кухня', '', '2025-01-01 08:00:00.000000')")
    engine.dispose()
    before = digest(path)

    db = open_data_file(path)
    try:
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert [d.name for d in Services(db).departments.list()] == ["Кухня"]
    finally:
        db.close()
    backups = list(tmp_path.glob("old.*.before-upgrade-from-0001.bak.sqlite"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("SELECT name FROM departments").fetchall() == [("Кухня",)]
    assert digest(path) != before


def test_file_at_head_is_not_backed_up_again(db_path: Path) -> None:
    open_data_file(db_path).close()
    open_data_file(db_path).close()
    assert list(db_path.parent.glob("*.bak*")) == []


def test_text_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Shopping list: milk, coffee\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotADataFileError, match="not an icdesk data file"):
        open_data_file(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_damaged_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = digest(path)
    with pytest.raises(NotADataFileError):
        open_data_file(path)
    assert digest(path) == before


def test_database_of_another_program_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotADataFileError, match="another program"):
        open_data_file(path)
    assert digest(path) == before


def test_file_from_a_newer_icdesk_is_refused_and_left_unchanged(db_path: Path) -> None:
    open_data_file(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(db_path)
    with pytest.raises(NewerDataFileError, match="newer version of icdesk"):
        open_data_file(db_path)
    assert digest(db_path) == before


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DataFileAccessError, match="does not exist"):
        open_data_file(tmp_path / "gone" / "company.sqlite")
    assert not (tmp_path / "gone").exists()


def test_read_only_file_is_refused_and_left_unchanged(db_path: Path) -> None:
    open_data_file(db_path).close()
    before = digest(db_path)
    db_path.chmod(0o400)
    try:
        with pytest.raises(DataFileAccessError, match="read-only"):
            open_data_file(db_path)
        assert digest(db_path) == before
    finally:
        db_path.chmod(0o600)


def test_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DataFileAccessError, match="read-only"):
            open_data_file(folder / "company.sqlite")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_file_locked_by_another_process_is_refused_and_left_unchanged(db_path: Path) -> None:
    open_data_file(db_path).close()
    before = digest(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DataFileLockedError, match="in use by another program"):
            open_data_file(db_path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert digest(db_path) == before


def test_request_history_cannot_be_rewritten(services: Services, db_path: Path) -> None:
    from icdesk.services.requests import RequestDraft

    it = services.departments.create("IT")
    hr = services.departments.create("HR")
    services.requests.create(RequestDraft(title="Laptop", provider_id=it.id, requester_department_id=hr.id))
    conn = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE request_events SET text = 'forged'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM request_events")
    # REPLACE removes the row in its way without a DELETE: it is refused too
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("INSERT OR REPLACE INTO request_events (id, request_id, at, kind, text) "
                     "SELECT id, request_id, at, kind, 'history rewritten' FROM request_events LIMIT 1")
    assert conn.execute("SELECT COUNT(*) FROM request_events WHERE text = 'history rewritten'").fetchone() == (0,)
    conn.close()
