"""An unchanged data file is not read page by page at every opening; a changed one is, and damage is refused.

The record of files that passed (db/checked_files.py) lives in its own folder per test (conftest).
Whether every page was read is observed through store.read_every_page, the one place opening does it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from icdesk.app import open_services
from icdesk.cli import main
from icdesk.db import checked_files, store
from icdesk.db.errors import DamagedDataFileError
from icdesk.db.store import check_pages
from icdesk.ui.main_window import MainWindow
from tests.test_damaged_files import PAGE, damage, demo_file

Reads = list[int]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Reads:
    """How many full page checks opening ran (the check itself still runs)."""
    counted: Reads = []
    real: Callable[[sqlite3.Connection], str] = store.read_every_page

    def counting(conn: sqlite3.Connection) -> str:
        counted.append(1)
        return real(conn)

    monkeypatch.setattr(store, "read_every_page", counting)
    return counted


@pytest.fixture(scope="module")
def hotel_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return demo_file(tmp_path_factory.mktemp("hotel") / "hotel.sqlite").read_bytes()


@pytest.fixture
def hotel(tmp_path: Path, hotel_bytes: bytes) -> Path:
    path = tmp_path / "hotel.sqlite"
    path.write_bytes(hotel_bytes)
    return path


def report(path: Path, tmp_path: Path) -> int:
    return main(["--db", str(path), "report", "handbook", "--out", str(tmp_path / "h.pdf")])


def damage_in_place(path: Path) -> None:
    """Noise over middle pages, written into the same file with its size and mtime put back."""
    before = path.stat()
    data = bytearray(path.read_bytes())
    middle = len(data) // PAGE // 2
    data[middle * PAGE:(middle + 4) * PAGE] = os.urandom(4 * PAGE)
    with path.open("r+b") as handle:
        handle.write(data)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    # the kernel stamps the ctime from a coarse clock (a few ms): a write within the same tick as the
    # file's copy keeps its ctime, which no person putting an mtime back by hand could manage
    while path.stat().st_ctime_ns == before.st_ctime_ns:
        time.sleep(0.005)
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns


def test_a_second_report_on_an_unchanged_file_does_not_read_every_page(hotel: Path, tmp_path: Path,
                                                                       reads: Reads) -> None:
    assert report(hotel, tmp_path) == 0
    assert len(reads) == 1
    assert report(hotel, tmp_path) == 0
    assert report(hotel, tmp_path) == 0
    assert len(reads) == 1


def test_a_file_written_since_its_check_is_checked_again(hotel: Path, tmp_path: Path, reads: Reads) -> None:
    assert report(hotel, tmp_path) == 0
    with sqlite3.connect(hotel) as conn:  # another program (or icdesk's window) saves a change
        conn.execute("UPDATE company SET name = name || ' Ltd'")
    conn.close()
    reads.clear()
    assert report(hotel, tmp_path) == 0
    assert len(reads) == 1


def test_damage_after_a_passed_check_is_refused_even_with_the_mtime_put_back(
        hotel: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Caught because writing changes the ctime, which os.utime cannot put back (Linux, macOS)."""
    assert report(hotel, tmp_path) == 0
    damage_in_place(hotel)
    capsys.readouterr()
    assert report(hotel, tmp_path) == 2
    _, err = capsys.readouterr()
    assert "is damaged" in err and len(err.strip().splitlines()) == 1


