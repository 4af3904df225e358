"""Several programs on one file: writers wait their turn, and only one window writes at a time."""

from __future__ import annotations

import getpass
import json
import os
import socket
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from icdesk.cli import main
from icdesk.db.lock import FileInUseError, LockedElsewhereError, lock_path
from icdesk.db.store import open_data_file
from icdesk.domain.errors import StorageError
from icdesk.services import Services
from tests.concurrency import concurrent_writers, lock_race

ELSEWHERE = {"host": "reception-pc", "user": "anna", "pid": 4242, "since": "2026-11-24T08:00:00+00:00"}


def test_two_writing_processes_wait_for_each_other_and_save_everything(tmp_path: Path) -> None:
    report = concurrent_writers(tmp_path / "shared.sqlite", processes=2, each=150)
    assert report.messages == []
    assert report.saved == report.asked == 300


def test_a_write_transaction_takes_the_write_lock_when_it_starts(services: Services, db_path: Path) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        with services.db.transaction():
            # the writer's lock is already held, so the other program cannot start a write now
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("PRAGMA busy_timeout = 0")
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


def test_past_the_timeout_a_write_is_refused_in_words_and_nothing_is_half_done(services: Services,
                                                                                 db_path: Path) -> None:
    services.departments.create("IT")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock beyond busy_timeout
    try:
        assert [d.name for d in services.departments.list()] == ["IT"]  # reading does not wait
        with pytest.raises(StorageError, match="another program is using the data file"):
            services.departments.create("HR")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [d.name for d in services.departments.list()] == ["IT"]
    services.departments.create("HR")
    assert [d.name for d in services.departments.list()] == ["HR", "IT"]


@pytest.mark.parametrize("how", ["open", "lock"])
def test_sixty_simultaneous_starts_admit_exactly_one_writer(tmp_path: Path, how: str) -> None:
    writers, refused = lock_race(tmp_path / "busy.sqlite", starts=60, how=how)
    assert (writers, refused) == (1, 59)


def test_a_second_writer_in_the_same_program_is_refused_too(db_path: Path) -> None:
    first = open_data_file(db_path, lock=True)
    try:
        with pytest.raises(FileInUseError, match=str(os.getpid())):
            open_data_file(db_path, lock=True)
        assert lock_path(db_path).is_file()
    finally:
        first.close()
    assert not lock_path(db_path).exists()
    open_data_file(db_path, lock=True).close()


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_a_symlink_to_the_file_is_the_same_file(tmp_path: Path) -> None:
    real = tmp_path / "data" / "company.sqlite"
    real.parent.mkdir()
    link = tmp_path / "Desktop-shortcut.sqlite"
    link.symlink_to(real)
    first = open_data_file(link, lock=True)
    try:
        assert first.path == real
        assert lock_path(real).is_file() and not lock_path(link).exists()
        with pytest.raises(FileInUseError):
            open_data_file(real, lock=True)
        made = Services(first).backups.backup_now()
        assert made.parent == tmp_path / "data" / "company-backups"
    finally:
        first.close()


def test_the_lock_names_host_user_process_and_time(db_path: Path) -> None:
    db = open_data_file(db_path, lock=True)
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        assert data["host"] == socket.gethostname() and data["pid"] == os.getpid()
        assert data["user"] == getpass.getuser() and data["since"].startswith("20")
    finally:
        db.close()


def test_a_lock_from_another_computer_is_taken_over_only_when_asked(db_path: Path) -> None:
    open_data_file(db_path).close()
    lock_path(db_path).write_text(json.dumps(ELSEWHERE))
    with pytest.raises(LockedElsewhereError) as error:
        open_data_file(db_path, lock=True)
    message = str(error.value)
    assert "reception-pc" in message and "anna" in message and "2026-11-24 08:00" in message
    assert json.loads(lock_path(db_path).read_text()) == ELSEWHERE
    db = open_data_file(db_path, lock=True, take_over=True)
    try:
        assert json.loads(lock_path(db_path).read_text())["pid"] == os.getpid()
    finally:
        db.close()


