"""A request no standard gives a resolution target can be needed by a day: overdue after that working day.

Found by a new manager: a slippery cold-room floor logged for the cleaners (no standard yet) could be given
no deadline at all, so it never showed as late.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from icdesk.domain.calendar import Closure
from icdesk.domain.enums import RequestStatus
from icdesk.domain.errors import RuleError, ValidationError
from icdesk.i18n.system_notes import note_shown
from icdesk.services import Services
from icdesk.services.calendars import CalendarDraft
from icdesk.services.request_queries import RequestFilter
from icdesk.services.requests import RequestDraft
from tests.conftest import FakeClock
from tests.helpers import small_org

ROME = ZoneInfo("Europe/Rome")


def office(closures: tuple[Closure, ...] = ()) -> CalendarDraft:
    return CalendarDraft(False, ("09:00-17:00",) * 5 + ("", ""), "", "", closures)


@pytest.fixture
def org(services: Services, clock: FakeClock) -> dict[str, int]:
    services.company.save("Trattoria Bertè", time_zone="Europe/Rome")
    org = small_org(services)  # IT's standard: first response 1 h, resolution 4 h
    services.calendars.save(org["it"], office())
    clock.now = datetime(2026, 3, 2, 10, 0, tzinfo=ROME).astimezone(UTC)  # Monday
    return org


def floor(services: Services, org: dict[str, int], day: date | None, **kw: object) -> int:
    draft = RequestDraft("Cold-room floor slippery", org["it"], requester_id=org["anna"], needed_by=day)
    for key, value in kw.items():
        setattr(draft, key, value)
    return services.requests.create(draft).row.id


def overdue_ids(services: Services) -> set[int]:
    return {r.id for r in services.requests.list(RequestFilter(overdue_only=True))}


def test_a_request_needed_by_a_day_is_due_at_the_end_of_that_working_day(services: Services,
                                                                         org: dict[str, int],
                                                                         clock: FakeClock) -> None:
    logged = services.requests.create(RequestDraft("Cold-room floor slippery", org["it"], requester_id=org["anna"],
                                                   needed_by=date(2026, 3, 4)))
    assert logged.needed_by == date(2026, 3, 4)
    assert logged.row.resolution_due_at == datetime(2026, 3, 4, 17, 0, tzinfo=ROME).astimezone(UTC)
    assert services.requests.get(logged.row.id).needed_by == date(2026, 3, 4)  # read back the same
    clock.now = datetime(2026, 3, 4, 16, 59, tzinfo=ROME).astimezone(UTC)
    assert logged.row.id not in overdue_ids(services)
    clock.now = datetime(2026, 3, 4, 17, 1, tzinfo=ROME).astimezone(UTC)
    assert logged.row.id in overdue_ids(services)


def test_a_day_the_provider_does_not_work_is_due_at_its_midnight_and_still_reads_as_that_day(
        services: Services, org: dict[str, int]) -> None:
    rid = floor(services, org, date(2026, 3, 7))  # a Saturday
    detail = services.requests.get(rid)
    assert detail.row.resolution_due_at == datetime(2026, 3, 8, 0, 0, tzinfo=ROME).astimezone(UTC)
    assert detail.needed_by == date(2026, 3, 7)


def test_a_day_already_past_is_refused_for_a_new_request_and_nothing_is_saved(services: Services,
                                                                              org: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as refused:
        floor(services, org, date(2026, 3, 1))
    assert refused.value.field == "needed_by"
    assert "already past" in str(refused.value)
    assert services.requests.list(RequestFilter()) == []


def test_today_is_accepted(services: Services, org: dict[str, int]) -> None:
    assert services.requests.get(floor(services, org, date(2026, 3, 2))).needed_by == date(2026, 3, 2)


def test_a_standard_with_a_resolution_target_sets_the_deadline_so_a_day_as_well_is_refused(
        services: Services, org: dict[str, int]) -> None:
    with pytest.raises(RuleError) as refused:
        floor(services, org, date(2026, 3, 4), standard_id=org["std"])
    assert refused.value.field == "needed_by"
    under_standard = floor(services, org, None, standard_id=org["std"])
    assert services.requests.get(under_standard).needed_by is None  # the standard's deadline is not a day by hand


def test_moving_and_removing_the_day_is_said_in_the_history_in_the_readers_language(
        services: Services, org: dict[str, int], clock: FakeClock) -> None:
    rid = floor(services, org, date(2026, 3, 4))
    draft = RequestDraft("Cold-room floor slippery", org["it"], requester_id=org["anna"], needed_by=date(2026, 3, 6))
    moved = services.requests.update(rid, draft)
    assert moved.needed_by == date(2026, 3, 6)
    assert moved.row.resolution_due_at == datetime(2026, 3, 6, 17, 0, tzinfo=ROME).astimezone(UTC)
    draft.needed_by = None
    cleared = services.requests.update(rid, draft)
    assert cleared.needed_by is None and cleared.row.resolution_due_at is None
    notes = [e.text for e in cleared.events if e.text.startswith("needed by")]
    assert notes == ["needed by 2026-03-04 \u2192 2026-03-06", "needed by 2026-03-06 \u2192 none"]
    from icdesk.i18n.formatter import Formatter

    assert note_shown(notes[1], Formatter("it", ROME), edit=True) == "necessaria entro 06/03/2026 \u2192 nessuna data"


def test_an_edit_that_keeps_the_day_changes_nothing_even_after_a_wait_moved_it(services: Services,
                                                                               org: dict[str, int],
                                                                               clock: FakeClock) -> None:
    rid = floor(services, org, date(2026, 3, 4))
    services.requests.transition(rid, RequestStatus.IN_PROGRESS)
    services.requests.transition(rid, RequestStatus.WAITING)
    clock.advance(hours=2)  # waiting on the requester: the clock stops, the deadline moves 2 working hours
    detail = services.requests.transition(rid, RequestStatus.IN_PROGRESS)
    assert detail.row.resolution_due_at == datetime(2026, 3, 5, 11, 0, tzinfo=ROME).astimezone(UTC)
    assert detail.needed_by == date(2026, 3, 5)
    before = len(detail.events)
    again = services.requests.update(rid, RequestDraft("Cold-room floor slippery", org["it"],
                                                       requester_id=org["anna"], needed_by=date(2026, 3, 5)))
    assert len(again.events) == before  # nothing changed, nothing written
    assert again.row.resolution_due_at == detail.row.resolution_due_at


def test_a_resolved_request_keeps_its_day_and_counts_as_within_it(services: Services, org: dict[str, int],
                                                                 clock: FakeClock) -> None:
    rid = floor(services, org, date(2026, 3, 4))
    services.requests.transition(rid, RequestStatus.IN_PROGRESS)
    resolved = services.requests.transition(rid, RequestStatus.RESOLVED)
    with pytest.raises(RuleError):
        services.requests.update(rid, RequestDraft("Cold-room floor slippery", org["it"], requester_id=org["anna"],
                                                   needed_by=date(2026, 3, 9)))
    assert services.requests.get(rid).needed_by == date(2026, 3, 4)
    assert resolved.row.resolved_at is not None and resolved.row.resolution_due_at is not None
    assert resolved.row.resolved_at <= resolved.row.resolution_due_at


def test_a_standard_given_later_replaces_the_day_with_its_target(services: Services, org: dict[str, int],
                                                                 clock: FakeClock) -> None:
    rid = floor(services, org, date(2026, 3, 9))
    clock.advance(minutes=30)
    given = services.requests.update(rid, RequestDraft("Cold-room floor slippery", org["it"],
                                                       requester_id=org["anna"], standard_id=org["std"]))
    assert given.needed_by is None
    # the standard's 4 working hours, counted from when it was logged (Monday 10:00)
    assert given.row.resolution_due_at == datetime(2026, 3, 2, 14, 0, tzinfo=ROME).astimezone(UTC)


def test_an_old_log_imported_may_have_been_needed_by_a_day_long_past(services: Services,
                                                                      org: dict[str, int]) -> None:
    from icdesk.services.request_references import RequestReferences
    from icdesk.services.request_writes import NewRequest, prepare_request

    item = NewRequest(services.ctx.clock() - timedelta(days=30),
                      RequestDraft("Old floor job", org["it"], requester_id=org["anna"], needed_by=date(2026, 2, 3)),
                      old_log=True)
    with services.db.transaction() as s:
        prepared = prepare_request(RequestReferences.for_items(s, [item]), services.ctx.sla, item)
    assert prepared.life.resolution_due_at == datetime(2026, 2, 3, 17, 0, tzinfo=ROME).astimezone(UTC)


# -- in the window ---------------------------------------------------------------------------------

def test_the_form_takes_a_day_without_a_standard_and_greys_it_with_the_reason_under_one(
        qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    from PySide6.QtCore import QDate, Qt

    from icdesk.ui.dialogs.request_form import RequestFormDialog
    from icdesk.ui.screens.requests import RequestsScreen
    from tests.gui_helpers import type_text, when_modal

    screen = RequestsScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RequestFormDialog)
        type_text(qtbot, dialog.title_edit, "Pavimento della cella scivoloso")
        dialog.provider.setCurrentIndex(dialog.provider.findData(org["it"]))
        dialog.requester.setCurrentIndex(dialog.requester.findData(org["anna"]))
        dialog.standard.setCurrentIndex(dialog.standard.findData(org["std"]))
        seen["under standard"] = (dialog.needed_by.isEnabled(), dialog.needed_by_hint.text())
        dialog.standard.setCurrentIndex(0)  # "(none: no deadline)"
        seen["without"] = (dialog.needed_by.isEnabled(), dialog.needed_by_hint.text())
        dialog.needed_by.setDate(QDate(2026, 3, 4))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(fill)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert seen["under standard"] == (False, "Set by the service standard's resolution target.")
    assert seen["without"] == (True, "Optional: overdue after the end of that working day.")
    model = screen.request_model
    assert model.rowCount() == 1
    assert model.index(0, 8).data().startswith("due in 2 working days")  # Wednesday 17:00 from Monday 10:00
    assert services.requests.get(model.row_at(0).id).needed_by == date(2026, 3, 4)


def test_the_form_shows_a_day_already_past_as_refused_under_the_field(qtbot: QtBot, services: Services,
                                                                     org: dict[str, int]) -> None:
    from PySide6.QtCore import QDate, Qt

    from icdesk.ui.dialogs.request_form import RequestFormDialog

    form = RequestFormDialog(services)
    qtbot.addWidget(form)
    form.show()
    type_text_plain = form.title_edit.setText
    type_text_plain("Pavimento della cella scivoloso")
    form.provider.setCurrentIndex(form.provider.findData(org["it"]))
    form.requester.setCurrentIndex(form.requester.findData(org["anna"]))
    form.needed_by.setDate(QDate(2026, 2, 27))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()  # not saved: the form stays, with what was typed
    assert "already past" in form._errors["needed_by"].text()
    assert services.requests.list(RequestFilter()) == []


def test_a_standard_with_only_a_first_response_target_leaves_the_day_to_the_request_and_a_new_calendar_keeps_it(
        services: Services, org: dict[str, int]) -> None:
    from icdesk.services.standards import StandardContent
    from tests.helpers import put_in_force

    draft = services.standards.create(org["it"], StandardContent(title="Cleaning call", steps=["Come and look"],
                                                                 first_response_minutes=60))
    answer_only = put_in_force(services, draft.id).standard_id
    rid = floor(services, org, date(2026, 3, 5), standard_id=answer_only)
    assert services.requests.get(rid).needed_by == date(2026, 3, 5)
    services.calendars.save(org["it"], office(closures=(Closure(date(2026, 12, 24), date(2026, 12, 24)),)))
    kept = services.requests.get(rid)
    assert kept.needed_by == date(2026, 3, 5)  # recounting the targets left the day set by hand alone
    assert kept.row.response_due_at == datetime(2026, 3, 2, 11, 0, tzinfo=ROME).astimezone(UTC)