def test_damage_that_changes_the_size_is_refused(hotel: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert report(hotel, tmp_path) == 0
    with hotel.open("r+b") as handle:
        handle.truncate(hotel.stat().st_size - 3 * PAGE)
    capsys.readouterr()
    assert report(hotel, tmp_path) == 2
    assert "is damaged" in capsys.readouterr().err


def test_what_is_not_caught_rot_with_an_unchanged_fingerprint_and_icdesk_check_reads_every_page(
        hotel: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Pages that rot without any write through the file system (a failing disk) leave the fingerprint
    as it was: opening trusts the last check for up to a week, `icdesk check` reads every page."""
    assert report(hotel, tmp_path) == 0
    damage(hotel)
    record = checked_files.record_path()
    data = json.loads(record.read_text())
    data["files"][os.path.realpath(hotel)]["fingerprint"] = checked_files.fingerprint(hotel)  # as rot would
    record.write_text(json.dumps(data))
    assert report(hotel, tmp_path) in (0, 2)  # may or may not meet the rotten pages
    capsys.readouterr()
    assert main(["--db", str(hotel), "check"]) == 1
    assert "damaged" in capsys.readouterr().out


def test_a_check_is_repeated_after_a_week(hotel: Path, tmp_path: Path, reads: Reads) -> None:
    before = checked_files.fingerprint(hotel)
    checked_files.remember_passed(hotel, before, now=datetime.now(UTC) - timedelta(days=8))
    assert not checked_files.passed_recently(hotel)
    checked_files.remember_passed(hotel, before, now=datetime.now(UTC) - timedelta(days=6))
    assert checked_files.passed_recently(hotel)
    checked_files.remember_passed(hotel, before, now=datetime.now(UTC) + timedelta(days=1))  # clock put back
    assert not checked_files.passed_recently(hotel)


@pytest.mark.parametrize("garbage", [b"", b"{not json", b"\xff\xfe\x00", b'{"format": 1, "files": []}',
                                     b'{"format": 1, "files": {"x": 3}}', b"[]", b'{"format": 99, "files": {}}'])
def test_a_garbled_record_is_ignored(hotel: Path, tmp_path: Path, reads: Reads, garbage: bytes) -> None:
    record = checked_files.record_path()
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_bytes(garbage)
    assert report(hotel, tmp_path) == 0
    assert len(reads) == 1
    assert report(hotel, tmp_path) == 0
    assert len(reads) == 1  # the record was written anew, whole


def test_a_garbled_entry_for_the_file_means_a_full_check(hotel: Path, tmp_path: Path, reads: Reads) -> None:
    record = checked_files.record_path()
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps({"format": 1, "files": {os.path.realpath(hotel): {"checked_at": "yesterday",
                                                                                   "fingerprint": 1}}}))
    assert report(hotel, tmp_path) == 0
    assert len(reads) == 1


def test_icdesk_check_notes_a_pass_and_a_following_report_skips_the_page_check(
        hotel: Path, tmp_path: Path, reads: Reads) -> None:
    assert main(["--db", str(hotel), "check"]) == 0
    assert report(hotel, tmp_path) == 0
    assert reads == []


def test_the_windows_background_check_follows_the_same_rule(hotel: Path, reads: Reads) -> None:
    """check_pages (the window's check once it is shown) skips an unchanged file and reads a changed one."""
    assert check_pages(hotel) is None
    assert check_pages(hotel) is None
    assert len(reads) == 1
    damage_in_place(hotel)
    assert check_pages(hotel) is not None
    assert len(reads) == 2


def test_a_link_to_the_file_is_the_same_entry(hotel: Path, tmp_path: Path, reads: Reads) -> None:
    link = tmp_path / "link.sqlite"
    link.symlink_to(hotel)
    assert report(hotel, tmp_path) == 0
    assert report(link, tmp_path) == 0
    assert len(reads) == 1


def test_the_window_reads_every_page_only_when_the_file_changed_since_its_last_start(
        qtbot: QtBot, hotel: Path, reads: Reads) -> None:
    def start_and_close() -> None:  # as app.main does: opened without the check, read once shown
        window = MainWindow(open_services(hotel, check_pages=False), opener=open_services)
        qtbot.addWidget(window)
        window.check_pages()
        qtbot.waitUntil(lambda: not window.page_check.job.running, timeout=20000)
        window.page_check.job.deliver()
        window.finish_daily_backup()
        window.services.close()

    start_and_close()
    assert len(reads) == 1
    start_and_close()
    assert len(reads) == 1
    damage_in_place(hotel)
    with pytest.raises(DamagedDataFileError):
        open_services(hotel)  # a command, or the menu's Open: the damage refused at once
