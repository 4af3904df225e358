"""Working calendars: each department's hours, public holidays and closures, and the due times
of open requests, recomputed whenever a calendar (or the company's time zone) changes.

A standard's targets count in its providing department's calendar (``load_calendars`` reads the
calendars of many departments in one go for ``prepare_request``). Due times are stored as
instants, so "overdue" stays one comparison in SQL; changing a calendar therefore rewrites the
due times of the open requests it governs, in the same transaction as the calendar itself.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, String, Table, bindparam, delete, func, or_, select
from sqlalchemy.orm import Session

from icdesk.db.driver_sql import RowsByIds
from icdesk.db.engine import CHANGED
from icdesk.db.portable import on_server
from icdesk.domain.calendar import (
    ALWAYS_OPEN,
    EN_DASH,
    Closure,
    Week,
    WorkingCalendar,
    hours_text,
    parse_hours,
    place_name,
)
from icdesk.domain.enums import OPEN_REQUEST_STATUSES, EventKind, RequestStatus
from icdesk.domain.errors import ConflictError, RuleError, ValidationError
from icdesk.domain.models import ClosedPeriod, Department, Request, RequestEvent, StandardVersion, WorkingHours
from icdesk.domain.rules import clean_text
from icdesk.domain.sla import ServiceClock
from icdesk.i18n import Formatter
from icdesk.services.base import ServiceBase, get_or_fail

Progress = Callable[[int, int], None]  # done, total
CHUNK = 2_000  # requests recomputed between two progress reports
WEEKDAYS = range(7)


@dataclass(frozen=True)
class CalendarDraft:
    """A department's calendar as the editor shows it: one line of hours per weekday (Monday
    first, "07:00–11:00, 17:00–23:00"; empty is a day off), public holidays and closures.
    Closures marked ``whole_company`` apply to every department that keeps working hours."""

    always_open: bool = True
    week: tuple[str, ...] = ("",) * 7
    holiday_country: str = ""
    holiday_region: str = ""
    closures: tuple[Closure, ...] = ()

    def hours(self) -> Week:
        """The hours typed for each weekday. While the department is open around the clock they are
        only kept for later, so a day that does not read as hours is left empty rather than refused."""
        if len(self.week) != 7:
            raise ValidationError("A week has seven days: give the hours of each, Monday first (empty for a "
                                  "day off).", field="week")
        days: list[tuple[tuple[int, int], ...]] = []
        for day, text in enumerate(self.week):
            try:
                days.append(parse_hours(text, f"hours_{day}"))
            except ValidationError:
                if not self.always_open:
                    raise
                days.append(())
        return tuple(days)

    def calendar(self) -> WorkingCalendar:
        """The calendar it describes, checked; raises ValidationError naming the field."""
        week = None if self.always_open else self.hours()
        closures = tuple(Closure(c.first, c.last, c.start_minute, c.end_minute,
                                 clean_text(c.note, "The note", required=False, max_len=200, field="closures",
                                            single_line=True), c.whole_company) for c in self.closures)
        return WorkingCalendar(week, self.holiday_country, self.holiday_region, closures).checked()


@dataclass(frozen=True)
class CalendarInfo:
    department_id: int
    department_name: str
    draft: CalendarDraft
    open_requests: int  # whose due times follow this calendar


@dataclass
class _Rows:
    always_open: bool
    country: str
    region: str
    hours: list[list[tuple[int, int]]] = field(default_factory=lambda: [[] for _ in WEEKDAYS])
    closures: list[Closure] = field(default_factory=list)


def _closure(c: ClosedPeriod) -> Closure:
    return Closure(c.first_day, c.last_day, c.start_minute, c.end_minute, c.note, c.department_id is None)


# Built once, the department numbers given when they run: every request saved reads its provider's
# calendar, and making these statements anew took more Python than their SQL takes (issue 21).
_DEPARTMENTS = select(Department.id, Department.always_open, Department.holiday_country, Department.holiday_region)
_SOME_DEPARTMENTS = _DEPARTMENTS.where(Department.id.in_(bindparam("ids", expanding=True)))
# run by the driver (db/driver_sql.py): a request saved for a department keeping hours reads them
_HOURS = RowsByIds(lambda ids: select(WorkingHours.department_id, WorkingHours.weekday, WorkingHours.start_minute,
                                      WorkingHours.end_minute)
                   .where(WorkingHours.department_id.in_(ids)).order_by(WorkingHours.start_minute))
_CLOSURES = RowsByIds(lambda ids: select(ClosedPeriod.id, ClosedPeriod.department_id, ClosedPeriod.first_day,
                                         ClosedPeriod.last_day, ClosedPeriod.start_minute, ClosedPeriod.end_minute,
                                         ClosedPeriod.note)
                      .where(or_(ClosedPeriod.department_id.in_(ids), ClosedPeriod.department_id.is_(None)))
                      .order_by(ClosedPeriod.first_day, ClosedPeriod.id))


def _read(s: Session, department_ids: Iterable[int] | None) -> dict[int, _Rows]:
    found = (s.execute(_DEPARTMENTS) if department_ids is None
             else s.execute(_SOME_DEPARTMENTS, {"ids": sorted(set(department_ids))}))
    rows = {d: _Rows(bool(always), country, region) for d, always, country, region in found}
    _read_hours(s, rows)
    return rows


def _read_hours(s: Session, rows: Mapping[int, _Rows]) -> None:
    """Fill in the hours and closures of the departments in ``rows`` that keep working hours."""
    working = [d for d, r in rows.items() if not r.always_open]
    if not working:
        return
    connection = s.connection()
    for dept, weekday, start, end in _HOURS.rows(connection, working):
        rows[dept].hours[weekday].append((start, end))
    company_wide: dict[int, Closure] = {}  # each batch of departments reads them again: kept once
    for closure_id, department_id, first, last, from_minute, to_minute, note in _CLOSURES.rows(connection, working):
        if department_id is None:
            company_wide[closure_id] = Closure(first, last, from_minute, to_minute, note, True)
        else:
            rows[department_id].closures.append(Closure(first, last, from_minute, to_minute, note, False))
    for dept in working:
        rows[dept].closures[:0] = company_wide.values()


def load_calendars(s: Session, department_ids: Iterable[int] | None = None) -> dict[int, WorkingCalendar]:
    """The calendars of ``department_ids`` (all when None), read in three queries."""
    return _calendars(_read(s, department_ids))


def calendars_of(s: Session, departments: Mapping[int, tuple[bool, str, str]]) -> dict[int, WorkingCalendar]:
    """The calendars of departments whose row the caller has read already (always open, holiday
    country, region): only the hours and closures of those keeping working hours are read, none
    when all are open around the clock."""
    rows = {d: _Rows(bool(always), country, region) for d, (always, country, region) in departments.items()}
    _read_hours(s, rows)
    return _calendars(rows)


def _calendars(rows: Mapping[int, _Rows]) -> dict[int, WorkingCalendar]:
    return {dept: WorkingCalendar(None if r.always_open else tuple(tuple(day) for day in r.hours),
                                  r.country, r.region, tuple(r.closures))
            for dept, r in rows.items()}


def calendar_of(s: Session, department_id: int) -> WorkingCalendar:
    return load_calendars(s, [department_id]).get(department_id, ALWAYS_OPEN)


def set_calendar(s: Session, now: datetime, department: Department, draft: CalendarDraft) -> bool:
    """Store a department's calendar (and the company's closures); returns True when the company
    closures changed, so every department's open requests need new due times."""
    calendar = draft.calendar()
    if department.archived_at is not None:
        raise RuleError("{name} is archived; restore it before changing it.", name=department.name)
    department.always_open = calendar.always_open
    department.holiday_country, department.holiday_region = calendar.holiday_country, calendar.holiday_region
    s.execute(delete(WorkingHours).where(WorkingHours.department_id == department.id))
    # the hours are kept while the department is open around the clock, for when it stops being
    s.add_all(WorkingHours(department_id=department.id, weekday=day, start_minute=a, end_minute=b)
              for day, intervals in enumerate(draft.hours()) for a, b in intervals)
    s.execute(delete(ClosedPeriod).where(ClosedPeriod.department_id == department.id))
    mine = [c for c in calendar.closures if not c.whole_company]
    shared = [c for c in calendar.closures if c.whole_company]
    before = [_closure(c) for c in s.scalars(select(ClosedPeriod).where(ClosedPeriod.department_id.is_(None))
                                              .order_by(ClosedPeriod.first_day, ClosedPeriod.id))]
    company_changed = sorted(before, key=_order) != sorted(shared, key=_order)
    if company_changed:
        s.execute(delete(ClosedPeriod).where(ClosedPeriod.department_id.is_(None)))
    for closure in mine + (shared if company_changed else []):
        s.add(ClosedPeriod(department_id=None if closure.whole_company else department.id,
                           first_day=closure.first, last_day=closure.last, start_minute=closure.start_minute,
                           end_minute=closure.end_minute, note=closure.note, created_at=now))
    s.flush()
    return company_changed


