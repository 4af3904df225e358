"""The internal-customer network: who serves whom, how well, where it breaks down, how it moves.

Every figure adds up the monthly summary (``pair_months``, ``pair_breakdowns``) the write helpers
keep, so the views answer at once on a million requests. Periods are whole months of the
company's calendar. Medians come from the requests themselves, read along an index in the order
of service time. Anonymous ratings count only in a pair's month where enough people gave them
(``icdesk.domain.anonymity``); every larger group adds up whole months, so no subtraction can
bring back a hidden one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session

from icdesk.db.portable import average, on_server
from icdesk.domain.anonymity import DEFAULT_THRESHOLD, MIN_THRESHOLD, check_threshold
from icdesk.domain.enums import ActionStatus, BreakdownSignal, RequestStatus
from icdesk.domain.errors import ValidationError
from icdesk.domain.models import (
    Company,
    CorrectiveAction,
    Department,
    Feedback,
    PairBreakdown,
    PairMonth,
    ProviderBreakdown,
    Request,
    StandardVersion,
)
from icdesk.domain.models.network import BAND_LIMITS, BANDS, NO_DEPARTMENT, NO_STANDARD, band_column
from icdesk.domain.models.requests import OPEN_WHERE
from icdesk.domain.rules import check_period
from icdesk.services import dashboard_sql
from icdesk.services.base import ServiceBase, ServiceContext, driver_runner
from icdesk.services.dashboard_sql import DashboardChanges, Rates, TrendPoint
from icdesk.services.network_figures import month_key, month_start, next_month

Pair = tuple[int, int]  # provider, customer
STEP_POINT = "step:"  # a breakdown point that is a step of a standard, named in a survey answer


def _sql_instant(instant: datetime) -> str:
    """An instant as stored (naive UTC text), for statements sent to SQLite directly."""
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def lower_median(values: list[int]) -> float | None:
    """The middle value, the lower one of two (as every icdesk report counts it), in hours."""
    if not values:
        return None
    values.sort()
    return values[(len(values) + 1) // 2 - 1] / 3600.0


@dataclass(frozen=True)
class Period:
    """Whole months of the company's calendar, ``start`` to ``end`` inclusive."""

    start: date
    end: date
    months: tuple[str, ...]

    @classmethod
    def of(cls, start: date, end: date) -> Period:
        check_period(start, end)
        first, months = start.replace(day=1), []
        month = first
        while month <= end:
            months.append(month_key(month))
            month = next_month(month)
        if len(months) > 120:
            raise ValidationError("Choose a period of at most ten years.", field="start")
        return cls(first, next_month(end) - timedelta(days=1), tuple(months))

    def previous(self) -> Period:
        """The same number of months just before."""
        count = len(self.months)
        first = self.start
        for _ in range(count):
            first = (first - timedelta(days=1)).replace(day=1)
        return Period.of(first, self.start - timedelta(days=1))


@dataclass(frozen=True)
class PairFigures(Rates):
    """One provider serving one customer department in a period (customer 0: no department)."""

    provider_id: int
    customer_id: int
    received: int = 0
    resolved: int = 0
    with_target: int = 0
    within_target: int = 0
    service_seconds: int = 0
    ratings: int = 0  # ratings counted: named ones, and anonymous ones where enough people gave them
    rating_sum: int = 0
    held_back: int = 0  # anonymous ratings not counted: too few in their month to stay anonymous
    breakdowns: int = 0
    open_overdue: int = 0  # open now and past a target: breakdowns still happening
    median_hours: float | None = None
    survey_score: float | None = None
    survey_answers: int = 0

    @property
    def active(self) -> bool:
        return bool(self.received or self.resolved or self.ratings or self.open_overdue or self.survey_answers)

    def plus(self, other: PairFigures) -> PairFigures:
        """Two groups added up (a department's figures are the sum of its pairs)."""
        return replace(self, **{f: getattr(self, f) + getattr(other, f) for f in _SUMMED})


_SUMMED = ("received", "resolved", "with_target", "within_target", "service_seconds", "ratings", "rating_sum",
           "held_back", "breakdowns", "open_overdue")


@dataclass(frozen=True)
class NetworkNode:
    id: int
    name: str
    archived: bool


