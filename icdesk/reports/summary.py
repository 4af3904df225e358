"""Service summary for a period: requests, targets met, resolution times, satisfaction, actions."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from icdesk.i18n import QT_TRANSLATE_NOOP, Formatter
from icdesk.reports.base import BaseReport, heading
from icdesk.reports.charts import grouped_bars, horizontal_bars, trend_lines
from icdesk.reports.spec import Param, ReportSpec, ReportType
from icdesk.reports.styles import BODY, H1, H2, SMALL, data_table, kpi_tiles, para
from icdesk.services import Services
from icdesk.services.reporting import ServiceSummary


class SummaryReport(BaseReport):
    def __init__(self, *args: object, start: date, end: date, department_ids: list[int] | None = None,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.start, self.end, self.department_ids = start, end, department_ids

    def title(self) -> str:
        return self.tr("Service summary")

    def period(self) -> str:
        return self.tr("{start} to {end}").format(start=self.t.date(self.start), end=self.t.date(self.end))

    def rating(self, value: float | None) -> str:
        return "\u2013" if value is None else f"{self.t.number(value, 1)} / 5"

    def story(self) -> list[Flowable]:
        data = self.services.reporting.summary(self.start, self.end, self.department_ids)
        t, w = self.totals(data), self.width
        story: list[Flowable] = [heading(self.tr("Service summary"), H1), para(self.period(), BODY),
                                 Spacer(1, 5 * mm), kpi_tiles(t, w), Spacer(1, 6 * mm)]
        story += self.departments_table(data)
        if data.departments:
            story += [Spacer(1, 6 * mm), CondPageBreak(70 * mm), grouped_bars(
                self.tr("Requests per department"), [d.name for d in data.departments],
                [(self.tr("Received"), [d.received for d in data.departments]),
                 (self.tr("Resolved"), [d.resolved for d in data.departments])], w)]
        if data.months:
            story += [Spacer(1, 6 * mm), CondPageBreak(65 * mm), trend_lines(
                self.tr("Monthly trend"), [m.month for m in data.months],
                [(self.tr("Received"), [m.received for m in data.months]),
                 (self.tr("Resolved"), [m.resolved for m in data.months])], w),
                Spacer(1, 4 * mm), CondPageBreak(60 * mm), trend_lines(
                self.tr("Share resolved within target, per month (%)"), [m.month for m in data.months],
                [(self.tr("Within target"), [100 * m.within_target / m.with_target if m.with_target else 0
                                             for m in data.months])], w, value_max=100)]
        story += self.breakdowns(data) + self.loop(data)
        return story

    def totals(self, data: ServiceSummary) -> list[tuple[str, str]]:
        t = data.totals
        return [
            (self.tr("Requests received"), self.t.number(t.received)),
            (self.tr("Resolved"), self.t.number(t.resolved)),
            (self.tr("Within target"), self.t.percent(t.share_within_target)),
            (self.tr("Median resolution (working time)"), self.t.hours(t.median_hours, days=False)),
            (self.tr("Average rating"), self.rating(t.average_rating)),
        ]

    def departments_table(self, data: ServiceSummary) -> list[Flowable]:
        if not data.departments:
            return [para(self.tr("No requests in this period."), BODY)]
        rows: list[list[object]] = [[
            d.name, self.t.number(d.received), self.t.number(d.resolved), self.t.percent(d.share_within_target),
            self.t.hours(d.median_hours, days=False), self.t.hours(d.p90_hours, days=False),
            self.rating(d.average_rating),
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
                                      [self.t.label(p) for p, _ in top], [n for _, n in top], self.width)]

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



def _build(services: Services, spec: ReportSpec, t: Formatter, page_size: str) -> BaseReport:
    assert spec.start is not None and spec.end is not None  # filled in by the registry
    return SummaryReport(services, t, page_size, start=spec.start, end=spec.end,
                         department_ids=list(spec.department_ids) or None)


REPORT = ReportType(
    key="summary",
    title=QT_TRANSLATE_NOOP("Reports", "Service summary"),
    params=(Param.PERIOD, Param.DEPARTMENTS),
    build=_build,
    help="service summary for a period, with charts",
)
