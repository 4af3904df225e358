"""Paragraph and table styles shared by every document, and safe text helpers."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from contextvars import ContextVar
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from icdesk.reports.fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1f2a37")
ACCENT = colors.HexColor("#1d5f8a")
MUTED = colors.HexColor("#5b6673")
RULE = colors.HexColor("#c9d3dd")
BAND = colors.HexColor("#eef3f7")
GOOD = colors.HexColor("#2e7d4f")
BAD = colors.HexColor("#b23b3b")


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = dict(fontName=REGULAR, fontSize=10, leading=14, textColor=INK)
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = _style("body")
SMALL = _style("small", fontSize=8.5, leading=11, textColor=MUTED)
CELL = _style("cell", fontSize=9, leading=12)
CELL_BOLD = _style("cellbold", fontSize=9, leading=12, fontName=BOLD)
HEAD_CELL = _style("headcell", fontSize=9, leading=12, fontName=BOLD, textColor=colors.white)
TITLE = _style("title", fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT, spaceAfter=6 * mm)
SUBTITLE = _style("subtitle", fontSize=14, leading=19, textColor=MUTED)
H1 = _style("h1", fontName=BOLD, fontSize=18, leading=23, textColor=ACCENT, spaceBefore=2 * mm, spaceAfter=4 * mm)
H2 = _style("h2", fontName=BOLD, fontSize=13, leading=17, spaceBefore=5 * mm, spaceAfter=2 * mm)
H3 = _style("h3", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=3 * mm, spaceAfter=1.5 * mm)
STEP = _style("step", leftIndent=8 * mm, firstLineIndent=-6 * mm, spaceAfter=1.5 * mm)
KPI_VALUE = _style("kpivalue", fontName=BOLD, fontSize=16, leading=20, alignment=TA_CENTER, textColor=ACCENT)
KPI_LABEL = _style("kpilabel", fontSize=8, leading=10, alignment=TA_CENTER, textColor=MUTED)
KPI_NOTE = _style("kpinote", fontSize=7, leading=9, alignment=TA_CENTER, textColor=MUTED)
TOC_1 = _style("toc1", fontName=BOLD, fontSize=11, leading=16, leftIndent=0)
TOC_2 = _style("toc2", fontSize=9.5, leading=13, leftIndent=6 * mm)


# Characters that only steer how an emoji looks (variation selectors, joiners, skin tones): the
# document font has no glyph for them and the base character reads the same without them.
_STEERING = {0xFE0E, 0xFE0F, 0x200D, *range(0x1F3FB, 0x1F400)}
REPLACEMENT = "\ufffd"
# the characters a document could not print, collected while its story is built
unprintable: ContextVar[set[str] | None] = ContextVar("unprintable", default=None)


@cache
def _drawable() -> frozenset[int]:
    """Code points both bundled faces have a glyph for."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in (REGULAR, BOLD)]
    return frozenset(faces[0].charToGlyph).intersection(faces[1].charToGlyph)


def printable(text: str) -> str:
    """The text as the document font can draw it.

    A letter the font lacks (Chinese, Arabic) would print as an empty box and copy out as a wrong
    character; it becomes U+FFFD instead and is remembered, so the document can say which characters
    it could not print. An emoji or pictograph the font lacks is left out: it carries no words.
    """
    if text.isascii():
        return text
    drawable = _drawable()
    out = []
    for char in text:
        code = ord(char)
        if code in drawable or char in "\n\t":
            out.append(char)
        elif code in _STEERING or unicodedata.category(char) in ("Mn", "Me", "Cf") and code > 0x2000:
            continue
        elif code >= 0x2190 and unicodedata.category(char) == "So":
            # an emoji or a pictograph the font lacks is decoration: "Hotel Peñón 🏨" printed its name with a
            # mark in every page's header and a note of "U+1F3E8 HOTEL" for staff; words lose nothing without it
            continue
        else:
            out.append(REPLACEMENT)
            missing = unprintable.get()
            if missing is not None:
                missing.add(char)
    return "".join(out)


def unprintable_names(chars: set[str], limit: int = 12) -> str:
    """"U+1F44D THUMBS UP SIGN, U+4E2D ..." for a note in the document."""
    named = [f"U+{ord(c):04X} {unicodedata.name(c, '')}".strip() for c in sorted(chars)]
    return ", ".join(named[:limit]) + (", \u2026" if len(named) > limit else "")


def esc(text: object) -> str:
    """User text as literal text: ReportLab would otherwise read <b>, & and <img> as markup."""
    return escape(printable(str(text))).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(esc(text), style)


