"""How values read in the window: the one formatting layer (icdesk.i18n), in the window's language
and the open company's time zone."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from icdesk.domain.enums import RequestStatus
from icdesk.i18n import Formatter
from icdesk.i18n.locales import RegionFormats

if TYPE_CHECKING:  # the start-up frame formats with this module before the database code is loaded
    from icdesk.domain.sla import ServiceClock
    from icdesk.services.dto import RequestRow

_current = Formatter("en")


def fmt() -> Formatter:
    """The window's formatter: its language and the company's time zone."""
    return _current


def set_language(lang: str) -> None:
    global _current
    _current = Formatter(lang, _current.zone, _current.region)


def set_zone(zone: dt.tzinfo | None) -> None:
    global _current
    _current = Formatter(_current.lang, zone or ZoneInfo("UTC"), _current.region)


def set_region(region: RegionFormats | None) -> None:
    """Numbers, dates and times as the person's region writes them (None: as the window's language)."""
    global _current
    _current = Formatter(_current.lang, _current.zone, region)


def ui_label(value: object) -> str:
    """An enum value's name in the language of the window."""
    return _current.label(value)


def short_date(value: dt.date | None) -> str:
    return _current.date(value)


def short_datetime(value: dt.datetime | None) -> str:
    return _current.datetime(value)


def span(seconds: float) -> str:
    """'45 min', '3 h', '2 d' — the rough size of a time span."""
    return _current.span(seconds)


def target(minutes: int | None) -> str:
    """A service target, exactly: '15 min', '1 h 30 min'."""
    return _current.target(minutes)


def qt_date_format() -> str:
    """The short date pattern for Qt's date fields: the same as everywhere else in icdesk."""
    return _current.data.short_date


def next_due(row: RequestRow) -> dt.datetime | None:
    """The moment a request's next deadline falls: its first response while it is new (when a target
    sets one), then its resolution (a standard's target, or the day it is needed by); None when it
    has no deadline or is finished."""
    if row.status in (RequestStatus.RESOLVED, RequestStatus.CLOSED, RequestStatus.CANCELLED):
        return None
    if row.status is RequestStatus.NEW and row.response_due_at is not None:
        return row.response_due_at
    return row.resolution_due_at


def due_text(row: RequestRow, now: dt.datetime | None = None, clock: ServiceClock | None = None) -> str:
    """The next deadline of an open request, relative to now, in working time when ``clock`` (its
    provider's) counts working hours: 'due in 3 working h (Mon 11:00)', '2 working days late'."""
    now = now or dt.datetime.now(dt.UTC)
    if row.status in (RequestStatus.RESOLVED, RequestStatus.CLOSED, RequestStatus.CANCELLED):
        return ""
    due = next_due(row)
    if row.status is RequestStatus.WAITING:
        if row.overdue:
            return _current.translate("Formatting", "late, now waiting")
        return _current.translate("Formatting", "paused (waiting)")
    if due is None:
        return _current.translate("Formatting", "no target")
    if clock is None or clock.always_open:
        return _current.deadline(due, now)
    working = clock.working_seconds(min(due, now), max(due, now))
    return _current.deadline(due, now, working, clock.calendar.day_seconds())
