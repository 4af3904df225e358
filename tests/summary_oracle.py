"""The service summary counted straight from the requests and feedback, as icdesk did before it read
the kept monthly figures: the oracle the tests compare the summary against (not used by icdesk)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import groupby
from operator import itemgetter

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import QueryableAttribute, Session

from icdesk.db.portable import average
from icdesk.domain.enums import BreakdownPoint
from icdesk.domain.models import Department, Feedback, Request
from icdesk.services import Services
from icdesk.services.reporting import CustomerFigures, DepartmentFigures, MonthFigures

ResolutionStats = tuple[int, int, int, float | None, float | None]


def resolution_stats(s: Session, lo: datetime, hi: datetime, group: ColumnElement[int] | None,
                     *where: ColumnElement[bool]) -> dict[int | None, ResolutionStats]:
    """Per group, and in total under None: resolved, with a target, within target, median and 90th
    percentile hours, every service time of the period read and ranked here (unknown ones first)."""
    key = group if group is not None else func.cast(None, Request.provider_id.type)  # type: ignore[arg-type]
    period = [Request.resolved_at >= lo, Request.resolved_at < hi, *where]
    connection = s.connection()
    counts = {g: (int(n), int(wt), int(met or 0)) for g, n, wt, met in connection.execute(
        select(key, func.count(), func.count(Request.resolution_due_at),
               func.sum(case((Request.resolved_at <= Request.resolution_due_at, 1), else_=0)))
        .where(*period).group_by(key))}
    if not counts:
        return {}
    seconds = Request.service_seconds
    rows = connection.execute(select(key, seconds).where(*period)
                              .order_by(key, seconds.asc().nulls_first())).all()
    out: dict[int | None, ResolutionStats] = {}
    for g, in_group in groupby(rows, key=itemgetter(0)):
        out[g] = (*counts[g], *median_and_p90([r[1] for r in in_group]))
    if group is not None:
        everything = [r[1] for r in rows if r[1] is None] + sorted(r[1] for r in rows if r[1] is not None)
        n, wt, met = (sum(c[i] for c in counts.values()) for i in range(3))
        out[None] = (n, wt, met, *median_and_p90(everything))
    return out


def median_and_p90(ranked: list[int | None]) -> tuple[float | None, float | None]:
    n = len(ranked)
    median, p90 = ranked[(n + 1) // 2 - 1], ranked[(n * 9 + 9) // 10 - 1]
    return (None if median is None else median / 3600.0), (None if p90 is None else p90 / 3600.0)


def figures_by_scan(services: Services, start: date, end: date,
                    department_ids: list[int] | None = None) -> tuple[list[DepartmentFigures], DepartmentFigures]:
    lo, hi = services.reporting.sla.day_bounds(start, end)
    dept_filter: list[ColumnElement[bool]] = [Request.provider_id.in_(department_ids)] if department_ids else []
    with services.db.reading() as s:
        names = dict(s.execute(select(Department.id, Department.name)).all())
        received = dict(s.execute(
            select(Request.provider_id, func.count())
            .where(Request.created_at >= lo, Request.created_at < hi, *dept_filter)
            .group_by(Request.provider_id)).all())
        per_dept = resolution_stats(s, lo, hi, Request.provider_id, *dept_filter)  # type: ignore[arg-type]
        overall = per_dept.pop(None, (0, 0, 0, None, None))
        fb_filter = [Feedback.department_id.in_(department_ids)] if department_ids else []
        ratings = {d: (avg, n) for d, avg, n in s.execute(
            select(Feedback.department_id, average(Feedback.rating), func.count())
            .where(Feedback.created_at >= lo, Feedback.created_at < hi, *fb_filter)
            .group_by(Feedback.department_id))}
        total_rating = s.execute(select(average(Feedback.rating), func.count()).where(
            Feedback.created_at >= lo, Feedback.created_at < hi, *fb_filter)).one()
    ids: list[int] = sorted({int(i) for i in (*received, *per_dept, *ratings) if i is not None},
                            key=lambda i: names.get(i, "").casefold())
    departments = []
    for dept_id in ids:
        n, wt, met, med, p90 = per_dept.get(dept_id, (0, 0, 0, None, None))
        avg, count = ratings.get(dept_id, (None, 0))
        departments.append(DepartmentFigures(dept_id, names.get(dept_id, "?"), int(received.get(dept_id, 0)),
                                             n, wt, met, med, p90, avg, int(count)))
    n, wt, met, med, p90 = overall
    totals = DepartmentFigures(0, "", sum(d.received for d in departments), n, wt, met, med, p90,
                               total_rating[0], int(total_rating[1]))
    return departments, totals


def _month_of(services: Services, column: QueryableAttribute[datetime] | QueryableAttribute[datetime | None],
              start: date, end: date) -> ColumnElement[str]:
    whens = []
    month = start.replace(day=1)
    while month <= end:
        following = (month + timedelta(days=32)).replace(day=1)
        whens.append((column < services.reporting.sla.start_of(following), f"{month:%Y-%m}"))
        month = following
    return case(*whens, else_="")


def months_by_scan(services: Services, start: date, end: date,
                   department_ids: list[int] | None = None) -> list[MonthFigures]:
    lo, hi = services.reporting.sla.day_bounds(start, end)
    dept_filter: list[ColumnElement[bool]] = [Request.provider_id.in_(department_ids)] if department_ids else []
    with services.db.reading() as s:
        month_created = _month_of(services, Request.created_at, start, end)
        received: dict[str, int] = dict(s.execute(select(month_created, func.count()).where(
            Request.created_at >= lo, Request.created_at < hi, *dept_filter).group_by(month_created)).all())
        month_resolved = _month_of(services, Request.resolved_at, start, end)
        resolved = {m: (int(n), int(wt or 0), int(met or 0)) for m, n, wt, met in s.execute(
            select(month_resolved, func.count(), func.count(Request.resolution_due_at),
                   func.sum(case((Request.resolved_at <= Request.resolution_due_at, 1), else_=0)))
            .where(Request.resolved_at >= lo, Request.resolved_at < hi, *dept_filter).group_by(month_resolved))}
    return [MonthFigures(m, int(received.get(m, 0)), resolved.get(m, (0, 0, 0))[0],
                         resolved.get(m, (0, 0, 0))[2], resolved.get(m, (0, 0, 0))[1])
            for m in sorted(set(received) | set(resolved))]


def breakdowns_by_scan(services: Services, start: date, end: date,
                       department_ids: list[int] | None = None) -> list[tuple[BreakdownPoint, int]]:
    lo, hi = services.reporting.sla.day_bounds(start, end)
    fb_filter = [Feedback.department_id.in_(department_ids)] if department_ids else []
    with services.db.reading() as s:
        return [(BreakdownPoint(str(p)), int(n)) for p, n in s.execute(
            select(Feedback.breakdown_point, func.count().label("n"))
            .where(Feedback.created_at >= lo, Feedback.created_at < hi, Feedback.breakdown_point.is_not(None),
                   *fb_filter)
            .group_by(Feedback.breakdown_point).order_by(func.count().desc(), Feedback.breakdown_point))]


def customer_by_scan(services: Services, department_id: int, start: date, end: date) -> CustomerFigures:
    lo, hi = services.reporting.sla.day_bounds(start, end)
    with services.db.reading() as s:
        requested = s.scalar(select(func.count()).where(
            Request.requester_department_id == department_id, Request.created_at >= lo,
            Request.created_at < hi)) or 0
        stats = resolution_stats(s, lo, hi, None, Request.requester_department_id == department_id)
        n, wt, met, _med, _p90 = stats.get(None, (0, 0, 0, None, None))
        avg, count = s.execute(select(average(Feedback.rating), func.count()).where(
            Feedback.author_department_id == department_id, Feedback.created_at >= lo,
            Feedback.created_at < hi)).one()
    return CustomerFigures(int(requested), n, met, wt, int(count), avg)
