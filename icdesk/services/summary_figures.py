"""The service summary's figures read from the kept monthly figures, exact, in a few hundred rows.

``pair_months`` and ``provider_breakdowns`` (kept up to date inside every save, see
``network_figures``) already hold, per company month and provider, what the summary adds up:
requests logged and resolved, with and within target, ratings and their sum, breakdown points,
and how many requests were resolved in each band of service time. A period of whole months is read
from them alone; the days of a month cut by the period (15 March to 14 April, say) are counted from
the requests and feedback of those days, along the indexes on their instants.

Medians and 90th percentiles stay exact: the bands tell in which band the middle (or the 90th
percentile) request lies and its rank there; the database then steps to it along
``ix_requests_pair_service`` through that band's requests only. Requests whose service time is
unknown rank first (as they always did), counted apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, or_, select
from sqlalchemy.orm import Session

from icdesk.db.portable import on_server
from icdesk.domain.enums import BreakdownPoint
from icdesk.domain.models import Department, Feedback, PairMonth, ProviderBreakdown, Request
from icdesk.domain.models.network import BAND_LIMITS, BANDS, band_column
from icdesk.domain.sla import ServiceClock
from icdesk.services.network_figures import month_key, next_month

LIMITS = (0, *BAND_LIMITS, 2 ** 62)  # band i holds service times in [LIMITS[i], LIMITS[i + 1])
POINTS = tuple(p.value for p in BreakdownPoint)  # what people name; the signals read from requests are not


@dataclass
class Tally:
    """One provider's counts in the period (or, in ``months``, one month's)."""

    received: int = 0
    resolved: int = 0
    with_target: int = 0
    within_target: int = 0
    ratings: int = 0
    rating_sum: int = 0
    bands: list[int] = field(default_factory=lambda: [0] * BANDS)

    def add(self, other: Tally) -> None:
        self.received += other.received
        self.resolved += other.resolved
        self.with_target += other.with_target
        self.within_target += other.within_target
        self.ratings += other.ratings
        self.rating_sum += other.rating_sum
        self.bands = [a + b for a, b in zip(self.bands, other.bands, strict=True)]


@dataclass(frozen=True)
class PeriodParts:
    """A period as whole company months and the instants of the cut months' days outside them."""

    months: tuple[str, ...]
    cut: tuple[tuple[datetime, datetime], ...]  # [from, to) each
    month_starts: tuple[tuple[datetime, str], ...]  # the cut days' month starts, to name their month

    @classmethod
    def of(cls, clock: ServiceClock, start: date, end: date) -> PeriodParts:
        first_whole = start if start.day == 1 else next_month(start)
        after_whole = next_month(end) if next_month(end) - timedelta(days=1) == end else end.replace(day=1)
        months: list[str] = []
        cut: list[tuple[date, date]] = []  # days, last one included
        if first_whole < after_whole:
            month = first_whole
            while month < after_whole:
                months.append(month_key(month))
                month = next_month(month)
            if start < first_whole:
                cut.append((start, first_whole - timedelta(days=1)))
            if after_whole <= end:
                cut.append((after_whole, end))
        else:
            cut.append((start, end))
        starts = []
        for first, last in cut:
            month = first.replace(day=1)
            while month <= last:
                starts.append((clock.start_of(next_month(month)), month_key(month)))
                month = next_month(month)
        return cls(tuple(months), tuple(clock.day_bounds(a, b) for a, b in cut), tuple(starts))

    def month_of(self, column: Any) -> ColumnElement[str]:
        """The company month an instant of the cut days falls in."""
        return case(*((column < following, key) for following, key in self.month_starts), else_="")

    def within_cut(self, column: Any) -> ColumnElement[bool]:
        """In one of the cut stretches of days (there is at least one when this is asked)."""
        return or_(*((column >= lo) & (column < hi) for lo, hi in self.cut))


