"""What every printed document shares: page set-up, header, "Page N of M" footer, contents."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
)

from icdesk.i18n import Formatter
from icdesk.reports.fonts import BOLD, REGULAR, register_fonts
from icdesk.reports.styles import (
    ACCENT,
    BAD,
    INK,
    MUTED,
    RULE,
    SMALL,
    TOC_1,
    TOC_2,
    fitted,
    para,
    printable,
    unprintable,
    unprintable_names,
)
from icdesk.services import Services

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN: float = 18 * mm


# (level, title, page, bookmark key) of each heading marked for the contents, in story order
Found = list[tuple[int, str, int, str]]
# where a contents line was drawn: page, index, level, end of its title, baseline, left, bottom, right, top,
# and its title
Mark = tuple[int, int, int, float, float, float, float, float, float, str]


class _Document(BaseDocTemplate):
    """Feeds headings marked with ``toc_level`` to the contents and the PDF outline."""

    found: Found

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's hook name
        level = getattr(flowable, "toc_level", None)
        if level is None or not isinstance(flowable, Paragraph):
            return
        text = flowable.getPlainText()
        key = f"h{len(self.found)}"
        # the frame has just moved below the heading: its top is the place to jump to
        top = self.frame._y + flowable.getSpaceAfter() + flowable.height + 4
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=top)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.found.append((level, text, self.page, key))


NUMBER_ROOM = 34.0  # right of a contents line: the dots' end and the page number


class ContentsLine(Flowable):
    """One line of the contents: its title now, its page number and link once the pages are known.

    The lines are known before the document is laid out (the report lists what it will head),
    so the contents take their real room in a single pass; the numbers are drawn when the held
    pages are written, and ReportLab does not lay the whole document out a second time.
    """

    def __init__(self, index: int, level: int, title: str, marks: list[Mark]) -> None:
        super().__init__()
        self.index, self.level, self.title, self.marks = index, level, printable(title), marks
        self.style = TOC_1 if level == 0 else TOC_2
        self.keepWithNext = level == 0  # a chapter's line never ends a page away from its entries
        self.lines: list[str] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        style = self.style
        room = availWidth - style.leftIndent - NUMBER_ROOM
        self.lines = simpleSplit(self.title, style.fontName, style.fontSize, room) or [""]
        # a chapter's line stands a little apart from the entries of the chapter before
        self.width, self.height = availWidth, len(self.lines) * style.leading + (4 if self.level == 0 else 1)
        return self.width, self.height

    def draw(self) -> None:
        style, canvas = self.style, self.canv
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(INK)
        baseline = len(self.lines) * style.leading - style.leading + (style.leading - style.fontSize) / 2 + 1
        for line in self.lines:
            canvas.drawString(style.leftIndent, baseline, line)
            baseline -= style.leading
        baseline += style.leading
        end = style.leftIndent + stringWidth(self.lines[-1], style.fontName, style.fontSize)
        x_end, y_base = canvas.absolutePosition(end, baseline)
        x_left, y_bottom = canvas.absolutePosition(style.leftIndent, 0)
        x_right, y_top = canvas.absolutePosition(self.width, self.height)
        self.marks.append((canvas.getPageNumber(), self.index, self.level, x_end, y_base, x_left, y_bottom,
                           x_right, y_top, self.title))


def contents(expected: list[tuple[int, str]], marks: list[Mark]) -> list[Flowable]:
    """The contents lines for the headings the story will hold, in order: (level, title)."""
    return [ContentsLine(i, level, title, marks) for i, (level, title) in enumerate(expected)]


def heading(text: str, style: Any, toc_level: int | None = None) -> Paragraph:
    from icdesk.reports.styles import esc

    paragraph = Paragraph(esc(text), style)
    if toc_level is not None:
        paragraph.toc_level = toc_level
    return paragraph


class BaseReport:
    """A document: subclasses give the title and the story, this class prints it."""

    has_cover = False

    def __init__(self, services: Services, translator: Formatter | None = None, page_size: str = "a4",
                 generated_at: datetime | None = None) -> None:
        if page_size not in PAGE_SIZES:
            raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}")
        register_fonts()
        self.services = services
        self.t = translator or Formatter("en", services.ctx.sla.zone)
        self.page_size = PAGE_SIZES[page_size]
        self.generated_at = generated_at or services.ctx.clock()
        company = services.company.get()
        self.company_name = company.name if company else ""
        self.company = company
        self.uncontrolled = False  # "Uncontrolled when printed" in every footer
        self.found: Found = []  # the headings of the contents, as laid out
        self.marks: list[Mark] = []  # where the contents lines were drawn

    @property
    def today(self) -> date:
        """The day the document is made, in the company's time zone."""
        return self.t.local(self.generated_at).date()

    # -- what subclasses provide -------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def subject(self) -> str:
        """The PDF's subject: what the document is about, shown by viewers and file managers."""
        return self.title()

    def keywords(self) -> list[str]:
        return [self.company_name]

    def put_in_place(self, place: Callable[[], None]) -> None:
        """Move the finished PDF to where it was asked for; a document that records something
        (an edition) records it together with this move, so neither happens without the other."""
        place()

    # -- helpers for subclasses --------------------------------------------------------------
    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Like Qt's tr(): ``self.tr("%n standard(s)", "", n)`` picks the plural form for n."""
        return self.t.translate(type(self).__name__, text, disambiguation or None, n)

    def axis_number(self, value: float) -> str:
        """A chart axis label in the document's language: "1 200", "2,5", "0,05" (as many decimals as the
        tick has: a scale of minutes in hours read "0,0" five times)."""
        decimals = next((d for d in range(5) if abs(round(value, d) - value) < 1e-9), 4)
        return self.t.number(value, decimals)

    @property
    def width(self) -> float:
        page_width: float = self.page_size[0]
        return page_width - 2 * MARGIN

    # -- printing ----------------------------------------------------------------------------
    def build(self, out: Path | str) -> Path:
        """Write the PDF. A half-written file never replaces an existing one."""
        out = Path(out)
        # a plain new file (not mkstemp's 0600): a printed document is meant to be shared
        tmp_name = str(out.with_name(f".{out.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp"))
        try:
            self._build_to(tmp_name)
            self.put_in_place(lambda: os.replace(tmp_name, out))
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return out

    def full_story(self) -> list[Flowable]:
        """The story, and a note at its end naming any character the font could not print."""
        missing: set[str] = set()
        token = unprintable.set(missing)
        try:
            printable(self.company_name)
            story = self.story()
        finally:
            unprintable.reset(token)
        if missing:
            story += [Spacer(1, 6 * mm), para(self.t.translate(
                "BaseReport", "Some characters cannot be printed with this document's font and are shown as "
                "\ufffd: {characters}.").format(characters=unprintable_names(missing)), SMALL)]
        return story

    def _build_to(self, filename: str) -> None:
        doc = _Document(filename, pagesize=self.page_size, leftMargin=MARGIN, rightMargin=MARGIN,
                        topMargin=MARGIN + 8 * mm, bottomMargin=MARGIN + 4 * mm, title=printable(self.title()),
                        author=printable(self.company_name), subject=printable(self.subject()),
                        keywords=[printable(k) for k in self.keywords() if k], creator="icdesk",
                        lang=self.t.lang, displayDocTitle=True,
                        # the canvas's own default font (Helvetica) would be named, unembedded, on every page
                        initialFontName=REGULAR)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate("body", [frame], onPage=self._draw_header)]
        if self.has_cover:
            templates.insert(0, PageTemplate("cover", [frame], onPage=self._draw_cover_band))
        doc.addPageTemplates(templates)
        canvasmaker = self._canvas_class()
        self.found.clear()
        self.marks.clear()
        doc.found = self.found
        doc.build(self.full_story(), canvasmaker=canvasmaker)

    def _draw_header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.page_size
        y = height - MARGIN
        canvas.saveState()
        title = printable(self.title())
        # a long legal name ("Общество с ограниченной ответственностью «…»") ran into the title: shortened
        # with "…" to the room the title leaves
        room = width - 2 * MARGIN - stringWidth(title, REGULAR, 9) - 6 * mm
        canvas.setFont(BOLD, 9)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, y, fitted(printable(self.company_name), BOLD, 9, room))
        canvas.setFont(REGULAR, 9)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, y, title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y - 2.5 * mm, width - MARGIN, y - 2.5 * mm)
        canvas.restoreState()

    def _draw_cover_band(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        _, height = self.page_size
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, 0, 9 * mm, height, stroke=0, fill=1)
        canvas.restoreState()

    def _canvas_class(self) -> type[Canvas]:
        report = self

        class NumberedCanvas(Canvas):
            """Holds every page back until the end, so each footer can say "of M".

            A bookmark names the page the PDF has written last; while pages are held back that
            is none, so bookmarks are held back with their page and set as it is written.
            """

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []
                self._held_bookmarks: list[tuple[str, dict[str, Any]]] = []

            def bookmarkPage(self, key: str, **kwargs: Any) -> None:  # noqa: N802 - ReportLab's name
                self._held_bookmarks.append((key, kwargs))

            def showPage(self) -> None:  # noqa: N802 - ReportLab's name
                self._pages.append(dict(self.__dict__))
                self._held_bookmarks = []
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    for key, kwargs in state["_held_bookmarks"]:
                        Canvas.bookmarkPage(self, key, **kwargs)
                    report._draw_contents_numbers(self, number)
                    if not (report.has_cover and number == 1):
                        report._draw_footer(self, number, total)
                    super().showPage()
                super().save()

        return NumberedCanvas

    def _found_for(self, index: int, level: int, title: str) -> tuple[int, str, int, str] | None:
        """The heading a contents line stands for: the one at the same place, or else the first
        with its level and title."""
        if index < len(self.found) and self.found[index][:2] == (level, title):
            return self.found[index]
        return next((f for f in self.found if f[:2] == (level, title)), None)

    def _draw_contents_numbers(self, canvas: Canvas, page: int) -> None:
        """Dots, page number and link of each contents line on this page, now that pages are known."""
        if not self.marks or self.marks[0][0] > page or self.marks[-1][0] < page:
            return  # the contents are on a few pages near the front
        for mark in self.marks:
            drawn_on, index, level, x_end, y_base, x_left, y_bottom, x_right, y_top, title = mark
            if drawn_on != page:
                continue
            found = self._found_for(index, level, title)
            if found is None:
                continue  # a line whose heading never came: no number rather than a wrong one
            _, _, target, key = found
            style = TOC_1 if level == 0 else TOC_2
            number = self.t.number(target)
            canvas.saveState()
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(INK)
            canvas.drawRightString(x_right, y_base, number)
            dot = " . "
            room = x_right - stringWidth(number, style.fontName, style.fontSize) - 4 - (x_end + 4)
            dots = dot * max(0, int(room // stringWidth(dot, style.fontName, style.fontSize)))
            canvas.drawRightString(x_right - stringWidth(number, style.fontName, style.fontSize) - 4, y_base, dots)
            # a name of its own: the annotation counter belongs to the held page state
            canvas.linkRect("", key, (x_left, y_bottom, x_right, y_top), relative=0, thickness=0, name=f"toc{index}")
            canvas.restoreState()

    def _draw_footer(self, canvas: Canvas, number: int, total: int) -> None:
        width, _ = self.page_size
        y = MARGIN
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, y, self.t.translate("BaseReport", "Generated on {date}").format(
            date=self.t.datetime(self.generated_at)))
        canvas.drawRightString(width - MARGIN, y, self.t.translate("BaseReport", "Page {n} of {m}").format(
            n=self.t.number(number), m=self.t.number(total)))
        if self.uncontrolled:
            canvas.setFont(BOLD, 8)
            canvas.setFillColor(BAD)
            canvas.drawCentredString(width / 2, y, self.t.translate("BaseReport", "Uncontrolled when printed"))
        canvas.restoreState()
