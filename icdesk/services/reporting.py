"""Figures for the printed documents, aggregated in SQL so 100,000 requests take well under a second."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import groupby
from operator import itemgetter

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import QueryableAttribute, Session

from icdesk.db.portable import average
from icdesk.domain.enums import ActionStatus, BreakdownPoint, RequestStatus, StandardStatus
from icdesk.domain.models import (
    CorrectiveAction,
    Department,
    Feedback,
    Recognition,
    Request,
    ServiceStandard,
    StandardVersion,
)
from icdesk.domain.rules import check_period
from icdesk.services.acknowledgements import still_to_sign
from icdesk.services.base import ServiceBase
from icdesk.services.standards import REVIEW_REMINDER_DAYS

S = RequestStatus
# resolved, with a target, within target, median hours, 90th percentile hours
ResolutionStats = tuple[int, int, int, float | None, float | None]


@dataclass(frozen=True)
class DepartmentFigures:
    department_id: int
    name: str
    received: int
    resolved: int
    with_target: int
    within_target: int
    median_hours: float | None
    p90_hours: float | None
    average_rating: float | None
    ratings: int

    @property
    def share_within_target(self) -> float | None:
        return None if not self.with_target else self.within_target / self.with_target


@dataclass(frozen=True)
class MonthFigures:
    month: str  # YYYY-MM
    received: int
    resolved: int
    within_target: int
    with_target: int


@dataclass(frozen=True)
class ServiceSummary:
    start: date
    end: date  # inclusive
    departments: list[DepartmentFigures]
    totals: DepartmentFigures
    months: list[MonthFigures]
    breakdown_points: list[tuple[BreakdownPoint, int]]
    actions_opened: int
    actions_closed: int
    actions_overdue: int
    recognitions: int


@dataclass(frozen=True)
class CustomerFigures:
    requested: int
    resolved: int
    within_target: int
    with_target: int
    ratings_given: int
    average_rating_given: float | None


@dataclass(frozen=True)
class StatusCounts:
    """The status bar: active departments and people, open requests and how many are late."""

    departments: int
    people: int
    open_requests: int
    overdue_requests: int


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


def _resolution_stats(s: Session, lo: datetime, hi: datetime, group: ColumnElement[int] | None,
                      *where: ColumnElement[bool]) -> dict[int | None, ResolutionStats]:
    """Per group, and in total under None: resolved, with a target, within target, median and 90th
    percentile hours. The counts are added up in SQL; the percentiles come from one read of the
    service times in order (from the covering index on resolved_at), ranked here: no window function
    reads the rows once per figure, and no instant is parsed."""
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
                              .order_by(key, seconds.asc().nulls_first())).all()  # empty first, on both stores
    out: dict[int | None, ResolutionStats] = {}
    for g, in_group in groupby(rows, key=itemgetter(0)):
        out[g] = (*counts[g], *_median_and_p90([r[1] for r in in_group]))
    if group is not None:
        everything = [r[1] for r in rows if r[1] is None] + sorted(r[1] for r in rows if r[1] is not None)
        n, wt, met = (sum(c[i] for c in counts.values()) for i in range(3))
        out[None] = (n, wt, met, *_median_and_p90(everything))
    return out


def _median_and_p90(ranked: list[int | None]) -> tuple[float | None, float | None]:
    """The middle and the 90th percentile of service times in order, in hours (as the rank n+1/2 and
    9(n+1)/10, rounded down, of the values from the smallest)."""
    n = len(ranked)
    median, p90 = ranked[(n + 1) // 2 - 1], ranked[(n * 9 + 9) // 10 - 1]
    return (None if median is None else median / 3600.0), (None if p90 is None else p90 / 3600.0)


class ReportingService(ServiceBase):
    def _check_period(self, start: date, end: date) -> None:
        check_period(start, end)

    def summary(self, start: date, end: date, department_ids: list[int] | None = None) -> ServiceSummary:
        self._check_period(start, end)
        lo, hi = self.sla.day_bounds(start, end)
        dept_filter: list[ColumnElement[bool]] = [Request.provider_id.in_(department_ids)] if department_ids else []
        with self.db.reading() as s:
            departments, totals = self._figures(s, start, end, department_ids)
            fb_filter = [Feedback.department_id.in_(department_ids)] if department_ids else []
            breakdowns = [(BreakdownPoint(str(p)), int(n)) for p, n in s.execute(
                select(Feedback.breakdown_point, func.count().label("n"))
                .where(Feedback.created_at >= lo, Feedback.created_at < hi, Feedback.breakdown_point.is_not(None),
                       *fb_filter)
                .group_by(Feedback.breakdown_point).order_by(func.count().desc(), Feedback.breakdown_point))]
            months = self._months(s, start, end, dept_filter)
            act_filter = [CorrectiveAction.department_id.in_(department_ids)] if department_ids else []
            live = [CorrectiveAction.archived_at.is_(None), *act_filter]
            opened = s.scalar(select(func.count()).where(
                CorrectiveAction.opened_on >= start, CorrectiveAction.opened_on <= end, *live)) or 0
            closed = s.scalar(select(func.count()).where(
                CorrectiveAction.completed_on >= start, CorrectiveAction.completed_on <= end, *live)) or 0
            overdue = s.scalar(select(func.count()).where(
                CorrectiveAction.status != ActionStatus.DONE, CorrectiveAction.due_on < min(end, self.today()),
                *live)) or 0
            rec_filter = [Recognition.to_department_id.in_(department_ids)] if department_ids else []
            recognitions = s.scalar(select(func.count()).where(
                Recognition.given_on >= start, Recognition.given_on <= end, Recognition.archived_at.is_(None),
                *rec_filter)) or 0
        return ServiceSummary(start, end, departments, totals, months, breakdowns, int(opened), int(closed),
                              int(overdue), int(recognitions))

    def period_figures(self, start: date, end: date,
                       department_ids: list[int] | None = None) -> tuple[list[DepartmentFigures], DepartmentFigures]:
        """Per department and in total, without the rest of the summary: e.g. the previous period."""
        self._check_period(start, end)
        with self.db.reading() as s:
            return self._figures(s, start, end, department_ids)

    def _figures(self, s: Session, start: date, end: date,
                 department_ids: list[int] | None) -> tuple[list[DepartmentFigures], DepartmentFigures]:
        lo, hi = self.sla.day_bounds(start, end)
        dept_filter: list[ColumnElement[bool]] = [Request.provider_id.in_(department_ids)] if department_ids else []
        names = dict(s.execute(select(Department.id, Department.name)).all())
        received = dict(s.execute(
            select(Request.provider_id, func.count())
            .where(Request.created_at >= lo, Request.created_at < hi, *dept_filter)
            .group_by(Request.provider_id)).all())
        per_dept = _resolution_stats(s, lo, hi, Request.provider_id, *dept_filter)  # type: ignore[arg-type]
        overall = per_dept.pop(None, (0, 0, 0, None, None))  # the same pass gave the totals
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

    def _month_of(self, column: QueryableAttribute[datetime] | QueryableAttribute[datetime | None], start: date,
                  end: date) -> ColumnElement[str]:
        """The company-time month ("2026-03") an instant falls in: a CASE over the month starts, since
        months begin at local midnight and SQLite knows no time zones."""
        whens = []
        month = start.replace(day=1)
        while month <= end:
            following = (month + timedelta(days=32)).replace(day=1)
            whens.append((column < self.sla.start_of(following), f"{month:%Y-%m}"))
            month = following
        return case(*whens, else_="")

    def _months(self, s: Session, start: date, end: date, dept_filter: list[ColumnElement[bool]]) -> list[MonthFigures]:
        lo, hi = self.sla.day_bounds(start, end)
        month_created = self._month_of(Request.created_at, start, end)
        received: dict[str, int] = dict(s.execute(select(month_created, func.count()).where(
            Request.created_at >= lo, Request.created_at < hi, *dept_filter).group_by(month_created)).all())
        month_resolved = self._month_of(Request.resolved_at, start, end)
        resolved = {m: (int(n), int(wt or 0), int(met or 0)) for m, n, wt, met in s.execute(
            select(month_resolved, func.count(), func.count(Request.resolution_due_at),
                   func.sum(case((Request.resolved_at <= Request.resolution_due_at, 1), else_=0)))
            .where(Request.resolved_at >= lo, Request.resolved_at < hi, *dept_filter).group_by(month_resolved))}
        return [MonthFigures(m, int(received.get(m, 0)), resolved.get(m, (0, 0, 0))[0],
                             resolved.get(m, (0, 0, 0))[2], resolved.get(m, (0, 0, 0))[1])
                for m in sorted(set(received) | set(resolved))]

    def as_customer(self, department_id: int, start: date, end: date) -> CustomerFigures:
        """How a department fares as the customer of others."""
        lo, hi = self.sla.day_bounds(start, end)
        with self.db.reading() as s:
            requested = s.scalar(select(func.count()).where(
                Request.requester_department_id == department_id, Request.created_at >= lo,
                Request.created_at < hi)) or 0
            stats = _resolution_stats(s, lo, hi, None, Request.requester_department_id == department_id)
            n, wt, met, _med, _p90 = stats.get(None, (0, 0, 0, None, None))
            avg, count = s.execute(select(average(Feedback.rating), func.count()).where(
                Feedback.author_department_id == department_id, Feedback.created_at >= lo,
                Feedback.created_at < hi)).one()
        return CustomerFigures(int(requested), n, met, wt, int(count), avg)

    def dashboard(self) -> DashboardFigures:
        """The figures on the front page, each one a count the manager can click through to."""
        from icdesk.services.request_queries import overdue_expr

        now = self.clock()
        since = now - timedelta(days=30)
        today = self.today()
        with self.db.reading() as s:
            open_n, overdue_n = s.execute(select(
                func.count(), func.coalesce(func.sum(case((overdue_expr(now), 1), else_=0)), 0))
                .where(Request.status.in_([S.NEW, S.IN_PROGRESS, S.WAITING]))).one()
            resolved, with_target, met = s.execute(select(
                func.count(), func.count(Request.resolution_due_at),
                func.coalesce(func.sum(case((Request.resolved_at <= Request.resolution_due_at, 1), else_=0)), 0))
                .where(Request.resolved_at >= since)).one()
            avg, ratings = s.execute(select(average(Feedback.rating), func.count())
                                     .where(Feedback.created_at >= since)).one()
            live = [CorrectiveAction.archived_at.is_(None), CorrectiveAction.status != ActionStatus.DONE]
            open_actions = s.scalar(select(func.count()).where(*live)) or 0
            overdue_actions = s.scalar(select(func.count()).where(*live, CorrectiveAction.due_on < today)) or 0
            missing, outdated = still_to_sign(s)
            due, past = s.execute(select(
                func.count(), func.coalesce(func.sum(case((StandardVersion.next_review_on < today, 1), else_=0)), 0))
                .join(ServiceStandard, ServiceStandard.id == StandardVersion.standard_id)
                .where(StandardVersion.status == StandardStatus.ACTIVE, ServiceStandard.archived_at.is_(None),
                       StandardVersion.next_review_on <= self.sla.horizon(today, REVIEW_REMINDER_DAYS))).one()
        return DashboardFigures(int(open_n), int(overdue_n), int(resolved), int(met), int(with_target), avg,
                                int(ratings), int(open_actions), int(overdue_actions), missing, outdated, int(due),
                                int(past))

    def status_counts(self) -> StatusCounts:
        from icdesk.domain.models import Department, Person
        from icdesk.services.request_queries import overdue_expr

        with self.db.reading() as s:
            departments = s.scalar(select(func.count()).where(Department.archived_at.is_(None))) or 0
            people = s.scalar(select(func.count()).where(Person.active.is_(True))) or 0
            open_n, overdue_n = s.execute(select(
                func.count(), func.coalesce(func.sum(case((overdue_expr(self.clock()), 1), else_=0)), 0))
                .where(Request.status.in_([S.NEW, S.IN_PROGRESS, S.WAITING]))).one()
        return StatusCounts(int(departments), int(people), int(open_n), int(overdue_n))

    def open_request_counts(self, department_id: int) -> tuple[int, int]:
        """Open requests a department provides, and how many of them are overdue now."""
        from icdesk.services.request_queries import overdue_expr

        with self.db.reading() as s:
            row = s.execute(select(func.count(), func.coalesce(func.sum(case((overdue_expr(self.clock()), 1),
                                                                             else_=0)), 0))
                            .where(Request.provider_id == department_id,
                                   Request.status.in_([S.NEW, S.IN_PROGRESS, S.WAITING]))).one()
        return int(row[0]), int(row[1])


__all__ = ["ReportingService", "DashboardFigures", "ServiceSummary", "DepartmentFigures", "MonthFigures",
           "CustomerFigures"]
