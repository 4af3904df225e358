"""Survey forms: on paper to hand out, or as fillable PDFs to e-mail and read back.

One design for both: the fillable form has real fields (AcroForm radio buttons, tick boxes, a
list of steps and comment boxes, and the form's code in a hidden field) where the paper form
has circles and boxes to mark by hand. Field names come from ``icdesk.services.survey_forms``,
which reads them back.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from icdesk.i18n import QT_TRANSLATE_NOOP, Formatter
from icdesk.reports.base import BaseReport, heading
from icdesk.reports.fonts import BOLD, REGULAR
from icdesk.reports.styles import ACCENT, BAND, BODY, CELL, H1, H2, H3, INK, MUTED, RULE, SMALL, data_table, esc, para
from icdesk.services import Services
from icdesk.services.survey_forms import (
    NO_STEP,
    TOKEN_FIELD,
    comment_field,
    holds_answers,
    score_field,
    served_field,
    step_field,
)
from icdesk.services.surveys import FormContent, FormSection, QuestionRow

SCALE = (1, 2, 3, 4, 5)
CIRCLE = 11  # points: a radio button, or the circle to mark on paper
COLUMN = 11 * mm  # one answer column
ROW_MIN = 8 * mm
WHITE = colors.white


class Section(Flowable):
    """One department to rate: the tick "served me", one row per question with five answers, the
    step where it broke down and a comment."""

    def __init__(self, report: SurveyFormReport, form: FormContent, section: FormSection, width: float) -> None:
        super().__init__()
        self.report, self.form, self.section, self.width = report, form, section, width
        t = report.t
        self.question_width = width - len(SCALE) * COLUMN - 4 * mm
        self.rows = [Paragraph(f"<b>{esc(report.t.label(q.dimension))}</b> \u2013 {esc(q.text)}", CELL)
                     for q in form.questions]
        if section.self_view:
            lead = t.translate("SurveyFormReport",
                      "Your own department: how well do you think {department} serves its internal customers?")
        else:
            lead = t.translate("SurveyFormReport", "Did {department} serve you between {start} and {end}? Tick the "
                               "box, then rate it. Leave this part empty if it did not.")
        self.lead = Paragraph(esc(lead.format(department=section.provider_name,
                                              start=report.t.date(form.round.period_start),
                                              end=report.t.date(form.round.period_end))), CELL)
        step = t.translate("SurveyFormReport", "Where did it break down? Step code ({department}'s steps are listed at "
                           "the end)")
        self.step_label = Paragraph(esc(step.format(department=section.provider_name)), SMALL)
        self.comment_label = Paragraph(esc(t.translate("SurveyFormReport", "Comment")), SMALL)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.heights = [max(ROW_MIN, p.wrap(self.question_width, 1000)[1] + 3 * mm) for p in self.rows]
        self.lead_height = self.lead.wrap(self.width - (16 * mm if not self.section.self_view else 8 * mm), 1000)[1]
        self.step_label.wrap(self.width * 0.55, 1000)
        self.comment_label.wrap(40 * mm, 100)
        self.height = 12 * mm + self.lead_height + 3 * mm + 6 * mm + sum(self.heights) + 11 * mm + 20 * mm
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        fillable = self.report.fillable
        top = self.height
        c.saveState()
        c.setFillColor(BAND)
        c.setStrokeColor(RULE)
        c.roundRect(0, 0, self.width, self.height, 4, stroke=1, fill=0)
        c.rect(0, top - 10 * mm, self.width, 10 * mm, stroke=0, fill=1)
        c.setFillColor(ACCENT)
        c.setFont(BOLD, 12)
        c.drawString(4 * mm, top - 6.8 * mm, self.section.provider_name)
        c.restoreState()
        y = top - 12 * mm - self.lead_height
        x_lead = 4 * mm
        if not self.section.self_view:
            self._box(served_field(self.section), 4 * mm, y + self.lead_height - 4.2 * mm, fillable)
            x_lead = 12 * mm
        self.lead.drawOn(c, x_lead, y)
        y -= 3 * mm
        # the scale over the answer columns
        first_column = self.width - len(SCALE) * COLUMN - 2 * mm
        c.setFont(BOLD, 8)
        c.setFillColor(MUTED)
        for i, value in enumerate(SCALE):
            c.drawCentredString(first_column + (i + 0.5) * COLUMN, y - 4 * mm, str(value))
        y -= 6 * mm
        for question, paragraph, height in zip(self.form.questions, self.rows, self.heights, strict=True):
            y -= height
            paragraph.drawOn(c, 4 * mm, y + (height - paragraph.height) / 2)
            centre = y + height / 2
            self._radios(score_field(self.section, question.id), question, first_column, centre, fillable)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.3)
            c.line(4 * mm, y, self.width - 2 * mm, y)
        y -= 9 * mm
        self.step_label.drawOn(c, 4 * mm, y + 1 * mm)
        self._step(step_field(self.section), self.width * 0.6, y, self.width * 0.4 - 4 * mm, fillable)
        y -= 20 * mm
        self.comment_label.drawOn(c, 4 * mm, y + 15 * mm)
        self._text(comment_field(self.section), 4 * mm, y + 2 * mm, self.width - 8 * mm, 12 * mm, fillable)

    # -- fields, or what stands for them on paper --------------------------------------------
    def _box(self, name: str, x: float, y: float, fillable: bool) -> None:
        if fillable:
            self.canv.acroForm.checkbox(name=name, x=x, y=y, size=12, buttonStyle="check", borderColor=INK,
                                        fillColor=WHITE, textColor=INK, borderWidth=0.8, fieldFlags="",
                                        relative=True, tooltip=self.section.provider_name)
        else:
            self.canv.setStrokeColor(INK)
            self.canv.setLineWidth(0.8)
            self.canv.rect(x, y, 12, 12, stroke=1, fill=0)

    def _radios(self, name: str, question: QuestionRow, first_column: float, centre: float, fillable: bool) -> None:
        for i, value in enumerate(SCALE):
            x = first_column + (i + 0.5) * COLUMN
            # the circle is printed, so a form looks the same on paper and on screen
            self.canv.setStrokeColor(INK)
            self.canv.setLineWidth(0.8)
            self.canv.circle(x, centre, CIRCLE / 2, stroke=1, fill=0)
            if fillable:
                self.canv.acroForm.radio(name=name, value=str(value), x=x - CIRCLE / 2, y=centre - CIRCLE / 2,
                                         size=CIRCLE, buttonStyle="circle", shape="circle", borderColor=INK,
                                         fillColor=WHITE, textColor=INK, borderWidth=0.8,
                                         fieldFlags="noToggleToOff radio", relative=True,
                                         tooltip=f"{question.position}: {value}")

    def _step(self, name: str, x: float, y: float, width: float, fillable: bool) -> None:
        if fillable:
            options: list[Any] = [(NO_STEP, NO_STEP)] + [
                (_short(f"{s.code} {s.standard_title}: {s.text}", 70), s.code) for s in self.section.steps]
            self.canv.acroForm.choice(name=name, value=NO_STEP, options=options, x=x, y=y, width=width,
                                      height=7 * mm, borderColor=INK, fillColor=WHITE, textColor=INK,
                                      borderWidth=0.8, fontSize=8, relative=True, fieldFlags="combo")
        else:
            self.canv.setStrokeColor(INK)
            self.canv.setLineWidth(0.8)
            self.canv.rect(x, y, 24 * mm, 7 * mm, stroke=1, fill=0)

    def _text(self, name: str, x: float, y: float, width: float, height: float, fillable: bool) -> None:
        if fillable:
            self.canv.acroForm.textfield(name=name, value="", x=x, y=y, width=width, height=height,
                                         borderColor=INK, fillColor=WHITE, textColor=INK, borderWidth=0.8,
                                         fontSize=9, maxlen=4000, fieldFlags="multiline", relative=True)
        else:
            self.canv.setStrokeColor(INK)
            self.canv.setLineWidth(0.8)
            self.canv.rect(x, y, width, height, stroke=1, fill=0)


class FormCode(Flowable):
    """The form's code, printed to type from paper and kept in a hidden field to read back."""

    def __init__(self, report: SurveyFormReport, form: FormContent, width: float) -> None:
        super().__init__()
        self.report, self.form, self.width, self.height = report, form, width, 7 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        label = self.report.t.translate("SurveyFormReport", "Form code")
        c.setFont(REGULAR, 9)
        c.setFillColor(MUTED)
        c.drawString(0, 2 * mm, label)
        c.setFont(BOLD, 12)
        c.setFillColor(INK)
        # after the label as long as it is in the form's language ("Código del formulario" ran over the
        # code at a fixed 24 mm), never nearer the margin than that
        c.drawString(max(24 * mm, c.stringWidth(label, REGULAR, 9) + 3 * mm), 2 * mm, self.form.token)
        if self.report.fillable:
            c.acroForm.textfield(name=TOKEN_FIELD, value=self.form.token, x=0, y=0, width=1, height=1,
                                 annotationFlags="hidden", fieldFlags="readOnly", relative=True, borderWidth=0)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


