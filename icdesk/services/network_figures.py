"""The per-pair monthly figures, kept up to date inside every write that changes them.

``insert_requests``, ``move_request`` and ``insert_feedback`` call ``apply`` with what a request or
rating adds (or, when a request is reopened, takes away), in the same transaction, so the network
views read a summary that cannot drift from the requests. Months are the company's: a request
logged at 23:30 on 31 March in Rome belongs to March. ``rebuild`` makes the summary again from
the requests and feedback, when the company's time zone changes and in the tests as the oracle.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import ColumnElement, case, delete, func, insert, literal, select, union_all
from sqlalchemy.orm import Session

from icdesk.db.driver_sql import DriverStatement
from icdesk.db.engine import wrote
from icdesk.db.portable import upsert
from icdesk.domain.enums import BreakdownPoint, BreakdownSignal
from icdesk.domain.models import Company, Feedback, PairBreakdown, PairMonth, ProviderBreakdown, Request
from icdesk.domain.models.network import BAND_LIMITS, BANDS, NO_DEPARTMENT, NO_STANDARD, band_column, band_of
from icdesk.domain.sla import ServiceClock, zone_named

MONTH_FIELDS = ("received", "resolved", "with_target", "within_target", "service_seconds", "ratings", "rating_sum",
                "anonymous_ratings", "anonymous_rating_sum", "breakdowns", *(band_column(i) for i in range(BANDS)))
BREAKDOWNS = MONTH_FIELDS.index("breakdowns")
FIRST_BAND = MONTH_FIELDS.index(band_column(0))
PairKey = tuple[int, int, str]  # provider, customer, month
BreakdownKey = tuple[int, int, str, int, str]  # provider, customer, month, standard version, point
ProviderKey = tuple[int, str, int, str]  # provider, month, standard version, point
POOR = 2  # a rating this low names a breakdown even when the rater named no point


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_start(key: str) -> date:
    return date(int(key[:4]), int(key[5:7]), 1)


def next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def company_clock(s: Session) -> ServiceClock:
    """The deadline clock in the zone stored in the file: months are counted in the company's time."""
    return ServiceClock(zone_named(s.scalar(select(Company.time_zone).limit(1))))


@dataclass(frozen=True)
class RequestFacts:
    """What a request contributes to the summary; read before and after a move to find the change."""

    provider_id: int
    customer_id: int | None
    version_id: int | None
    created_at: datetime
    resolved_at: datetime | None
    resolution_due_at: datetime | None
    service_seconds: int | None
    first_response_at: datetime | None
    response_due_at: datetime | None

    @classmethod
    def of(cls, row: Mapping[str, Any] | object) -> RequestFacts:
        get: Callable[[str], Any] = row.__getitem__ if isinstance(row, Mapping) else partial(getattr, row)
        return cls(get("provider_id"), get("requester_department_id"), get("standard_version_id"), get("created_at"),
                   get("resolved_at"), get("resolution_due_at"), get("service_seconds"), get("first_response_at"),
                   get("response_due_at"))