def label_value_table(rows: Sequence[tuple[str, object]], width: float) -> Table:
    """Two columns of short facts: label in bold, value beside it."""
    data = [[Paragraph(esc(label), CELL_BOLD), Paragraph(esc(value), CELL)] for label, value in rows]
    # splitInRow: a value as long as a field takes (20,000 characters) runs on over pages; a row that
    # may not split stopped the whole document with a LayoutError
    table = Table(data, colWidths=[width * 0.32, width * 0.68], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


PADDING = 6  # ReportLab's default left and right cell padding
HEAD_MIN_SIZE = 6.5


def longest_word(text: str, font: str, size: float) -> float:
    return max((pdfmetrics.stringWidth(word, font, size) for word in text.split()), default=0.0)


def fitted(text: str, font: str, size: float, room: float) -> str:
    """``text`` shortened with "…" to ``room`` points (whole when it fits)."""
    if pdfmetrics.stringWidth(text, font, size) <= room:
        return text
    while text and pdfmetrics.stringWidth(text + "\u2026", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def fit_header(header: list[str], widths: list[float], size: float = 9,
               content: list[float] | None = None) -> tuple[list[float], list[float]]:
    """Column widths and header font sizes so that no header word is broken ("Määräpäi-vä").

    A column too narrow for its longest header word takes width from columns with room to spare
    (never below their own longest word or three quarters of their width); what is still
    missing is made up by a smaller header font.
    """
    widths = list(widths)
    head_need = [longest_word(h, BOLD, size) + 2 * PADDING for h in header]
    # a column also needs room for the longest word in it ("Housekeeping"), where that is known
    need = [max(n, c + 2 * PADDING) for n, c in zip(head_need, content or [0.0] * len(header), strict=True)]
    for i, width in enumerate(list(widths)):
        deficit = need[i] - width
        if deficit <= 0:
            continue
        for j in sorted(range(len(widths)), key=lambda j: need[j] - widths[j]):
            if j == i or deficit <= 0:
                continue
            spare = widths[j] - max(need[j], 0.75 * widths[j])
            if spare > 0:
                take = min(spare, deficit)
                widths[j] -= take
                widths[i] += take
                deficit -= take
    sizes = [size if n <= w else max(HEAD_MIN_SIZE, size * (w - 2 * PADDING) / (n - 2 * PADDING))
             for w, n in zip(widths, head_need, strict=True)]
    return widths, sizes


def head_style(size: float) -> ParagraphStyle:
    if size == HEAD_CELL.fontSize:
        return HEAD_CELL
    return ParagraphStyle("headfit", parent=HEAD_CELL, fontSize=size, leading=size * 1.3)


def cell(value: object, width: float, style: ParagraphStyle = CELL) -> object:
    """A table cell: plain text when it fits on one line (drawn at once, nothing to parse or
    wrap, which makes a 500-standard handbook several times faster), else a wrapping paragraph."""
    if isinstance(value, (int, float)):
        value = str(value)
    if not isinstance(value, str):
        return value
    text = printable(value)
    if "\n" not in text and pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width - 2 * PADDING:
        return text
    return Paragraph(esc(value), style)


def plain_cells(style: ParagraphStyle = CELL, first: tuple[int, int] = (0, 0),
                last: tuple[int, int] = (-1, -1)) -> list[tuple[object, ...]]:
    """Table style commands that draw the plain-text cells of a range like ``style``'s paragraphs."""
    return [("FONTNAME", first, last, style.fontName), ("FONTSIZE", first, last, style.fontSize),
            ("LEADING", first, last, style.leading), ("TEXTCOLOR", first, last, style.textColor)]


def data_table(header: list[str], rows: list[list[object]], widths: list[float],
               align_right: tuple[int, ...] = (), banded: bool = True) -> Table:
    """A list with a coloured header row that repeats on every page; header words are never broken."""
    content = [max((longest_word(str(row[i]), CELL.fontName, CELL.fontSize) for row in rows
                    if isinstance(row[i], str)), default=0.0) for i in range(len(header))]
    widths, sizes = fit_header(header, widths, content=content)
    data: list[list[object]] = [[cell(h, width, head_style(size)) if size == HEAD_CELL.fontSize
                                 else Paragraph(esc(h), head_style(size))
                                 for h, size, width in zip(header, sizes, widths, strict=True)]]
    data += [[cell(value, width) for value, width in zip(row, widths, strict=True)] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)  # as label_value_table
    style = [
        *plain_cells(HEAD_CELL, (0, 0), (-1, 0)),
        *plain_cells(CELL, (0, 1)),
        *[("ALIGN", (column, 1), (column, -1), "RIGHT") for column in align_right],
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if banded:
        style += [("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, BAND])]
    table.setStyle(TableStyle(style))
    for column in align_right:
        for cell_row in data:
            value = cell_row[column]
            if isinstance(value, Paragraph):
                value.style = ParagraphStyle("right", parent=value.style, alignment=2)
    return table


def kpi_tiles(items: list[tuple[str, str]], width: float, notes: list[str] | None = None) -> Table:
    """A row of big figures with a caption under each (and a small note, e.g. the previous period).

    Figures, captions and notes are rows of one table, so the figures stand on one line even
    when a caption wraps onto two.
    """
    column = width / len(items)
    rows: list[list[object]] = [[Paragraph(esc(value), KPI_VALUE) for _, value in items],
                                [Paragraph(esc(label), KPI_LABEL) for label, _ in items]]
    if notes:
        rows.append([Paragraph(esc(note), KPI_NOTE) for note in notes])
    table = Table(rows, colWidths=[column] * len(items))
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), BAND),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, 0), 7),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
        ("TOPPADDING", (0, 1), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 1), (-1, -2), 2),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _line(height: float, width: float) -> Table:
    """Empty space of ``height`` with a rule under it, to write on."""
    line = Table([[""]], rowHeights=[height], colWidths=[width])
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, INK)]))
    return line