def test_cli_refuses_a_lock_from_another_computer_with_a_hint(db_path: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    services = Services(open_data_file(db_path))
    services.departments.create("IT")
    backup = services.backups.backup_now()
    services.close()
    lock_path(db_path).write_text(json.dumps(ELSEWHERE))
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "restore", str(backup)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "reception-pc" in err and "take it over" in err
    assert db_path.read_bytes() == before


def test_reopening_the_open_file_in_the_window_keeps_the_lock(qtbot: QtBot, db_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from icdesk.app import open_services
    from icdesk.ui.main_window import MainWindow

    window = MainWindow(open_services(db_path), opener=open_services, settings=QSettings())
    qtbot.addWidget(window)
    try:
        assert window.switch_to(db_path) is True  # File → Open of the same file: no message, nothing lost
        assert window.switch_to(Path(str(db_path))) is True  # Open recent
        assert lock_path(db_path).is_file()
        writers, _refused = lock_race_on(db_path)
        assert writers == 0  # another program cannot become a second writer
    finally:
        window.services.close()


def lock_race_on(path: Path) -> tuple[int, int]:
    import subprocess
    import sys

    from tests.concurrency import ROOT, _env

    result = subprocess.run([sys.executable, "-m", "tests.concurrency", "race", str(path), "open", "3"], cwd=ROOT,
                            capture_output=True, text=True, env=_env(), timeout=600, check=True)
    words = result.stdout.split()
    return int(words[words.index("writers") + 1]), int(words[words.index("refused") + 1])


def test_restore_is_refused_while_a_window_has_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hotel.sqlite"
    services = Services(open_data_file(path))
    services.departments.create("Reception")
    backup = services.backups.backup_now()
    services.close()
    window = open_data_file(path, lock=True)
    try:
        before = path.read_bytes()
        assert main(["--db", str(path), "restore", str(backup)]) == 2
        assert "already open" in capsys.readouterr().err
        assert path.read_bytes() == before
    finally:
        window.close()


def test_the_window_asks_before_taking_over_a_lock_from_another_computer(qtbot: QtBot, db_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from icdesk.app import open_or_ask
    from icdesk.ui.formatting import short_datetime
    from tests.gui_helpers import answer_message_box, when_modal

    open_data_file(db_path).close()
    lock_path(db_path).write_text(json.dumps(ELSEWHERE))
    shown: list[str] = []

    def question(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        answer_message_box(answer)(box)

    answer = "Close"
    errors = when_modal(question)
    assert open_or_ask(db_path) is None and errors == []
    # the moment written as the window writes every other moment, not the note's ISO text
    since = short_datetime(datetime.fromisoformat(str(ELSEWHERE["since"])))
    assert "reception-pc" in shown[0] and "anna" in shown[0] and since in shown[0] and "T08" not in shown[0]
    assert json.loads(lock_path(db_path).read_text()) == ELSEWHERE  # not taken without a yes
    answer = "Take over"
    errors = when_modal(question)
    services = open_or_ask(db_path)
    assert errors == [] and services is not None and not services.db.read_only
    try:
        assert json.loads(lock_path(db_path).read_text())["host"] == socket.gethostname()
    finally:
        services.close()


def test_a_lock_file_left_empty_by_a_clean_close_names_nobody(db_path: Path) -> None:
    open_data_file(db_path).close()
    lock_path(db_path).write_text("")  # what a clean close leaves on Windows, which cannot remove an open file
    db = open_data_file(db_path, lock=True)
    db.close()


def test_cli_import_is_refused_while_a_window_has_the_file_open(db_path: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from icdesk.app import open_services

    window_services = open_services(db_path)  # what the window does: it holds the file's lock
    try:
        csv_file = tmp_path / "d.csv"
        csv_file.write_text("name\nSpa\n", encoding="utf-8")
        assert main(["--db", str(db_path), "import", "departments", str(csv_file)]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "already open" in err
        assert window_services.departments.list() == []
        # reading is fine meanwhile
        assert main(["--db", str(db_path), "import", "departments", str(csv_file), "--dry-run"]) == 0
    finally:
        window_services.close()
    assert main(["--db", str(db_path), "import", "departments", str(csv_file)]) == 0