@dataclass(frozen=True)
class Network:
    period: Period
    departments: tuple[NetworkNode, ...]  # active departments in a stable order, then archived ones with figures
    pairs: Mapping[Pair, PairFigures]
    threshold: int

    def between(self, provider_id: int, customer_id: int) -> PairFigures | None:
        return self.pairs.get((provider_id, customer_id))

    def two_way(self, a: int, b: int) -> bool:
        if a == b:  # a department's requests of itself are one way round, not two
            return False
        there, back = self.pairs.get((a, b)), self.pairs.get((b, a))
        return bool(there and back and there.active and back.active)

    def department_pairs(self) -> list[PairFigures]:
        """Pairs between two departments. Left out, as an arrow from a department to itself cannot be
        drawn or compared: requests from people with no department, and a department's requests of
        itself (refused since, but a file may hold some from before); both still count in the
        department's own figures (``as_provider``)."""
        return [p for p in self.pairs.values()
                if p.customer_id != NO_DEPARTMENT and p.customer_id != p.provider_id and p.active]

    def as_provider(self, department_id: int) -> PairFigures:
        total = PairFigures(department_id, NO_DEPARTMENT)
        for pair in self.pairs.values():
            if pair.provider_id == department_id:
                total = total.plus(pair)
        return total

    def as_customer(self, department_id: int) -> PairFigures:
        total = PairFigures(NO_DEPARTMENT, department_id)
        for pair in self.pairs.values():
            if pair.customer_id == department_id:
                total = total.plus(pair)
        return total

    @property
    def held_back(self) -> int:
        return sum(p.held_back for p in self.pairs.values())


@dataclass(frozen=True)
class ActionMark:
    """A corrective action of the department on a trend: when it was opened and completed."""

    id: int
    department_id: int | None
    description: str
    opened_on: date
    completed_on: date | None
    status: ActionStatus


@dataclass(frozen=True)
class Trend:
    period: Period
    provider_id: int | None
    customer_id: int | None
    points: tuple[TrendPoint, ...]
    actions: tuple[ActionMark, ...] = field(default_factory=tuple)
    medians: bool = True  # False for the whole company: a median of a million requests is not read live


@dataclass(frozen=True)
class BreakdownItem:
    """One place service broke down: a provider, the standard followed (if any), and what went wrong."""

    provider_id: int
    provider_name: str
    standard_id: int | None
    standard_title: str
    point: str  # a BreakdownPoint or BreakdownSignal value
    count: int
    share: float
    cumulative: float
    open_actions: tuple[ActionMark, ...] = field(default_factory=tuple)  # of the provider, not done yet
    step_number: int = 0  # a step named in survey answers (point "step:ID"): its number and words
    step_text: str = ""


@dataclass(frozen=True)
class BreakdownDetail:
    months: tuple[tuple[str, int], ...]  # the count per month of the period
    customers: tuple[tuple[int, int], ...]  # (customer department, count), most affected first
    actions: tuple[ActionMark, ...]  # the provider's corrective actions in the period


@dataclass(frozen=True)
class Breakdowns:
    period: Period
    provider_id: int | None
    customer_id: int | None
    items: tuple[BreakdownItem, ...]
    total: int
    held_back: int  # named in anonymous feedback where too few gave it to be shown


_FIGURES = ("received", "resolved", "with_target", "within_target", "service_seconds", "ratings", "rating_sum",
            "held_back", "breakdowns")


def _band_sums() -> list[Any]:
    return [func.sum(getattr(PairMonth, band_column(i))) for i in range(BANDS)]


def _sums(threshold: int) -> list[Any]:
    """The summary added up in SQL; a pair's month adds its anonymous ratings only when enough
    people gave them, and otherwise counts them as held back."""
    shown = PairMonth.anonymous_ratings >= max(threshold, MIN_THRESHOLD)
    return [
        func.sum(PairMonth.received), func.sum(PairMonth.resolved), func.sum(PairMonth.with_target),
        func.sum(PairMonth.within_target), func.sum(PairMonth.service_seconds),
        func.sum(PairMonth.ratings + case((shown, PairMonth.anonymous_ratings), else_=0)),
        func.sum(PairMonth.rating_sum + case((shown, PairMonth.anonymous_rating_sum), else_=0)),
        func.sum(case((shown, 0), else_=PairMonth.anonymous_ratings)),
        func.sum(PairMonth.breakdowns),
    ]


def _in(period: Period) -> Any:
    """The period's months: one range of the summary, which is ordered by month."""
    return PairMonth.month.between(period.months[0], period.months[-1])


