"""Backups and copies before an upgrade are written whole or not at all; the last good one stays."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from icdesk.cli import main
from icdesk.db import backup as storage
from icdesk.db import migrate
from icdesk.db.engine import make_engine
from icdesk.db.errors import DataFileAccessError
from icdesk.db.store import open_data_file
from icdesk.domain.errors import StorageError
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from tests.conftest import fill_disk


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def old_revision_file(path: Path, departments: int = 1) -> Path:
    """A file as the first icdesk release left it: revision 0001, with some data."""
    engine = make_engine(path)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001")
        for n in range(departments):
            conn.exec_driver_sql(
                "INSERT INTO departments (name, name_key, description, created_at) "
                f"VALUES ('Reparto {n}', 'reparto {n}', '{'x' * 400}', '2025-01-01 08:00:00.000000')")
    engine.dispose()
    return path


def test_backup_over_the_last_one_on_a_full_disk_keeps_the_last_one(tmp_path: Path, small_disk: Path) -> None:
    services = Services(open_data_file(tmp_path / "hotel.sqlite"))
    try:
        services.demo.fill(DemoOptions(requests=50))
        target = small_disk / "hotel-backup.sqlite"
        services.backups.backup_now(target)
        before = digest(target)
        for n in range(30):
            services.departments.create(f"Department {n}", description="y" * 2000)
        fill_disk(small_disk, leave_bytes=target.stat().st_size // 2)
        with pytest.raises(StorageError, match="backup was not made"):
            services.backups.backup_now(target)
    finally:
        services.close()
    assert digest(target) == before
    storage.verify(target)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin", "hotel-backup.sqlite"]


def test_cli_backup_to_an_existing_file_replaces_it_only_with_a_verified_copy(
        tmp_path: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "hotel.sqlite"
    assert main(["--db", str(db), "demo", "--requests", "50"]) == 0
    target = small_disk / "copy.sqlite"
    assert main(["--db", str(db), "backup", "--to", str(target)]) == 0
    before = digest(target)
    fill_disk(small_disk, leave_bytes=target.stat().st_size // 2)
    capsys.readouterr()
    assert main(["--db", str(db), "backup", "--to", str(target)]) == 2
    err = capsys.readouterr().err
    assert "backup was not made" in err and len(err.strip().splitlines()) == 1
    assert digest(target) == before
    assert not list(small_disk.glob("*.partial"))


def test_the_copy_before_an_upgrade_is_never_left_half_made(small_disk: Path) -> None:
    path = old_revision_file(small_disk / "old.sqlite", departments=400)
    before = digest(path)
    fill_disk(small_disk, leave_bytes=path.stat().st_size // 3)
    with pytest.raises(DataFileAccessError, match="Could not make a backup of old.sqlite before upgrading"):
        open_data_file(path)
    assert digest(path) == before
    assert not [p.name for p in small_disk.iterdir() if ".bak" in p.name]  # no copy with 0 tables, no .partial


def test_the_copy_before_an_upgrade_is_verified_and_complete(tmp_path: Path) -> None:
    path = old_revision_file(tmp_path / "old.sqlite", departments=3)
    open_data_file(path).close()
    [copy] = tmp_path.glob("old.*.before-upgrade-from-0001.bak.sqlite")
    storage.verify(copy)
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM departments").fetchone()[0] == 3
    assert not list(tmp_path.glob("*.partial"))


def test_stale_partial_copies_of_this_file_are_removed_when_it_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "hotel.sqlite"
    open_data_file(path).close()
    folder = tmp_path / "hotel-backups"
    folder.mkdir()
    stale = [folder / "hotel.20260301-090000.daily.sqlite.partial",
             folder / "hotel.20260301-090000.daily.sqlite.partial-journal",  # the copy's own journal
             tmp_path / "hotel.20260301-090000.before-upgrade-from-0001.bak.sqlite.partial"]
    others = [tmp_path / "spa.20260301-090000.before-upgrade-from-0001.bak.sqlite.partial",
              folder / "hotel.20260301-090000.daily.sqlite", tmp_path / "notes.partial"]
    for leftover in stale + others:
        leftover.write_bytes(b"\0" * 100_000)
    open_data_file(path).close()
    assert [p for p in stale if p.exists()] == []
    assert [p for p in others if p.exists()] == others


def test_the_name_a_killed_backup_held_is_let_go_when_the_file_is_opened(tmp_path: Path) -> None:
    """A backup holds its name with an empty file while it is made; killed midway, that empty file stayed."""
    import os
    import time

    from icdesk.db.copies import CLAIM_KEPT_S

    path = tmp_path / "hotel.sqlite"
    open_data_file(path).close()
    folder = tmp_path / "hotel-backups"
    folder.mkdir()
    abandoned = folder / "hotel.20260301-090000.daily.sqlite"
    in_the_making = folder / "hotel.20260301-090001.manual.sqlite"
    abandoned.touch()
    in_the_making.touch()  # another program's backup, being made now
    old = time.time() - CLAIM_KEPT_S - 60
    os.utime(abandoned, (old, old))
    open_data_file(path).close()
    assert not abandoned.exists() and in_the_making.exists()


def test_a_backup_that_fails_verification_never_takes_the_place_of_a_good_one(services: Services,
                                                                              tmp_path: Path) -> None:
    services.departments.create("IT")
    target = tmp_path / "copy.sqlite"
    services.backups.backup_now(target)
    before = digest(target)
    partial = target.with_name(target.name + ".partial")
    partial.mkdir()  # something in the way of the new copy: the backup fails
    with pytest.raises(StorageError, match="backup was not made"):
        services.backups.backup_now(target)
    assert digest(target) == before


def test_a_folder_or_a_broken_link_named_like_a_backup_neither_stops_the_company_nor_is_offered(
        tmp_path: Path) -> None:
    """A broken link in the backups folder kept the window from opening the file; a folder named like a daily
    backup stopped File → Restore (disk I/O error) and every start's pruning (IsADirectoryError)."""
    from datetime import UTC, datetime, timedelta

    from icdesk.services.backups import BackupPolicy

    path = tmp_path / "my co ünï.sqlite"
    services = Services(open_data_file(path))
    try:
        made = services.backups.backup_now()
        folder = made.parent
        (folder / "my co ünï.20250102-000000.daily.sqlite").symlink_to(tmp_path / "nowhere.sqlite")
        for day in range(1, 20):  # more daily backups than are kept, the oldest of them a folder
            stamp = (datetime(2025, 11, 1, tzinfo=UTC) + timedelta(days=day)).strftime("%Y%m%d-%H%M%S")
            target = folder / f"my co ünï.{stamp}.daily.sqlite"
            if day == 1:
                target.mkdir()
            else:
                target.write_bytes(made.read_bytes())
        assert services.backups.daily_backup_due()
        assert [b.path for b in services.backups.list()][-1].name == "my co ünï.20251103-000000.daily.sqlite"
        assert services.backups.auto_backup(BackupPolicy(keep_daily=3, keep_monthly=1)) is not None
        assert (folder / "my co ünï.20251102-000000.daily.sqlite").is_dir()  # not ours to remove
        assert all(b.path.is_file() for b in services.backups.list())
    finally:
        services.close()