def stored_draft(s: Session, department: Department) -> CalendarDraft:
    """The calendar as stored, hours included while the department is open around the clock (they
    come back when it stops being), with the company's closures."""
    hours: list[list[tuple[int, int]]] = [[] for _ in WEEKDAYS]
    for weekday, start, end in s.execute(select(WorkingHours.weekday, WorkingHours.start_minute,
                                                WorkingHours.end_minute)
                                         .where(WorkingHours.department_id == department.id)
                                         .order_by(WorkingHours.start_minute)):
        hours[weekday].append((start, end))
    closures = tuple(_closure(c) for c in s.scalars(
        select(ClosedPeriod).where(or_(ClosedPeriod.department_id == department.id,
                                       ClosedPeriod.department_id.is_(None)))
        .order_by(ClosedPeriod.first_day, ClosedPeriod.id)))
    return CalendarDraft(department.always_open, tuple(hours_text(tuple(day)) for day in hours),
                         department.holiday_country, department.holiday_region, closures)


def _order(c: Closure) -> tuple[date, date, int, int, str]:
    return c.first, c.last, c.start_minute or 0, c.end_minute or 0, c.note


OPEN = [s.value for s in OPEN_REQUEST_STATUSES]


def _open_requests(department_ids: Collection[int] | None) -> list[Any]:
    conditions: list[Any] = [Request.status.in_(OPEN)]
    if department_ids is not None:
        conditions.append(Request.provider_id.in_(sorted(department_ids)))
    return conditions