@dataclass
class PeriodTallies:
    providers: dict[int, Tally]
    months: dict[str, Tally]
    points: dict[str, int]


def tallies(s: Session, parts: PeriodParts, department_ids: list[int] | None, *,
            with_months: bool = True) -> PeriodTallies:
    """Per provider (and per month): the kept figures of the whole months, plus the cut days counted
    from the requests and feedback themselves."""
    providers: dict[int, Tally] = defaultdict(Tally)
    months: dict[str, Tally] = defaultdict(Tally)
    points: dict[str, int] = defaultdict(int)
    chosen = list(department_ids) if department_ids else None
    if parts.months:
        _whole_months(s, parts.months, chosen, providers, months)
        if with_months:
            query = (select(ProviderBreakdown.point,
                            func.sum(ProviderBreakdown.count + ProviderBreakdown.anonymous_count))
                     .where(ProviderBreakdown.month.in_(parts.months), ProviderBreakdown.point.in_(POINTS))
                     .group_by(ProviderBreakdown.point))
            if chosen:
                query = query.where(ProviderBreakdown.provider_id.in_(chosen))
            for point, n in s.execute(query):
                points[str(point)] += int(n or 0)
    if parts.cut:
        _cut_days(s, parts, chosen, providers, months, points if with_months else None)
    return PeriodTallies(dict(providers), dict(months), dict(points))


def _whole_months(s: Session, keys: tuple[str, ...], chosen: list[int] | None, providers: dict[int, Tally],
                  months: dict[str, Tally]) -> None:
    band_sums = [func.sum(getattr(PairMonth, band_column(i))) for i in range(BANDS)]
    query = (select(PairMonth.provider_id, PairMonth.month, func.sum(PairMonth.received),
                    func.sum(PairMonth.resolved), func.sum(PairMonth.with_target), func.sum(PairMonth.within_target),
                    func.sum(PairMonth.ratings + PairMonth.anonymous_ratings),
                    func.sum(PairMonth.rating_sum + PairMonth.anonymous_rating_sum), *band_sums)
             .where(PairMonth.month.in_(keys)).group_by(PairMonth.provider_id, PairMonth.month))
    if chosen:
        query = query.where(PairMonth.provider_id.in_(chosen))
    for provider, month, *values in s.execute(query):
        counts = [int(v or 0) for v in values]
        received, resolved, with_target, within_target, ratings, rating_sum = counts[:6]
        tally = Tally(received, resolved, with_target, within_target, ratings, rating_sum, counts[6:])
        providers[int(provider)].add(tally)
        months[str(month)].add(tally)


def not_indexed(column: Any) -> ColumnElement[Any]:
    """``column + 0``: the cut days are a few weeks at most and are read along their instants' index;
    SQLite, knowing no better, would prefer an index on the department and read its whole history
    (0.1 s a statement at a million requests)."""
    return column + 0  # type: ignore[no-any-return]