# -- what a backup may replace (found by a hostile tester: `backup --to` wiped a newer working copy) -------

def test_a_backup_never_replaces_a_copy_of_the_company_that_was_worked_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    old = tmp_path / "old.sqlite"
    assert main(["--db", str(old), "demo", "--requests", "20"]) == 0
    work = tmp_path / "work.sqlite"
    shutil.copy(old, work)
    services = Services(open_data_file(work))
    services.departments.create("Pasticceria")  # work done in the copy, that old.sqlite lacks
    services.close()
    before = digest(work)
    capsys.readouterr()
    assert main(["--db", str(old), "backup", "--to", str(work)]) == 2
    err = capsys.readouterr().err
    assert "is a data file that has been worked on, not an earlier backup" in err
    assert digest(work) == before


def test_a_backup_never_replaces_a_file_some_icdesk_has_open(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "hotel.sqlite"
    assert main(["--db", str(db), "demo", "--requests", "20"]) == 0
    earlier = tmp_path / "usb.sqlite"
    assert main(["--db", str(db), "backup", "--to", str(earlier)]) == 0
    holder = Services(open_data_file(earlier, lock=True))  # a window opened the backup itself
    before = digest(earlier)
    try:
        capsys.readouterr()
        assert main(["--db", str(db), "backup", "--to", str(earlier)]) == 2
        assert "is open in icdesk now" in capsys.readouterr().err
        assert digest(earlier) == before
    finally:
        holder.close()


def test_the_weekly_backup_over_last_weeks_one_still_replaces_it(tmp_path: Path) -> None:
    db = tmp_path / "hotel.sqlite"
    assert main(["--db", str(db), "demo", "--requests", "20"]) == 0
    usb = tmp_path / "usb.sqlite"
    assert main(["--db", str(db), "backup", "--to", str(usb)]) == 0
    assert main(["--db", str(db), "backup", "--to", str(usb)]) == 0  # nothing changed since: the same again
    services = Services(open_data_file(db))
    services.departments.create("Pasticceria")
    services.close()
    assert main(["--db", str(db), "backup", "--to", str(usb)]) == 0
    kept = sqlite3.connect(usb)
    assert kept.execute("SELECT count(*) FROM departments WHERE name = 'Pasticceria'").fetchone() == (1,)
    kept.close()
    assert not list(tmp_path.glob("usb.sqlite.lock"))  # held while replacing it, let go after


def test_restore_tells_two_companies_of_the_same_name_apart(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    mine, theirs = tmp_path / "mine.sqlite", tmp_path / "theirs.sqlite"
    assert main(["--db", str(mine), "demo", "--requests", "20"]) == 0
    assert main(["--db", str(theirs), "demo", "--requests", "20"]) == 0
    with sqlite3.connect(theirs) as conn:  # the other hotel was started on another day
        conn.execute("UPDATE company SET created_at = '2026-01-15 09:00:00.000000'")
    conn.close()
    before = digest(mine)
    capsys.readouterr()
    assert main(["--db", str(mine), "restore", str(theirs)]) == 2
    err = capsys.readouterr().err
    assert "Hotel Aurora (2026-01-15)" in err and "--other-company" in err
    assert digest(mine) == before


def test_a_long_but_legal_file_name_still_gets_its_backups(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Hostile tester: a data file of 237 bytes of name ("Я" × 115) could not be backed up, imported into or
    restored: "The backup could not be written to …-backups: File name too long"."""
    db = tmp_path / ("Я" * 115 + ".sqlite")
    assert main(["--db", str(db), "demo", "--requests", "20"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "backup"]) == 0, capsys.readouterr().err
    [made] = storage.list_backups(db)
    assert len(made.path.name.encode()) <= 255 and len(made.path.parent.name.encode()) <= 255
    storage.verify(made.path)
    assert main(["--db", str(db), "restore", str(made.path)]) == 0, capsys.readouterr().err
    assert sqlite3.connect(db).execute("SELECT count(*) FROM requests").fetchone() == (20,)
