"""Backups, restore, one writer per file, CSV export, and what happens when the disk says no."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from icdesk.cli import main
from icdesk.db import backup as storage
from icdesk.db.backup import BackupPolicy
from icdesk.db.lock import FileInUseError, lock_path
from icdesk.db.store import open_data_file
from icdesk.domain.errors import StorageError
from icdesk.services import Services
from icdesk.services.backups import restore_from_backup
from icdesk.services.exports import neutralise, write_csv
from tests.conftest import FakeClock


def test_daily_backup_once_a_day_verified_and_private(services: Services, clock: FakeClock,
                                                      db_path: Path) -> None:
    services.departments.create("IT")
    first = services.backups.auto_backup()
    assert first is not None and first.parent == db_path.with_name("company-backups")
    assert services.backups.auto_backup() is None  # same day: no second one
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert sqlite3.connect(first).execute("SELECT name FROM departments").fetchall() == [("IT",)]
    assert not list(first.parent.glob("*-wal")) and not list(first.parent.glob("*.partial"))
    clock.advance(days=1)
    assert services.backups.auto_backup() is not None
    [row, *_] = services.backups.list()
    assert row.label == "daily" and row.counts["departments"] == 1


def test_retention_keeps_the_last_14_and_one_a_month(services: Services, clock: FakeClock, db_path: Path) -> None:
    for _ in range(120):  # 2 March to 29 June 2026, one backup a day
        services.backups.auto_backup(BackupPolicy(keep_daily=14, keep_monthly=12))
        clock.advance(days=1)
    daily = sorted(b.made_at.date().isoformat() for b in storage.list_backups(db_path) if b.label == "daily")
    # the last 14 days, plus the newest backup of each earlier month
    assert daily == ["2026-03-31", "2026-04-30", "2026-05-31"] + [f"2026-06-{d}" for d in range(16, 30)]


def test_retention_numbers_are_configurable(services: Services, clock: FakeClock, db_path: Path) -> None:
    for _ in range(10):
        services.backups.auto_backup(BackupPolicy(keep_daily=3, keep_monthly=0))
        clock.advance(days=1)
    assert len(storage.list_backups(db_path)) == 3


def test_backup_now_to_a_chosen_place_and_not_over_the_file_itself(services: Services, tmp_path: Path,
                                                                   db_path: Path) -> None:
    target = tmp_path / "usb" / "copy.sqlite"
    target.parent.mkdir()
    assert services.backups.backup_now(target) == target
    storage.verify(target)
    with pytest.raises(Exception, match="another file"):
        services.backups.backup_now(db_path)


def test_restore_keeps_the_current_file_first(services: Services, db_path: Path) -> None:
    services.departments.create("Kept in backup")
    backup = services.backups.backup_now()
    services.departments.create("Made after the backup")
    services.close()
    kept = restore_from_backup(db_path, backup)
    assert {r[0] for r in sqlite3.connect(kept).execute("SELECT name FROM departments")} == {
        "Kept in backup", "Made after the backup"}
    reopened = Services(open_data_file(db_path))
    assert [d.name for d in reopened.departments.list()] == ["Kept in backup"]
    reopened.close()


def test_restore_refuses_a_broken_backup_and_changes_nothing(services: Services, db_path: Path,
                                                             tmp_path: Path) -> None:
    services.departments.create("IT")
    services.close()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(StorageError, match="Nothing was restored"):
        restore_from_backup(db_path, bad)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_restore_refuses_a_backup_missing_a_table_and_changes_nothing(services: Services, db_path: Path,
                                                                     tmp_path: Path) -> None:
    services.departments.create("IT")
    backup = services.backups.backup_now(tmp_path / "copy.sqlite")
    services.close()
    with sqlite3.connect(backup) as conn:  # sound as a database, no longer a whole company
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DROP TABLE feedback")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(StorageError, match="Nothing was restored.*feedback"):
        restore_from_backup(db_path, backup)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_cli_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "h.sqlite"
    assert main(["--db", str(db), "demo", "--requests", "20"]) == 0
    assert main(["--db", str(db), "backup"]) == 0
    backup = next(db.with_name("h-backups").glob("*.manual.sqlite"))
    services = Services(open_data_file(db))
    services.departments.create("Spa")
    services.close()
    assert main(["--db", str(db), "restore", str(backup)]) == 0
    assert "kept as" in capsys.readouterr().out
    services = Services(open_data_file(db))
    assert "Spa" not in [d.name for d in services.departments.list()]
    services.close()


def test_cli_restore_of_another_companys_backup_asks_for_it_by_name(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    hotel, acme = tmp_path / "hotel.sqlite", tmp_path / "acme.sqlite"
    for path, name in ((hotel, "Hotel Aurora"), (acme, "ACME Logistics")):
        services = Services(open_data_file(path))
        services.company.save(name)
        services.close()
    backup = tmp_path / "hotel-copy.sqlite"
    assert main(["--db", str(hotel), "backup", "--to", str(backup)]) == 0
    capsys.readouterr()
    before = hashlib.sha256(acme.read_bytes()).hexdigest()
    assert main(["--db", str(acme), "restore", str(backup)]) == 2
    err = capsys.readouterr().err
    assert "holds the company “Hotel Aurora”, not “ACME Logistics”" in err and "--other-company" in err
    assert hashlib.sha256(acme.read_bytes()).hexdigest() == before
    assert main(["--db", str(acme), "restore", str(backup), "--other-company"]) == 0
    services = Services(open_data_file(acme))
    company = services.company.get()
    assert company is not None and company.name == "Hotel Aurora"
    services.close()


def test_a_second_writer_is_told_who_has_the_file(db_path: Path) -> None:
    first = open_data_file(db_path, lock=True)
    owner = lock_path(db_path).read_text()
    assert str(os.getpid()) in owner
    # a lock from a live process on another machine cannot be taken over
    lock_path(db_path).write_text('{"host": "reception-pc", "pid": 4242, "since": "2026-11-24T08:00:00"}')
    with pytest.raises(FileInUseError, match="reception-pc") as err:
        open_data_file(db_path, lock=True)
    assert "read-only" in str(err.value)
    viewer = open_data_file(db_path, read_only=True)
    assert Services(viewer).departments.list() == []
    with pytest.raises(StorageError, match="read-only"):
        Services(viewer).departments.create("IT")
    viewer.close()
    lock_path(db_path).unlink()
    first.close()


def test_a_stale_lock_from_a_crash_is_taken_over(db_path: Path) -> None:
    open_data_file(db_path).close()
    lock_path(db_path).write_text(
        json.dumps({"host": __import__("socket").gethostname(), "pid": 999999999, "since": "2026-01-01T00:00:00"}))
    db = open_data_file(db_path, lock=True)
    assert str(os.getpid()) in lock_path(db_path).read_text()
    db.close()
    assert not lock_path(db_path).exists()


def test_disk_full_is_reported_in_words_and_loses_nothing(services: Services, db_path: Path) -> None:
    services.departments.create("Saved before")
    with services.db.engine.connect() as conn:  # the file may not grow any more, as on a full disk
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    services.db.engine.dispose()

    from sqlalchemy import event

    @event.listens_for(services.db.engine, "connect")
    def _cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(StorageError, match="disk is full"):
        for n in range(2000):
            services.departments.create(f"Department {n} " + "x" * 100)
    assert "Saved before" in [d.name for d in services.departments.list()]
    assert services.maintenance.check().ok


def test_vanished_file_is_reported_in_words(services: Services, db_path: Path, tmp_path: Path) -> None:
    services.departments.create("IT")
    moved = tmp_path / "elsewhere.sqlite"
    db_path.rename(moved)
    with pytest.raises(StorageError, match="USB stick removed"):
        services.departments.create("HR")


def test_csv_export_has_bom_unicode_and_no_formulas(services: Services, tmp_path: Path) -> None:
    services.departments.create("=HYPERLINK(\"http://evil\")")
    services.departments.create("Кухня «Аврора»")
    out = tmp_path / "departments.csv"
    assert services.exports.export("departments", out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "name"
    assert sorted(r[0] for r in rows[1:]) == ["'=HYPERLINK(\"http://evil\")", "Кухня «Аврора»"]


@pytest.mark.parametrize("value,expected", [("=1+1", "'=1+1"), ("+49 123", "'+49 123"), ("-5", "'-5"),
                                            ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
                                            ("plain", "plain"), ("a=b", "a=b"), (None, "")])
def test_formula_neutralisation(value: object, expected: str) -> None:
    assert neutralise(value) == expected


def test_csv_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    out.write_text("old export")

    def rows() -> object:
        yield ["a"]
        raise OSError(28, "No space left on device")

    with pytest.raises(StorageError, match="No space left"):
        write_csv(out, ["h"], rows())  # type: ignore[arg-type]
    assert out.read_text() == "old export" and [p.name for p in tmp_path.iterdir()] == ["list.csv"]


@pytest.mark.parametrize("value", ["=1+1", "+49 123", "-5", "@SUM(A1)", "\tx", "\rx", "'q", "plain", "a=b", "",
                                   "x\x1f=y", "\x1f=y", "=\x1f", "Кухня", "a\nb"])
def test_a_table_of_texts_is_guarded_as_cell_by_cell(tmp_path: Path, value: str) -> None:
    """The window's export checks a row of texts at once (write_csv(texts=True)); each cell comes out
    as neutralise makes it, wherever it stands in the row, a separator inside a cell included."""
    plain, texts = tmp_path / "plain.csv", tmp_path / "texts.csv"
    rows = [(value, "ok"), ("ok", value), (value, value, value), (value,)]
    write_csv(plain, ["h", "i", "j"], rows)
    write_csv(texts, ["h", "i", "j"], rows, texts=True)
    assert texts.read_bytes() == plain.read_bytes()
    written = list(csv.reader(texts.open(encoding="utf-8-sig", newline="")))
    assert written[1:] == [[neutralise(c) for c in row] for row in rows]
    # a cell that is not text after all (a number, nothing) is written as any export writes it
    mixed = [(value, 5, None), (-3, value)]
    write_csv(plain, ["h"], mixed)
    write_csv(texts, ["h"], mixed, texts=True)  # type: ignore[arg-type]
    assert texts.read_bytes() == plain.read_bytes()


def test_an_export_whose_rows_fail_midway_keeps_the_old_file_and_leaves_nothing(tmp_path: Path) -> None:
    """Rows read as they are written (a long list): a read that fails half way (the data file gone)
    raises its own error, and neither a half file nor a partial one is left."""
    from icdesk.db.errors import DataFileError

    out = tmp_path / "feedback.csv"
    out.write_text("old export")

    def rows() -> object:
        yield ("a",)
        raise DataFileError(tmp_path / "hotel.sqlite", "The data file {path} is no longer there.")

    with pytest.raises(DataFileError):
        write_csv(out, ["h"], rows(), texts=True)  # type: ignore[arg-type]
    assert out.read_text() == "old export" and [p.name for p in tmp_path.iterdir()] == ["feedback.csv"]


@pytest.mark.parametrize("kind", ["departments", "people", "standards", "requests", "feedback", "actions",
                                  "recognitions"])
def test_cli_export_every_list(tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "h.sqlite"
    main(["--db", str(db), "demo"])
    out = tmp_path / f"{kind}.csv"
    assert main(["--db", str(db), "export", kind, "--out", str(out)]) == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) > 1 and all(len(r) == len(rows[0]) for r in rows)


def test_crash_safety_under_sigkill(tmp_path: Path) -> None:
    from tests.crash_harness import run

    report = run(tmp_path / "crash.sqlite", kills=12)
    assert report.problems == []
    # every kill came after at least one reported commit: the writer really was writing
    assert report.committed >= 12


def test_the_lock_message_names_computer_user_and_program(db_path: Path) -> None:
    import socket

    from icdesk import __version__
    from icdesk.db.lock import LockedElsewhereError, _user

    first = open_data_file(db_path, lock=True)
    try:
        note = json.loads(lock_path(db_path).read_text())
        assert note["program"] == f"icdesk {__version__}" and note["host"] == socket.gethostname()
        with pytest.raises(FileInUseError) as err:
            open_data_file(db_path, lock=True)
        message = str(err.value)
        assert f"already open in icdesk {__version__} on {socket.gethostname()} (" in message
        assert f"process {os.getpid()}" in message and (not _user() or f"user {_user()}" in message)
    finally:
        first.close()
    # another computer's note: its program and version; a note of an older icdesk still says icdesk
    lock_path(db_path).write_text(json.dumps({"host": "reception-pc", "user": "maria", "pid": 4242,
                                              "program": "icdesk 2.1.0", "since": "2026-11-24T08:00:00"}))
    with pytest.raises(LockedElsewhereError, match="open in icdesk 2.1.0 on the computer reception-pc by maria"):
        open_data_file(db_path, lock=True)
    lock_path(db_path).write_text('{"host": "reception-pc", "user": "maria", "pid": 4242, "since": "2026-11-24"}')
    with pytest.raises(LockedElsewhereError, match="open in icdesk on the computer reception-pc by maria"):
        open_data_file(db_path, lock=True)
    lock_path(db_path).unlink()
