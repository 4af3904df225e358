"""Department scorecard: one department as provider and as customer, its standards and actions."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from icdesk.i18n import Formatter
from icdesk.reports.base import BaseReport, heading
from icdesk.reports.spec import ReportSpec
from icdesk.reports.styles import BAD, BODY, CELL, H1, H2, SMALL, data_table, esc, kpi_tiles, para
from icdesk.services import Services


class ScorecardReport(BaseReport):
    def __init__(self, *args: object, department_id: int, start: date, end: date, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.department_id, self.start, self.end = department_id, start, end

    def title(self) -> str:
        return self.tr("Department scorecard")

    def story(self) -> list[Flowable]:
        svc, w = self.services, self.width
        dept = svc.departments.get(self.department_id)
        summary = svc.reporting.summary(self.start, self.end, [self.department_id])
        mine = next((d for d in summary.departments if d.department_id == self.department_id), None)
        customer = svc.reporting.as_customer(self.department_id, self.start, self.end)
        open_now, overdue_now = svc.reporting.open_request_counts(self.department_id)
        period = self.tr("{start} to {end}").format(start=self.t.date(self.start), end=self.t.date(self.end))
        story: list[Flowable] = [heading(dept.name, H1), para(period, BODY)]
        if dept.head_name:
            story.append(para(self.tr("Head of department: {name}").format(name=dept.head_name), SMALL))
        received = mine.received if mine else 0
        story += [Spacer(1, 4 * mm), heading(self.tr("As provider"), H2), kpi_tiles([
            (self.tr("request(s) received", "", received), self.t.number(received)),
            (self.tr("within target"), self.t.percent(mine.share_within_target if mine else None)),
            (self.tr("median resolution, working time"), self.t.hours(mine.median_hours if mine else None,
                                                                       days=False)),
            (self.tr("90% resolved within, working time"), self.t.hours(mine.p90_hours if mine else None,
                                                                         days=False)),
            (self.tr("average rating"), self.t.rating(mine.average_rating if mine else None)),
            (self.tr("open now (overdue)"), f"{self.t.number(open_now)} ({self.t.number(overdue_now)})"),
        ], w), Spacer(1, 2 * mm), para(self.working_time_note(dept.id), SMALL)]
        if summary.breakdown_points:
            story.append(para(self.tr("Breakdown points named: {points}").format(points=", ".join(
                f"{self.t.label(p)} ({n})" for p, n in summary.breakdown_points)), SMALL))
        share = customer.within_target / customer.with_target if customer.with_target else None
        story += [Spacer(1, 4 * mm), heading(self.tr("As customer"), H2), kpi_tiles([
            (self.tr("request(s) made", "", customer.requested), self.t.number(customer.requested)),
            (self.tr("of its request(s) resolved", "", customer.resolved), self.t.number(customer.resolved)),
            (self.tr("within target"), self.t.percent(share)),
            (self.tr("rating(s) given", "", customer.ratings_given), self.t.number(customer.ratings_given)),
            (self.tr("average rating given"), self.t.rating(customer.average_rating_given)),
        ], w)]
        story += self.standards() + self.agreements() + self.actions()
        return story

    def working_time_note(self, department_id: int) -> str:
        """Which hours the figures count: the department's own calendar, said in words."""
        hours = self.services.calendars.describe(department_id, self.t)
        return self.tr("Times are working time in this department's calendar ({hours}); time spent waiting on "
                       "the requester is left out.").format(hours=hours)

    def standards(self) -> list[Flowable]:
        versions = self.services.standards.active_versions([self.department_id])
        out: list[Flowable] = [CondPageBreak(40 * mm), heading(self.tr("Service standards in force"), H2)]
        if not versions:
            return out + [para(self.tr("This department has no standard in force yet."), BODY)]
        controls = self.services.standards.controls([v.id for v in versions])
        rows: list[list[object]] = [[controls[v.id].document_id, v.title, self.t.number(v.number),
                                     self.t.target(v.first_response_minutes), self.t.target(v.resolution_minutes),
                                     self.review(controls[v.id].next_review_on, controls[v.id].review_overdue)]
                                    for v in versions]
        w = self.width
        return out + [data_table([self.tr("Document"), self.tr("Standard"), self.tr("Version"),
                                  self.tr("First response"), self.tr("Resolution"), self.tr("Next review")], rows,
                                 [w * 0.1, w * 0.37, w * 0.09, w * 0.13, w * 0.13, w * 0.18], align_right=(2, 3, 4))]

    def review(self, day: date | None, overdue: bool) -> object:
        """The next review; one already past is marked in red, so it is not read as normal."""
        if not overdue:
            return self.t.date(day) or "\u2013"
        late = self.tr("(overdue)")  # outside the f-string, where lupdate looks
        return Paragraph(f'<font color="{BAD.hexval()}"><b>\u26a0 {esc(self.t.date(day))} '
                         f'{esc(late)}</b></font>', CELL)

    def agreements(self) -> list[Flowable]:
        agreements = self.services.agreements.list(self.department_id)
        out: list[Flowable] = [CondPageBreak(40 * mm), heading(self.tr("Service agreements"), H2)]
        if not agreements:
            return out + [para(self.tr("No service agreements yet."), BODY)]
        rows: list[list[object]] = []
        for a in agreements:
            gives = a.provider_id == self.department_id
            other = a.customer_name if gives else a.provider_name
            rows.append([self.tr("serves {name}").format(name=other) if gives else
                         self.tr("is served by {name}").format(name=other),
                         a.customer_needs, a.provider_needs])
        w = self.width
        return out + [data_table([self.tr("Relationship"), self.tr("Customer needs"), self.tr("Provider needs")],
                                 rows, [w * 0.24, w * 0.38, w * 0.38])]

    def actions(self) -> list[Flowable]:
        actions = self.services.actions.list(open_only=True, department_id=self.department_id)
        out: list[Flowable] = [CondPageBreak(40 * mm), heading(self.tr("Open corrective actions"), H2)]
        if not actions:
            return out + [para(self.tr("No open corrective actions."), BODY)]
        rows: list[list[object]] = [[a.description, a.owner_name or "\u2013", self.t.date(a.due_on),
                                     self.t.label(a.status) + (" \u2013 " + self.tr("overdue") if a.overdue else "")]
                                    for a in actions]
        w = self.width
        return out + [data_table([self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")], rows,
                                 [w * 0.5, w * 0.2, w * 0.13, w * 0.17])]



def build(services: Services, spec: ReportSpec, t: Formatter, page_size: str) -> BaseReport:
    assert spec.start is not None and spec.end is not None  # filled in by the registry
    assert spec.department_id is not None
    return ScorecardReport(services, t, page_size, department_id=spec.department_id, start=spec.start, end=spec.end)
