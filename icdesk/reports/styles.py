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
from reportlab.platypus import Paragraph, Table, TableStyle

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

    A character the font lacks (an emoji, Chinese) would print as an empty box and copy out as a
    wrong character; it becomes U+FFFD instead and is remembered, so the document can say which
    characters it could not print.
    """
    if text.isascii():
        return text
    drawable = _drawable()
    out = []
    for char in text:
        code = ord(char)
        if code in drawable or char in "\n\t":
            out.append(char)
        elif code in _STEERING or unicodedata.category(char) in ("Mn", "Cf") and code > 0x2000:
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
    table = Table(data, colWidths=[width * 0.32, width * 0.68], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def data_table(header: list[str], rows: list[list[object]], widths: list[float],
               align_right: tuple[int, ...] = ()) -> Table:
    """A list with a coloured header row that repeats on every page."""
    data: list[list[object]] = [[Paragraph(esc(h), HEAD_CELL) for h in header]]
    for row in rows:
        data.append([cell if not isinstance(cell, (str, int, float)) else Paragraph(esc(cell), CELL)
                     for cell in row])
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, BAND])]
    table.setStyle(TableStyle(style))
    for column in align_right:
        for cell_row in data:
            cell = cell_row[column]
            if isinstance(cell, Paragraph):
                cell.style = ParagraphStyle("right", parent=cell.style, alignment=2)
    return table


def kpi_tiles(items: list[tuple[str, str]], width: float) -> Table:
    """A row of big figures with a caption under each."""
    column = width / len(items)
    tiles = [Table([[Paragraph(esc(value), KPI_VALUE)], [Paragraph(esc(label), KPI_LABEL)]],
                   colWidths=[column - 6]) for label, value in items]
    table = Table([tiles], colWidths=[column] * len(items))
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), BAND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
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
