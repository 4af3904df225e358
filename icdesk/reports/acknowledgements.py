"""Acknowledgement status per department: who still has to sign which standard.

An overview of every department, then for each one the people whose acknowledgement of a standard
in force is missing or outdated, one line each, with room to sign and date. The signed list comes
back and is entered in one pass on the Acknowledgements screen.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from icdesk.domain.enums import AckState
from icdesk.i18n import Formatter
from icdesk.reports.base import BaseReport, heading
from icdesk.reports.spec import ReportSpec
from icdesk.reports.styles import BODY, GOOD, H1, H2, SMALL, data_table, para
from icdesk.services import Services
from icdesk.services.acknowledgements import StatusRow


class AcknowledgementReport(BaseReport):
    def __init__(self, *args: object, department_ids: list[int] | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.department_ids = department_ids

    def title(self) -> str:
        return self.tr("Who still has to sign")

    def story(self) -> list[Flowable]:
        service, t, w = self.services.acknowledgements, self.t, self.width
        summary = service.summary(self.department_ids)
        rows = service.status(self.department_ids)
        today = t.long_date(t.local(self.generated_at).date())
        story: list[Flowable] = [
            heading(self.tr("Who still has to sign"), H1),
            para(t.sentence(self.tr("Acknowledgement of the service standards in force, on {date}.").format(
                date=today)), BODY),
            Spacer(1, 3 * mm),
        ]
        if not summary:
            return story + [para(self.tr("No standard in force applies to anyone yet."), BODY)]
        overview: list[list[object]] = [
            [s.department_name, t.number(s.people), t.number(s.current), t.number(s.outdated), t.number(s.missing),
             t.percent(s.share_current)] for s in summary]
        total = [sum(getattr(s, f) for s in summary) for f in ("people", "required", "current", "outdated", "missing")]
        overview.append([self.tr("All departments"), t.number(total[0]), t.number(total[2]), t.number(total[3]),
                         t.number(total[4]), t.percent(total[2] / total[1] if total[1] else None)])
        story.append(data_table([self.tr("Department"), self.tr("People"), self.tr("Current"), self.tr("Outdated"),
                                 self.tr("Missing"), self.tr("Current share")], overview,
                                [w * 0.36, w * 0.12, w * 0.13, w * 0.13, w * 0.12, w * 0.14],
                                align_right=(1, 2, 3, 4, 5)))
        story.append(para(self.tr("Outdated: signed an earlier version, before a major revision. A minor revision "
                                  "(wording, a typo) keeps earlier signatures current."), SMALL))
        for department, group in groupby(rows, key=lambda r: r.department_name):
            story += self._department(department, list(group))
        return story

    def _department(self, department: str, rows: list[StatusRow]) -> list[Flowable]:
        w = self.width
        to_sign = [r for r in rows if r.state is not AckState.CURRENT]
        head: list[Flowable] = [PageBreak(), heading(department, H2), para(self.tr(
            "{current} of {required} acknowledgements current.").format(
            current=self.t.number(len(rows) - len(to_sign)), required=self.t.number(len(rows))), BODY)]
        if not to_sign:
            done = para(self.tr("Everyone here has acknowledged every standard in force that applies to them."),
                        BODY)
            done.style = done.style.clone("done", textColor=GOOD)
            return [CondPageBreak(40 * mm), *head[1:], done]
        head.append(para(self.tr("By signing I confirm that I have read and understood the version of the "
                                 "standard named on my line."), SMALL))
        table_rows: list[list[object]] = []
        for person, lines in groupby(to_sign, key=lambda r: r.person_id):
            for i, r in enumerate(lines):
                state = self.tr("missing") if r.state is AckState.MISSING else self.tr(
                    "outdated: signed version {n}").format(n=r.acknowledged_number)
                table_rows.append([r.person_name if i == 0 else "", r.standard_title, str(r.number), state, "", ""])
            del person
        table = data_table([self.tr("Name"), self.tr("Standard"), self.tr("Version"), self.tr("State"),
                            self.tr("Signature"), self.tr("Date")], table_rows,
                           [w * 0.18, w * 0.28, w * 0.11, w * 0.16, w * 0.17, w * 0.10], align_right=(2,))
        table.setStyle([("TOPPADDING", (0, 1), (-1, -1), 7), ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
                        ("GRID", (4, 1), (5, -1), 0.4, "#9aa7b4")])
        return [*head, Spacer(1, 2 * mm), KeepTogether([table]) if len(table_rows) < 12 else table]


def build(services: Services, spec: ReportSpec, t: Formatter, page_size: str) -> BaseReport:
    return AcknowledgementReport(services, t, page_size, department_ids=list(spec.department_ids) or None)
