"""The Dashboard's figures as plain SQL text on a data file, without SQLAlchemy (issue 21's light start).

The same statements serve two callers, so the two can never disagree:

- the services on a data file (``ReportingService.dashboard``, ``NetworkService.dashboard_changes``)
  run them through their session's driver connection (``session_runner``);
- the light start (``ui/light_start.py``) runs them on a stdlib ``sqlite3`` connection opened
  read-only (``db/peek.py: open_for_light_start``) before SQLAlchemy, the models and the services
  are imported, and shows the Dashboard from them while the rest loads.

A server (PostgreSQL) keeps the SQLAlchemy statements in reporting.py and network.py: its instants,
booleans and parameters are written differently. The tests compare both ways on one file.

This module imports nothing but the standard library and ``icdesk.domain.enums``/``anonymity``;
``tests/test_light_start.py`` checks in a fresh interpreter that SQLAlchemy stays unloaded.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icdesk.domain.anonymity import DEFAULT_THRESHOLD, MIN_THRESHOLD
from icdesk.domain.enums import AckState, ActionStatus, Award, RequestStatus, StandardStatus

REVIEW_REMINDER_DAYS = 30  # a review date this close (or past) puts the standard on the reminder list
CHART_MONTHS = 6  # the Dashboard's charts: the company's last six months
DAYS = 30  # "the last 30 days", and the 30 days before them

# One statement and its parameters in, its rows out: a sqlite3 connection's or a session's driver.
Run = Callable[[str, Sequence[object]], Sequence[Sequence[Any]]]


# -- what the Dashboard shows (the services hand out the same objects) ----------------------------
@dataclass(frozen=True)
class CompanyInfo:
    name: str
    address_line: str
    service_vision: str
    logo_png: bytes | None
    time_zone: str = "UTC"


@dataclass(frozen=True)
class RecognitionRow:
    id: int
    award: Award
    title: str
    message: str
    given_on: date
    from_name: str
    to_name: str
    to_person_id: int | None
    to_department_id: int | None
    request_id: int | None = None
    version: int = 1  # what a form read; its save is refused if someone saved since


@dataclass(frozen=True)
class DashboardFigures:
    open_requests: int
    overdue_requests: int
    resolved_30d: int
    within_target_30d: int
    with_target_30d: int
    average_rating_30d: float | None
    ratings_30d: int
    open_actions: int
    overdue_actions: int
    acknowledgements_missing: int = 0  # never acknowledged by someone a standard in force applies to
    acknowledgements_outdated: int = 0  # acknowledged before the last major revision
    reviews_due: int = 0  # standards in force whose review date is past or within the reminder window
    reviews_overdue: int = 0  # ... of which already past

    @property
    def still_to_sign(self) -> int:
        return self.acknowledgements_missing + self.acknowledgements_outdated

    @property
    def share_within_target_30d(self) -> float | None:
        return None if not self.with_target_30d else self.within_target_30d / self.with_target_30d


class Rates:
    """The shares a pair's or a month's counts give (the counts are the fields of the dataclass that
    takes these properties: not a dataclass itself, so its fields keep their places there)."""

    with_target: int
    within_target: int
    ratings: int
    rating_sum: int

    @property
    def share_within_target(self) -> float | None:
        return None if not self.with_target else self.within_target / self.with_target

    @property
    def average_rating(self) -> float | None:
        return None if not self.ratings else self.rating_sum / self.ratings


@dataclass(frozen=True)
class TrendPoint(Rates):
    month: str
    received: int = 0
    resolved: int = 0
    with_target: int = 0
    within_target: int = 0
    median_hours: float | None = None
    ratings: int = 0
    rating_sum: int = 0
    held_back: int = 0
    breakdowns: int = 0
    survey_score: float | None = None


@dataclass(frozen=True)
class DashboardChanges:
    """The dashboard's figures a period earlier, to show which way each one moves."""

    net_open_30d: int  # logged minus resolved and cancelled in the last 30 days
    missed_30d: int  # requests that went past their resolution target in the last 30 days
    missed_prev: int
    resolved_prev: int
    with_target_prev: int
    within_target_prev: int
    average_rating_prev: float | None
    ratings_prev: int
    open_actions_then: int  # open corrective actions 30 days ago
    overdue_actions_then: int
    months: tuple[TrendPoint, ...]  # the company's last six months, for the charts
    anonymity_threshold: int = MIN_THRESHOLD  # a month's anonymous ratings count from this many (held_back)

    @property
    def share_within_target_prev(self) -> float | None:
        return None if not self.with_target_prev else self.within_target_prev / self.with_target_prev


