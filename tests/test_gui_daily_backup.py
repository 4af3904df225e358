"""What used to hold up the start of the window runs in the background: today's automatic backup (the
window is in use meanwhile, the backup is verified as before, closing waits for it or cancels it leaving
nothing half-made) and the reading of every page of the file (damage is said and a backup offered)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from icdesk.app import open_services
from icdesk.cli import main
from icdesk.db import backup as storage
from icdesk.db.copies import verify
from icdesk.services.request_writes import RequestDraft
from icdesk.ui.main_window import MainWindow


def window_on(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(open_services(path), opener=open_services)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def hotel(tmp_path: Path) -> Path:
    path = tmp_path / "hotel.sqlite"
    assert main(["--db", str(path), "demo", "--requests", "20"]) == 0
    for old in storage.list_backups(path):  # as on the first start of a day
        old.path.unlink()
    return path


class HeldBackup:
    """make_backup held at its start until released (or until it is cancelled)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started, self.release = threading.Event(), threading.Event()
        real = storage.make_backup

        def held(*args: Any, cancelled: Callable[[], bool] | None = None, **kwargs: Any) -> Path:
            self.started.set()
            while not self.release.wait(0.01):
                if cancelled is not None and cancelled():
                    break
            return real(*args, cancelled=cancelled, **kwargs)

        monkeypatch.setattr(storage, "make_backup", held)


def test_the_window_is_in_use_while_todays_backup_is_made(qtbot: QtBot, hotel: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    held = HeldBackup(monkeypatch)
    window = window_on(qtbot, hotel)
    window.show()
    window.auto_backup()
    assert held.started.wait(10)
    # meanwhile the person works: opens the requests and logs one
    window.show_screen("requests")
    model = window.requests_screen.request_model
    qtbot.waitUntil(lambda: model.total == 20)
    services = window.services
    it = services.departments.find_by_name("IT").id
    services.requests.create(RequestDraft(title="Printer jammed", provider_id=it,
                                          requester_department_id=services.departments.find_by_name("Kitchen").id))
    qtbot.waitUntil(lambda: model.total == 21)
    assert services.backups.list() == []  # still under way
    held.release.set()
    qtbot.waitUntil(lambda: "Today's backup" in window.statusBar().currentMessage(), timeout=20000)
    [made] = storage.list_backups(hotel)
    assert made.label == "daily"
    verify(made.path)  # a whole, sound copy
    services.close()


def test_closing_the_window_waits_for_todays_backup(qtbot: QtBot, hotel: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    held = HeldBackup(monkeypatch)
    window = window_on(qtbot, hotel)
    window.show()
    window.auto_backup()
    assert held.started.wait(10)
    threading.Timer(0.3, held.release.set).start()
    window.close()  # returns once the backup is made
    [made] = storage.list_backups(hotel)
    verify(made.path)
    window.services.close()


def test_a_cancelled_backup_leaves_nothing_half_made(qtbot: QtBot, hotel: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    held = HeldBackup(monkeypatch)
    window = window_on(qtbot, hotel)
    window.auto_backup()
    assert held.started.wait(10)
    window.daily_backup.job.cancel()  # what the Cancel button of "Finishing today's backup…" does
    window.finish_daily_backup()  # no message: cancelling is no failure
    assert storage.list_backups(hotel) == []
    folder = storage.backup_folder(hotel)
    assert not folder.exists() or list(folder.iterdir()) == []  # no partial copy left behind
    assert window.services.backups.daily_backup_due()  # made at the next start instead
    window.services.close()


def test_damage_found_after_the_window_is_shown_is_said_and_a_backup_offered(qtbot: QtBot, hotel: Path) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from icdesk.ui.dialogs.restore import RestoreDialog
    from tests.gui_helpers import when_modal
    from tests.test_damaged_files import damage

    damage(hotel, pages=2)
    try:  # opened as at start-up: the pages are read once the window is shown
        services = open_services(hotel, check_pages=False)
    except Exception:  # noqa: BLE001 - the noise fell on a page opening reads: refused at once, as before
        pytest.skip("the damage was found while opening")
    window = MainWindow(services, opener=open_services)
    qtbot.addWidget(window)
    seen: list[str] = []

    def said(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        when_modal(offered)
        box.accept()

    def offered(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        seen.append("restore offered")
        dialog.reject()

    errors = when_modal(said)
    window.check_pages()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20000)
    assert errors == [] and "is damaged" in seen[0] and "Restore from backup" in seen[0]
    window.finish_daily_backup()
    window.services.close()


def test_a_sound_file_is_checked_in_the_background_without_a_word(qtbot: QtBot, hotel: Path) -> None:
    window = MainWindow(open_services(hotel, check_pages=False), opener=open_services)
    qtbot.addWidget(window)
    window.check_pages()
    qtbot.waitUntil(lambda: not window.page_check.job.running, timeout=20000)
    window.page_check.job.deliver()
    window.services.close()