def recompute_due_times(s: Session, company_clock: ServiceClock, department_ids: Collection[int] | None = None,
                        progress: Progress | None = None) -> int:
    """New due times for the open requests of ``department_ids`` (all when None), counted in their
    provider's calendar as it now stands: the targets from logging on, then every finished pause
    on the requester moves the resolution due time by the working time it took, as when it
    happened. Closed, resolved and cancelled requests keep the figures they were judged by.
    Only rows whose values change are written. Returns how many requests were looked at."""
    conditions = _open_requests(department_ids)
    clocks = {d: company_clock.counting_in(c) for d, c in load_calendars(s, department_ids).items()}
    table = cast(Table, Request.__table__)
    # the stored text of the due times, compared and written as text: no datetime is built for
    # a request whose due times do not move
    stored = DueTimeText(s)
    rows = s.execute(
        select(Request.id, Request.provider_id, stored.of(table.c.created_at), Request.paused_seconds,
               stored.of(table.c.response_due_at), stored.of(table.c.resolution_due_at),
               StandardVersion.first_response_minutes, StandardVersion.resolution_minutes)
        .join(StandardVersion, StandardVersion.id == Request.standard_version_id)  # no standard: no targets
        .where(*conditions).order_by(Request.id)).all()
    total = len(rows)
    if progress:
        progress(0, total)
    pauses = _pauses(s, conditions)
    changed: list[tuple[str | None, str | None, int, int]] = []
    for number, (request_id, provider, created_text, paused_before, response_text, resolution_text, response_min,
                 resolution_min) in enumerate(rows, 1):
        clock = clocks[provider]
        created = stored.instant(created_text)
        response_at, resolution_at = clock.dues_at(created, response_min, resolution_min)
        response = stored.text(response_at)
        paused = 0
        if paused_before and request_id in pauses:
            due = clock.due(stored.moment(created_text), resolution_min)
            for since, until in pauses[request_id]:
                resumed = clock.resume(due, since, until)
                due, paused = resumed.resolution_due_at, paused + resumed.paused_seconds
            resolution = stored.text(None if due is None else due.timestamp())
        elif paused_before:  # paused, but its history does not say when: keep the time as stored
            paused = paused_before
            resolution = None if resolution_at is None else stored.text(
                clock.add(datetime.fromtimestamp(resolution_at, UTC), paused_before).timestamp())
        else:
            resolution = stored.text(resolution_at)
        if resolution_min is None:  # no resolution target: the day it is needed by, set by hand, stays
            resolution = resolution_text
        if (response, resolution, paused) != (response_text, resolution_text, paused_before):
            changed.append((response, resolution, paused, request_id))
        if progress and number % CHUNK == 0:
            progress(number, total)
    write_due_times(s, changed)
    if progress:
        progress(total, total)
    return total


