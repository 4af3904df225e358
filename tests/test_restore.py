"""Restore puts back only a backup this icdesk can open, and works when the current file cannot be opened."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from icdesk.cli import main
from icdesk.db.backup import list_backups
from icdesk.db.lock import FileLock
from icdesk.db.store import open_data_file
from icdesk.domain.errors import StorageError
from icdesk.services import Services
from icdesk.services.backups import restore_from_backup
from tests.gui_helpers import answer_message_box, when_modal
from tests.test_damaged_files import damage


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names_in(path: Path) -> list[str]:
    services = Services(open_data_file(path))
    try:
        return [d.name for d in services.departments.list()]
    finally:
        services.close()


def set_revision(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.fixture
def hotel(tmp_path: Path) -> tuple[Path, Path]:
    """A data file with one department and a verified backup of it; a second department added since."""
    path = tmp_path / "hotel.sqlite"
    services = Services(open_data_file(path))
    services.departments.create("Reception")
    backup = services.backups.backup_now()
    services.departments.create("Spa")
    services.close()
    return path, backup


def foreign_database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("kind", ["newer", "unknown", "another program", "damaged", "not sqlite"])
def test_a_backup_this_icdesk_cannot_open_is_refused_before_anything_is_touched(
        hotel: tuple[Path, Path], tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    path, good = hotel
    bad = tmp_path / "bad.sqlite"
    if kind in ("newer", "unknown", "damaged"):
        bad.write_bytes(good.read_bytes())
        if kind == "damaged":
            damage(bad, pages=2)
        else:
            set_revision(bad, "9999_future" if kind == "newer" else "zzz")
    elif kind == "another program":
        foreign_database(bad)
    else:
        bad.write_text("Shopping list\n")
    before, before_backups = digest(path), sorted(tmp_path.rglob("*"))
    capsys.readouterr()
    assert main(["--db", str(path), "restore", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("icdesk: Nothing was restored") and len(err.strip().splitlines()) == 1
    with pytest.raises(StorageError, match="Nothing was restored"):
        restore_from_backup(path, bad)
    assert digest(path) == before
    assert sorted(tmp_path.rglob("*")) == before_backups  # no copy "before restore" either
    assert names_in(path) == ["Reception", "Spa"]


@pytest.mark.parametrize("state", ["damaged", "newer"])
def test_restore_works_when_the_current_file_cannot_be_opened(hotel: tuple[Path, Path], state: str,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path, backup = hotel
    if state == "damaged":
        damage(path, pages=2)
    else:
        set_revision(path, "9999_future")
    as_it_was = path.read_bytes()
    assert main(["--db", str(path), "restore", str(backup)]) == 0, capsys.readouterr().err
    assert "kept as" in capsys.readouterr().out
    assert names_in(path) == ["Reception"]
    [kept] = [b for b in list_backups(path) if b.label == "before-restore"]
    assert kept.path.read_bytes() == as_it_was  # the unopenable file is kept exactly as it was


def test_restore_of_an_older_backup_upgrades_it_when_opened(tmp_path: Path, hotel: tuple[Path, Path]) -> None:
    from tests.test_backup_safety import old_revision_file

    path, _ = hotel
    old = old_revision_file(tmp_path / "old-backup.sqlite", departments=2)
    restore_from_backup(path, old)
    assert names_in(path) == ["Reparto 0", "Reparto 1"]


def test_restore_holds_the_lock_while_it_works(hotel: tuple[Path, Path]) -> None:
    path, backup = hotel
    restore_from_backup(path, backup)
    lock = FileLock(path)
    lock.acquire()  # released again afterwards
    lock.release()


def test_window_offers_restore_when_the_file_is_damaged(qtbot: QtBot, hotel: tuple[Path, Path]) -> None:
    from icdesk.app import open_or_ask
    from icdesk.ui.dialogs.restore import RestoreDialog

    path, _ = hotel
    damage(path, pages=2)

    def cannot_open(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "is damaged" in box.text()
        when_modal(choose_backup)
        answer_message_box("Restore from backup\u2026")(box)

    def choose_backup(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog) and dialog.model.rowCount() == 1
        dialog.table.selectRow(0)
        when_modal(restored)
        dialog.accept()

    def restored(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "damaged file is kept" in box.text()
        box.accept()

    errors = when_modal(cannot_open)
    services = open_or_ask(path)
    assert errors == []
    assert services is not None
    try:
        assert [d.name for d in services.departments.list()] == ["Reception"]
        assert any(b.label == "before-restore" for b in services.backups.list())
    finally:
        services.close()


def test_a_data_file_that_was_deleted_is_restored_from_its_backup(hotel: tuple[Path, Path],
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path, backup = hotel
    path.unlink()  # deleted by mistake, or lost with a broken disk: the backup folder is still there
    assert main(["--db", str(path), "restore", str(backup)]) == 0
    assert "there was no file to keep" in capsys.readouterr().out
    assert names_in(path) == ["Reception"]


@pytest.mark.parametrize("lang,size,requests", [("en", "1.5 MB", "12,345"), ("fi", "1,5 Mt", "12\u00a0345"),
                                                ("ru", "1,5 МБ", "12\u00a0345")])
def test_the_backups_offered_are_sized_and_counted_as_the_language_writes_numbers(
        qtbot: QtBot, tmp_path: Path, lang: str, size: str, requests: str) -> None:
    from datetime import UTC, datetime

    from icdesk.services.backups import BackupRow
    from icdesk.ui.dialogs.restore import RestoreDialog
    from icdesk.ui.language import apply_language

    row = BackupRow(tmp_path / "a.sqlite", datetime(2026, 12, 1, 7, 30, tzinfo=UTC), "daily", 1_572_864,
                    {"departments": 4, "people": 11, "requests": 12_345})
    apply_language(lang)
    try:
        dialog = RestoreDialog([row])
        qtbot.addWidget(dialog)
        shown = [dialog.model.index(0, column).data() for column in range(dialog.model.columnCount())]
    finally:
        apply_language("en")
    assert shown[2:] == [size, "4", "11", requests]


def company_file(path: Path, department: str) -> Path:
    services = Services(open_data_file(path))
    services.departments.create(department)
    services.close()
    return path


def test_two_backups_in_one_second_into_one_folder_each_keep_their_copy(tmp_path: Path) -> None:
    """Two companies whose files share a name, backed up to one USB stick in the same second: both said
    "written and verified", and the second had replaced the first."""
    from datetime import UTC, datetime

    from icdesk.db.backup import make_backup

    usb = tmp_path / "usb"
    usb.mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    aurora = company_file(tmp_path / "a" / "hotel.sqlite", "Aurora reception")
    other = company_file(tmp_path / "b" / "hotel.sqlite", "Other reception")
    now = datetime(2026, 12, 2, 13, 47, 59, tzinfo=UTC)
    first = make_backup(aurora, "manual", usb, now)
    second = make_backup(other, "manual", usb, now)
    third = make_backup(aurora, "manual", usb, now)
    assert len({first, second, third}) == 3
    assert (first.name, second.name) == ("hotel.20261202-134759.manual.sqlite", "hotel.20261202-134759-2.manual.sqlite")
    assert names_in(first) == ["Aurora reception"] and names_in(second) == ["Other reception"]
    assert names_in(third) == ["Aurora reception"]


def test_two_restores_in_one_second_keep_the_file_as_it_was_before_the_first(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from icdesk.db.backup import restore

    live = company_file(tmp_path / "hotel.sqlite", "The company as it was")
    one = company_file(tmp_path / "one.sqlite", "First backup")
    two = company_file(tmp_path / "two.sqlite", "Second backup")
    now = datetime(2026, 12, 2, 13, 47, 42, tzinfo=UTC)
    kept_first = restore(live, one, now)
    kept_second = restore(live, two, now)
    assert kept_first is not None and kept_second is not None and kept_first != kept_second
    assert names_in(kept_first) == ["The company as it was"]
    assert names_in(kept_second) == ["First backup"]
    assert names_in(live) == ["Second backup"]
    # both are offered by Restore from backup, newest first
    assert [b.path for b in list_backups(live)] == [kept_second, kept_first]


def test_a_name_claimed_by_a_backup_being_made_is_no_backup(tmp_path: Path) -> None:
    live = company_file(tmp_path / "hotel.sqlite", "Reception")
    folder = tmp_path / "hotel-backups"
    folder.mkdir()
    (folder / "hotel.20261202-134742.manual.sqlite").touch()  # claimed; its copy not written yet (or killed)
    assert list_backups(live) == []
