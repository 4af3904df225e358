"""The SOP handbook: cover, contents, one chapter per department, its standards in force."""

from __future__ import annotations

from io import BytesIO
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from icdesk.i18n import QT_TRANSLATE_NOOP, Formatter
from icdesk.reports.base import BaseReport, heading, table_of_contents
from icdesk.reports.spec import Param, ReportSpec, ReportType
from icdesk.reports.styles import (
    BODY,
    H1,
    H2,
    H3,
    SMALL,
    STEP,
    SUBTITLE,
    TITLE,
    data_table,
    esc,
    label_value_table,
    para,
)
from icdesk.services import Services
from icdesk.services.dto import StandardVersionDetail


class HandbookReport(BaseReport):
    has_cover = True
    uses_toc = True

    def __init__(self, *args: object, department_ids: list[int] | None = None, sign_sheets: bool = True,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.department_ids = department_ids
        self.sign_sheets = sign_sheets

    def title(self) -> str:
        return self.tr("SOP handbook")

    def story(self) -> list[Flowable]:
        versions = self.services.standards.active_versions(self.department_ids)
        departments = {d.id: d for d in self.services.departments.list(include_archived=True)}
        story: list[Flowable] = self._cover()
        expected = [(0, self.tr("Our service vision"))] if self.company and self.company.service_vision else []
        for _, group in groupby(versions, key=lambda v: v.department_id):
            standards = list(group)
            expected += [(0, standards[0].department_name)] + [(1, v.title) for v in standards]
        story += [heading(self.tr("Contents"), H1), table_of_contents(expected), PageBreak()]
        if self.company and self.company.service_vision:
            story += [heading(self.tr("Our service vision"), H1, toc_level=0),
                      para(self.company.service_vision, BODY), PageBreak()]
        if not versions:
            story.append(para(self.tr("No service standards are in force yet."), BODY))
        for department_id, group in groupby(versions, key=lambda v: v.department_id):
            department = departments.get(department_id)
            standards = list(group)
            story.append(heading(standards[0].department_name, H1, toc_level=0))
            if department and department.description:
                story.append(para(department.description, BODY))
            if department and department.head_name:
                story.append(para(self.tr("Head of department: {name}").format(name=department.head_name), SMALL))
            story.append(Spacer(1, 3 * mm))
            for version in standards:
                story += self._standard(version)
            if self.sign_sheets:
                story += self._sign_sheet(standards[0].department_name, len(standards))
            story.append(PageBreak())
        return story

    def _cover(self) -> list[Flowable]:
        cover: list[Flowable] = [NextPageTemplate("body"), Spacer(1, 45 * mm)]
        if self.company and self.company.logo_png:
            logo = Image(BytesIO(self.company.logo_png))
            scale = min(40 * mm / logo.imageWidth, 40 * mm / logo.imageHeight)
            logo.drawWidth, logo.drawHeight = logo.imageWidth * scale, logo.imageHeight * scale
            cover += [logo, Spacer(1, 10 * mm)]
        cover += [para(self.company_name, TITLE), para(self.tr("SOP handbook"), SUBTITLE),
                  Spacer(1, 4 * mm),
                  para(self.tr("Service standards of every department"), BODY),
                  Spacer(1, 70 * mm),
                  para(self.t.long_date(self.t.local(self.generated_at).date()), BODY)]
        if self.company and self.company.address_line:
            cover.append(para(self.company.address_line, SMALL))
        cover.append(PageBreak())
        return cover

    def _standard(self, v: StandardVersionDetail) -> list[Flowable]:
        facts = label_value_table([
            (self.tr("First response within"), self.t.target(v.first_response_minutes)),
            (self.tr("Resolved within"), self.t.target(v.resolution_minutes)),
            (self.tr("Owner"), v.owner_name or "\u2013"),
            (self.tr("Version"), str(v.number)),
            (self.tr("Effective from"), self.t.date(v.effective_on) or "\u2013"),
            (self.tr("Next review"), self.t.date(v.next_review_on) or "\u2013"),
        ], self.width)
        out: list[Flowable] = [CondPageBreak(50 * mm), heading(v.title, H2, toc_level=1)]
        purpose, serves = self.tr("Purpose"), self.tr("Who it serves")  # outside f-strings, where lupdate looks
        if v.purpose:
            out += [Paragraph(f"<b>{esc(purpose)}:</b> {esc(v.purpose)}", BODY)]
        if v.serves:
            out += [Paragraph(f"<b>{esc(serves)}:</b> {esc(v.serves)}", BODY)]
        out += [Spacer(1, 2 * mm), facts, heading(self.tr("Steps"), H3)]
        # each step is its own paragraph, so a very long step can run onto the next page
        out += [Paragraph(f"<b>{n}.</b>&nbsp;&nbsp;{esc(text)}", STEP) for n, text in enumerate(v.steps, start=1)]
        if v.change_note:
            out.append(para(self.tr("What changed in this version: {note}").format(note=v.change_note), SMALL))
        return out

    def _sign_sheet(self, department: str, count: int) -> list[Flowable]:
        intro = self.tr("By signing I confirm that I have read and understood the {n} service standards of "
                        "{department} in this handbook.").format(n=count, department=department)
        rows: list[list[object]] = [["", "", ""] for _ in range(14)]
        table = data_table([self.tr("Name"), self.tr("Date"), self.tr("Signature")], rows,
                           [self.width * 0.45, self.width * 0.2, self.width * 0.35])
        table.setStyle([("ROWBACKGROUNDS", (0, 1), (-1, -1), [None]), ("GRID", (0, 0), (-1, -1), 0.5, "#9aa7b4"),
                        ("TOPPADDING", (0, 1), (-1, -1), 9), ("BOTTOMPADDING", (0, 1), (-1, -1), 9)])
        return [PageBreak(), KeepTogether([heading(self.tr("Read and sign: {department}").format(
            department=department), H2), para(intro, BODY), Spacer(1, 4 * mm), table])]



def _build(services: Services, spec: ReportSpec, t: Formatter, page_size: str) -> BaseReport:
    return HandbookReport(services, t, page_size, department_ids=list(spec.department_ids) or None,
                          sign_sheets=spec.sign_sheets)


REPORT = ReportType(
    key="handbook",
    title=QT_TRANSLATE_NOOP("Reports", "SOP handbook"),
    params=(Param.DEPARTMENTS, Param.SIGN_SHEETS),
    build=_build,
    help="cover, contents, one chapter per department, read-and-sign sheets",
)
