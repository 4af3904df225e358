"""Working hours in the window: the calendar editor, the company's time zone, and due times said
in working time."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from icdesk.domain.enums import RequestStatus
from icdesk.services import Services
from icdesk.services.calendars import CalendarDraft
from icdesk.services.request_writes import RequestDraft
from icdesk.ui.dialogs.calendar import CalendarDialog, ClosureDialog
from icdesk.ui.dialogs.company import CompanyDialog
from icdesk.ui.formatting import due_text, set_zone
from icdesk.ui.screens.organisation import OrganisationScreen
from tests.conftest import FakeClock
from tests.gui_helpers import when_modal
from tests.helpers import small_org

ROME = ZoneInfo("Europe/Rome")
SHOTS = Path(os.environ.get("ICDESK_SHOTS", "")) if os.environ.get("ICDESK_SHOTS") else None


def shot(widget: QWidget, name: str) -> None:
    """ICDESK_SHOTS=folder keeps a picture of each screen, to look at."""
    if SHOTS is not None:
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def rome(services: Services, clock: FakeClock) -> Iterator[dict[str, int]]:
    services.company.save("Hotel Aurora", time_zone="Europe/Rome")
    set_zone(ROME)
    clock.now = datetime(2026, 3, 6, 15, 30, tzinfo=UTC)  # Friday 16:30 in Rome
    org = small_org(services)
    org["request"] = services.requests.create(RequestDraft("Printer jam", org["it"], requester_id=org["anna"],
                                                           standard_id=org["std"])).row.id
    yield org
    set_zone(None)


def test_a_manager_gives_a_department_office_hours_and_italys_holidays(qtbot: QtBot, services: Services,
                                                                      rome: dict[str, int]) -> None:
    dialog = CalendarDialog(services, services.departments.get(rome["it"]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.always.isChecked() and not dialog.days[0].isVisible()  # new departments count every hour
    dialog.hours_mode.click()
    assert dialog.days[0].isVisible()
    qtbot.keyClicks(dialog.days[0], "9-13, 14-18")
    dialog.copy_monday()
    assert dialog.days[4].text() == "9-13, 14-18" and dialog.days[5].text() == ""
    dialog.country.setCurrentIndex(dialog.country.findData("IT"))
    dialog.region.setCurrentIndex(dialog.region.findData("TS"))
    assert "Trieste" in dialog.region.currentText() and "Next:" in dialog.upcoming.text()
    shot(dialog, "calendar-dialog")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    draft = services.calendars.get(rome["it"]).draft
    assert (draft.always_open, draft.week[0], draft.holiday_country, draft.holiday_region) == (
        False, "09:00\u201313:00, 14:00\u201318:00", "IT", "TS")
    # the open request now falls due in working time: Friday 16:30 + 4 h is Monday 11:30
    due = services.requests.get(rome["request"]).row.resolution_due_at
    assert due is not None and due.astimezone(ROME).replace(tzinfo=None) == datetime(2026, 3, 9, 11, 30)


def test_hours_that_do_not_read_are_explained_under_their_day(qtbot: QtBot, services: Services,
                                                              rome: dict[str, int]) -> None:
    dialog = CalendarDialog(services, services.departments.get(rome["it"]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.hours_mode.click()
    qtbot.keyClicks(dialog.days[0], "9-17")
    qtbot.keyClicks(dialog.days[1], "nine to five")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog._errors["hours_1"]
    assert error.isVisible() and "09:00" in error.text()
    assert dialog.isVisible() and services.calendars.get(rome["it"]).draft.always_open  # nothing saved
    dialog.dirty = False  # closed without the discard question when the test ends


def test_esc_asks_before_a_switch_between_24_7_and_working_hours_is_lost(qtbot: QtBot, services: Services,
                                                                        rome: dict[str, int]) -> None:
    dialog = CalendarDialog(services, services.departments.get(rome["it"]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.dirty
    dialog.hours_mode.click()  # nothing typed yet: the choice alone is a change
    asked: list[str] = []

    def keep_editing(box: QWidget) -> None:
        asked.append(box.windowTitle())
        box.reject()  # Cancel: back to the form

    errors = when_modal(keep_editing)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked) or bool(errors))
    assert errors == [] and asked and dialog.isVisible() and dialog.hours_mode.isChecked()
    dialog.dirty = False


def test_a_closure_is_added_for_the_whole_company(qtbot: QtBot, services: Services, rome: dict[str, int]) -> None:
    dialog = CalendarDialog(services, services.departments.get(rome["acc"]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.hours_mode.click()
    qtbot.keyClicks(dialog.days[0], "9-17")

    def fill(closure: QWidget) -> None:
        assert isinstance(closure, ClosureDialog)
        closure.whole_day.setChecked(False)
        qtbot.keyClicks(closure.note, "Christmas Eve afternoon")
        closure.company.setChecked(True)
        qtbot.mouseClick(closure.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(fill)
    dialog.add_closure()
    assert errors == []
    assert dialog.closure_table.rowCount() == 1
    assert dialog.closure_table.item(0, 1).text() == "13:00\u201324:00"
    assert dialog.closure_table.item(0, 3).text() == "whole company"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [closure] = services.calendars.get(rome["it"]).draft.closures  # every department sees it
    assert closure.whole_company and closure.note == "Christmas Eve afternoon"


def test_departments_screen_says_the_hours_and_opens_the_editor(qtbot: QtBot, services: Services,
                                                               rome: dict[str, int]) -> None:
    services.calendars.save(rome["it"], CalendarDraft(False, ("07:00-11:00, 17:00-23:00",) * 7))
    screen = OrganisationScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    table = screen.departments.table
    row = [table.model().index(r, 0).data() for r in range(table.model().rowCount())].index("IT")
    table.selectRow(row)
    assert "Mon\u2013Sun 07:00\u201311:00, 17:00\u201323:00" in screen.departments.detail.toPlainText()
    shot(screen, "departments-hours")
    errors = when_modal(lambda dialog: (dialog.reject() if isinstance(dialog, CalendarDialog) else None))
    qtbot.mouseClick(screen.departments.hours_button, Qt.MouseButton.LeftButton)
    assert errors == []


def test_the_company_time_zone_is_picked_in_company_details(qtbot: QtBot, services: Services,
                                                           rome: dict[str, int]) -> None:
    services.calendars.save(rome["it"], CalendarDraft(False, ("09:00-17:00",) * 5 + ("", "")))
    dialog = CompanyDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.zone.currentText() == "Europe/Rome"
    dialog.zone.setCurrentIndex(dialog.zone.findText("Europe/Helsinki"))
    shot(dialog, "company-zone")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert services.ctx.sla.zone == ZoneInfo("Europe/Helsinki")
    # Friday 17:30 in Helsinki, after hours: four working hours from Monday 09:00 there
    due = services.requests.get(rome["request"]).row.resolution_due_at
    assert due is not None and due.astimezone(ZoneInfo("Europe/Helsinki")).hour == 13


def test_an_unknown_time_zone_is_refused_with_a_sentence(qtbot: QtBot, services: Services,
                                                        rome: dict[str, int]) -> None:
    dialog = CompanyDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.zone.setEditText("Europe/Atlantis")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "not a time zone" in dialog._errors["time_zone"].text()
    assert services.ctx.sla.zone == ROME
    dialog.dirty = False


def test_due_times_are_said_in_working_time(services: Services, clock: FakeClock, rome: dict[str, int]) -> None:
    services.calendars.save(rome["it"], CalendarDraft(False, ("09:00-17:00",) * 5 + ("", "")))
    it_clock = services.requests.clocks()[rome["it"]]
    row = services.requests.get(rome["request"]).row  # new: the first response is due
    assert due_text(row, clock.now, it_clock) == "due in 1 working h (Mon 09:30)"
    row = services.requests.transition(rome["request"], RequestStatus.IN_PROGRESS).row
    assert due_text(row, clock.now, it_clock) == "due in 4 working h (Mon 12:30)"
    later = datetime(2026, 3, 10, 15, 30, tzinfo=UTC)  # Tuesday 16:30: Monday 12:30-17:00 and Tuesday 9-16:30
    assert due_text(row, later, it_clock) == "12 working h late"
    assert due_text(row, datetime(2026, 3, 13, 15, 30, tzinfo=UTC), it_clock) == "4 working days late"
    # a department open around the clock counts every hour, as before
    assert due_text(row, clock.now, None) == "due in 2 d (Mon 12:30)"


def test_a_pc_in_another_zone_still_shows_company_time(services: Services, rome: dict[str, int]) -> None:
    if not hasattr(time, "tzset"):
        pytest.skip("this system cannot change its zone for one process")
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        row = services.requests.get(rome["request"]).row
        from icdesk.ui.formatting import short_datetime

        assert short_datetime(row.created_at) == "06/03/2026 16:30"  # Rome, not New York's 10:30
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