def _cut_days(s: Session, parts: PeriodParts, chosen: list[int] | None, providers: dict[int, Tally],
              months: dict[str, Tally], points: dict[str, int] | None) -> None:
    """The days of cut months: a few weeks of requests at most, read along their instants' indexes."""
    def only(column: Any) -> list[ColumnElement[bool]]:
        return [not_indexed(column).in_(chosen)] if chosen else []

    created = parts.within_cut(Request.created_at)
    month = parts.month_of(Request.created_at)
    for provider, key, n in s.execute(select(Request.provider_id, month, func.count())
                                      .where(created, *only(Request.provider_id))
                                      .group_by(Request.provider_id, month)):
        providers[int(provider)].received += int(n)
        months[str(key)].received += int(n)
    resolved = parts.within_cut(Request.resolved_at)
    month = parts.month_of(Request.resolved_at)
    band = case(*((func.coalesce(Request.service_seconds, 0) < limit, literal(i))
                  for i, limit in enumerate(BAND_LIMITS)), else_=literal(len(BAND_LIMITS)))
    met = case((Request.resolved_at <= Request.resolution_due_at, 1), else_=0)
    for provider, key, b, n, wt, ok in s.execute(
            select(Request.provider_id, month, band, func.count(), func.count(Request.resolution_due_at),
                   func.sum(met))
            .where(resolved, *only(Request.provider_id))
            .group_by(Request.provider_id, month, band)):
        for tally in (providers[int(provider)], months[str(key)]):
            tally.resolved += int(n)
            tally.with_target += int(wt or 0)
            tally.within_target += int(ok or 0)
            tally.bands[int(b)] += int(n)
    rated = parts.within_cut(Feedback.created_at)
    for provider, n, total in s.execute(select(Feedback.department_id, func.count(), func.sum(Feedback.rating))
                                        .where(rated, *only(Feedback.department_id))
                                        .group_by(Feedback.department_id)):
        providers[int(provider)].ratings += int(n)
        providers[int(provider)].rating_sum += int(total or 0)
    if points is not None:
        for point, n in s.execute(select(Feedback.breakdown_point, func.count())
                                  .where(rated, Feedback.breakdown_point.is_not(None),
                                         *only(Feedback.department_id))
                                  .group_by(Feedback.breakdown_point)):
            points[str(point.value if isinstance(point, BreakdownPoint) else point)] += int(n)


def customer_tally(s: Session, parts: PeriodParts, department_id: int) -> Tally:
    """What a department asked of the others in the period: requests logged, resolved, with and within
    target (ratings given are the caller's: the figures keep ratings by the pair rated, not by who rated)."""
    tally = Tally()
    if parts.months:
        row = s.execute(select(func.sum(PairMonth.received), func.sum(PairMonth.resolved),
                               func.sum(PairMonth.with_target), func.sum(PairMonth.within_target))
                        .where(PairMonth.month.in_(parts.months), PairMonth.customer_id == department_id)).one()
        tally.received, tally.resolved, tally.with_target, tally.within_target = (int(v or 0) for v in row)
    if parts.cut:
        asked = not_indexed(Request.requester_department_id) == department_id
        tally.received += int(s.scalar(select(func.count()).where(
            asked, parts.within_cut(Request.created_at))) or 0)
        n, wt, met = s.execute(select(func.count(), func.count(Request.resolution_due_at),
                                      func.sum(case((Request.resolved_at <= Request.resolution_due_at, 1), else_=0)))
                               .where(asked, parts.within_cut(Request.resolved_at))).one()
        tally.resolved += int(n or 0)
        tally.with_target += int(wt or 0)
        tally.within_target += int(met or 0)
    return tally


