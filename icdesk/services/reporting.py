"""Figures for the printed documents and the dashboard. The service summary and the scorecard read the
monthly figures kept on every save (``summary_figures``), so a year of a million requests is a few
hundred rows, the same numbers as counting the requests themselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

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
from icdesk.services import dashboard_sql
from icdesk.services.acknowledgements import still_to_sign
from icdesk.services.base import ServiceBase, driver_runner
from icdesk.services.dashboard_sql import REVIEW_REMINDER_DAYS, DashboardFigures
from icdesk.services.summary_figures import PeriodParts, PeriodTallies, Ranker, Tally, customer_tally, tallies

S = RequestStatus


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


class ReportingService(ServiceBase):
    def _check_period(self, start: date, end: date, *, comparison: bool = False) -> None:
        check_period(start, end, comparison=comparison)

    def summary(self, start: date, end: date, department_ids: list[int] | None = None) -> ServiceSummary:
        self._check_period(start, end)
        with self.db.reading() as s:
            kept = tallies(s, PeriodParts.of(self.sla, start, end), department_ids)
            departments, totals = self._figures(s, start, end, kept)
            breakdowns = sorted(((BreakdownPoint(p), n) for p, n in kept.points.items() if n),
                                key=lambda pn: (-pn[1], pn[0].value))
            months = [MonthFigures(m, t.received, t.resolved, t.within_target, t.with_target)
                      for m, t in sorted(kept.months.items()) if t.received or t.resolved]
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
        self._check_period(start, end, comparison=True)
        with self.db.reading() as s:
            kept = tallies(s, PeriodParts.of(self.sla, start, end), department_ids, with_months=False)
            return self._figures(s, start, end, kept)

    def _figures(self, s: Session, start: date, end: date,
                 kept: PeriodTallies) -> tuple[list[DepartmentFigures], DepartmentFigures]:
        """Per department and in total, from the kept figures; medians read through one band each."""
        names = dict(s.execute(select(Department.id, Department.name)).all())
        ranker = Ranker(s, *self.sla.day_bounds(start, end))
        listed = {d: t for d, t in kept.providers.items() if t.received or t.resolved or t.ratings}
        departments = []
        for dept_id in sorted(listed, key=lambda i: names.get(i, "").casefold()):
            t = listed[dept_id]
            med, p90 = ranker.median_and_p90([dept_id], t.bands)
            departments.append(DepartmentFigures(dept_id, names.get(dept_id, "?"), t.received, t.resolved,
                                                 t.with_target, t.within_target, med, p90,
                                                 t.rating_sum / t.ratings if t.ratings else None, t.ratings))
        total = Tally()
        for t in listed.values():
            total.add(t)
        # one department (a scorecard): its own figures are the totals, already read
        med, p90 = ((departments[0].median_hours, departments[0].p90_hours) if len(departments) == 1
                    else ranker.median_and_p90(listed, total.bands))
        totals = DepartmentFigures(0, "", total.received, total.resolved, total.with_target, total.within_target,
                                   med, p90, total.rating_sum / total.ratings if total.ratings else None,
                                   total.ratings)
        return departments, totals

    def as_customer(self, department_id: int, start: date, end: date) -> CustomerFigures:
        """How a department fares as the customer of others."""
        lo, hi = self.sla.day_bounds(start, end)
        with self.db.reading() as s:
            asked = customer_tally(s, PeriodParts.of(self.sla, start, end), department_id)
            avg, count = s.execute(select(average(Feedback.rating), func.count()).where(
                Feedback.author_department_id == department_id, Feedback.created_at >= lo,
                Feedback.created_at < hi)).one()
        return CustomerFigures(asked.received, asked.resolved, asked.within_target, asked.with_target, int(count),
                               avg)

    def dashboard(self) -> DashboardFigures:
        """The figures on the front page, each one a count the manager can click through to. On a data
        file these are the statements the light start shows the Dashboard with (services/dashboard_sql.py),
        so the two cannot disagree; a server takes the portable ones."""
        if self.db.on_server:
            return self._portable_dashboard()
        with self.db.reading() as s:
            return dashboard_sql.figures(driver_runner(s), dashboard_sql.Moments(self.clock(), self.sla.zone))

    def _portable_dashboard(self) -> DashboardFigures:
        """dashboard in SQLAlchemy's statements: on a server, and in the tests beside the file's."""
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
