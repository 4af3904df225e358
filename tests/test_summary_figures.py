"""The summary's resolution figures come from one pass over the period: the same figures as ranking in SQL."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import case, func, select

from icdesk.domain.models import Request
from icdesk.services import Services
from icdesk.services.demo import DemoOptions


def ranked_in_sql(services: Services, start: date, end: date) -> dict[int | None, tuple[object, ...]]:
    """The figures as a window function ranks them (how the summary computed them before)."""
    lo, hi = services.reporting.sla.day_bounds(start, end)
    out: dict[int | None, tuple[object, ...]] = {}
    with services.db.reading() as s:
        for group in (Request.provider_id, None):
            key = group if group is not None else func.cast(None, Request.provider_id.type)
            base = select(key.label("g"), (Request.service_seconds / 3600.0).label("hours"),
                          case((Request.resolution_due_at.is_(None), None),
                               else_=case((Request.resolved_at <= Request.resolution_due_at, 1), else_=0)).label("met"),
                          ).where(Request.resolved_at >= lo, Request.resolved_at < hi).subquery()
            ranked = select(base.c.g, base.c.hours, base.c.met,
                            func.row_number().over(partition_by=base.c.g, order_by=base.c.hours).label("rn"),
                            func.count().over(partition_by=base.c.g).label("n")).subquery()
            for g, n, wt, met, med, p90 in s.execute(select(
                    ranked.c.g, func.count(), func.count(ranked.c.met), func.coalesce(func.sum(ranked.c.met), 0),
                    func.max(case((ranked.c.rn == (ranked.c.n + 1) // 2, ranked.c.hours))),
                    func.max(case((ranked.c.rn == (ranked.c.n * 9 + 9) // 10, ranked.c.hours)))).group_by(ranked.c.g)):
                out[g] = (n, wt, met, med, p90)
    return out


def test_medians_and_90th_percentiles_per_department_and_in_total(services: Services) -> None:
    services.demo.fill(DemoOptions(requests=400))
    end = services.reporting.today()
    start = end - timedelta(days=365)
    expected = ranked_in_sql(services, start, end)
    departments, totals = services.reporting.period_figures(start, end)
    assert len(expected) > 3
    got = {d.department_id: (d.resolved, d.with_target, d.within_target, d.median_hours, d.p90_hours)
           for d in departments if d.resolved}
    got[None] = (totals.resolved, totals.with_target, totals.within_target, totals.median_hours, totals.p90_hours)
    assert got == expected