class NetworkService(ServiceBase):
    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__(ctx)
        self._kept_before = dashboard_sql.KeptBefore()  # the 30 days before the last 30, read once a day

    # -- settings ------------------------------------------------------------------------------
    def anonymity_threshold(self) -> int:
        with self.db.reading() as s:
            return self._threshold(s)

    @staticmethod
    def _threshold(s: Session) -> int:
        value = s.scalar(select(Company.anonymity_threshold).limit(1))
        return int(value) if value else DEFAULT_THRESHOLD

    def set_anonymity_threshold(self, value: int) -> int:
        value = check_threshold(value)
        with self.db.transaction() as s:
            company = s.scalars(select(Company).limit(1)).first()
            if company is None:
                raise ValidationError("Enter the company's details first.", field="anonymity_threshold")
            company.anonymity_threshold = value
        return value

    # -- periods -------------------------------------------------------------------------------
    def last_months(self, count: int) -> Period:
        """The ``count`` months up to and including this one."""
        today = self.today()
        first = today.replace(day=1)
        for _ in range(count - 1):
            first = (first - timedelta(days=1)).replace(day=1)
        return Period.of(first, today)

    def months_with_data(self) -> tuple[str, ...]:
        """Every month from the first request or rating to this one: what the period pickers offer."""
        with self.db.reading() as s:
            first = s.scalar(select(func.min(PairMonth.month)))
        now = month_key(self.today())
        start = month_start(min(first, now) if first else now)
        return Period.of(start, month_start(now)).months

    def _bounds(self, period: Period) -> tuple[datetime, datetime]:
        return self.sla.day_bounds(period.start, period.end)

    # -- the network ---------------------------------------------------------------------------
    def network(self, start: date, end: date, *, medians: bool = True) -> Network:
        """Every pair's figures in the whole months from ``start`` to ``end``."""
        period = Period.of(start, end)
        with self.db.reading() as s:
            threshold = self._threshold(s)
            sums: dict[Pair, dict[str, int]] = defaultdict(lambda: dict.fromkeys(_SUMMED, 0))
            bands: dict[Pair, list[int]] = {}
            for p, c, *values in s.execute(
                    select(PairMonth.provider_id, PairMonth.customer_id, *_sums(threshold), *_band_sums())
                    .where(_in(period)).group_by(PairMonth.provider_id, PairMonth.customer_id)):
                sums[(p, c)].update((name, int(v or 0)) for name, v in zip(_FIGURES, values, strict=False))
                bands[(p, c)] = [int(v or 0) for v in values[len(_FIGURES):]]
            for (p, c, _v), n in self._open_overdue(s, by_standard=False).items():
                sums[(p, c)]["open_overdue"] += n
            medians_of = self._pair_medians(s, period, bands) if medians else {}
            departments = self._departments(s, {p for p, _ in sums} | {c for _, c in sums})
        from icdesk.services.surveys import pair_scores

        scores = pair_scores(self.ctx, period.start, period.end)
        pairs = {key: PairFigures(key[0], key[1], **values, median_hours=medians_of.get(key),
                                  survey_score=scores.get(key, (None, 0))[0],
                                  survey_answers=scores.get(key, (None, 0))[1])
                 for key, values in sums.items()}
        for key, (score, answers) in scores.items():
            if key not in pairs:
                pairs[key] = PairFigures(key[0], key[1], survey_score=score, survey_answers=answers)
        return Network(period, departments, pairs, threshold)

    @staticmethod
    def _departments(s: Session, with_figures: set[int]) -> tuple[NetworkNode, ...]:
        rows = s.execute(select(Department.id, Department.name, Department.name_key, Department.archived_at)
                         .order_by(Department.name_key, Department.id)).all()
        active = [NetworkNode(r.id, r.name, False) for r in rows if r.archived_at is None]
        archived = [NetworkNode(r.id, r.name, True) for r in rows if r.archived_at is not None and r.id in with_figures]
        return tuple(active + archived)

    def _open_overdue(self, s: Session, *where: Any, by_standard: bool = True) -> dict[tuple[int, int, int], int]:
        """Open requests past a target right now, per provider, customer and standard version (or
        per pair only), read from an index that holds only the open requests."""
        from icdesk.services.request_queries import overdue_expr

        keys: list[Any] = [Request.provider_id, Request.requester_department_id]
        if by_standard:
            keys.append(Request.standard_version_id)
        query = (select(*keys, func.count())
                 .with_hint(Request, "INDEXED BY ix_requests_open_pairs", "sqlite")
                 .where(text(OPEN_WHERE), overdue_expr(self.clock()), *where).group_by(*keys))
        out: dict[tuple[int, int, int], int] = {}
        for row in s.execute(query):
            version = row[2] if by_standard else NO_STANDARD
            out[(row[0], row[1] or NO_DEPARTMENT, version or NO_STANDARD)] = int(row[-1])
        return out

    def _pair_medians(self, s: Session, period: Period, bands: Mapping[Pair, list[int]]) -> dict[Pair, float]:
        """Each pair's median time to resolve, exactly. The summary tells in which band of service
        time the middle request lies and its rank there; SQLite then steps to it through that band's
        few requests along an index in the order of service time, handing nothing else to Python."""
        lo, hi = (_sql_instant(b) for b in self._bounds(period))
        cursor = s.connection().connection.cursor()
        sql = ("SELECT service_seconds FROM requests {hint} "
               "WHERE provider_id = ? AND requester_department_id {customer} AND service_seconds >= ? "
               "AND service_seconds < ? AND resolved_at >= ? AND resolved_at < ? "
               "ORDER BY service_seconds LIMIT 1 OFFSET ?")
        if on_server(s):  # psycopg's placeholders; the server's planner picks the index itself
            sql = sql.replace("?", "%s").replace("{hint} ", "")
        sql = sql.replace("{hint}", "INDEXED BY ix_requests_pair_service")
        with_customer, without = sql.format(customer="= %s" if on_server(s) else "= ?"), sql.format(customer="IS NULL")
        limits = (0, *BAND_LIMITS, 2 ** 62)
        out: dict[Pair, float] = {}
        try:
            for (p, c), counts in bands.items():
                rank = (sum(counts) + 1) // 2  # the lower middle one, counted from 1
                if rank <= 0:
                    continue
                band = 0
                while rank > counts[band]:
                    rank -= counts[band]
                    band += 1
                low, high = limits[band], limits[band + 1]
                if c == NO_DEPARTMENT:
                    row = cursor.execute(without, (p, low, high, lo, hi, rank - 1)).fetchone()
                else:
                    row = cursor.execute(with_customer, (p, c, low, high, lo, hi, rank - 1)).fetchone()
                if row is not None:
                    out[(p, c)] = row[0] / 3600.0
        finally:
            cursor.close()
        return out

    # -- trends --------------------------------------------------------------------------------
    def trend(self, start: date, end: date, provider_id: int | None = None,
              customer_id: int | None = None) -> Trend:
        """Month by month for a department (as provider, or as customer) or one pair; the whole
        company when neither is given (then without medians)."""
        period = Period.of(start, end)
        where: list[Any] = [_in(period)]
        if provider_id is not None:
            where.append(PairMonth.provider_id == provider_id)
        if customer_id is not None:
            where.append(PairMonth.customer_id == customer_id)
        scoped = provider_id is not None or customer_id is not None
        with self.db.reading() as s:
            threshold = self._threshold(s)
            months = {m: dict(zip(_FIGURES, (int(v or 0) for v in values), strict=True)) for m, *values in s.execute(
                select(PairMonth.month, *_sums(threshold)).where(*where).group_by(PairMonth.month))}
            medians = self._monthly_medians(s, period, provider_id, customer_id) if scoped else {}
            actions = self._actions(s, period, provider_id if provider_id is not None else customer_id) \
                if scoped else ()
        from icdesk.services.surveys import monthly_scores

        scores = monthly_scores(self.ctx, period, provider_id, customer_id)
        points = []
        for m in period.months:
            values = months.get(m, {})
            values.pop("service_seconds", None)
            points.append(TrendPoint(m, **values, median_hours=medians.get(m), survey_score=scores.get(m)))
        return Trend(period, provider_id, customer_id, tuple(points), actions, medians=scoped)

    def _monthly_medians(self, s: Session, period: Period, provider_id: int | None,
                         customer_id: int | None) -> dict[str, float]:
        lo, hi = self._bounds(period)
        query = select(Request.resolved_at, Request.service_seconds).where(
            Request.resolved_at >= lo, Request.resolved_at < hi, Request.service_seconds.is_not(None))
        if provider_id is not None:
            # the index holds every column read: one range per provider, no table look-ups
            query = query.with_hint(Request, "INDEXED BY ix_requests_pair_service", "sqlite") \
                .where(Request.provider_id == provider_id)
        if customer_id is not None:
            query = query.where(Request.requester_department_id == customer_id)
        values: dict[str, list[int]] = defaultdict(list)
        for resolved_at, seconds in s.execute(query):
            if resolved_at is not None and seconds is not None:  # both filtered above; the types do not know
                values[month_key(self.sla.local(resolved_at).date())].append(int(seconds))
        return {m: median for m, v in values.items() if (median := lower_median(v)) is not None}

    @staticmethod
    def _actions(s: Session, period: Period, department_id: int | None) -> tuple[ActionMark, ...]:
        if department_id is None:
            return ()
        rows = s.scalars(select(CorrectiveAction).where(
            CorrectiveAction.department_id == department_id, CorrectiveAction.archived_at.is_(None),
            CorrectiveAction.opened_on <= period.end,
            (CorrectiveAction.completed_on.is_(None)) | (CorrectiveAction.completed_on >= period.start))
            .order_by(CorrectiveAction.opened_on, CorrectiveAction.id))
        return tuple(ActionMark(a.id, a.department_id, a.description, a.opened_on, a.completed_on, a.status)
                     for a in rows)

    # -- breakdowns ----------------------------------------------------------------------------
    def breakdowns(self, start: date, end: date, provider_id: int | None = None, customer_id: int | None = None,
                   *, limit: int | None = None) -> Breakdowns:
        """Where service broke down, most often first, with the running share (a Pareto list):
        points named in feedback, poor ratings, targets missed in the period, requests open and
        late right now, and the steps of standards named in survey rounds about the period. Points
        named in anonymous feedback count for a department as a whole, in the months enough people
        rated it anonymously, never for one pair."""
        period = Period.of(start, end)
        first, last = period.months[0], period.months[-1]
        counts: dict[tuple[int, int, str], int] = defaultdict(int)  # provider, version, point -> count
        held_back = 0
        with self.db.reading() as s:
            threshold = self._threshold(s)
            if customer_id is None:
                shown = (select(PairMonth.provider_id.label("p"), PairMonth.month.label("m")).where(_in(period))
                         .group_by(PairMonth.provider_id, PairMonth.month)
                         .having(func.sum(PairMonth.anonymous_ratings) >= max(threshold, MIN_THRESHOLD)).subquery())
                visible = shown.c.p.is_not(None)
                b = ProviderBreakdown
                query = (select(b.provider_id, b.version_id, b.point,
                                func.sum(b.count + case((visible, b.anonymous_count), else_=0)),
                                func.sum(case((visible, 0), else_=b.anonymous_count)))
                         .outerjoin(shown, (shown.c.p == b.provider_id) & (shown.c.m == b.month))
                         .where(b.month.between(first, last))
                         .group_by(b.provider_id, b.version_id, b.point))
                if provider_id is not None:
                    query = query.where(b.provider_id == provider_id)
                for p, v, point, n, hidden in s.execute(query):
                    counts[(p, v, point)] += int(n or 0)
                    held_back += int(hidden or 0)
            else:
                pb = PairBreakdown
                pair_query = (select(pb.provider_id, pb.version_id, pb.point, func.sum(pb.count))
                              .where(pb.customer_id == customer_id, pb.month.between(first, last))
                              .group_by(pb.provider_id, pb.version_id, pb.point))
                if provider_id is not None:
                    pair_query = pair_query.where(pb.provider_id == provider_id)
                for p, v, point, n in s.execute(pair_query):
                    counts[(p, v, point)] += int(n or 0)
            live_where = []
            if provider_id is not None:
                live_where.append(Request.provider_id == provider_id)
            if customer_id is not None:
                live_where.append(Request.requester_department_id == customer_id)
            for (p, _c, v), n in self._open_overdue(s, *live_where).items():
                counts[(p, v, BreakdownSignal.OPEN_OVERDUE.value)] += n
            from icdesk.services.surveys import named_steps

            steps: dict[str, tuple[int, str]] = {}  # "step:ID" -> its number and words
            for step in named_steps(s, period.start, period.end, provider_id, customer_id, threshold):
                key = f"{STEP_POINT}{step.step_id}"
                counts[(step.provider_id, step.version_id, key)] += step.count
                steps[key] = (step.position, step.text)
            versions = {v.id: (v.standard_id, v.title) for v in s.execute(
                select(StandardVersion.id, StandardVersion.standard_id, StandardVersion.title))}
            names = dict(s.execute(select(Department.id, Department.name)).all())
            items: dict[tuple[int, int, str], int] = defaultdict(int)  # provider, standard, point -> count
            titles: dict[int, tuple[int, str]] = {}  # standard -> newest version seen, its title
            for (p, version, point), n in counts.items():
                if not n:
                    continue
                standard, title = versions.get(version, (NO_STANDARD, ""))
                if standard and (standard not in titles or titles[standard][0] < version):
                    titles[standard] = (version, title)
                items[(p, standard, point)] += n
            ordered = sorted(items.items(), key=lambda kv: (-kv[1], names.get(kv[0][0], ""), kv[0][2]))
            shown_items = ordered[:limit] if limit else ordered
            open_actions = self._open_actions(s, {p for (p, _, _), _n in shown_items})
        total = sum(items.values())
        out: list[BreakdownItem] = []
        running = 0
        for (p, standard, point), n in shown_items:
            running += n
            number, words = steps.get(point, (0, ""))
            out.append(BreakdownItem(p, names.get(p, "?"), standard or None, titles.get(standard, (0, ""))[1], point,
                                     n, n / total, running / total, open_actions.get(p, ()), number, words))
        return Breakdowns(period, provider_id, customer_id, tuple(out), total, held_back)

    def breakdown_detail(self, start: date, end: date, provider_id: int, standard_id: int | None, point: str,
                         customer_id: int | None = None) -> BreakdownDetail:
        """One breakdown month by month, and the customer departments it hit (named points only)."""
        period = Period.of(start, end)
        first, last = period.months[0], period.months[-1]
        with self.db.reading() as s:
            versions = [v for (v,) in s.execute(select(StandardVersion.id).where(
                StandardVersion.standard_id == standard_id))] if standard_id else [NO_STANDARD]
            months: dict[str, int] = defaultdict(int)
            customers: dict[int, int] = defaultdict(int)
            pb = PairBreakdown
            where = [pb.provider_id == provider_id, pb.point == point, pb.version_id.in_(versions),
                     pb.month.between(first, last)]
            if customer_id is not None:
                where.append(pb.customer_id == customer_id)
            for c, m, n in s.execute(select(pb.customer_id, pb.month, func.sum(pb.count)).where(*where)
                                     .group_by(pb.customer_id, pb.month)):
                months[m] += int(n)
                customers[c] += int(n)
            if point == BreakdownSignal.OPEN_OVERDUE.value:
                live = [Request.provider_id == provider_id]
                if customer_id is not None:
                    live.append(Request.requester_department_id == customer_id)
                for (_p, c, v), n in self._open_overdue(s, *live).items():
                    if v in versions:
                        customers[c] += n
            actions = self._actions(s, period, provider_id)
        return BreakdownDetail(
            tuple((m, months.get(m, 0)) for m in period.months),
            tuple(sorted(((c, n) for c, n in customers.items() if n), key=lambda kv: (-kv[1], kv[0]))), actions)

    @staticmethod
    def _open_actions(s: Session, departments: Iterable[int]) -> dict[int, tuple[ActionMark, ...]]:
        wanted = sorted(departments)
        out: dict[int, list[ActionMark]] = defaultdict(list)
        if wanted:
            for a in s.scalars(select(CorrectiveAction).where(
                    CorrectiveAction.department_id.in_(wanted), CorrectiveAction.archived_at.is_(None),
                    CorrectiveAction.status != ActionStatus.DONE).order_by(CorrectiveAction.due_on)):
                assert a.department_id is not None
                out[a.department_id].append(ActionMark(a.id, a.department_id, a.description, a.opened_on,
                                                       a.completed_on, a.status))
        return {k: tuple(v) for k, v in out.items()}

    # -- the dashboard -------------------------------------------------------------------------
    def dashboard_changes(self) -> DashboardChanges:
        """Each dashboard figure a period earlier, read along indexes (the dashboard refreshes on
        every save), and the company's last six months from the summary. The 30 days before the
        last 30 (whole company days) do not move as the day goes on: they are read once a day, and
        again when requests or ratings are added (an import can add old ones).

        On a data file these are the statements the light start shows the Dashboard with
        (services/dashboard_sql.py), so the two cannot disagree; a server takes the portable ones."""
        if self.db.on_server:
            return self._portable_dashboard_changes()
        with self.db.reading() as s:
            return dashboard_sql.changes(driver_runner(s), dashboard_sql.Moments(self.clock(), self.sla.zone),
                                         self._kept_before)

    def _portable_dashboard_changes(self) -> DashboardChanges:
        """dashboard_changes in SQLAlchemy's statements: on a server, and in the tests beside the file's."""
        now = self.clock()
        since = now - timedelta(days=30)
        today = self.today()
        then = today - timedelta(days=30)
        period = self.last_months(6)
        count = select(func.count()).select_from(Request)
        with self.db.reading() as s:
            received = s.scalar(count.where(Request.created_at >= since)) or 0
            resolved = s.scalar(count.where(Request.resolved_at >= since)) or 0
            cancelled = s.scalar(count.with_hint(Request, "INDEXED BY ix_requests_cancelled_at", "sqlite").where(
                Request.cancelled_at.is_not(None), Request.cancelled_at >= since)) or 0
            missed = self._missed(s, since, now)
            key = (today, s.scalar(select(func.max(Request.id))), s.scalar(select(func.max(Feedback.id))))
            kept = self._kept_before
            if kept.key != key:
                kept.key, kept.value = key, self._thirty_days_before(s, today)
            missed_prev, resolved_prev, with_target_prev, within_prev, avg_prev, ratings_prev = kept.value
            live = [CorrectiveAction.archived_at.is_(None), CorrectiveAction.opened_on <= then,
                    (CorrectiveAction.completed_on.is_(None)) | (CorrectiveAction.completed_on > then)]
            open_then = s.scalar(select(func.count()).select_from(CorrectiveAction).where(*live)) or 0
            overdue_then = s.scalar(select(func.count()).select_from(CorrectiveAction).where(
                *live, CorrectiveAction.due_on < then)) or 0
            threshold = self._threshold(s)
            months = {m: dict(zip(_FIGURES, (int(v or 0) for v in values), strict=True)) for m, *values in s.execute(
                select(PairMonth.month, *_sums(threshold)).where(_in(period)).group_by(PairMonth.month))}
        points = []
        for m in period.months:
            values = months.get(m, {})
            values.pop("service_seconds", None)
            points.append(TrendPoint(m, **values))
        return DashboardChanges(
            int(received) - int(resolved) - int(cancelled), missed, missed_prev, resolved_prev, with_target_prev,
            within_prev, avg_prev, ratings_prev, int(open_then), int(overdue_then), tuple(points),
            max(threshold, MIN_THRESHOLD))

    @staticmethod
    def _missed(s: Session, lo: datetime, hi: datetime) -> int:
        """Requests whose resolution target fell between ``lo`` and ``hi`` and were not resolved by it."""
        return int(s.scalar(select(func.count()).select_from(Request).where(
            Request.resolution_due_at >= lo, Request.resolution_due_at < hi,
            (Request.resolved_at.is_(None)) | (Request.resolved_at > Request.resolution_due_at),
            Request.status != RequestStatus.CANCELLED)) or 0)

    def _thirty_days_before(self, s: Session, today: date) -> tuple[int, int, int, int, float | None, int]:
        lo, hi = self.sla.day_bounds(today - timedelta(days=60), today - timedelta(days=31))
        prev = s.execute(select(func.count(), func.count(Request.resolution_due_at), func.coalesce(func.sum(
            case((Request.resolved_at <= Request.resolution_due_at, 1), else_=0)), 0))
            .where(Request.resolved_at >= lo, Request.resolved_at < hi)).one()
        mean, ratings = s.execute(select(average(Feedback.rating), func.count()).where(
            Feedback.created_at >= lo, Feedback.created_at < hi)).one()
        return (self._missed(s, lo, hi), int(prev[0]), int(prev[1]), int(prev[2]),
                None if mean is None else float(mean), int(ratings))


__all__ = ["NetworkService", "Network", "PairFigures", "Period", "Trend", "TrendPoint", "Breakdowns",
           "BreakdownItem", "BreakdownDetail", "DashboardChanges", "ActionMark", "NetworkNode"]
