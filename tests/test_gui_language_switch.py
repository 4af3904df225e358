"""Another language from the menu builds every screen again: what the person filtered stays."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from icdesk.app import open_services
from icdesk.services.requests import RequestDraft
from icdesk.ui.language import apply_language
from icdesk.ui.main_window import MainWindow
from icdesk.ui.screens.organisation import OrganisationScreen
from icdesk.ui.screens.requests import RequestsScreen


def texts(screen: object, column: int) -> list[str]:
    model = screen.table.model()  # type: ignore[attr-defined]
    return sorted(model.index(r, column).data() for r in range(model.rowCount()))


def test_search_and_filters_survive_another_language(qtbot: QtBot, tmp_path: Path) -> None:
    services = open_services(tmp_path / "switch.sqlite")
    kitchen = services.departments.create("Kitchen").id
    spa = services.departments.create("Spa").id
    services.departments.create("Kiosk")
    services.departments.archive(spa)
    it = services.departments.create("IT").id
    services.requests.create(RequestDraft("Oven broken", it, requester_department_id=kitchen))
    services.requests.create(RequestDraft("Fridge warm", it, requester_department_id=kitchen))
    services.requests.create(RequestDraft("Printer jam", kitchen, requester_department_id=it))
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    try:
        window.show_screen("organisation")
        organisation = window.screen_of("organisation")
        assert isinstance(organisation, OrganisationScreen)
        departments = organisation.departments
        departments.show_archived.setChecked(True)
        departments.search.setText("K")
        departments.refresh()
        assert texts(departments, 0) == ["Kiosk", "Kitchen"]
        window.show_screen("requests")
        requests = window.requests_screen
        requests.provider.setCurrentIndex(requests.provider.findData(it))
        assert texts(requests, 1) == ["Fridge warm", "Oven broken"]

        window.switch_language("it")
        requests = window.requests_screen
        assert isinstance(requests, RequestsScreen) and requests.provider.currentData() == it
        assert texts(requests, 1) == ["Fridge warm", "Oven broken"]
        assert requests.filters_active()
        window.show_screen("organisation")
        departments = window.screen_of("organisation").departments  # type: ignore[attr-defined]
        assert departments.search.text() == "K" and departments.show_archived.isChecked()
        assert texts(departments, 0) == ["Kiosk", "Kitchen"]
    finally:
        apply_language("en")
        QSettings().remove("language")
    services.close()


def test_a_dashboard_figure_s_period_on_feedback_survives_another_language(qtbot: QtBot, tmp_path: Path) -> None:
    """Feedback opened from the Dashboard's average rating shows the ratings since a day; in another
    language it showed every rating, and its chip was gone."""
    from datetime import timedelta

    services = open_services(tmp_path / "switch.sqlite")
    from icdesk.services.feedback import FeedbackDraft

    kitchen = services.departments.create("Kitchen").id
    services.feedback.give(FeedbackDraft(4, department_id=kitchen, comment="Fine"))
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    try:
        window.show_screen("feedback")
        feedback = window.screen_of("feedback")
        since = services.feedback.clock() - timedelta(days=30)
        feedback.show_given_since(since)  # type: ignore[attr-defined]
        assert feedback.filters_active()  # type: ignore[attr-defined]

        window.switch_language("it")
        window.show_screen("feedback")
        feedback = window.screen_of("feedback")
        assert feedback.given_since == since and feedback.filters_active()  # type: ignore[attr-defined]
        assert feedback.preset.isVisibleTo(feedback)  # type: ignore[attr-defined]
        feedback.clear_filters()  # type: ignore[attr-defined]
        assert feedback.given_since is None and not feedback.filters_active()  # type: ignore[attr-defined]
    finally:
        apply_language("en")
        QSettings().remove("language")
    services.close()


def test_filters_survive_two_switches_in_a_row_on_a_list_not_opened_in_between(qtbot: QtBot, tmp_path: Path) -> None:
    services = open_services(tmp_path / "switch.sqlite")
    it = services.departments.create("IT").id
    kitchen = services.departments.create("Kitchen").id
    services.requests.create(RequestDraft("Oven broken", it, requester_department_id=kitchen))
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    try:
        window.show_screen("requests")
        window.requests_screen.search.setText("oven")
        window.requests_screen.refresh()
        window.show_screen("dashboard")
        window.switch_language("fi")
        window.switch_language("ru")  # Requests not opened between the two
        window.show_screen("requests")
        assert window.requests_screen.search.text() == "oven"
    finally:
        apply_language("en")
        QSettings().remove("language")
    services.close()


def test_the_order_clicked_survives_another_language(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    services = open_services(tmp_path / "order.sqlite")
    it = services.departments.create("IT").id
    kitchen = services.departments.create("Kitchen").id
    for title in ("Oven broken", "Fridge warm", "Printer jam"):
        services.requests.create(RequestDraft(title, it, requester_department_id=kitchen))
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    try:
        window.show_screen("requests")
        window.requests_screen.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # titles, Z to A

        window.switch_language("it")
        requests = window.requests_screen
        model = requests.table.model()
        assert [model.index(r, 1).data() for r in range(model.rowCount())] == \
            ["Printer jam", "Oven broken", "Fridge warm"]
        header = requests.table.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    finally:
        apply_language("en")