class DueTimeText:
    """Due times as SQLite stores them (UTCDateTime's text, "2026-03-09 11:30:00.000000"), read and
    written without a round trip through the column type per value: ten times faster over 100,000
    requests. The column type itself is asked once that the text is the same as it would write."""

    def __init__(self, s: Session) -> None:
        dialect = s.get_bind().dialect
        self.on_server = on_server(s)
        if self.on_server:  # a server stores a timestamp; of() asks it for the same text
            return
        column_type = cast(Table, Request.__table__).c.resolution_due_at.type.dialect_impl(dialect)
        bind = column_type.bind_processor(dialect)
        sample = datetime(2026, 3, 9, 11, 30, 5, 120, tzinfo=UTC)
        if bind is None or bind(sample) != self.text(sample.timestamp()):
            raise RuntimeError("the stored form of date-times changed; DueTimeText must follow it")

    def of(self, column: Any) -> ColumnElement[str]:
        """The stored text of a date-time column, with all six digits of the microseconds."""
        if self.on_server:
            return func.to_char(column, "YYYY-MM-DD HH24:MI:SS.US")
        return cast(ColumnElement[str], column.cast(String))

    @staticmethod
    def moment(text: str) -> datetime:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)

    @staticmethod
    def instant(text: str) -> float:
        return datetime.fromisoformat(text + "+00:00").timestamp()

    @staticmethod
    def text(instant: float | None) -> str | None:
        return None if instant is None else datetime.fromtimestamp(instant, UTC).isoformat(" ", "microseconds")[:26]


def write_due_times(s: Session, changed: list[tuple[str | None, str | None, int, int]]) -> None:
    """One UPDATE statement run for every changed row (response, resolution, paused, id): the
    benchmark's floor times this alone. Run on the driver, so the change is recorded by hand."""
    if not changed:
        return
    mark = "%s" if s.get_bind().dialect.paramstyle in ("format", "pyformat") else "?"
    s.connection().exec_driver_sql(
        f"UPDATE requests SET response_due_at = {mark}, resolution_due_at = {mark}, paused_seconds = {mark} "
        f"WHERE id = {mark}", changed)
    s.info.setdefault(CHANGED, set()).add("requests")


def _pauses(s: Session, conditions: list[Any]) -> dict[int, list[tuple[datetime, datetime]]]:
    """The finished waits on the requester of the open requests that have paused, from their history."""
    out: dict[int, list[tuple[datetime, datetime]]] = {}
    started: dict[int, datetime] = {}
    query = (select(RequestEvent.request_id, RequestEvent.at, RequestEvent.from_status, RequestEvent.to_status)
             .join(Request, Request.id == RequestEvent.request_id)
             .where(*conditions, Request.paused_seconds > 0, RequestEvent.kind == EventKind.STATUS,
                    or_(RequestEvent.to_status == RequestStatus.WAITING,
                        RequestEvent.from_status == RequestStatus.WAITING))
             .order_by(RequestEvent.request_id, RequestEvent.id))
    for request_id, at, from_status, to_status in s.execute(query):
        if to_status is RequestStatus.WAITING:
            started[request_id] = at
        elif from_status is RequestStatus.WAITING and request_id in started:
            out.setdefault(request_id, []).append((started.pop(request_id), at))
    return out