class Changes:
    """Additions to the summary, gathered in memory and written in three statements."""

    def __init__(self, clock: ServiceClock) -> None:
        self.clock = clock
        self.months: dict[PairKey, list[int]] = defaultdict(lambda: [0] * len(MONTH_FIELDS))
        self.pairs: dict[BreakdownKey, int] = defaultdict(int)
        self.providers: dict[ProviderKey, list[int]] = defaultdict(lambda: [0, 0])

    def month(self, instant: datetime) -> str:
        return month_key(self.clock.local(instant).date())

    def breakdown(self, pair: tuple[int, int], month: str, version: int, point: str, sign: int = 1,
                  anonymous: bool = False) -> None:
        """One breakdown: counted for the provider; for the pair too unless it came anonymously."""
        self.providers[(pair[0], month, version, point)][1 if anonymous else 0] += sign
        if not anonymous:
            self.pairs[(*pair, month, version, point)] += sign
            self.months[(*pair, month)][BREAKDOWNS] += sign

    def add_request(self, facts: RequestFacts, sign: int = 1, *, received: bool = True) -> None:
        pair = (facts.provider_id, facts.customer_id or NO_DEPARTMENT)
        version = facts.version_id or NO_STANDARD
        if received:
            self.months[(*pair, self.month(facts.created_at))][0] += sign
        if facts.resolved_at is not None:
            due = facts.resolution_due_at
            month = self.month(facts.resolved_at)
            row = self.months[(*pair, month)]
            row[1] += sign
            if due is not None:
                row[2] += sign
                row[3] += sign * (facts.resolved_at <= due)
                if facts.resolved_at > due:
                    self.breakdown(pair, month, version, BreakdownSignal.RESOLUTION_LATE.value, sign)
            row[4] += sign * (facts.service_seconds or 0)
            row[FIRST_BAND + band_of(facts.service_seconds or 0)] += sign
        if facts.first_response_at is not None and facts.response_due_at is not None \
                and facts.first_response_at > facts.response_due_at:
            self.breakdown(pair, self.month(facts.first_response_at), version, BreakdownSignal.RESPONSE_LATE.value,
                           sign)

    def add_feedback(self, provider_id: int, customer_id: int | None, version_id: int | None, at: datetime,
                     rating: int, point: BreakdownPoint | str | None, anonymous: bool) -> None:
        pair = (provider_id, customer_id or NO_DEPARTMENT)
        month = self.month(at)
        row = self.months[(*pair, month)]
        if anonymous:
            row[7] += 1
            row[8] += rating
        else:
            row[5] += 1
            row[6] += rating
        named = str(point.value if isinstance(point, BreakdownPoint) else point) if point else None
        if named is None and rating <= POOR:
            named = BreakdownSignal.POOR_RATING.value
        if named is not None:
            self.breakdown(pair, month, version_id or NO_STANDARD, named, anonymous=anonymous)

    def write(self, s: Session) -> None:
        """Tables in one order and rows sorted by key: request saves on several PCs add to these rows
        at the same time (``Database.transaction(side_by_side=True)``), and saves that lock the same
        rows in the same order wait for each other in a line, never in a circle."""
        months_upsert, pairs_upsert, providers_upsert = _upserts(s)
        connection = s.connection()
        months = [dict(zip(MONTH_COLUMNS, (*k, *v), strict=True)) for k, v in sorted(self.months.items()) if any(v)]
        if months:
            months_upsert.executemany(connection, months)
            wrote(s, PairMonth.__tablename__)
        pairs = [dict(zip(PAIR_COLUMNS, (*k, v), strict=True)) for k, v in sorted(self.pairs.items()) if v]
        if pairs:
            pairs_upsert.executemany(connection, pairs)
            wrote(s, PairBreakdown.__tablename__)
        providers = [dict(zip(PROVIDER_COLUMNS, (*k, *v), strict=True)) for k, v in sorted(self.providers.items())
                     if any(v)]
        if providers:
            providers_upsert.executemany(connection, providers)
            wrote(s, ProviderBreakdown.__tablename__)
        self.months.clear()
        self.pairs.clear()
        self.providers.clear()


MONTH_COLUMNS = ("provider_id", "customer_id", "month", *MONTH_FIELDS)
PAIR_COLUMNS = ("provider_id", "customer_id", "month", "version_id", "point", "count")
PROVIDER_COLUMNS = ("provider_id", "month", "version_id", "point", "count", "anonymous_count")
_UPSERTS: dict[str, tuple[DriverStatement, DriverStatement, DriverStatement]] = {}


def _upserts(s: Session) -> tuple[DriverStatement, DriverStatement, DriverStatement]:
    """The three "add to the figures" upserts, built once per kind of store and run by the driver
    (db/driver_sql.py): building them (a sum per column of the months), and SQLAlchemy's handling of
    their thirty values, cost more than running them, on every request saved (issue 21)."""
    dialect = s.get_bind().dialect.name
    if dialect not in _UPSERTS:
        months = upsert(s, PairMonth)
        pairs = upsert(s, PairBreakdown)
        providers = upsert(s, ProviderBreakdown)
        _UPSERTS[dialect] = (
            DriverStatement(months.on_conflict_do_update(
                index_elements=["month", "provider_id", "customer_id"],
                set_={f: getattr(PairMonth, f) + getattr(months.excluded, f) for f in MONTH_FIELDS}), MONTH_COLUMNS),
            DriverStatement(pairs.on_conflict_do_update(
                index_elements=["provider_id", "customer_id", "month", "version_id", "point"],
                set_={"count": PairBreakdown.count + pairs.excluded.count}), PAIR_COLUMNS),
            DriverStatement(providers.on_conflict_do_update(
                index_elements=["provider_id", "month", "version_id", "point"],
                set_={"count": ProviderBreakdown.count + providers.excluded.count,
                      "anonymous_count": ProviderBreakdown.anonymous_count + providers.excluded.anonymous_count}),
                PROVIDER_COLUMNS),
        )
    return _UPSERTS[dialect]