class SurveyFormReport(BaseReport):
    """Forms of one survey round: each form once (fillable) or ``copies`` times (paper)."""

    def __init__(self, services: Services, translator: Formatter | None = None, page_size: str = "a4", *,
                 forms: list[FormContent], fillable: bool, copies: bool = True) -> None:
        super().__init__(services, translator, page_size)
        self.forms, self.fillable, self.copies = forms, fillable, copies

    def title(self) -> str:
        return self.tr("Survey form")

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        for form in self.forms:
            repeat = form.invited if (self.copies and not self.fillable and form.respondent_id is None) else 1
            for copy in range(repeat):
                if story:
                    story.append(PageBreak())
                story += self.one_form(form, copy + 1, repeat)
        return story

    def one_form(self, form: FormContent, copy: int, copies: int) -> list[Flowable]:
        t, w = self.t, self.width
        threshold = self.services.network.anonymity_threshold()
        story: list[Flowable] = [heading(form.round.title, H1)]
        intro = self.tr("How well do other departments serve you? Think of the service you received between {start} "
                        "and {end}: each statement is rated from 1 (do not agree at all) to 5 (fully agree).")
        story.append(para(intro.format(start=t.date(form.round.period_start), end=t.date(form.round.period_end)), BODY))
        if form.respondent_id is None:
            who = self.tr("{department} \u2013 anonymous form. Do not write your name: your answers are kept with "
                          "your department only, and shown only where at least {n} people answered.").format(
                department=form.department_name, n=threshold)
        else:
            who = self.tr("For {name}, {department}.").format(name=form.respondent_name,
                                                               department=form.department_name)
        story += [Spacer(1, 2 * mm), para(who, BODY)]
        if self.fillable:
            story.append(para(self.tr("Fill in this PDF on screen, save it and send it back as it is: icdesk reads "
                                      "the answers from the file."), SMALL))
        elif copies > 1:
            story.append(para(self.tr("Copy {n} of {m}").format(n=copy, m=copies), SMALL))
        story += [Spacer(1, 2 * mm), FormCode(self, form, w), Spacer(1, 3 * mm)]
        for section in form.sections:
            story += [CondPageBreak(60 * mm), Section(self, form, section, w), Spacer(1, 4 * mm)]
        story += self.step_lists(form)
        return story

    def step_lists(self, form: FormContent) -> list[Flowable]:
        with_steps = [s for s in form.sections if s.steps]
        if not with_steps:
            return []
        out: list[Flowable] = [CondPageBreak(50 * mm), heading(self.tr("Steps of the service standards"), H2),
                               para(self.tr("Where service broke down, write or choose the code of the step."), SMALL)]
        for section in with_steps:
            rows: list[list[object]] = [[s.code, s.standard_title, s.text] for s in section.steps]
            out += [KeepTogether([heading(section.provider_name, H3), data_table(
                [self.tr("Code"), self.tr("Service standard"), self.tr("Step")], rows,
                [self.width * 0.1, self.width * 0.32, self.width * 0.58])])]
        return out