def week_summary(calendar: WorkingCalendar) -> list[tuple[int, int, tuple[tuple[int, int], ...]]]:
    """Runs of weekdays with the same hours: [(0, 4, ((540, 1020),)), (5, 6, ())] is Mon–Fri 9–17."""
    if calendar.week is None:
        return []
    runs: list[tuple[int, int, tuple[tuple[int, int], ...]]] = []
    for day, hours in enumerate(calendar.week):
        if runs and runs[-1][2] == hours:
            runs[-1] = (runs[-1][0], day, hours)
        else:
            runs.append((day, day, hours))
    return runs


def describe(calendar: WorkingCalendar, t: Formatter) -> str:
    """The calendar in a line: "Mon–Fri 09:00–17:00; public holidays of Italy (Trieste)"."""
    if calendar.always_open:
        return t.translate("Calendars", "open around the clock")
    parts = []
    for first, last, hours in week_summary(calendar):
        if hours:
            days = t.data.weekdays_short[first] + ("" if first == last else EN_DASH + t.data.weekdays_short[last])
            parts.append(f"{days} {hours_text(hours)}")
    if calendar.holiday_country:
        parts.append(t.translate("Calendars", "public holidays of {place}").format(
            place=place_name(calendar.holiday_country, calendar.holiday_region)))
    return "; ".join(parts)


class CalendarService(ServiceBase):
    def get(self, department_id: int) -> CalendarInfo:
        with self.db.reading() as s:
            department = get_or_fail(s, Department, department_id, "department")
            open_n = s.scalar(select(func.count()).where(*_open_requests([department_id]))) or 0
            return CalendarInfo(department_id, department.name, stored_draft(s, department), int(open_n))

    def describe(self, department_id: int, t: Formatter) -> str:
        with self.db.reading() as s:
            return describe(calendar_of(s, department_id), t)

    def calendars(self) -> dict[int, WorkingCalendar]:
        with self.db.reading() as s:
            return load_calendars(s)

    def clocks(self) -> dict[int, ServiceClock]:
        """Each department's deadline clock: what the window needs to say "due in 3 working h".
        Read once, then kept until a calendar or the company's time zone changes."""
        found = self.ctx.department_clocks
        if found is None:
            found = self.ctx.department_clocks = {d: self.sla.counting_in(c) for d, c in self.calendars().items()}
        return found

    def save(self, department_id: int, draft: CalendarDraft, progress: Progress | None = None, *,
             expected: CalendarDraft | None = None) -> int:
        """Store the calendar and give the open requests it governs their new due times, in one
        transaction; returns how many requests were recomputed. ``expected``: the calendar the form
        read; a save made since by someone else (a closure added) is a ConflictError."""
        with self.db.transaction() as s:
            department = get_or_fail(s, Department, department_id, "department")
            if expected is not None and stored_draft(s, department) != expected:
                raise ConflictError("The working hours of {name} were changed by someone else after you opened them, "
                                    "so your change was not saved. The form now shows what is saved; make your "
                                    "change again if it is still needed.", name=department.name)
            company_changed = set_calendar(s, self.clock(), department, draft)
            return recompute_due_times(s, self.sla, None if company_changed else [department_id], progress)

    def recompute(self, department_ids: Collection[int] | None = None, progress: Progress | None = None) -> int:
        with self.db.transaction() as s:
            return recompute_due_times(s, self.sla, department_ids, progress)


__all__ = ["CalendarService", "CalendarDraft", "CalendarInfo", "load_calendars", "recompute_due_times",
           "set_calendar", "week_summary"]