def requests_added(s: Session, rows: Iterable[Mapping[str, Any]], clock: ServiceClock | None = None) -> None:
    """New requests (``insert_requests``): each one counts where it was logged and, if already
    resolved, where it was resolved. ``clock``: the company's (``ServiceContext.sla``), else read."""
    changes = Changes(clock or company_clock(s))
    for row in rows:
        changes.add_request(RequestFacts.of(row))
    changes.write(s)


def request_moved(s: Session, before: RequestFacts, after: RequestFacts) -> None:
    """A move (``move_request``): resolving adds the request to its month, reopening takes it out."""
    if before == after:
        return
    changes = Changes(company_clock(s))
    changes.add_request(before, -1, received=False)
    changes.add_request(after, 1, received=False)
    changes.write(s)


def feedback_added(s: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """New ratings (``insert_feedback``): a rating belongs to the pair of the request it rates, or
    of the department that gave it."""
    request_ids = sorted({r["request_id"] for r in rows if r.get("request_id") is not None})
    requests: dict[int, tuple[int | None, int | None]] = {}
    for start in range(0, len(request_ids), 900):
        for rid, customer, version in s.execute(
                select(Request.id, Request.requester_department_id, Request.standard_version_id)
                .where(Request.id.in_(request_ids[start:start + 900]))):
            requests[rid] = (customer, version)
    changes = Changes(company_clock(s))
    for r in rows:
        customer, version = requests.get(r.get("request_id") or 0, (None, None))
        changes.add_feedback(r["department_id"], r.get("author_department_id") or customer, version, r["created_at"],
                             r["rating"], r.get("breakdown_point"), bool(r.get("anonymous")))
    changes.write(s)


# -- rebuilding ----------------------------------------------------------------------------------
def _month_case(clock: ServiceClock, column: Any, first: date, last: date) -> ColumnElement[str]:
    """The company-time month of ``column`` as "YYYY-MM", by comparing it with the month starts."""
    whens = []
    month = first.replace(day=1)
    while month <= last:
        following = next_month(month)
        whens.append((column < clock.start_of(following), month_key(month)))
        month = following
    return case(*whens, else_=month_key(last))


def rebuild(s: Session) -> None:
    """Make the summary again from the stored requests and feedback, in the company's months."""
    clock = company_clock(s)
    for model in (PairMonth, PairBreakdown, ProviderBreakdown):
        s.execute(delete(model))
    earliest = [s.scalar(select(func.min(c))) for c in (Request.created_at, Feedback.created_at)]
    latest = [s.scalar(select(func.max(c))) for c in (Request.created_at, Request.resolved_at,
                                                       Request.first_response_at, Feedback.created_at)]
    known = [d for d in earliest if d is not None]
    if not known:
        return
    first = clock.local(min(known)).date()
    last = clock.local(max(d for d in latest if d is not None)).date()

    def month(column: Any) -> ColumnElement[str]:
        return _month_case(clock, column, first, last)

    zero, one = literal(0), literal(1)
    customer = func.coalesce(Request.requester_department_id, NO_DEPARTMENT)
    version = func.coalesce(Request.standard_version_id, NO_STANDARD)
    rated = select(Request.requester_department_id, Request.standard_version_id, Request.id).subquery()
    fb_customer = func.coalesce(Feedback.author_department_id, rated.c.requester_department_id, NO_DEPARTMENT)
    fb_version = func.coalesce(rated.c.standard_version_id, NO_STANDARD)
    anonymous = case((Feedback.anonymous, 1), else_=0)
    named = case((Feedback.anonymous, 0), else_=1)
    point = func.coalesce(Feedback.breakdown_point, BreakdownSignal.POOR_RATING.value)
    # every breakdown once: provider, customer, month, version, point, named count, anonymous count
    signals = union_all(
        select(Request.provider_id.label("p"), customer.label("c"), month(Request.resolved_at).label("m"),
               version.label("v"), literal(BreakdownSignal.RESOLUTION_LATE.value).label("point"),
               one.label("n"), zero.label("anon"))
        .where(Request.resolved_at > Request.resolution_due_at),
        select(Request.provider_id, customer, month(Request.first_response_at), version,
               literal(BreakdownSignal.RESPONSE_LATE.value), one, zero)
        .where(Request.first_response_at > Request.response_due_at),
        select(Feedback.department_id, fb_customer, month(Feedback.created_at), fb_version, point, named, anonymous)
        .outerjoin(rated, rated.c.id == Feedback.request_id)
        .where((Feedback.breakdown_point.is_not(None)) | (Feedback.rating <= POOR)),
    ).subquery()
    s.execute(insert(PairBreakdown).from_select(
        ["provider_id", "customer_id", "month", "version_id", "point", "count"],
        select(signals.c.p, signals.c.c, signals.c.m, signals.c.v, signals.c.point, func.sum(signals.c.n))
        .where(signals.c.n > 0)
        .group_by(signals.c.p, signals.c.c, signals.c.m, signals.c.v, signals.c.point)))
    s.execute(insert(ProviderBreakdown).from_select(
        ["provider_id", "month", "version_id", "point", "count", "anonymous_count"],
        select(signals.c.p, signals.c.m, signals.c.v, signals.c.point, func.sum(signals.c.n),
               func.sum(signals.c.anon))
        .group_by(signals.c.p, signals.c.m, signals.c.v, signals.c.point)))

    met = case((Request.resolved_at <= Request.resolution_due_at, 1), else_=0)
    band = case(*((func.coalesce(Request.service_seconds, 0) < limit, i) for i, limit in enumerate(BAND_LIMITS)),
                else_=len(BAND_LIMITS))
    no_bands = [zero.label(band_column(i)) for i in range(BANDS)]
    counted = select(PairBreakdown.provider_id, PairBreakdown.customer_id, PairBreakdown.month,
                     func.sum(PairBreakdown.count).label("n")).group_by(
        PairBreakdown.provider_id, PairBreakdown.customer_id, PairBreakdown.month).subquery()
    parts = union_all(
        select(Request.provider_id.label("p"), customer.label("c"), month(Request.created_at).label("m"),
               one.label("received"), zero.label("resolved"), zero.label("with_target"),
               zero.label("within_target"), zero.label("service_seconds"), zero.label("ratings"),
               zero.label("rating_sum"), zero.label("anonymous_ratings"), zero.label("anonymous_rating_sum"),
               zero.label("breakdowns"), *no_bands),
        select(Request.provider_id, customer, month(Request.resolved_at), zero, one,
               case((Request.resolution_due_at.is_not(None), 1), else_=0), met,
               func.coalesce(Request.service_seconds, 0), zero, zero, zero, zero, zero,
               *(case((band == i, 1), else_=0) for i in range(BANDS)))
        .where(Request.resolved_at.is_not(None)),
        select(Feedback.department_id, fb_customer, month(Feedback.created_at), zero, zero, zero, zero, zero,
               named, named * Feedback.rating, anonymous, anonymous * Feedback.rating, zero, *no_bands)
        .outerjoin(rated, rated.c.id == Feedback.request_id),
        select(counted.c.provider_id, counted.c.customer_id, counted.c.month, zero, zero, zero, zero, zero, zero,
               zero, zero, zero, counted.c.n, *no_bands),
    ).subquery()
    totals = [func.sum(parts.c[f]) for f in MONTH_FIELDS]
    s.execute(insert(PairMonth).from_select(
        ["provider_id", "customer_id", "month", *MONTH_FIELDS],
        select(parts.c.p, parts.c.c, parts.c.m, *totals).group_by(parts.c.p, parts.c.c, parts.c.m)))
