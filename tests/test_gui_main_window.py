"""The main window: first start, navigation, dashboard figures, reports shown inside the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from icdesk.app import open_services
from icdesk.ui.dialogs.welcome import WelcomeDialog
from icdesk.ui.main_window import MainWindow
from tests.gui_helpers import type_text, when_modal


def window_on(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(open_services(path), opener=open_services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_start_welcome_creates_the_file_with_the_example_hotel(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new-company.sqlite"
    window = window_on(qtbot, path)

    def welcome(dialog: QWidget) -> None:
        assert isinstance(dialog, WelcomeDialog)
        assert not dialog.save_button.isEnabled()
        type_text(qtbot, dialog.name, "Albergo Bellavista")
        dialog.example.setChecked(True)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(welcome)
    window.show_welcome_if_new()
    assert errors == []
    assert path.exists()
    company = window.services.company.get()
    assert company is not None and company.name == "Albergo Bellavista" and company.service_vision
    assert window.dashboard.heading.text() == "Albergo Bellavista"
    assert len(window.services.departments.list()) == 9
    assert "9 departments" in window.status_counts.text()
    window.services.close()


def test_welcome_can_start_empty(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path / "empty.sqlite")

    def welcome(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.name, "Bakery Rossi")  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    errors = when_modal(welcome)
    window.show_welcome_if_new()
    assert errors == [] and window.services.departments.list() == []
    assert window.dashboard.getting_started.isVisible()
    window.services.close()


def test_navigation_and_dashboard_figures_click_through(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "hotel.sqlite"
    services = open_services(path)
    services.demo.fill()
    services.close()
    window = window_on(qtbot, path)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Dashboard", "Requests", "Departments & People", "Service Standards", "Agreements",
                      "Feedback", "Corrective Actions", "Recognition", "Reports"]
    overdue = window.services.requests.overdue_ids()
    assert window.dashboard.tiles["overdue"].value.text() == str(len(overdue))
    qtbot.mouseClick(window.dashboard.tiles["overdue"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.requests
    assert window.requests.overdue.isChecked()
    assert window.requests.request_model.total == len(overdue)
    window.nav.setCurrentRow(3)
    assert window.stack.currentWidget() is window.standards
    assert window.standards.table_model.rowCount() == 20
    window.services.close()


def test_window_remembers_screen_and_recent_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "remember.sqlite"
    window = window_on(qtbot, path)
    window.nav.setCurrentRow(4)
    window.close()
    settings = QSettings()
    assert settings.value("screen", type=int) == 4
    assert settings.value("last_file") == str(path)
    again = window_on(qtbot, path)
    assert again.nav.currentRow() == 4
    window.services.close()
    again.services.close()


def test_opening_a_bad_file_from_the_menu_explains_and_keeps_the_current_one(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path / "good.sqlite")
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")

    def read_message(box: QWidget) -> None:
        assert "not an icdesk data file" in box.text()  # type: ignore[attr-defined]
        box.accept()  # type: ignore[attr-defined]

    errors = when_modal(read_message)
    assert window.switch_to(bad) is False
    assert errors == []
    assert window.services.db.path.name == "good.sqlite"
    assert bad.read_text() == "not a database"
    window.services.close()


def test_reports_screen_makes_a_handbook_off_the_gui_thread_and_shows_it(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "hotel.sqlite"
    services = open_services(path)
    services.demo.fill()
    services.close()
    window = window_on(qtbot, path)
    reports = window.reports
    window.nav.setCurrentRow(8)
    reports.kind.setCurrentIndex(reports.kind.findData("handbook"))
    with qtbot.waitSignal(reports.generated, timeout=30000) as blocker:
        qtbot.mouseClick(reports.generate_button, Qt.MouseButton.LeftButton)
    assert Path(blocker.args[0]).exists()
    assert reports.document.status() == QPdfDocument.Status.Ready
    assert reports.document.pageCount() > 10
    assert reports.view.isVisible() and reports.print_button.isEnabled()
    window.services.close()