# -- the moments the figures count from ------------------------------------------------------------
def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def zone_of(name: str | None) -> ZoneInfo:
    """The company's zone as ``domain.sla.zone_named`` reads it (unknown or empty: UTC), without
    importing the deadline clock and its calendars."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass(frozen=True)
class Moments:
    """Now, the company's today and the periods the Dashboard counts, in the company's zone."""

    now: datetime  # aware
    zone: tzinfo

    @property
    def since(self) -> datetime:
        return self.now - timedelta(days=DAYS)

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    @property
    def then(self) -> date:
        return self.today - timedelta(days=DAYS)

    @property
    def horizon(self) -> date:
        return self.today + timedelta(days=REVIEW_REMINDER_DAYS)

    def start_of(self, day: date) -> datetime:
        return datetime.combine(day, time(), self.zone).astimezone(UTC)

    @property
    def before(self) -> tuple[datetime, datetime]:
        """The 30 whole company days before the last 30 (as ``sla.day_bounds(today-60, today-31)``)."""
        return self.start_of(self.today - timedelta(days=2 * DAYS)), self.start_of(self.today - timedelta(days=DAYS))

    @property
    def months(self) -> tuple[str, ...]:
        """The company's last six months, this one included (as ``NetworkService.last_months(6)``)."""
        first = self.today.replace(day=1)
        keys = [month_key(first)]
        for _ in range(CHART_MONTHS - 1):
            first = (first - timedelta(days=1)).replace(day=1)
            keys.append(month_key(first))
        return tuple(reversed(keys))


