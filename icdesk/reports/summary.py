"""Service summary for a period: requests, targets met, resolution times, satisfaction, actions."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import dropwhile

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from icdesk.domain.rules import SERVICE_LEVEL_GOAL
from icdesk.i18n import Formatter
from icdesk.reports.base import BaseReport, heading
from icdesk.reports.charts import grouped_bars, horizontal_bars, share_bars, top_and_others, trend_lines
from icdesk.reports.spec import ReportSpec
from icdesk.reports.styles import BODY, H1, H2, SMALL, data_table, kpi_tiles, para
from icdesk.services import Services
from icdesk.services.reporting import DepartmentFigures, ServiceSummary


def _share(figures: list[DepartmentFigures]) -> float | None:
    with_target = sum(d.with_target for d in figures)
    return sum(d.within_target for d in figures) / with_target if with_target else None


class SummaryReport(BaseReport):
    def __init__(self, *args: object, start: date, end: date, department_ids: list[int] | None = None,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.start, self.end, self.department_ids = start, end, department_ids

    def title(self) -> str:
        return self.tr("Service summary")

    def period(self) -> str:
        return self.tr("{start} to {end}").format(start=self.t.date(self.start), end=self.t.date(self.end))

    def story(self) -> list[Flowable]:
        data = self.services.reporting.summary(self.start, self.end, self.department_ids)
        prev_end = self.start - timedelta(days=1)
        prev_start = prev_end - (self.end - self.start)
        previous, previous_totals = self.services.reporting.period_figures(prev_start, prev_end, self.department_ids)
        w = self.width
        story: list[Flowable] = [heading(self.tr("Service summary"), H1), para(self.period(), BODY),
                                 Spacer(1, 5 * mm), self.tiles(data, previous_totals), Spacer(1, 1.5 * mm),
                                 para(self.tr("“before”: the same number of days just before this period, {start} to "
                                              "{end}.").format(start=self.t.date(prev_start),
                                                               end=self.t.date(prev_end)), SMALL),
                                 Spacer(1, 5 * mm)]
        story += self.departments_table(data)
        if data.departments:
            story += [Spacer(1, 6 * mm), CondPageBreak(75 * mm), self.requests_chart(data)]
            story += [Spacer(1, 6 * mm), CondPageBreak(80 * mm), self.share_chart(data, previous)]
        # the months before the company's first request are left out: zeros there read as a fall
        shown_months = list(dropwhile(lambda m: not (m.received or m.resolved), data.months))
        if shown_months:
            months = [self.month(m.month) for m in shown_months]
            story += [Spacer(1, 6 * mm), CondPageBreak(65 * mm), trend_lines(
                self.tr("Monthly trend"), months,
                [(self.tr("Received"), [m.received for m in shown_months]),
                 (self.tr("Resolved"), [m.resolved for m in shown_months])], w, self.axis_number),
                Spacer(1, 4 * mm), CondPageBreak(60 * mm), trend_lines(
                self.tr("Share resolved within target, per month"), months,
                # a month with nothing resolved against a target has no share: no point, not 0 %
                [(self.tr("Within target"), [m.within_target / m.with_target if m.with_target else None
                                             for m in shown_months])], w, self.t.percent, value_max=1.0,
                empty=self.tr("No request with a target was resolved in this period."))]
        story += self.breakdowns(data) + self.loop(data)
        return story

    def month(self, key: str) -> str:
        """"2026-03" as the document's language writes a month on an axis: "mar 2026"."""
        year, month = key.split("-")
        return self.t.month_label(int(year), int(month))

    def tiles(self, data: ServiceSummary, before: DepartmentFigures) -> Flowable:
        t = data.totals
        figures = [
            (self.tr("request(s) received", "", t.received), self.t.number(t.received), self.t.number(before.received)),
            (self.tr("request(s) resolved", "", t.resolved), self.t.number(t.resolved), self.t.number(before.resolved)),
            (self.tr("within target"), self.t.percent(t.share_within_target),
             self.t.percent(before.share_within_target)),
            (self.tr("median resolution, working time"), self.t.hours(t.median_hours, days=False),
             self.t.hours(before.median_hours, days=False)),
            (self.tr("average rating"), self.t.rating(t.average_rating), self.t.rating(before.average_rating)),
        ]
        return kpi_tiles([(label, value) for label, value, _ in figures], self.width,
                         [self.tr("before: {value}").format(value=value) for _, _, value in figures])

    def requests_chart(self, data: ServiceSummary) -> Flowable:
        shown, others = top_and_others(data.departments, lambda d: d.received)
        names = [d.name for d in shown]
        received: list[float] = [d.received for d in shown]
        resolved: list[float] = [d.resolved for d in shown]
        if others:
            names.append(self.tr("%n other(s)", "", len(others)))
            received.append(sum(d.received for d in others))
            resolved.append(sum(d.resolved for d in others))
        return grouped_bars(self.tr("Requests per department"), names,
                            [(self.tr("Received"), received), (self.tr("Resolved"), resolved)], self.width,
                            self.axis_number)

    def share_chart(self, data: ServiceSummary, previous: list[DepartmentFigures]) -> Flowable:
        """Within target per department against the goal, with the previous period beside it."""
        before = {d.department_id: d for d in previous}
        shown, others = top_and_others([d for d in data.departments if d.with_target], lambda d: d.with_target)
        labels = [d.name for d in shown]
        shares = [d.share_within_target for d in shown]
        earlier = [before[d.department_id].share_within_target if d.department_id in before else None
                   for d in shown]
        if others:
            labels.append(self.tr("%n other(s)", "", len(others)))
            shares.append(_share(others))
            earlier.append(_share([before[d.department_id] for d in others if d.department_id in before]))
        return share_bars(
            self.tr("Resolved within target, per department"), labels, shares, earlier, SERVICE_LEVEL_GOAL,
            self.width, self.t.percent, (self.tr("This period"), self.tr("Previous period"),
                                         self.tr("Goal {share}").format(share=self.t.percent(SERVICE_LEVEL_GOAL)),
                                         self.tr("Below the goal")),
            empty=self.tr("No request with a target was resolved in this period."))

    def departments_table(self, data: ServiceSummary) -> list[Flowable]:
        if not data.departments:
            return [para(self.tr("No requests in this period."), BODY)]
        rows: list[list[object]] = [[
            d.name, self.t.number(d.received), self.t.number(d.resolved), self.t.percent(d.share_within_target),
            self.t.hours(d.median_hours, days=False), self.t.hours(d.p90_hours, days=False),
            self.t.rating(d.average_rating),
        ] for d in data.departments]
        w = self.width
        header = [self.tr("Providing department"), self.tr("Received"), self.tr("Resolved"),
                  self.tr("Within target"), self.tr("Median working time"), self.tr("90% within"), self.tr("Rating")]
        widths = [w * 0.25] + [w * 0.125] * 6
        return [heading(self.tr("Per department"), H2),
                data_table(header, rows, widths, align_right=(1, 2, 3, 4, 5, 6)),
                para(self.working_time_note(), SMALL)]

    def working_time_note(self) -> str:
        return self.tr("Resolution times are working time, counted in each providing department's calendar: "
                       "hours outside its working hours, public holidays, closures and time spent waiting on "
                       "the requester are left out. Departments open around the clock count every hour.")

    def breakdowns(self, data: ServiceSummary) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(60 * mm), heading(self.tr("Where service broke down"), H2)]
        if not data.breakdown_points:
            return out + [para(self.tr("No breakdown points were named in this period."), BODY)]
        top = data.breakdown_points[:7]
        return out + [horizontal_bars(self.tr("Feedback naming each breakdown point"),
                                      [self.t.label(p) for p, _ in top], [n for _, n in top], self.width,
                                      self.axis_number)]

    def loop(self, data: ServiceSummary) -> list[Flowable]:
        rows = [
            (self.tr("Corrective actions opened"), data.actions_opened),
            (self.tr("Corrective actions completed"), data.actions_closed),
            (self.tr("Corrective actions overdue now"), data.actions_overdue),
            (self.tr("Recognitions given"), data.recognitions),
        ]
        return [CondPageBreak(45 * mm), heading(self.tr("Closing the loop"), H2),
                data_table([self.tr("What"), self.tr("Count")], [[k, self.t.number(v)] for k, v in rows],
                           [self.width * 0.7, self.width * 0.3], align_right=(1,))]



def build(services: Services, spec: ReportSpec, t: Formatter, page_size: str) -> BaseReport:
    assert spec.start is not None and spec.end is not None  # filled in by the registry
    return SummaryReport(services, t, page_size, start=spec.start, end=spec.end,
                         department_ids=list(spec.department_ids) or None)
