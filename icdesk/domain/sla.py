"""The one deadline clock: due times, pauses and elapsed service time.

Every piece of deadline arithmetic lives here; the services store what it computes (due instants,
paused and service seconds) so lists and reports compare stored values in SQL and never redo it.
The clock counts in a working calendar (``icdesk.domain.calendar``): a department's hours,
public holidays and closures, as wall-clock times in the company's time zone, so summer time moves
nothing. A calendar open around the clock counts every hour. The company's clock hands out one
clock per calendar (``counting_in``), each remembering the working intervals of the days it has
seen, so computing the deadlines of 100,000 requests converts each day to instants once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from icdesk.domain.calendar import ALWAYS_OPEN, DAY_MINUTES, WorkingCalendar
from icdesk.domain.errors import ValidationError

DEFAULT_ZONE = "UTC"


def zone_named(name: str | None) -> ZoneInfo:
    """The IANA zone ``name``; a missing or unknown name falls back to UTC rather than failing."""
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def check_zone(name: str) -> str:
    name = (name or "").strip()
    if name not in available_timezones():
        raise ValidationError("“{name}” is not a time zone; choose one such as Europe/Rome.", name=name,
                              field="time_zone")
    return name


@dataclass(frozen=True)
class Resumed:
    """A request back from waiting on its requester: its new deadline and the time it was paused."""

    resolution_due_at: datetime | None
    paused_seconds: int


# how far ahead the clock looks for working time before it gives up and counts every hour (a
# calendar is checked to have working hours, but closures could still cover years)
HORIZON_DAYS = 3 * 366
DaySpans = tuple[tuple[float, float], ...]  # one local day's working intervals, as POSIX seconds


@dataclass(frozen=True)
class ServiceClock:
    zone: tzinfo = UTC
    calendar: WorkingCalendar = ALWAYS_OPEN
    # local day (ordinal) -> its working intervals as instants; shared by every user of this clock
    _days: dict[int, DaySpans] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _clocks: dict[WorkingCalendar, ServiceClock] = field(default_factory=dict, compare=False, hash=False,
                                                          repr=False)

    def counting_in(self, calendar: WorkingCalendar) -> ServiceClock:
        """This clock counting in ``calendar`` (a department's); one clock per calendar is kept."""
        if calendar == self.calendar:
            return self
        found = self._clocks.get(calendar)
        if found is None:
            found = self._clocks[calendar] = ServiceClock(self.zone, calendar)
        return found

    @property
    def always_open(self) -> bool:
        return self.calendar.always_open

    # -- deadlines -----------------------------------------------------------------------------
    def due(self, start: datetime, minutes: int | None) -> datetime | None:
        """When a target of ``minutes`` of working time, started at ``start``, falls due."""
        return None if minutes is None else self.add(start, minutes * 60)

    def add(self, start: datetime, seconds: float) -> datetime:
        """The instant ``seconds`` of working time after ``start`` (the end of a working interval
        when it uses it up exactly: Friday 16:30 + 30 min is Friday 17:00, not Monday 09:00)."""
        if self.always_open or seconds <= 0:
            # in UTC: adding to a local time would count wall-clock hours across a change of time
            return start.astimezone(UTC) + timedelta(seconds=max(0.0, seconds))
        t = start.timestamp()
        remaining = float(seconds)
        day = self.local(start).date().toordinal()
        for ordinal in range(day, day + HORIZON_DAYS):
            for a, b in self._spans(ordinal):
                if b <= t:
                    continue
                a = max(a, t)
                if remaining <= b - a:
                    return datetime.fromtimestamp(a + remaining, UTC)
                remaining -= b - a
        return start.astimezone(UTC) + timedelta(seconds=seconds)  # no working time for years: every hour

    def working_seconds(self, start: datetime, end: datetime) -> int:
        """Working time between two instants (0 when ``end`` is not after ``start``)."""
        if end <= start:
            return 0
        if self.always_open:
            return int((end - start).total_seconds())
        t0, t1 = start.timestamp(), end.timestamp()
        total = 0.0
        for ordinal in range(self.local(start).date().toordinal(), self.local(end).date().toordinal() + 1):
            for a, b in self._spans(ordinal):
                total += max(0.0, min(b, t1) - max(a, t0))
        return int(total)

    def paused(self, since: datetime, until: datetime) -> int:
        """Working seconds that passed while the request waited on its requester."""
        return self.working_seconds(since, until)

    def resume(self, due: datetime | None, waiting_since: datetime, resumed_at: datetime) -> Resumed:
        """Waiting stops the resolution clock: the deadline moves later by the working time paused."""
        paused = self.paused(waiting_since, resumed_at)
        return Resumed(None if due is None else self.add(due, paused), paused)

    def service_seconds(self, start: datetime, end: datetime, paused_seconds: int) -> int:
        """The provider's working time from ``start`` to ``end``, less the pauses."""
        return max(0, self.working_seconds(start, end) - paused_seconds)

    def _spans(self, ordinal: int) -> DaySpans:
        found = self._days.get(ordinal)
        if found is None:
            day = date.fromordinal(ordinal)
            found = self._days[ordinal] = tuple(
                (self._instant(day, a), self._instant(day, b)) for a, b in self.calendar.hours_on(day))
        return found

    def _instant(self, day: date, minute: int) -> float:
        """A wall-clock minute of a local day as an instant (24:00 is the next day's midnight; a
        time the clocks skip in spring counts as the same time after the change)."""
        if minute >= DAY_MINUTES:
            day, minute = day + timedelta(days=1), minute - DAY_MINUTES
        return datetime.combine(day, time(minute // 60, minute % 60), self.zone).timestamp()

    # -- the company's calendar ----------------------------------------------------------------
    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.zone)

    def today(self, now: datetime) -> date:
        """The date in the company's time zone, whatever zone this PC is set to."""
        return self.local(now).date()

    def start_of(self, day: date) -> datetime:
        """Midnight at the start of ``day`` in the company's zone, as a UTC instant."""
        return datetime.combine(day, time(), self.zone).astimezone(UTC)

    def day_bounds(self, first: date, last: date) -> tuple[datetime, datetime]:
        """[first 00:00, the day after last 00:00) in company time, as UTC instants."""
        return self.start_of(first), self.start_of(last + timedelta(days=1))