def instant(value: datetime) -> str:
    """An instant as a data file stores it (naive UTC text, which sorts in time order)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


# -- the statements ----------------------------------------------------------------------------
# the conditions of the partial indexes of migration 0018 (domain/models/requests.py says the same)
MET_WHERE = "resolved_at <= resolution_due_at"
MISSED_WHERE = (f"status != '{RequestStatus.CANCELLED.value}' "
                "AND (resolved_at IS NULL OR resolved_at > resolution_due_at)")
# The enum values are the program's own constants written into the text; every moment is a parameter.
_OPEN = f"('{RequestStatus.NEW.value}', '{RequestStatus.IN_PROGRESS.value}', '{RequestStatus.WAITING.value}')"
# services/request_queries.overdue_expr: past a target without its event; a waiting request's
# resolution clock is stopped, so it is late only if it was late when the wait began
_OVERDUE = (f"(status = '{RequestStatus.NEW.value}' AND response_due_at IS NOT NULL AND response_due_at < ?1)"
            f" OR (resolution_due_at IS NOT NULL AND ((status IN ('{RequestStatus.NEW.value}', "
            f"'{RequestStatus.IN_PROGRESS.value}') AND resolution_due_at < ?1) OR (status = "
            f"'{RequestStatus.WAITING.value}' AND resolution_due_at < waiting_since)))")
OPEN_REQUESTS = (f"SELECT count(*), coalesce(sum(CASE WHEN {_OVERDUE} THEN 1 ELSE 0 END), 0) "
                 f"FROM requests WHERE status IN {_OPEN}")

def _resolved(until: str) -> str:
    """Resolved, of which with a target, of which within it, in a period, each counted from index entries
    alone, without reading a date of each resolved request (about 225,000 a window at a million): with a
    target is all of them but the few without one (the first entries of ix_requests_resolution_due_at,
    where the target is NULL); within it, the index of only those requests (0018: its condition, named
    here word for word, lets SQLite use it)."""
    return (f"SELECT count(*), count(*) - (SELECT count(*) FROM requests INDEXED BY ix_requests_resolution_due_at "
            f"WHERE resolution_due_at IS NULL AND resolved_at >= ?1{until}), (SELECT count(*) FROM requests "
            f"INDEXED BY ix_requests_resolved_met WHERE resolved_at >= ?1{until} AND {MET_WHERE}) "
            f"FROM requests WHERE resolved_at >= ?1{until}")


RESOLVED = _resolved("")
RESOLVED_BETWEEN = _resolved(" AND resolved_at < ?2")
RATINGS = "SELECT CAST(avg(rating) AS FLOAT), count(*) FROM feedback WHERE created_at >= ?1"
RATINGS_BETWEEN = RATINGS + " AND created_at < ?2"
_LIVE_ACTIONS = f"archived_at IS NULL AND status != '{ActionStatus.DONE.value}'"
OPEN_ACTIONS = (f"SELECT count(*), coalesce(sum(CASE WHEN due_on < ?1 THEN 1 ELSE 0 END), 0) "
                f"FROM corrective_actions WHERE {_LIVE_ACTIONS}")
# services/acknowledgements.requirements(details=False): each active person and each standard in
# force that applies to their department (its own, or as a reader), and the newest version they signed
STILL_TO_SIGN = (
    f"SELECT coalesce(sum(CASE WHEN state = '{AckState.MISSING.value}' THEN 1 ELSE 0 END), 0), "
    f"coalesce(sum(CASE WHEN state = '{AckState.OUTDATED.value}' THEN 1 ELSE 0 END), 0) FROM ("
    f"SELECT CASE WHEN newest.number IS NULL THEN '{AckState.MISSING.value}' "
    f"WHEN newest.number < coalesce(standard_versions.ack_baseline, standard_versions.number) "
    f"THEN '{AckState.OUTDATED.value}' ELSE '{AckState.CURRENT.value}' END AS state "
    "FROM people JOIN departments ON departments.id = people.department_id "
    "JOIN (SELECT id AS standard_id, department_id FROM service_standards "
    "UNION SELECT standard_id, department_id FROM standard_readers) AS applies "
    "ON applies.department_id = people.department_id "
    "JOIN service_standards ON service_standards.id = applies.standard_id "
    "JOIN departments AS own ON own.id = service_standards.department_id "
    "JOIN standard_versions ON standard_versions.standard_id = service_standards.id "
    f"AND standard_versions.status = '{StandardStatus.ACTIVE.value}' "
    "LEFT OUTER JOIN (SELECT acknowledgements.person_id AS person_id, acknowledgements.standard_id AS standard_id, "
    "max(standard_versions.number) AS number FROM acknowledgements JOIN standard_versions "
    "ON standard_versions.id = acknowledgements.version_id "
    "GROUP BY acknowledgements.person_id, acknowledgements.standard_id) AS newest "
    "ON newest.person_id = people.id AND newest.standard_id = service_standards.id "
    "WHERE people.active IS 1 AND departments.archived_at IS NULL AND own.archived_at IS NULL "
    "AND service_standards.archived_at IS NULL)")
REVIEWS = ("SELECT count(*), coalesce(sum(CASE WHEN standard_versions.next_review_on < ?1 THEN 1 ELSE 0 END), 0) "
           "FROM standard_versions JOIN service_standards ON service_standards.id = standard_versions.standard_id "
           f"WHERE standard_versions.status = '{StandardStatus.ACTIVE.value}' "
           "AND service_standards.archived_at IS NULL AND standard_versions.next_review_on <= ?2")
RECEIVED = "SELECT count(*) FROM requests WHERE created_at >= ?1"
RESOLVED_SINCE = "SELECT count(*) FROM requests WHERE resolved_at >= ?1"
# the partial index of cancelled requests: SQLite's planner passes over it otherwise (network.py)
CANCELLED = ("SELECT count(*) FROM requests INDEXED BY ix_requests_cancelled_at "
             "WHERE cancelled_at IS NOT NULL AND cancelled_at >= ?1")
# went past its target in a period: the entries of the index of only those requests (0018, its very terms)
MISSED = ("SELECT count(*) FROM requests INDEXED BY ix_requests_missed "
          f"WHERE resolution_due_at >= ?1 AND resolution_due_at < ?2 AND {MISSED_WHERE}")
NEWEST = "SELECT (SELECT max(id) FROM requests), (SELECT max(id) FROM feedback)"
ACTIONS_THEN = ("SELECT count(*), coalesce(sum(CASE WHEN due_on < ?1 THEN 1 ELSE 0 END), 0) "
                "FROM corrective_actions WHERE archived_at IS NULL AND opened_on <= ?1 "
                "AND (completed_on IS NULL OR completed_on > ?1)")
THRESHOLD = "SELECT anonymity_threshold FROM company LIMIT 1"
# network.py's _sums: a pair's month adds its anonymous ratings only when enough people gave them
MONTHS = ("SELECT month, sum(received), sum(resolved), sum(with_target), sum(within_target), "
          "sum(ratings + CASE WHEN anonymous_ratings >= ?1 THEN anonymous_ratings ELSE 0 END), "
          "sum(rating_sum + CASE WHEN anonymous_ratings >= ?1 THEN anonymous_rating_sum ELSE 0 END), "
          "sum(CASE WHEN anonymous_ratings >= ?1 THEN 0 ELSE anonymous_ratings END), sum(breakdowns) "
          "FROM pair_months WHERE month BETWEEN ?2 AND ?3 GROUP BY month")
_MONTH_FIGURES = ("received", "resolved", "with_target", "within_target", "ratings", "rating_sum", "held_back",
                  "breakdowns")
COMPANY = "SELECT name, address_line, service_vision, logo_png, time_zone FROM company LIMIT 1"
RECOGNITIONS = (
    "SELECT r.id, r.award, r.title, r.message, r.given_on, coalesce(fp.full_name, fd.name, ''), "
    "coalesce(tp.full_name, td.name, ''), r.to_person_id, r.to_department_id, r.request_id FROM recognitions AS r "
    "LEFT OUTER JOIN people AS fp ON fp.id = r.from_person_id "
    "LEFT OUTER JOIN departments AS fd ON fd.id = r.from_department_id "
    "LEFT OUTER JOIN people AS tp ON tp.id = r.to_person_id "
    "LEFT OUTER JOIN departments AS td ON td.id = r.to_department_id "
    "WHERE r.archived_at IS NULL ORDER BY r.given_on DESC, r.id DESC LIMIT ?1")
ANY_DEPARTMENT = "SELECT EXISTS (SELECT 1 FROM departments WHERE archived_at IS NULL)"


def _one(run: Run, statement: str, *parameters: object) -> Sequence[Any]:
    return run(statement, parameters)[0]


def _int(value: Any) -> int:
    return int(value or 0)


def _mean(value: Any) -> float | None:
    return None if value is None else float(value)


# -- the figures ---------------------------------------------------------------------------------
def figures(run: Run, at: Moments) -> DashboardFigures:
    """The front page's counts (ReportingService.dashboard on a data file)."""
    now, today = instant(at.now), at.today.isoformat()
    open_n, overdue_n = _one(run, OPEN_REQUESTS, now)
    resolved, with_target, met = _one(run, RESOLVED, instant(at.since))
    mean, ratings = _one(run, RATINGS, instant(at.since))
    open_actions, overdue_actions = _one(run, OPEN_ACTIONS, today)
    missing, outdated = _one(run, STILL_TO_SIGN)
    due, past = _one(run, REVIEWS, today, at.horizon.isoformat())
    return DashboardFigures(_int(open_n), _int(overdue_n), _int(resolved), _int(met), _int(with_target), _mean(mean),
                            _int(ratings), _int(open_actions), _int(overdue_actions), _int(missing), _int(outdated),
                            _int(due), _int(past))


