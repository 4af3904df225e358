"""The SOP handbook: a controlled document an auditor accepts.

Cover with edition, contents, what changed since the last edition, one chapter per department
with each standard's control block, steps and revision history, and per department an
acknowledgement sheet with its people's names and the versions they sign for.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from io import BytesIO
from itertools import groupby

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from icdesk.domain.errors import ValidationError
from icdesk.i18n import Formatter
from icdesk.i18n.system_notes import note_shown
from icdesk.reports.base import BaseReport, contents, heading
from icdesk.reports.spec import ReportSpec
from icdesk.reports.styles import (
    BAD,
    BODY,
    CELL,
    CELL_BOLD,
    H1,
    H2,
    H3,
    RULE,
    SMALL,
    STEP,
    SUBTITLE,
    TITLE,
    SignRows,
    cell,
    data_table,
    esc,
    fit_header,
    para,
    plain_cells,
)
from icdesk.services import Services
from icdesk.services.dto import EditionChange, StandardControl, StandardVersionDetail

DASH = "\u2013"
WARNING = "\u26a0"


class HandbookReport(BaseReport):
    has_cover = True

    def __init__(self, *args: object, department_ids: list[int] | None = None, sign_sheets: bool = True,
                 new_edition: bool = False, uncontrolled: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.department_ids = department_ids
        self.sign_sheets = sign_sheets
        self.new_edition = new_edition
        self.uncontrolled = uncontrolled
        all_departments = self.services.departments.list(include_archived=True)
        self.departments = {d.id: d for d in all_departments}
        self.chosen = [d for d in all_departments if department_ids is None or d.id in department_ids]
        self._edition()

    # -- what edition this is --------------------------------------------------------------------
    def _edition(self) -> None:
        """The edition printed on the cover, and the one the changes are counted from.

        Issuing makes the next edition (recorded once the PDF is written). Otherwise a handbook
        whose standards are those of the latest edition is a copy of it; one with changes since
        is a working copy, not an edition.
        """
        editions = self.services.editions
        latest = editions.latest()
        self.working_copy = False
        if self.new_edition:
            editions.check_something_to_issue()  # before the pages are made, not after
            self.number = (latest.number if latest else 0) + 1
            self.issued_on = self.today
            self.previous = latest
        elif latest and not editions.changes_since(latest.issued_at):
            self.number, self.issued_on = latest.number, latest.issued_on
            earlier = [e for e in editions.all() if e.number < latest.number]
            self.previous = earlier[-1] if earlier else None
        else:
            self.working_copy = True
            self.number = latest.number if latest else 0
            self.issued_on = self.today
            self.previous = latest

    def put_in_place(self, place: Callable[[], None]) -> None:
        if self.new_edition:
            self.services.editions.issue(self.number, self.generated_at, then=place)
        else:
            place()

    # -- naming the document ---------------------------------------------------------------------
    def scope(self) -> str:
        if len(self.chosen) == 1:
            return self.tr("Service standards of {department}").format(department=self.chosen[0].name)
        if self.department_ids is not None:
            return self.tr("Service standards of {departments}").format(
                departments=", ".join(d.name for d in self.chosen))
        return self.tr("Service standards of every department")

    def edition_text(self) -> str:
        if self.working_copy:
            return self.tr("Working copy, not an issued edition")
        return self.tr("Edition {number} of {date}").format(number=self.t.number(self.number),
                                                            date=self.t.long_date(self.issued_on))

    def title(self) -> str:
        if len(self.chosen) == 1:
            return self.tr("SOP handbook: {department}").format(department=self.chosen[0].name)
        return self.tr("SOP handbook")

    def subject(self) -> str:
        return f"{self.scope()}. {self.edition_text()}."

    def keywords(self) -> list[str]:
        return [self.company_name, self.tr("SOP handbook"), *(f"{d.code} {d.name}" for d in self.chosen)]

    # -- the story -------------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        versions = self.services.standards.active_versions(self.department_ids)
        self.controls = self.services.standards.controls([v.id for v in versions])
        by_department = [(department_id, list(group))
                         for department_id, group in groupby(versions, key=lambda v: v.department_id)]
        changes = self.services.editions.changes_since(self.previous.issued_at, self.department_ids) \
            if self.previous else []
        story: list[Flowable] = self._cover(len(versions))
        vision = bool(self.company and self.company.service_vision)
        expected = [(0, self._changes_title())] + ([(0, self.tr("Our service vision"))] if vision else [])
        for _, standards in by_department:
            expected += [(0, standards[0].department_name)] + [(1, v.title) for v in standards]
            if self.sign_sheets:
                expected.append((1, self._sheet_title(standards[0].department_name)))
                expected += [(1, self._reader_sheet_title(reader, standards[0].department_name))
                             for reader, _read in self._readers(standards)]
        story += [heading(self.tr("Contents"), H1), *contents(expected, self.marks), PageBreak()]
        story += self._changes(changes, versions)
        if vision and self.company:
            story += [heading(self.tr("Our service vision"), H1, toc_level=0),
                      para(self.company.service_vision, BODY), PageBreak()]
        if not versions:
            story.append(para(self.tr("No service standards are in force yet."), BODY))
        people = self._people()
        for department_id, standards in by_department:
            department = self.departments.get(department_id)
            story.append(heading(standards[0].department_name, H1, toc_level=0))
            if department and department.description:
                story.append(para(department.description, BODY))
            if department and department.head_name:
                story.append(para(self.tr("Head of department: {name}").format(name=department.head_name), SMALL))
            story.append(Spacer(1, 3 * mm))
            for version in standards:
                story += self._standard(version, self.controls[version.id])
            if self.sign_sheets:
                name = standards[0].department_name
                story += self._sign_sheet(self._sheet_title(name), name, standards, people.get(department_id, []))
                # the people of departments that also read some of these standards sign for those here too
                for reader, read in self._readers(standards):
                    story += self._sign_sheet(self._reader_sheet_title(reader, name), name, read,
                                              people.get(reader, []))
            story.append(PageBreak())
        return story

    def _people(self) -> dict[int, list[tuple[str, str]]]:
        out: dict[int, list[tuple[str, str]]] = {}
        for person in self.services.people.list():
            if person.department_id is not None:
                out.setdefault(person.department_id, []).append((person.full_name, person.job_title))
        return out

    def _cover(self, count: int) -> list[Flowable]:
        cover: list[Flowable] = [NextPageTemplate("body"), Spacer(1, 45 * mm)]
        if self.company and self.company.logo_png:
            logo = Image(BytesIO(self.company.logo_png))
            scale = min(40 * mm / logo.imageWidth, 40 * mm / logo.imageHeight)
            logo.drawWidth, logo.drawHeight = logo.imageWidth * scale, logo.imageHeight * scale
            cover += [logo, Spacer(1, 10 * mm)]
        cover += [para(self.company_name, TITLE), para(self.tr("SOP handbook"), SUBTITLE),
                  Spacer(1, 4 * mm), para(self.scope(), BODY),
                  para(self.tr("%n service standard(s) in force", "", count), BODY),
                  Spacer(1, 12 * mm), para(self.edition_text(), H2)]
        if self.working_copy and self.number:
            cover.append(para(self.tr("The latest edition, {number}, was issued on {date}; standards have "
                                      "changed since.").format(number=self.t.number(self.number),
                                                               date=self.t.long_date(self.previous.issued_on)
                                                               if self.previous else ""), SMALL))
        cover += [Spacer(1, 50 * mm), para(self.t.long_date(self.today), BODY)]
        if self.company and self.company.address_line:
            cover.append(para(self.company.address_line, SMALL))
        if self.uncontrolled:
            cover += [Spacer(1, 6 * mm), para(self.tr("Uncontrolled when printed: the version in force is the one "
                                                      "in icdesk."), SMALL)]
        cover.append(PageBreak())
        return cover

    # -- what changed ----------------------------------------------------------------------------
    def _changes_title(self) -> str:
        if self.previous is None:
            return self.tr("About this edition")
        return self.tr("What changed since edition {number}").format(number=self.t.number(self.previous.number))

    def _changes(self, changes: list[EditionChange], versions: list[StandardVersionDetail]) -> list[Flowable]:
        out: list[Flowable] = [heading(self._changes_title(), H1, toc_level=0)]
        if self.previous is None:
            out.append(para(self.tr("This is the first edition of the handbook: every standard in it is new.")
                            if not self.working_copy else
                            self.tr("No edition of the handbook has been issued yet. When this handbook is ready "
                                    "to hand out, make it again with “Issue as a new edition”: the next one will "
                                    "list what changed since."), BODY))
        elif not changes:
            out.append(para(self.t.sentence(self.tr("No service standard has changed since edition {number} of "
                                                    "{date}.").format(
                number=self.t.number(self.previous.number), date=self.t.long_date(self.previous.issued_on))), BODY))
        else:
            out.append(para(self.tr("Compared with edition {number} of {date}:").format(
                number=self.t.number(self.previous.number), date=self.t.long_date(self.previous.issued_on)), BODY))
            out.append(Spacer(1, 2 * mm))
            rows: list[list[object]] = [[c.document_id, c.title, c.department_name, self._change_kind(c),
                                         self.t.date(c.effective_on) or DASH,
                                         note_shown(c.change_note, self.t) or DASH] for c in changes]
            w = self.width
            out.append(data_table([self.tr("Document"), self.tr("Standard"), self.tr("Department"),
                                   self.tr("Change"), self.tr("Effective from"), self.tr("What changed")], rows,
                                  [w * 0.1, w * 0.22, w * 0.15, w * 0.15, w * 0.13, w * 0.25]))
        overdue = [self.controls[v.id] for v in versions if self.controls[v.id].review_overdue]
        if overdue:
            out += [heading(self.tr("Reviews past due"), H2), para(self.tr(
                "%n standard(s) should have been reviewed by now:", "", len(overdue)), BODY), Spacer(1, 2 * mm)]
            w = self.width
            out.append(data_table(
                [self.tr("Document"), self.tr("Standard"), self.tr("Department"), self.tr("Next review")],
                [[c.document_id, c.title, c.department_name, f"{WARNING} {self.t.date(c.next_review_on)}"]
                 for c in overdue], [w * 0.12, w * 0.45, w * 0.23, w * 0.2]))
        return out + [PageBreak()]

    def _change_kind(self, change: EditionChange) -> str:
        if change.kind == "new":
            return self.tr("New, version {version}").format(version=change.new_version)
        if change.kind == "withdrawn":
            return self.tr("Withdrawn")
        return self.tr("Version {old} \u2192 {new}").format(old=change.old_version, new=change.new_version)

    # -- one standard ----------------------------------------------------------------------------
    def _standard(self, v: StandardVersionDetail, control: StandardControl) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(60 * mm), heading(v.title, H2, toc_level=1), self._control(v, control)]
        purpose, serves = self.tr("Purpose"), self.tr("Who it serves")  # outside f-strings, where lupdate looks
        if v.purpose:
            out += [Spacer(1, 2 * mm), Paragraph(f"<b>{esc(purpose)}:</b> {esc(v.purpose)}", BODY)]
        if v.serves:
            out += [Paragraph(f"<b>{esc(serves)}:</b> {esc(v.serves)}", BODY)]
        out.append(heading(self.tr("Steps"), H3))
        # each step is its own paragraph, so a very long step can run onto the next page
        steps: list[Flowable] = [Paragraph(f"<b>{n}.</b>&nbsp;&nbsp;{esc(text)}", STEP)
                                 for n, text in enumerate(v.steps, start=1)]
        # a standard that fits on a page is never cut in two: it starts on the next page instead
        # (its height reckoned from its text, which costs far less than laying it out twice)
        out[0] = CondPageBreak(self._height(v, control))
        # the revision history stays with the last step: never alone at the top of a page
        return out + steps[:-1] + [KeepTogether(steps[-1:] + self._history(control))]

    def _height(self, v: StandardVersionDetail, c: StandardControl) -> float:
        """About how tall a standard prints, a little more rather than less."""
        def lines(text: str, style: ParagraphStyle, indent: float = 0) -> int:
            room = self.width - indent
            return sum(max(1, math.ceil(stringWidth(part, style.fontName, style.fontSize) * 1.05 / room))
                       for part in text.split("\n"))

        height = H2.leading + H2.spaceBefore + H2.spaceAfter + 4 * (CELL.leading + 5) + 2 * mm
        height += sum(lines(text, BODY) * BODY.leading for text in (v.purpose, v.serves) if text)
        height += H3.leading + H3.spaceBefore + H3.spaceAfter
        height += sum(lines(step, STEP, STEP.leftIndent + 6 * mm) * STEP.leading + STEP.spaceAfter
                      for step in v.steps)
        if c.revisions:
            height += H3.leading + H3.spaceBefore + H3.spaceAfter + (len(c.revisions) + 1) * (CELL.leading + 6)
        return float(height)

    def _control(self, v: StandardVersionDetail, c: StandardControl) -> Table:
        """The document-control block: ID, version, dates, approval, owner, review, targets."""
        approved = ", ".join(x for x in (c.approved_by, self.t.date(c.approved_on)) if x) or DASH
        review = self.t.date(c.next_review_on) or DASH
        review_cell: object = review
        if c.review_overdue:
            late = self.tr("(overdue)")  # outside the f-string, where lupdate looks
            review_cell = Paragraph(f'<font color="{BAD.hexval()}"><b>{WARNING} {esc(review)} '
                                    f'{esc(late)}</b></font>', CELL)
        facts = [
            (self.tr("Document ID"), c.document_id, self.tr("Version"), self.t.number(c.version)),
            (self.tr("Effective from"), self.t.date(c.effective_on) or DASH, self.tr("Approved"), approved),
            (self.tr("Owner"), c.owner_name or DASH, self.tr("Next review"), review_cell),
            (self.tr("First response within"), self.t.target(v.first_response_minutes),
             self.tr("Resolved within"), self.t.target(v.resolution_minutes)),
        ]
        labels = [self.tr("Document ID"), self.tr("Effective from"), self.tr("Owner"), self.tr("First response within"),
                  self.tr("Version"), self.tr("Approved"), self.tr("Next review"), self.tr("Resolved within")]
        w = self.width
        # label columns as wide as their longest word needs, so no label breaks mid-word
        widths, _ = fit_header([" ".join(labels[:4]), "", " ".join(labels[4:]), ""],
                               [w * 0.22, w * 0.28, w * 0.2, w * 0.3])
        rows = [[cell(a, widths[0], CELL_BOLD), cell(b, widths[1]), cell(x, widths[2], CELL_BOLD),
                 cell(d, widths[3])] for a, b, x, d in facts]
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([
            *plain_cells(CELL), *plain_cells(CELL_BOLD, (0, 0), (0, -1)), *plain_cells(CELL_BOLD, (2, 0), (2, -1)),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
            ("LINEAFTER", (1, 0), (1, -1), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        return table

    def _history(self, c: StandardControl) -> list[Flowable]:
        if not c.revisions:
            return []
        w = self.width
        rows: list[list[object]] = [
            [self.t.number(r.number), self.t.date(r.effective_on) or DASH,
             ", ".join(x for x in (r.approved_by, self.t.date(r.approved_on)) if x) or DASH,
             note_shown(r.change_note, self.t) or (self.tr("First version") if r.number == 1 else DASH)]
            for r in c.revisions]
        return [heading(self.tr("Revision history"), H3), data_table(
            [self.tr("Version"), self.tr("Effective from"), self.tr("Approved"), self.tr("What changed")], rows,
            [w * 0.1, w * 0.17, w * 0.2, w * 0.53], banded=False)]

    # -- acknowledgement ------------------------------------------------------------------------
    def _sheet_title(self, department: str) -> str:
        return self.tr("Acknowledgement: {department}").format(department=department)

    def _reader_sheet_title(self, reader: int, department: str) -> str:
        found = self.departments.get(reader)
        return self.tr("Acknowledgement: {reader} (standards of {department})").format(
            reader=found.name if found else "?", department=department)

    def _readers(self, standards: list[StandardVersionDetail]) -> list[tuple[int, list[StandardVersionDetail]]]:
        """The other departments that must read some of a chapter's standards, by name, with those."""
        read: dict[int, list[StandardVersionDetail]] = {}
        for version in standards:
            for reader in version.reader_ids:
                if reader != version.department_id and reader in self.departments \
                        and not self.departments[reader].archived:
                    read.setdefault(reader, []).append(version)
        return sorted(read.items(), key=lambda item: self.departments[item[0]].name.casefold())

    def _sign_sheet(self, title: str, department: str, standards: list[StandardVersionDetail],
                    people: list[tuple[str, str]]) -> list[Flowable]:
        w = self.width
        intro = self.tr("By signing I confirm that I have read and understood the service standards of {department} "
                        "listed below, in the versions listed, and that I will work by them.").format(
            department=department)
        versions = data_table(
            [self.tr("Document"), self.tr("Standard"), self.tr("Version"), self.tr("Effective from")],
            [[self.controls[v.id].document_id, v.title, self.t.number(v.number), self.t.date(v.effective_on) or DASH]
             for v in standards], [w * 0.14, w * 0.56, w * 0.12, w * 0.18], banded=False)
        edition = self.edition_text()
        rows = SignRows([self.tr("Name"), self.tr("Job title"), self.tr("Date"), self.tr("Signature")], people,
                        [w * 0.3, w * 0.22, w * 0.16, w * 0.32])
        return [PageBreak(), heading(title, H2, toc_level=1), para(intro, BODY),
                para(self.tr("Handbook: {edition}").format(edition=edition), SMALL), Spacer(1, 3 * mm), versions,
                Spacer(1, 5 * mm), rows]


def build(services: Services, spec: ReportSpec, t: Formatter, page_size: str) -> BaseReport:
    if spec.new_edition and spec.department_ids:
        raise ValidationError("A new edition is issued for the whole handbook: choose no departments to issue one.",
                              field="departments")
    return HandbookReport(services, t, page_size, department_ids=list(spec.department_ids) or None,
                          sign_sheets=spec.sign_sheets, new_edition=spec.new_edition, uncontrolled=spec.uncontrolled)
