"""The window opens on a file and shows what it holds."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from icdesk.db.store import open_data_file
from icdesk.services import Services
from icdesk.services.demo import DemoOptions, DemoService
from icdesk.ui.main_window import MainWindow


def test_main_window_shows_the_company(qtbot: QtBot, tmp_path: Path) -> None:
    services = Services(open_data_file(tmp_path / "hotel.sqlite"))
    DemoService(services.db).fill(DemoOptions(requests=20))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.heading.text() == "Hotel Aurora"
    assert "20 requests" in window.summary.text()
    services.close()