Before = tuple[int, int, int, int, float | None, int]  # missed, resolved, with target, within, mean, ratings


class KeptBefore:
    """The 30 days before the last 30 (whole company days) do not move as the day goes on: read once
    a day, and again when requests or ratings are added (an import can add old ones)."""

    def __init__(self) -> None:
        self.key: tuple[object, ...] | None = None
        self.value: Before = (0, 0, 0, 0, None, 0)


def thirty_days_before(run: Run, at: Moments) -> Before:
    lo, hi = (instant(moment) for moment in at.before)
    missed = _one(run, MISSED, lo, hi)[0]
    resolved, with_target, met = _one(run, RESOLVED_BETWEEN, lo, hi)
    mean, ratings = _one(run, RATINGS_BETWEEN, lo, hi)
    return _int(missed), _int(resolved), _int(with_target), _int(met), _mean(mean), _int(ratings)


def threshold(run: Run) -> int:
    rows = run(THRESHOLD, ())
    value = rows[0][0] if rows else None
    return int(value) if value else DEFAULT_THRESHOLD


def changes(run: Run, at: Moments, kept: KeptBefore | None = None,
            resolved_since: int | None = None) -> DashboardChanges:
    """Which way each figure moved, and the last six months (NetworkService.dashboard_changes on a file).
    ``resolved_since``: the requests resolved in the last 30 days when the caller has just counted them
    at the same moment (``figures``: the light start), so they are not counted twice."""
    since, now = instant(at.since), instant(at.now)
    received = _one(run, RECEIVED, since)[0]
    resolved = _one(run, RESOLVED_SINCE, since)[0] if resolved_since is None else resolved_since
    cancelled = _one(run, CANCELLED, since)[0]
    missed = _one(run, MISSED, since, now)[0]
    kept = kept or KeptBefore()
    key = (at.today, *_one(run, NEWEST))
    if kept.key != key:
        kept.key, kept.value = key, thirty_days_before(run, at)
    missed_prev, resolved_prev, with_target_prev, within_prev, mean_prev, ratings_prev = kept.value
    open_then, overdue_then = _one(run, ACTIONS_THEN, at.then.isoformat())
    months = at.months
    shown = max(threshold(run), MIN_THRESHOLD)
    found = {row[0]: dict(zip(_MONTH_FIGURES, (_int(v) for v in row[1:]), strict=True))
             for row in run(MONTHS, (shown, months[0], months[-1]))}
    points = tuple(TrendPoint(month, **found.get(month, {})) for month in months)
    return DashboardChanges(_int(received) - _int(resolved) - _int(cancelled), _int(missed), missed_prev,
                            resolved_prev, with_target_prev, within_prev, mean_prev, ratings_prev, _int(open_then),
                            _int(overdue_then), points, shown)


