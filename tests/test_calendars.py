"""Deadlines in working time: business hours, public holidays, closures, split shifts, pauses and
the changes to and from summer time, counted by the one deadline clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from icdesk.domain.calendar import OFFICE_WEEK, Closure, WorkingCalendar, hours_text, parse_hours
from icdesk.domain.enums import RequestStatus
from icdesk.domain.errors import ValidationError
from icdesk.domain.sla import ServiceClock
from icdesk.services import Services
from icdesk.services.calendars import CalendarDraft
from icdesk.services.request_writes import RequestDraft
from tests.conftest import FakeClock
from tests.helpers import small_org

ROME, HELSINKI, MOSCOW = ZoneInfo("Europe/Rome"), ZoneInfo("Europe/Helsinki"), ZoneInfo("Europe/Moscow")
OFFICE = WorkingCalendar(OFFICE_WEEK)
KITCHEN = WorkingCalendar(tuple(parse_hours("07:00-11:00, 17:00-23:00") for _ in range(7)))


def at(zone: ZoneInfo, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=zone)  # type: ignore[misc]


def local(instant: datetime | None, zone: ZoneInfo) -> datetime:
    assert instant is not None
    return instant.astimezone(zone).replace(tzinfo=None)


def test_friday_afternoon_plus_four_working_hours_is_monday_late_morning() -> None:
    clock = ServiceClock(ROME, OFFICE)
    due = clock.due(at(ROME, 2026, 3, 6, 16, 30), 4 * 60)  # Friday
    # half an hour on Friday, three and a half on Monday from 09:00
    assert local(due, ROME) == datetime(2026, 3, 9, 12, 30)
    early = ServiceClock(ROME, WorkingCalendar(tuple(parse_hours("8-17" if d < 5 else "") for d in range(7))))
    assert local(early.due(at(ROME, 2026, 3, 6, 16, 30), 4 * 60), ROME) == datetime(2026, 3, 9, 11, 30)
    # a target used up exactly at closing time is due at closing time, not on Monday morning
    assert local(clock.due(at(ROME, 2026, 3, 6, 16, 30), 30), ROME) == datetime(2026, 3, 6, 17, 0)
    # logged at night: the clock starts when work starts
    assert local(clock.due(at(ROME, 2026, 3, 10, 2, 0), 60), ROME) == datetime(2026, 3, 10, 10, 0)


def test_italian_public_holidays_are_skipped() -> None:
    clock = ServiceClock(ROME, WorkingCalendar(OFFICE_WEEK, "IT"))
    # Epiphany, Tuesday 6 January 2026
    assert local(clock.due(at(ROME, 2026, 1, 5, 16, 30), 240), ROME) == datetime(2026, 1, 7, 12, 30)
    # Ferragosto, Friday 15 August 2025, then the weekend
    assert local(clock.due(at(ROME, 2025, 8, 14, 16, 30), 240), ROME) == datetime(2025, 8, 18, 12, 30)
    # without the holidays the same targets fall on the holidays themselves
    plain = ServiceClock(ROME, OFFICE)
    assert local(plain.due(at(ROME, 2026, 1, 5, 16, 30), 240), ROME) == datetime(2026, 1, 6, 12, 30)


def test_regional_holiday_counts_only_in_its_region() -> None:
    # San Giusto, 3 November, is a holiday in Trieste but not in Rome
    trieste = ServiceClock(ROME, WorkingCalendar(OFFICE_WEEK, "IT", "TS"))
    rome = ServiceClock(ROME, WorkingCalendar(OFFICE_WEEK, "IT", "RM"))
    start = at(ROME, 2026, 11, 2, 16, 0)  # Monday
    assert local(trieste.due(start, 120), ROME) == datetime(2026, 11, 4, 10, 0)
    assert local(rome.due(start, 120), ROME) == datetime(2026, 11, 3, 10, 0)


def test_company_closures_whole_days_and_an_afternoon() -> None:
    christmas_eve = Closure(date(2026, 12, 24), date(2026, 12, 24), 13 * 60, 24 * 60, "Christmas Eve afternoon")
    august = Closure(date(2026, 8, 10), date(2026, 8, 21), note="August shutdown")
    clock = ServiceClock(ROME, WorkingCalendar(OFFICE_WEEK, "IT", closures=(christmas_eve, august)))
    # Thursday 24 December 11:00: two hours before the closure, then Christmas, Boxing Day, the weekend
    assert local(clock.due(at(ROME, 2026, 12, 24, 11, 0), 240), ROME) == datetime(2026, 12, 28, 11, 0)
    # Friday 7 August 16:00 + 2 h: one hour that day, the next after two weeks of shutdown
    assert local(clock.due(at(ROME, 2026, 8, 7, 16, 0), 120), ROME) == datetime(2026, 8, 24, 10, 0)


@pytest.mark.parametrize("zone", [ROME, HELSINKI])
def test_summer_time_changes_keep_working_hours_on_the_wall_clock(zone: ZoneInfo) -> None:
    clock = ServiceClock(zone, OFFICE)
    # last Sunday of March 2026 is the 29th, of October the 25th
    spring = clock.due(at(zone, 2026, 3, 27, 16, 30), 240)
    autumn = clock.due(at(zone, 2026, 10, 23, 16, 30), 240)
    assert local(spring, zone) == datetime(2026, 3, 30, 12, 30)
    assert local(autumn, zone) == datetime(2026, 10, 26, 12, 30)
    # the working time between the same wall-clock moments is the same either side of a change
    assert clock.working_seconds(at(zone, 2026, 3, 27, 9), at(zone, 2026, 3, 30, 17)) == 16 * 3600
    assert clock.working_seconds(at(zone, 2026, 10, 23, 9), at(zone, 2026, 10, 26, 17)) == 16 * 3600


def test_a_night_shift_over_the_change_counts_the_hours_really_worked() -> None:
    nights = WorkingCalendar(tuple(parse_hours("00:00-06:00, 22:00-24:00") for _ in range(7)))
    clock = ServiceClock(ROME, nights)
    # the night of 28-29 March 2026 has no 02:00-03:00: 00:00-06:00 is five hours long
    assert clock.working_seconds(at(ROME, 2026, 3, 29, 0), at(ROME, 2026, 3, 29, 12)) == 5 * 3600
    # the night of 24-25 October has 02:00-03:00 twice: seven hours
    assert clock.working_seconds(at(ROME, 2026, 10, 25, 0), at(ROME, 2026, 10, 25, 12)) == 7 * 3600
    # Saturday 22:00 + 4 working hours: 2 h before midnight, then 2 real hours after it (03:00 summer time)
    assert local(clock.due(at(ROME, 2026, 3, 28, 22, 0), 240), ROME) == datetime(2026, 3, 29, 3, 0)


def test_moscow_has_no_summer_time() -> None:
    clock = ServiceClock(MOSCOW, OFFICE)
    due = clock.due(at(MOSCOW, 2026, 3, 27, 16, 30), 240)
    assert local(due, MOSCOW) == datetime(2026, 3, 30, 12, 30)
    assert due is not None and due.astimezone(UTC).hour == 9  # UTC+3 all year


def test_a_split_shift_kitchen() -> None:
    clock = ServiceClock(ROME, KITCHEN)
    # 10:00 + 4 h: one hour until 11:00, then three from 17:00
    assert local(clock.due(at(ROME, 2026, 3, 2, 10, 0), 240), ROME) == datetime(2026, 3, 2, 20, 0)
    # 22:30 + 1 h: half an hour tonight, half an hour tomorrow morning, weekends included
    assert local(clock.due(at(ROME, 2026, 3, 7, 22, 30), 60), ROME) == datetime(2026, 3, 8, 7, 30)


def test_a_pause_over_the_weekend_counts_only_working_time() -> None:
    clock = ServiceClock(ROME, OFFICE)
    created = at(ROME, 2026, 3, 6, 10, 0)  # Friday
    due = clock.due(created, 8 * 60)
    assert local(due, ROME) == datetime(2026, 3, 9, 10, 0)
    waiting, resumed_at = at(ROME, 2026, 3, 6, 15, 0), at(ROME, 2026, 3, 9, 11, 0)
    resumed = clock.resume(due, waiting, resumed_at)
    assert resumed.paused_seconds == 4 * 3600  # Friday 15-17 and Monday 9-11, not the weekend
    assert local(resumed.resolution_due_at, ROME) == datetime(2026, 3, 9, 14, 0)
    # resolved exactly on time: five hours on Friday and three on Monday
    assert clock.service_seconds(created, at(ROME, 2026, 3, 9, 14, 0), resumed.paused_seconds) == 8 * 3600


def test_around_the_clock_counts_every_hour_as_before() -> None:
    clock = ServiceClock(ROME)
    start = at(ROME, 2026, 3, 28, 22, 0).astimezone(UTC)  # stored instants are UTC
    assert clock.due(start, 240) == start + timedelta(hours=4)
    assert local(clock.due(start, 240), ROME) == datetime(2026, 3, 29, 3, 0)  # the hour skipped is not counted
    resumed = clock.resume(start, start, start + timedelta(hours=30))
    assert (resumed.paused_seconds, resumed.resolution_due_at) == (30 * 3600, start + timedelta(hours=30))
    assert clock.service_seconds(start, start + timedelta(hours=50), 3600) == 49 * 3600


def test_hours_are_read_the_way_people_type_them() -> None:
    assert parse_hours("9-13, 14-18") == ((540, 780), (840, 1080))
    assert parse_hours("07:00–11:00 17:00–23:00") == ((420, 660), (1020, 1380))
    assert parse_hours("14.30-18; 8-12.30") == ((480, 750), (870, 1080))
    assert parse_hours("9-12, 11-13") == ((540, 780),)
    assert parse_hours("  ") == ()
    assert hours_text(parse_hours("7-11, 17-24")) == "07:00\u201311:00, 17:00\u201324:00"
    for bad in ("nine to five", "18-9", "9-25", "9:75-10"):
        with pytest.raises(ValidationError):
            parse_hours(bad)


def test_a_calendar_needs_some_working_time_and_a_known_country() -> None:
    with pytest.raises(ValidationError, match="at least one day"):
        WorkingCalendar(tuple(() for _ in range(7))).checked()
    with pytest.raises(ValidationError, match="no public holidays"):
        WorkingCalendar(OFFICE_WEEK, "XX").checked()
    with pytest.raises(ValidationError, match="region"):
        WorkingCalendar(OFFICE_WEEK, "IT", "Atlantis").checked()
    assert WorkingCalendar(OFFICE_WEEK, "it", "ts").checked().holiday_region == "TS"
    with pytest.raises(ValidationError, match="ends before"):
        Closure(date(2026, 8, 21), date(2026, 8, 10)).checked()


# -- the services: requests follow their provider's calendar ------------------------------------

def office(country: str = "", closures: tuple[Closure, ...] = ()) -> CalendarDraft:
    return CalendarDraft(False, ("09:00-17:00",) * 5 + ("", ""), country, "", closures)


def rome_org(services: Services) -> dict[str, int]:
    services.company.save("Hotel Aurora", time_zone="Europe/Rome")
    org = small_org(services)  # IT's standard: first response 1 h, resolution 4 h
    services.calendars.save(org["it"], office("IT"))
    return org


def log(services: Services, org: dict[str, int]) -> int:
    return services.requests.create(RequestDraft("Printer jam", org["it"], requester_id=org["anna"],
                                                 standard_id=org["std"])).row.id


def test_a_request_counts_its_targets_in_the_providers_calendar(services: Services, clock: FakeClock) -> None:
    org = rome_org(services)
    clock.now = at(ROME, 2026, 3, 6, 16, 30).astimezone(UTC)  # Friday
    row = services.requests.get(log(services, org)).row
    assert local(row.response_due_at, ROME) == datetime(2026, 3, 9, 9, 30)
    assert local(row.resolution_due_at, ROME) == datetime(2026, 3, 9, 12, 30)
    clock.now = at(ROME, 2026, 3, 7, 12, 0).astimezone(UTC)  # Saturday: nothing is late at the weekend
    assert services.requests.overdue_ids() == []


def test_waiting_over_the_weekend_moves_the_due_time_by_working_time_only(services: Services,
                                                                           clock: FakeClock) -> None:
    org = rome_org(services)
    services.calendars.save(org["it"], office())
    clock.now = at(ROME, 2026, 3, 6, 10, 0).astimezone(UTC)  # Friday 10:00, 4 h to resolve: 14:00
    request_id = log(services, org)
    clock.now = at(ROME, 2026, 3, 6, 11, 0).astimezone(UTC)
    services.requests.transition(request_id, RequestStatus.IN_PROGRESS)
    clock.now = at(ROME, 2026, 3, 6, 13, 0).astimezone(UTC)
    services.requests.transition(request_id, RequestStatus.WAITING)
    clock.now = at(ROME, 2026, 3, 9, 10, 0).astimezone(UTC)  # Monday
    row = services.requests.transition(request_id, RequestStatus.IN_PROGRESS).row
    assert row.paused_seconds == 5 * 3600  # Friday 13-17, Monday 9-10
    assert local(row.resolution_due_at, ROME) == datetime(2026, 3, 9, 11, 0)
    clock.now = at(ROME, 2026, 3, 9, 11, 0).astimezone(UTC)
    row = services.requests.transition(request_id, RequestStatus.RESOLVED).row
    assert row.service_seconds == 4 * 3600 and not row.overdue


def test_changing_a_calendar_recomputes_open_requests_in_one_go(services: Services, clock: FakeClock) -> None:
    org = rome_org(services)
    clock.now = at(ROME, 2026, 3, 6, 10, 0).astimezone(UTC)
    finished, waited, still_open = log(services, org), log(services, org), log(services, org)
    clock.now = at(ROME, 2026, 3, 6, 11, 0).astimezone(UTC)
    services.requests.transition(finished, RequestStatus.IN_PROGRESS)
    services.requests.transition(waited, RequestStatus.IN_PROGRESS)
    services.requests.transition(waited, RequestStatus.WAITING)
    clock.now = at(ROME, 2026, 3, 6, 12, 0).astimezone(UTC)
    services.requests.transition(finished, RequestStatus.RESOLVED)
    services.requests.transition(waited, RequestStatus.IN_PROGRESS)  # one hour paused
    judged = services.requests.get(finished).row
    reports: list[tuple[int, ...]] = []
    # IT now works around the clock
    always = CalendarDraft(True, office().week)
    assert services.calendars.save(org["it"], always, lambda *done: reports.append(done)) == 2
    assert reports[0] == (0, 2) and reports[-1] == (2, 2)
    open_row, waited_row = services.requests.get(still_open).row, services.requests.get(waited).row
    assert open_row.response_due_at == clock.now - timedelta(hours=1)  # logged 10:00 + 1 h
    assert open_row.resolution_due_at == at(ROME, 2026, 3, 6, 14, 0)
    assert (waited_row.paused_seconds, waited_row.resolution_due_at) == (3600, at(ROME, 2026, 3, 6, 15, 0))
    assert services.requests.get(finished).row == judged  # a resolved request keeps what it was judged by
    # the hours are kept while it is open around the clock, and come back
    assert services.calendars.get(org["it"]).draft.week[0] == "09:00\u201317:00"
    services.calendars.save(org["it"], office())
    assert local(services.requests.get(still_open).row.resolution_due_at, ROME) == datetime(2026, 3, 6, 14, 0)
    assert local(services.requests.get(waited).row.resolution_due_at, ROME) == datetime(2026, 3, 6, 15, 0)


def test_a_company_closure_applies_to_every_department_with_hours(services: Services, clock: FakeClock) -> None:
    org = rome_org(services)
    services.calendars.save(org["acc"], office())
    eve = Closure(date(2026, 12, 24), date(2026, 12, 24), 13 * 60, 24 * 60, "Christmas Eve afternoon",
                  whole_company=True)
    services.calendars.save(org["it"], office("IT", (eve,)))
    assert services.calendars.get(org["acc"]).draft.closures == (eve,)
    accounting = services.calendars.calendars()[org["acc"]]
    assert accounting.hours_on(date(2026, 12, 24)) == ((540, 780),)
    # the front desk, open around the clock, knows no closures
    assert services.calendars.calendars()[org["it"]].hours_on(date(2026, 12, 24)) == ((540, 780),)
    services.calendars.save(org["acc"], CalendarDraft(True, office().week, closures=(eve,)))
    assert services.calendars.calendars()[org["acc"]].hours_on(date(2026, 12, 24)) == ((0, 1440),)


def test_a_calendar_that_cannot_be_saved_changes_nothing(services: Services) -> None:
    org = rome_org(services)
    before = services.calendars.get(org["it"])
    for draft, field_name in ((CalendarDraft(False, ("9-17", "seventeen") + ("",) * 5), "hours_1"),
                              (CalendarDraft(False, ("",) * 7), "hours"),
                              (office("ZZ"), "holiday_country")):
        with pytest.raises(ValidationError) as raised:
            services.calendars.save(org["it"], draft)
        assert raised.value.field == field_name
    assert services.calendars.get(org["it"]) == before


def test_a_new_company_time_zone_moves_the_working_hours_and_the_due_times(services: Services,
                                                                           clock: FakeClock) -> None:
    org = rome_org(services)
    clock.now = at(ROME, 2026, 3, 6, 16, 30).astimezone(UTC)
    request_id = log(services, org)
    services.company.save("Hotel Aurora", time_zone="Europe/Helsinki")
    # the same Friday moment is 17:30 in Helsinki, after hours: four hours from Monday 09:00 there
    due = services.requests.get(request_id).row.resolution_due_at
    assert local(due, HELSINKI) == datetime(2026, 3, 9, 13, 0)
    assert services.ctx.sla.zone == HELSINKI


# -- spreadsheets: import counts the same way, export says which moment it means -----------------

def test_imported_requests_get_due_times_in_their_providers_calendar(services: Services, clock: FakeClock,
                                                                     tmp_path: Path) -> None:
    rome_org(services)
    clock.now = at(ROME, 2026, 3, 10, 9, 0).astimezone(UTC)
    path = tmp_path / "old.csv"
    path.write_text("title,provider,requester,standard,logged on\n"
                    "Printer jam,IT,Anna Romano,PMS access,2026-03-06 16:30\n"
                    "No standard,IT,Anna Romano,,2026-03-06 16:30\n", encoding="utf-8")
    mapping = {"title": "title", "provider": "provider", "requester": "requester", "standard": "standard",
               "created": "logged on"}
    plan = services.imports.apply("requests", path, mapping)
    assert plan.ok and plan.creates == 2
    with_standard, without = services.requests.list(sort="id", descending=False)
    assert local(with_standard.resolution_due_at, ROME) == datetime(2026, 3, 9, 12, 30)  # Friday 16:30 + 4 h
    assert without.resolution_due_at is None
    path.write_text("title,provider,requester,standard,logged on\nJam,IT,Anna Romano,Plumbing,2026-03-06\n",
                    encoding="utf-8")
    [problem] = services.imports.plan("requests", path, mapping).problems
    assert problem.column == "standard" and "Plumbing" in problem.reason


def test_export_writes_instants_in_company_time_with_their_offset(services: Services, clock: FakeClock) -> None:
    org = rome_org(services)
    clock.now = at(ROME, 2026, 3, 6, 16, 30).astimezone(UTC)  # winter: +01:00
    log(services, org)
    header, [row] = services.exports.table("requests")
    cells = dict(zip(header, row, strict=True))
    assert cells["created_at"] == "2026-03-06T16:30:00+01:00"
    assert cells["resolution_due_at"] == "2026-03-09T12:30:00+01:00"
    clock.now = at(ROME, 2026, 7, 6, 16, 30).astimezone(UTC)  # summer: +02:00
    log(services, org)
    assert list(services.exports.table("requests")[1])[1][header.index("created_at")] == "2026-07-06T16:30:00+02:00"


def test_a_pause_the_history_does_not_tell_is_kept_as_stored(services: Services, clock: FakeClock) -> None:
    org = rome_org(services)
    services.calendars.save(org["it"], office())
    clock.now = at(ROME, 2026, 3, 6, 10, 0).astimezone(UTC)
    request_id = log(services, org)
    with services.db.transaction() as s:  # a file whose pause came from elsewhere (an old import)
        s.connection().exec_driver_sql("UPDATE requests SET paused_seconds = 3600 WHERE id = ?", (request_id,))
    services.calendars.recompute()
    row = services.requests.get(request_id).row
    assert row.paused_seconds == 3600
    assert local(row.resolution_due_at, ROME) == datetime(2026, 3, 6, 15, 0)  # 10:00 + 4 h + the hour paused


def test_the_window_reads_the_calendars_again_only_when_one_changes(services: Services) -> None:
    org = rome_org(services)
    clocks = services.requests.clocks()
    assert services.requests.clocks() is clocks  # a filter change costs no query
    services.calendars.save(org["it"], office())
    assert services.requests.clocks() is not clocks
    assert not services.requests.clocks()[org["it"]].always_open
    clocks = services.requests.clocks()
    services.company.save("Hotel Aurora", time_zone="Europe/Moscow")
    assert services.requests.clocks()[org["it"]].zone == MOSCOW


@pytest.mark.parametrize("week", [("09:00-17:00",) * 3, ("09:00-17:00",) * 8])
def test_a_week_of_the_wrong_length_is_refused_in_words(services: Services, week: tuple[str, ...]) -> None:
    kitchen = services.departments.create("Kitchen")
    with pytest.raises(ValidationError, match="A week has seven days") as refused:
        services.calendars.save(kitchen.id, CalendarDraft(False, week))
    assert refused.value.field == "week"
    assert services.calendars.get(kitchen.id).draft.always_open  # nothing saved