def signature_block(people: list[tuple[str, str]], width: float, sign_label: str, date_label: str) -> Table:
    """Side-by-side blocks, one per signer: role, name, a line to sign on, a line for the date."""
    column = width / len(people)
    blocks = []
    for role, name in people:
        rows = [[Paragraph(esc(role), CELL_BOLD)], [Paragraph(esc(name) or "&nbsp;", CELL)],
                [_line(14 * mm, column - 16 * mm)], [Paragraph(esc(sign_label), SMALL)],
                [_line(9 * mm, column - 16 * mm)], [Paragraph(esc(date_label), SMALL)]]
        blocks.append(Table(rows, colWidths=[column - 10 * mm]))
    table = Table([blocks], colWidths=[column] * len(people), hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


class SignRows(Flowable):
    """Rows to sign on, ``row_height`` high, with names printed in advance, filling the page.

    Every name gets its row; after the last name, empty rows fill what is left of the page (for
    people not listed). Names that do not fit go on to the next page under the same header.
    """

    def __init__(self, header: list[str], names: list[tuple[str, str]], widths: list[float],
                 row_height: float = 10 * mm, fill: bool = True) -> None:
        super().__init__()
        self.header, self.names, self.widths = header, names, widths
        self.row_height, self.fill = row_height, fill
        self._table: Table | None = None
        self._heights: list[float] | None = None

    def _head_height(self) -> float:
        return float(HEAD_CELL.leading) + 8

    def _name_heights(self) -> list[float]:
        """Each named row as tall as its name and job title need, at least ``row_height``: a long
        title wrapped upwards over the row above and the heading ("Техник-электрик по обслуживанию…")."""
        if self._heights is None:
            widths, _sizes = fit_header(self.header, self.widths)
            self._heights = [max(self.row_height, 8 + max(
                Paragraph(esc(name), CELL).wrap(widths[0] - 12, 1e6)[1],
                Paragraph(esc(detail), SMALL).wrap(widths[1] - 12, 1e6)[1])) for name, detail in self.names]
        return self._heights

    def _fit(self, height: float) -> tuple[int, int]:
        """How many names fit in ``height``, and how many empty rows after them (once all have)."""
        room = height - self._head_height() + 0.01
        count = 0
        for needed in self._name_heights():
            if room < needed:
                break
            room -= needed
            count += 1
        return count, int(room // self.row_height) if count == len(self.names) else 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab's names
        _named, empty = self._fit(availHeight)
        heights = self._name_heights() + [self.row_height] * (empty if self.fill else 0)
        heights = heights or [self.row_height]
        self._table = self._make(heights)
        self.width = sum(self.widths)
        self.height = self._head_height() + sum(heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - ReportLab's names
        named, empty = self._fit(availHeight)
        if named + empty < 3:
            return []  # a header with one or two rows under it: start on the next page instead
        return [SignRows(self.header, self.names[:named], self.widths, self.row_height, fill=True),
                SignRows(self.header, self.names[named:], self.widths, self.row_height, fill=True)]

    def _make(self, heights: list[float]) -> Table:
        widths, sizes = fit_header(self.header, self.widths)
        data: list[list[object]] = [[Paragraph(esc(h), head_style(size)) for h, size in zip(self.header, sizes,
                                                                                         strict=True)]]
        for name, detail in self.names:
            data.append([Paragraph(esc(name), CELL), Paragraph(esc(detail), SMALL)] + [""] * (len(widths) - 2))
        data += [[""] * len(widths) for _ in range(len(heights) - len(self.names))]
        table = Table(data, colWidths=widths, rowHeights=[self._head_height(), *heights])
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a97a5")),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
        ]))
        return table

    def draw(self) -> None:
        assert self._table is not None
        self._table.wrapOn(self.canv, self.width, self.height)
        self._table.drawOn(self.canv, 0, 0)