def company(run: Run) -> CompanyInfo | None:
    rows = run(COMPANY, ())
    if not rows:
        return None
    name, address, vision, logo, zone = rows[0]
    return CompanyInfo(name, address, vision, logo, zone)


def recognitions(run: Run, limit: int) -> list[RecognitionRow]:
    """The latest recognitions, newest first (RecognitionService.list(limit=...))."""
    return [RecognitionRow(id=r[0], award=Award(r[1]), title=r[2], message=r[3], given_on=date.fromisoformat(r[4]),
                           from_name=r[5], to_name=r[6], to_person_id=r[7], to_department_id=r[8], request_id=r[9])
            for r in run(RECOGNITIONS, (limit,))]


# -- the light start -------------------------------------------------------------------------------
@dataclass(frozen=True)
class LightDashboard:
    """Everything the Dashboard shows, read before the services exist."""

    company: CompanyInfo
    figures: DashboardFigures
    changes: DashboardChanges
    recognitions: list[RecognitionRow]
    any_department: bool
    today: date  # the company's, when read: the charts' month under way


def _going_on() -> bool:
    return False


def sqlite_runner(connection: sqlite3.Connection, given_up: Callable[[], bool] = _going_on) -> Run:
    """``given_up``: asked before each statement; True stops the read as ``interrupt()`` stops a running
    one (light_read.py: the start went the full way meanwhile)."""
    def run(statement: str, parameters: Sequence[object]) -> list[Any]:
        if given_up():
            raise sqlite3.OperationalError("interrupted")
        return connection.execute(statement, tuple(parameters)).fetchall()

    return run


def light_dashboard(connection: sqlite3.Connection, now: datetime, recognition_limit: int = 8,
                    given_up: Callable[[], bool] = _going_on) -> LightDashboard | None:
    """The Dashboard of the file ``connection`` reads, at ``now``; None when the company is not set up
    (the full start then asks for its details)."""
    run = sqlite_runner(connection, given_up)
    found = company(run)
    if found is None:
        return None
    at = Moments(now, zone_of(found.time_zone))
    counted = figures(run, at)
    return LightDashboard(found, counted, changes(run, at, resolved_since=counted.resolved_30d),
                          recognitions(run, recognition_limit), bool(_one(run, ANY_DEPARTMENT)[0]), at.today)


__all__ = ["DashboardFigures", "DashboardChanges", "TrendPoint", "Rates", "Moments", "KeptBefore", "LightDashboard",
           "figures", "changes", "light_dashboard", "REVIEW_REMINDER_DAYS"]
