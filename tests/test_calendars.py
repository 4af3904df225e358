"""Deadlines in working time: business hours, public holidays, closures, split shifts, pauses and
the changes to and from summer time, counted by the one deadline clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from icdesk.domain.calendar import OFFICE_WEEK, Closure, WorkingCalendar, hours_text, parse_hours
from icdesk.domain.errors import ValidationError
from icdesk.domain.sla import ServiceClock

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
