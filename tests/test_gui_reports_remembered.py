"""The Reports screen keeps the document chosen and its options (period, departments, paper,
language...) for each data file: after another screen and back, after F5 or a change in the data,
after another language, and at the next start."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from pytestqt.qtbot import QtBot

from icdesk.app import open_services
from icdesk.services import Services
from icdesk.ui.language import apply_language
from icdesk.ui.main_window import MainWindow
from icdesk.ui.screens.reports import REMEMBERED, ReportsScreen
from tests.helpers import ON_BOTH_STORES, demo_file


@pytest.fixture(scope="module")
def hotel_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_file(tmp_path_factory.mktemp("reports-remembered"))


def copy_of(hotel_file: Path, tmp_path: Path, name: str = "hotel.sqlite") -> Path:
    copy = tmp_path / name
    shutil.copyfile(hotel_file, copy)
    return copy


def start_on(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(open_services(path), opener=open_services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    window.show_screen("reports")
    return window


def ticked(screen: ReportsScreen) -> list[str]:
    return [screen.departments.item(i).text() for i in range(screen.departments.count())
            if screen.departments.item(i).checkState() == Qt.CheckState.Checked]


def tick(screen: ReportsScreen, names: set[str]) -> None:
    for i in range(screen.departments.count()):
        item = screen.departments.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)


def what_is_shown(screen: ReportsScreen) -> dict[str, object]:
    """What the person sees chosen on the left of the screen."""
    return {"document": screen.kind.currentText(), "from": screen.start.date(), "to": screen.end.date(),
            "departments": ticked(screen), "paper": screen.page_size.currentText(),
            "language": screen.language.currentText(), "sheets": screen.sign_sheets.isChecked(),
            "uncontrolled": screen.uncontrolled.isChecked(), "period shown": screen.start.isVisibleTo(screen)}


def choose_a_summary(screen: ReportsScreen) -> None:
    screen.kind.setCurrentIndex(screen.kind.findData("summary"))
    screen.start.setDate(QDate(2025, 11, 1))
    screen.end.setDate(QDate(2026, 1, 31))
    tick(screen, {"Front Office", "Housekeeping"})
    screen.page_size.setCurrentIndex(screen.page_size.findData("letter"))
    screen.language.setCurrentIndex(screen.language.findData("it"))


def test_the_chosen_document_and_its_options_come_back_after_leaving_and_at_the_next_start(
        qtbot: QtBot, hotel_file: Path, tmp_path: Path) -> None:
    path = copy_of(hotel_file, tmp_path)
    window = start_on(qtbot, path)
    screen = window.reports_screen
    assert screen.kind.currentData() == "handbook"  # a new screen: the first document
    choose_a_summary(screen)
    chosen = what_is_shown(screen)
    assert chosen["departments"] == ["Front Office", "Housekeeping"] and chosen["period shown"]

    # another screen, a new department meanwhile (the list is read again), and back
    window.show_screen("dashboard")
    window.services.departments.create("Spa")
    window.show_screen("reports")
    assert what_is_shown(screen) == chosen
    window.refresh_all()  # F5
    assert what_is_shown(screen) == chosen

    # another language builds every screen again
    window.switch_language("it")
    window.switch_language("en")
    window.show_screen("reports")
    assert what_is_shown(window.reports_screen) == chosen

    # the next start, on the same file
    window.close()
    window.services.close()
    again = start_on(qtbot, path)
    assert what_is_shown(again.reports_screen) == chosen
    again.services.close()


def test_choices_belong_to_their_file(qtbot: QtBot, hotel_file: Path, tmp_path: Path) -> None:
    window = start_on(qtbot, copy_of(hotel_file, tmp_path, "hotel.sqlite"))
    choose_a_summary(window.reports_screen)
    window.close()
    window.services.close()
    other = start_on(qtbot, copy_of(hotel_file, tmp_path, "other.sqlite"))
    assert other.reports_screen.kind.currentData() == "handbook"
    assert ticked(other.reports_screen) == []
    other.services.close()


@ON_BOTH_STORES
def test_the_usual_period_and_language_follow_the_day_and_the_window(qtbot: QtBot, services: Services) -> None:
    """Untouched, the period is "the last months": kept as such, not as the dates of the day it was chosen;
    and the language the window's, whichever that is then."""
    from icdesk.reports.registry import default_period

    screen = ReportsScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.kind.setCurrentIndex(screen.kind.findData("network"))
    assert screen.choices["kind"] == "network" and screen.choices["start"] is None
    assert screen.choices["language"] is None  # untouched, documents follow the window's language
    again = ReportsScreen(services)
    qtbot.addWidget(again)
    start, end = default_period(services.ctx.today())
    assert again.kind.currentData() == "network"
    assert (again.start.date(), again.end.date()) == (QDate(start.year, start.month, start.day),
                                                      QDate(end.year, end.month, end.day))
    apply_language("it")
    try:
        in_italian = ReportsScreen(services)
        qtbot.addWidget(in_italian)
        assert in_italian.language.currentData() == "it"
    finally:
        apply_language("en")


@pytest.mark.parametrize("kept", ["not json {", "[1, 2]", '{"kind": "gone", "start": "2026-13-45", "end": 7, '
                                  '"departments": ["x", null, 99999], "agreement": "a", "request": -4, '
                                  '"paper": 3, "sign_sheets": "yes", "department": 99999}'])
def test_what_cannot_be_read_leaves_the_screen_as_new(qtbot: QtBot, services: Services, kept: str) -> None:
    """A settings file edited by hand, or records gone from the file: the screen opens as it always did."""
    from icdesk.reports.registry import default_period
    from icdesk.ui.remembered import _key

    QSettings().setValue(_key(services, REMEMBERED), kept)
    screen = ReportsScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.kind.currentData() == "handbook"
    assert screen.page_size.currentData() == "a4"
    assert screen.sign_sheets.isChecked() and screen.request_number.value() == 1
    assert (screen.start.date().toPython(), screen.end.date().toPython()) == default_period(services.ctx.today())
    assert ticked(screen) == []


def test_a_document_s_name_is_read_whole_in_spanish(qtbot: QtBot, services: Services) -> None:
    """"Hoja de asistencia a la fo": the list of documents stood as narrow as sixteen letters."""
    from PySide6.QtCore import QSettings

    from icdesk.ui.language import apply_language

    apply_language("es")
    try:
        screen = ReportsScreen(services)
        qtbot.addWidget(screen)
        screen.resize(1100, 700)
        screen.show()
        screen.kind.setCurrentIndex(screen.kind.findData("attendance"))
        shown = screen.kind.currentText()
        assert shown == "Hoja de asistencia a la formación"
        assert screen.kind.width() >= screen.kind.fontMetrics().horizontalAdvance(shown) + 24
        assert screen.kind.toolTip() == shown
    finally:
        apply_language("en")
        QSettings().remove("language")
