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
