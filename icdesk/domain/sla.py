"""The one deadline clock: due times, pauses and elapsed service time.

Every piece of deadline arithmetic lives here; the services store what it computes (due instants,
paused and service seconds) so lists and reports compare stored values in SQL and never redo it.
Today the clock counts every hour of the day in the company's time zone. Working hours and
holidays extend this class: they change how time is counted, not who counts it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

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


@dataclass(frozen=True)
class ServiceClock:
    zone: tzinfo = UTC

    # -- deadlines -----------------------------------------------------------------------------
    def due(self, start: datetime, minutes: int | None) -> datetime | None:
        """When a target of ``minutes`` of service time, started at ``start``, falls due."""
        return None if minutes is None else start + timedelta(minutes=minutes)

    def paused(self, since: datetime, until: datetime) -> int:
        """Service seconds that passed while the request waited on its requester."""
        return max(0, int((until - since).total_seconds()))

    def resume(self, due: datetime | None, waiting_since: datetime, resumed_at: datetime) -> Resumed:
        """Waiting stops the resolution clock: the deadline moves later by the time paused."""
        paused = self.paused(waiting_since, resumed_at)
        return Resumed(None if due is None else due + timedelta(seconds=paused), paused)

    def service_seconds(self, start: datetime, end: datetime, paused_seconds: int) -> int:
        """The provider's time from ``start`` to ``end``: elapsed service time less the pauses."""
        return max(0, int((end - start).total_seconds()) - paused_seconds)

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

