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

from bisect import bisect_left, bisect_right
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
    if not name:
        raise ValidationError("Choose the company's time zone, such as Europe/Rome.", field="time_zone")
    zones = available_timezones()
    if name not in zones:
        # "europe/rome" or "utc" as typed: the zone meant, in its own spelling
        spelled = {zone.casefold(): zone for zone in zones}.get(name.casefold())
        if spelled is None:
            raise ValidationError("“{name}” is not a time zone; choose one such as Europe/Rome.", name=name,
                                  field="time_zone")
        name = spelled
    return name


@dataclass(frozen=True)
class Resumed:
    """A request back from waiting on its requester: its new deadline and the time it was paused."""

    resolution_due_at: datetime | None
    paused_seconds: int


# how far ahead the clock looks for working time before it gives up and counts every hour (a
# calendar is checked to have working hours, but closures could still cover years)
HORIZON_DAYS = 3 * 366
STEP_DAYS = 64  # the timeline grows by this many days at a time


class _Timeline:
    """A calendar's working intervals over a run of local days, as instants (POSIX seconds), with
    the working time before each: the working time up to any instant is one binary search, and
    so is the instant a target falls due. Grown on demand, in either direction."""

    def __init__(self, zone: tzinfo, calendar: WorkingCalendar) -> None:
        self.zone, self.calendar = zone, calendar
        self.first = self.last = 0  # local day ordinals covered: [first, last)
        self.low = self.high = 0.0  # the instants where those days begin and end
        self.starts: list[float] = []
        self.ends: list[float] = []
        self.before: list[float] = []  # working seconds before each interval starts
        self.upto: list[float] = []  # working seconds when each interval ends

    def _build(self, first: int, last: int) -> None:
        starts: list[float] = []
        ends: list[float] = []
        for ordinal in range(first, last):
            day = date.fromordinal(ordinal)
            for a, b in self.calendar.hours_on(day):
                start, end = self._instant(day, a), self._instant(day, b)
                if end > start and (not ends or start >= ends[-1]):
                    starts.append(start)
                    ends.append(end)
        self.first, self.last = first, last
        self.low, self.high = self._instant(date.fromordinal(first), 0), self._instant(date.fromordinal(last), 0)
        self.starts, self.ends, self.before, self.upto = starts, ends, [], []
        total = 0.0
        for start, end in zip(starts, ends, strict=True):
            self.before.append(total)
            total += end - start
            self.upto.append(total)

    def _instant(self, day: date, minute: int) -> float:
        """A wall-clock minute of a local day as an instant (24:00 is the next day's midnight; a
        time the clocks skip in spring counts as the same time after the change)."""
        if minute >= DAY_MINUTES:
            day, minute = day + timedelta(days=1), minute - DAY_MINUTES
        return datetime.combine(day, time(minute // 60, minute % 60), self.zone).timestamp()

    def cover(self, t: float) -> None:
        """Make sure the day holding instant ``t`` is on the timeline."""
        if self.starts or self.last:
            if self.low <= t < self.high:
                return
        day = datetime.fromtimestamp(t, self.zone).date().toordinal()
        if not self.last:
            self._build(day - 1, day + STEP_DAYS)
        elif day < self.first:
            self._build(day - STEP_DAYS, self.last)
        else:
            self._build(self.first, max(day + 1, self.last + STEP_DAYS))

    def worked(self, t: float) -> float:
        """Working seconds from the start of the timeline to ``t``."""
        self.cover(t)
        i = bisect_right(self.starts, t) - 1
        if i < 0:
            return 0.0
        return self.before[i] + min(t, self.ends[i]) - self.starts[i]

    def after(self, t: float, seconds: float) -> float | None:
        """The instant ``seconds`` of working time after ``t``; None past the horizon."""
        return self.at(self.worked(t) + seconds)

    def at(self, target: float) -> float | None:
        """The instant the timeline has counted ``target`` working seconds; None past the horizon."""
        limit = self.last + HORIZON_DAYS
        while not self.upto or self.upto[-1] < target:
            if self.last >= limit:
                return None
            self._build(self.first, self.last + STEP_DAYS)
        i = bisect_left(self.upto, target)
        return self.starts[i] + (target - self.before[i])


@dataclass(frozen=True)
class ServiceClock:
    zone: tzinfo = UTC
    calendar: WorkingCalendar = ALWAYS_OPEN
    # the calendar's working intervals as instants, shared by every user of this clock
    _timeline: list[_Timeline] = field(default_factory=list, compare=False, hash=False, repr=False)
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

    @property
    def timeline(self) -> _Timeline:
        if not self._timeline:
            self._timeline.append(_Timeline(self.zone, self.calendar))
        return self._timeline[0]

    # -- deadlines -----------------------------------------------------------------------------
    def due(self, start: datetime, minutes: int | None) -> datetime | None:
        """When a target of ``minutes`` of working time, started at ``start``, falls due."""
        return None if minutes is None else self.add(start, minutes * 60)

    def due_after_pauses(self, start: datetime, minutes: int | None, paused_seconds: int) -> datetime | None:
        """When a resolution target started at ``start`` falls due, after pauses of ``paused_seconds``
        already over (a standard given to a request logged without one: as if it had been there)."""
        due = self.due(start, minutes)
        return self.add(due, paused_seconds) if due is not None and paused_seconds > 0 else due

    def end_of_day(self, day: date) -> datetime:
        """When a date set by hand (a request's "needed by") falls due: the end of that day's last
        working hours, or its midnight on a day without any, or around the clock; a UTC instant."""
        hours = self.calendar.hours_on(day)
        minute = hours[-1][1] if hours else DAY_MINUTES
        if minute >= DAY_MINUTES:
            day, minute = day + timedelta(days=1), minute - DAY_MINUTES
        return datetime.combine(day, time(minute // 60, minute % 60), self.zone).astimezone(UTC)

    def day_ending(self, due: datetime) -> date:
        """The day a deadline set by ``end_of_day`` is for (a midnight closes the day before it)."""
        return self.local(due - timedelta(microseconds=1)).date()

    def add(self, start: datetime, seconds: float) -> datetime:
        """The instant ``seconds`` of working time after ``start`` (the end of a working interval
        when it uses it up exactly: Friday 16:30 + 30 min is Friday 17:00, not Monday 09:00)."""
        if self.always_open or seconds <= 0:
            # in UTC: adding to a local time would count wall-clock hours across a change of time
            return start.astimezone(UTC) + timedelta(seconds=max(0.0, seconds))
        found = self.timeline.after(start.timestamp(), seconds)
        if found is None:  # no working time for years: count every hour
            return start.astimezone(UTC) + timedelta(seconds=seconds)
        return datetime.fromtimestamp(found, UTC)

    def due_at(self, start: float, minutes: int | None) -> float | None:
        """``due`` on POSIX seconds: recomputing 100,000 requests makes no datetime it does not need."""
        if minutes is None:
            return None
        if self.calendar.week is None or minutes <= 0:
            return start + max(0, minutes) * 60
        found = self.timeline.after(start, minutes * 60)
        return start + minutes * 60 if found is None else found

    def dues_at(self, start: float, first: int | None, second: int | None) -> tuple[float | None, float | None]:
        """Two targets started at the same moment (a request's response and resolution), counted
        from one look-up of the working time before it."""
        if self.calendar.week is None:
            return (None if first is None else start + max(0, first) * 60,
                    None if second is None else start + max(0, second) * 60)
        timeline = self.timeline
        worked = timeline.worked(start)
        out: list[float | None] = []
        for minutes in (first, second):
            if minutes is None:
                out.append(None)
            elif minutes <= 0:
                out.append(start)
            else:
                found = timeline.at(worked + minutes * 60)
                out.append(start + minutes * 60 if found is None else found)
        return out[0], out[1]

    def working_seconds(self, start: datetime, end: datetime) -> int:
        """Working time between two instants (0 when ``end`` is not after ``start``)."""
        if end <= start:
            return 0
        if self.always_open:
            return int((end - start).total_seconds())
        timeline = self.timeline
        t0, t1 = start.timestamp(), end.timestamp()
        timeline.cover(t0)
        return int(timeline.worked(t1) - timeline.worked(t0))

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

    # -- days ----------------------------------------------------------------------------------
    def local_date(self, value: date | datetime) -> date:
        """The company-time day an instant falls on (a date stays as it is)."""
        return self.local(value).date() if isinstance(value, datetime) else value

    def days_between(self, start: date | datetime, end: date | datetime) -> int:
        """Whole calendar days from ``start`` to ``end`` in company time (feedback to action...)."""
        return (self.local_date(end) - self.local_date(start)).days

    def horizon(self, today: date, days: int) -> date:
        """The last day of a reminder window: a review due on or before it is listed now."""
        return today + timedelta(days=days)