def _stored(instant: datetime) -> str:
    """An instant as stored (naive UTC text), for statements sent to the driver directly."""
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class Ranker:
    """The service time at a given rank among the requests some providers resolved in a period,
    read from the database through one band of service time only.

    Each pair's requests of a band are one range of ``ix_requests_pair_service`` (provider,
    customer, service time, resolved). Sorting a whole band of a million requests took half a
    second, so the band is cut in SLICES of equal width, counted from its nearer end until the
    slice holding the rank is found, and only that slice is sorted. The statements go to the
    driver as they are: building them anew for every department cost more than running them."""

    SLICES = 16
    SQL = ("SELECT {what} FROM requests {hint} WHERE provider_id IN ({providers}) AND {customer} "
           "AND service_seconds {seconds}{period}")

    def __init__(self, s: Session, lo: datetime, hi: datetime) -> None:
        self.s = s
        self.server = on_server(s)
        self.customers = ",".join(str(int(i)) for i in s.scalars(select(Department.id))) or "NULL"
        # each its own statement: SQLite reads a lone min() or max() from the end of an index, two together
        # from every row
        first = s.scalar(select(func.min(Request.resolved_at)))
        last = s.scalar(select(func.max(Request.resolved_at)))
        # a period holding every request ever resolved needs no test of each one's instant (a fifth of the time)
        everything = first is not None and last is not None and lo <= first and last < hi
        self.period = "" if everything else " AND resolved_at >= ? AND resolved_at < ?"
        self.bounds = () if everything else (_stored(lo), _stored(hi))

    def median_and_p90(self, providers: Iterable[int], bands: list[int]) -> tuple[float | None, float | None]:
        """As the rank n+1/2 and 9(n+1)/10, rounded down, from the smallest (unknown times first)."""
        n = sum(bands)
        if not n:
            return None, None
        chosen = ",".join(str(int(p)) for p in sorted(providers))
        median, p90 = (self._at(chosen, bands, rank) for rank in ((n + 1) // 2, (n * 9 + 9) // 10))
        return (None if median is None else median / 3600.0), (None if p90 is None else p90 / 3600.0)

    def _at(self, providers: str, bands: list[int], rank: int) -> int | None:
        band = 0
        while rank > bands[band]:
            rank -= bands[band]
            band += 1
        known = bands[band]
        if band == 0:  # unknown service times are counted in the first band and rank before every known one
            # without a period test (every resolved request is in it) the requests not resolved yet have no
            # service time either: counted as unknown, they pushed a 0-minute median out of the figure
            unknown = self._count(providers, "IS NULL" if self.period else "IS NULL AND resolved_at IS NOT NULL", ())
            if rank <= unknown:
                return None
            rank, known = rank - unknown, known - unknown
        low, high = LIMITS[band], LIMITS[band + 1]
        if band == BANDS - 1:  # the open-ended last band: months-long requests, few
            return self._nth(providers, low, high, rank - 1, "ASC")
        edges = [low + (high - low) * i // self.SLICES for i in range(self.SLICES + 1)]
        slices = list(zip(edges, edges[1:], strict=False))
        ascending = rank <= (known + 1) // 2
        if not ascending:  # count from the top: the rank-th from the bottom is the (known-rank+1)-th from the top
            slices.reverse()
            rank = known - rank + 1
        for a, b in slices:
            n = self._count(providers, ">= ? AND service_seconds < ?", (a, b))
            if rank <= n:
                return self._nth(providers, a, b, rank - 1, "ASC" if ascending else "DESC")
            rank -= n
        return None  # the kept figures and the requests disagree; never seen, and no figure beats a wrong one

    def _both(self, what: str, providers: str, seconds: str) -> list[str]:
        """The requests of the customer departments, and those asked by no department."""
        hint = "" if self.server else "INDEXED BY ix_requests_pair_service"
        return [self.SQL.format(what=what, hint=hint, providers=providers, customer=customer, seconds=seconds,
                                period=self.period)
                for customer in (f"requester_department_id IN ({self.customers})", "requester_department_id IS NULL")]

    def _count(self, providers: str, seconds: str, limits: tuple[int, ...]) -> int:
        sql = "SELECT " + " + ".join(f"({q})" for q in self._both("count(*)", providers, seconds))
        return int(self._run(sql, (*limits, *self.bounds) * 2) or 0)

    def _nth(self, providers: str, low: int, high: int, offset: int, order: str) -> int | None:
        sql = " UNION ALL ".join(self._both("service_seconds", providers, ">= ? AND service_seconds < ?"))
        found = self._run(f"{sql} ORDER BY 1 {order} LIMIT 1 OFFSET ?", (*((low, high, *self.bounds) * 2), offset))
        return None if found is None else int(found)

    def _run(self, sql: str, parameters: tuple[Any, ...]) -> Any:
        if self.server:  # psycopg's placeholders
            sql = sql.replace("?", "%s")
        cursor = self.s.connection().connection.cursor()
        try:
            row = cursor.execute(sql, parameters).fetchone()
        finally:
            cursor.close()
        return None if row is None else row[0]
