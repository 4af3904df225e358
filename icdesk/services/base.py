"""What every service shares: the open database, the clock, the company's time and record look-up."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import QueryableAttribute, Session

from icdesk.db.engine import Database
from icdesk.db.portable import PerDialect, folded_contains
from icdesk.domain.errors import ConflictError, NotFoundError, RuleError
from icdesk.domain.models import Base, Company, Department, Person
from icdesk.domain.rules import search_key, utcnow, without_control
from icdesk.domain.sla import ServiceClock, zone_named
from icdesk.services.dashboard_sql import Run

Clock = Callable[[], datetime]
CALENDAR_TABLES = frozenset({"departments", "working_hours", "closed_periods", "company"})
M = TypeVar("M", bound=Base)


class ServiceContext:
    """One open company: its file, the time source, and its deadline clock in the company's zone.

    The zone is read once and again whenever the company's settings change (here, or on a server on
    another PC, as its NOTIFY arrives): a request saved counts its targets and its network-figure
    month with this clock, without reading the company row each time."""

    def __init__(self, db: Database, clock: Clock = utcnow) -> None:
        self.db = db
        self.clock = clock
        self.sla = ServiceClock(zone_named(self._stored_zone()))
        # each department's deadline clock, read once and kept until a calendar changes: the
        # requests list asks for them on every filter change
        self.department_clocks: dict[int, ServiceClock] | None = None
        # The person using this window (a person's id), or None. On a shared server the window asks who
        # it is (ui/working_person.py); a later sign-in would set it here instead. A request's history
        # records this person for every change that names no one else.
        self.working_as: int | None = None
        db.subscribe(self._tables_changed)

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if tables & CALENDAR_TABLES:
            self.department_clocks = None
        if "company" in tables:  # saved here or, on a server, on another PC: its time zone may be new
            zone = zone_named(self._stored_zone())
            if zone != self.sla.zone:  # the same zone keeps its clock and the timelines it holds
                self.zone_changed(zone.key)

    def _stored_zone(self) -> str | None:
        with self.db.reading() as s:
            return s.scalar(select(Company.time_zone).limit(1))

    def zone_changed(self, name: str) -> None:
        self.sla = ServiceClock(zone_named(name))
        self.department_clocks = None

    def today(self) -> date:
        return self.sla.today(self.clock())


class ServiceBase:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.db = ctx.db
        self.clock = ctx.clock

    @property
    def sla(self) -> ServiceClock:
        return self.ctx.sla

    def today(self) -> date:
        return self.ctx.today()


def driver_runner(session: Session) -> Run:
    """Plain SQL text run by the driver on the session's connection (in its transaction): the
    statements services/dashboard_sql.py shares with the light start, on a data file."""
    connection = session.connection()

    def run(statement: str, parameters: Sequence[object]) -> Sequence[Sequence[Any]]:
        return connection.exec_driver_sql(statement, tuple(parameters)).all()

    return run


def get_or_fail(session: Session, model: type[M], record_id: int | None, label: str) -> M:
    # a number no record can have (2**63 and beyond) is not found, not an OverflowError from the driver
    record = session.get(model, record_id) if isinstance(record_id, int) and not isinstance(record_id, bool) \
        and -2**63 <= record_id < 2**63 else None
    if record is None:
        raise gone(label)
    return record


def gone(label: str) -> NotFoundError:
    """A record asked for by number that is not there (deleted meanwhile, on this PC or another)."""
    return NotFoundError("That record ({label}) no longer exists; refresh the list and try again.", label=label)


def check_version(name: str, version: int, changed_at: datetime | None, expected: int | None) -> None:
    """Refuse to save over a newer save: ``expected`` is the version the form read (None: no form,
    e.g. an import or the command line, which always works on what is saved now)."""
    if expected is None or expected == version:
        return
    if changed_at is None:
        raise ConflictError("“{name}” was changed by someone else after you opened it, so your change was not saved. "
                            "The form now shows what is saved; make your change again if it is still needed.",
                            name=name)
    raise ConflictError("“{name}” was changed by someone else at {when}, after you opened it, so your change was not "
                        "saved. The form now shows what is saved; make your change again if it is still needed.",
                        name=name, when=changed_at)


def optional(session: Session, model: type[M], record_id: int | None, label: str) -> M | None:
    return None if record_id is None else get_or_fail(session, model, record_id, label)


def at_work(session: Session, department_id: int | None, field: str | None = None) -> Department | None:
    """A department something new is recorded for: an archived one takes nothing new (its history stays)."""
    department = optional(session, Department, department_id, "department")
    if department is not None and department.archived_at is not None:
        raise archived(department.name, field)
    return department


def archived(name: str, field: str | None = None) -> RuleError:
    return RuleError("{name} is archived: nothing new is recorded for it. Restore it first (tick Show archived).",
                     name=name, field=field)


def still_here(session: Session, person_id: int | None, field: str | None = None) -> Person | None:
    """A person something new is given to or recorded by: someone who has left is kept for the history only."""
    person = optional(session, Person, person_id, "person")
    if person is not None and not person.active:
        raise has_left(person.full_name, field)
    return person


def has_left(full_name: str, field: str | None = None) -> RuleError:
    return RuleError("{full_name} has left the company: nothing new is recorded for them. Choose someone "
                     "still here.", full_name=full_name, field=field)


SEARCH_MAX = 200  # characters of a search that count: SQLite gives up on a LIKE of 50,000 ("too complex")


def searched(text: str) -> str:
    """What a search looks for: what was typed, without control characters (a NUL matched every row) and
    the spaces around it, its first 200 characters (more is a paste gone wrong, not a search)."""
    return without_control(text).strip()[:SEARCH_MAX].strip()


def like_pattern(text: str) -> str:
    text = text[:SEARCH_MAX]
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains_text(column: ColumnElement[str] | QueryableAttribute[str], text: str) -> ColumnElement[bool]:
    """Case- and accent-insensitive "contains", in any alphabet: "lopez" finds "López".

    Both sides go through the same fold: what is typed through domain.rules.search_key, the column
    through icd_fold, which on a file is search_key itself (db/engine.py) and on a server the same
    fold written in SQL (migrations 0001, 0014).
    """
    needle = searched(text)
    on_file = func.icd_fold(column).like(like_pattern(search_key(needle)), escape="\\")
    return PerDialect(on_file, folded_contains(column, like_pattern(needle)))
