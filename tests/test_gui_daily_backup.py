"""Today's automatic backup is made in the background: the window is in use meanwhile, the backup is
verified as before, and closing the window waits for it (or it is cancelled, leaving nothing half-made)."""

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