ANONYMOUS = QT_TRANSLATE_NOOP("SurveyFormReport", "anonymous")


def form_file_name(form: FormContent, translator: Formatter | None = None) -> str:
    """A file name that says whose form it is (anonymous forms: only the department), in the forms'
    language ("…-Accounting-anonimo-WR94-9Q3D.pdf")."""
    nobody = translator.translate("SurveyFormReport", ANONYMOUS) if translator else ANONYMOUS
    def plain(text: str) -> str:
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
        return re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("_")

    # the form's code always ends the name, whole: cut from a long title or name, it let forms of people whose
    # names begin alike take one file name, and all but one were written over without a word
    token = plain(form.token)
    said = plain("-".join([form.round.title, form.department_name, form.respondent_name or nobody]))
    return f"{said[:150 - len(token) - 1].rstrip('_-')}-{token}.pdf"


def write_fillable_forms(services: Services, round_id: int, folder: Path, translator: Formatter,
                         page_size: str = "a4") -> list[Path]:
    """One fillable PDF per form of the round, written into ``folder``."""
    from icdesk.domain.errors import ValidationError

    if not folder.is_dir():
        raise ValidationError("The folder {parent} does not exist.", parent=folder, field="out")
    targets: list[tuple[FormContent, Path]] = []
    for form in services.surveys.forms(round_id):
        out = folder / form_file_name(form, translator)
        if any(out == taken for _form, taken in targets):  # two forms of one name: told apart
            out = out.with_name(f"{out.stem}-{len(targets) + 1}.pdf")
        targets.append((form, out))
    # the forms written here before may have come back filled in and been saved over themselves: a second
    # run put blank forms in their place, and the answers were gone
    filled = [out for form, out in targets if out.is_file() and holds_answers(out, form)]
    if filled:
        raise ValidationError("{name} in {folder} holds answers already: no form was written, so that no answers are "
                              "written over. Choose an empty folder for new forms.", name=filled[0].name,
                              folder=folder, field="out")
    for form, out in targets:
        SurveyFormReport(services, translator, page_size, forms=[form], fillable=True).build(out)
    return [out for _form, out in targets]


def write_paper_forms(services: Services, round_id: int, out: Path, translator: Formatter,
                      page_size: str = "a4") -> Path:
    """Every form of the round in one PDF to print (anonymous forms once per person invited)."""
    forms = services.surveys.forms(round_id)
    return SurveyFormReport(services, translator, page_size, forms=forms, fillable=False).build(out)


__all__ = ["SurveyFormReport", "write_fillable_forms", "write_paper_forms", "form_file_name"]
