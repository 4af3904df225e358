"""Charts drawn with reportlab.graphics, in the documents' colours and font.

Every number on an axis comes through the caller's formatter ("20 000", "20.000"), every bar has
headroom under the top gridline, and long lists of departments are cut to the largest twelve
plus "others" by the caller (``top_and_others``) so each bar stays readable.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TypeVar

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from icdesk.reports.fonts import BOLD, REGULAR
from icdesk.reports.styles import ACCENT, BAD, INK, MUTED, RULE, printable

SECOND = colors.HexColor("#8fb8d6")
WARN = colors.HexColor("#d98c3f")
TOP = 12  # departments shown one by one; the rest are added up as "others"

Number = Callable[[float], str]
T = TypeVar("T")


def top_and_others(items: Sequence[T], size: Callable[[T], float], limit: int = TOP) -> tuple[list[T], list[T]]:
    """The ``limit`` largest items (in their original order) and the rest."""
    if len(items) <= limit:
        return list(items), []
    keep = set(sorted(range(len(items)), key=lambda i: -size(items[i]))[:limit])
    return [x for i, x in enumerate(items) if i in keep], [x for i, x in enumerate(items) if i not in keep]


def nice_scale(largest: float, ticks: int = 5) -> tuple[float, float]:
    """Top of the axis and the step between gridlines: round numbers, with room above the largest value."""
    if largest <= 0:
        return 1.0, 1.0 if ticks <= 1 else 0.25
    rough = largest * 1.1 / ticks
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)
    if step < 1 and largest >= 1:
        step = 1.0
    top = step * math.ceil(largest * 1.08 / step)
    if top <= largest:
        top += step
    return top, step


def _title(drawing: Drawing, text: str, height: float) -> None:
    drawing.add(String(0, height - 12, printable(text), fontName=BOLD, fontSize=10, fillColor=INK))


def _axis_fonts(chart: VerticalBarChart | HorizontalLineChart | HorizontalBarChart, number: Number) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 7.5
        axis.labels.fillColor = MUTED
        axis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.labelTextFormat = number


def _scale(chart: VerticalBarChart | HorizontalLineChart | HorizontalBarChart, largest: float,
           top: float | None = None) -> None:
    nice_top, step = nice_scale(largest)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top if top is not None else nice_top
    chart.valueAxis.valueStep = step if top is None else top / 5


def legend(drawing: Drawing, right: float, y: float, items: list[tuple[colors.Color, str]]) -> None:
    """Swatches and names in one row, ending at ``right``; under the chart's title when the two would
    meet on one line (a long title in Spanish ran over the names)."""
    wide = sum(stringWidth(printable(name), REGULAR, 8) + 26 for _colour, name in items)
    titles = [s for s in drawing.contents if isinstance(s, String) and s.fontName == BOLD]
    if titles and abs(titles[0].y - (y - 7)) < 10 and stringWidth(titles[0].text, BOLD, 10) + 12 > right - wide:
        y -= 14
    x = right
    for colour, name in reversed(items):
        name = printable(name)
        x -= stringWidth(name, REGULAR, 8)
        drawing.add(String(x, y - 7, name, fontName=REGULAR, fontSize=8, fillColor=INK))
        x -= 12
        drawing.add(Rect(x, y - 8, 8, 8, fillColor=colour, strokeColor=None))
        x -= 14


def short(label: str, limit: int = 16) -> str:
    label = printable(label)
    return label if len(label) <= limit else label[: limit - 1] + "\u2026"


def _cut(text: str, width: float, font: str, size: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "\u2026", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def fit_lines(label: str, width: float, size: float = 7.5, lines: int = 2, font: str = REGULAR) -> list[str]:
    """The label broken at its spaces into at most ``lines`` lines no wider than ``width`` points, as
    the page measures them; only what still does not fit is cut. "Administración y contabilidad" under
    a bar two inches wide was cut at 16 letters ("Administración …") while the room was there."""
    words = printable(label).split()
    out: list[str] = []
    while words and len(out) < lines:
        line = words.pop(0)
        while words and stringWidth(f"{line} {words[0]}", font, size) <= width:
            line = f"{line} {words.pop(0)}"
        out.append(line)
    if words:  # more than the lines hold: the last line takes the rest, cut
        out[-1] = " ".join([out[-1], *words])
    return [_cut(line, width, font, size) for line in out] or [""]


def fit_label(label: str, width: float, size: float = 7.5, lines: int = 2, font: str = REGULAR) -> str:
    """``fit_lines`` as one text for a chart's axis (ReportLab writes each line of it under the other)."""
    return "\n".join(fit_lines(label, width, size, lines, font))


def grouped_bars(title: str, categories: list[str], series: list[tuple[str, list[float]]], width: float,
                 number: Number, height: float = 200) -> Drawing:
    """Bars side by side per category, e.g. received and resolved per department."""
    drawing = Drawing(width, height)
    _title(drawing, title, height)
    chart = VerticalBarChart()
    slanted = len(categories) > 6
    bottom = 58 if slanted else 38
    chart.x, chart.y, chart.width, chart.height = 38, bottom, width - 46, height - bottom - 36
    chart.data = [list(values) for _, values in series] or [[0]]
    # upright: two lines as wide as a category's room; slanted: one line as long as the slope leaves
    room = 80 if slanted else chart.width / max(1, len(categories)) - 4
    chart.categoryAxis.categoryNames = [fit_label(c, room, lines=1 if slanted else 2) for c in categories] or [""]
    chart.categoryAxis.labels.angle = 35 if slanted else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if slanted else "n"
    chart.barSpacing = 1
    chart.groupSpacing = 8
    _axis_fonts(chart, number)
    _scale(chart, max((max(v, default=0) for _, v in series), default=0))
    palette = [ACCENT, SECOND, WARN]
    for i in range(len(series)):
        chart.bars[i].fillColor = palette[i % len(palette)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    legend(drawing, width, height - 5, [(palette[i % 3], name) for i, (name, _) in enumerate(series)])
    return drawing


class _GappedLines(HorizontalLineChart):
    """A line chart whose rows may hold one point: ReportLab draws every row as a polyline, which
    needs two; a lone point is given twice (a line of no length) and shows as its marker."""

    def calcPositions(self) -> None:  # noqa: N802 - ReportLab's name
        super().calcPositions()
        # set by ReportLab, which has no type hints
        rows: list[list[tuple[float, float]]] = self._positions  # type: ignore[has-type]
        self._positions = [row * 2 if len(row) == 1 else row for row in rows]

    def drawLabel(self, G: object, rowNo: int, colNo: int, x: float, y: float) -> None:  # noqa: N802, N803
        """No values written on the lines (as before): and the point given twice has no second value."""


def _runs(values: Sequence[float | None]) -> list[list[float | None]]:
    """``values`` as rows of consecutive months with a value, None elsewhere: one line each, so a
    month without a value is a gap, not a line drawn across it."""
    rows: list[list[float | None]] = []
    start: int | None = None
    for i, value in enumerate([*values, None]):
        if value is not None and start is None:
            start = i
        elif value is None and start is not None:
            rows.append([None] * start + list(values[start:i]) + [None] * (len(values) - i))
            start = None
    return rows


def _nothing_to_show(drawing: Drawing, x: float, y: float, text: str) -> None:
    """Said in the middle of an empty plot: bare axes under a legend read as a chart gone wrong."""
    drawing.add(String(x, y, printable(text), fontName=REGULAR, fontSize=9, fillColor=MUTED, textAnchor="middle"))


def trend_lines(title: str, months: list[str], series: Sequence[tuple[str, Sequence[float | None]]], width: float,
                number: Number, height: float = 170, value_max: float | None = None, empty: str = "") -> Drawing:
    """A monthly trend: one line per series, months named in the document's language. A month
    without a value (None: nothing to measure yet) has no point and leaves a gap, as in the
    window's charts; each point is marked, so a month standing alone is still seen."""
    drawing = Drawing(width, height)
    _title(drawing, title, height)
    chart = _GappedLines()
    chart.x, chart.y, chart.width, chart.height = 38, 28, width - 46, height - 70
    palette = [ACCENT, WARN, SECOND]
    rows: list[list[float | None]] = []
    colours: list[colors.Color] = []
    for i, (_, values) in enumerate(series):
        for row in _runs(values):
            rows.append(row)
            colours.append(palette[i % 3])
    # nothing to draw at all: an empty row on the axis keeps the months and the scale
    chart.data = rows or [[0] * max(1, len(months))]
    chart.categoryAxis.categoryNames = [printable(m) for m in months] or [""]
    if len(months) > 8:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    _axis_fonts(chart, number)
    _scale(chart, max((v for _, values in series for v in values if v is not None), default=0), value_max)
    for i, colour in enumerate(colours):
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 2
        chart.lines[i].symbol = makeMarker("FilledCircle", size=3.5, fillColor=colour, strokeColor=colour)
    if not rows:
        chart.lines[0].strokeColor = None
    drawing.add(chart)
    if not rows and empty:  # ``empty``: what to say when no month has a value
        _nothing_to_show(drawing, chart.x + chart.width / 2, chart.y + chart.height / 2, empty)
    legend(drawing, width, height - 5, [(palette[i % 3], name) for i, (name, _) in enumerate(series)])
    return drawing


def horizontal_bars(title: str, labels: list[str], values: list[float], width: float, number: Number) -> Drawing:
    """One bar per label, longest on top: e.g. breakdown points."""
    names = [fit_label(x, 122) for x in reversed(labels)] or [""]
    band = 24 if any("\n" in name for name in names) else 18  # a label on two lines gets their height
    height = 44 + band * max(1, len(labels))
    drawing = Drawing(width, height)
    _title(drawing, title, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 130, 14, width - 150, height - 34
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = names
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    _axis_fonts(chart, number)
    _scale(chart, max(values, default=0))
    drawing.add(chart)
    return drawing


def share_bars(title: str, labels: list[str], shares: list[float | None], previous: list[float | None],
               goal: float, width: float, percent: Number, names: tuple[str, str, str, str],
               empty: str = "") -> Drawing:
    """Share within target per department, 0-100 %: bars below the goal in red and marked ▼,
    the previous period as a black diamond on each bar, the goal as a dashed line.

    ``names``: this period, previous period, goal, below the goal (for the legend).
    """
    if not labels and empty:  # ``empty``: what to say when no department has a share, under the title alone
        drawing = Drawing(width, 44)
        _title(drawing, title, 44)
        _nothing_to_show(drawing, width / 2, 8, empty)
        return drawing
    rows = max(1, len(labels))
    height = 78 + 17 * rows
    drawing = Drawing(width, height)
    _title(drawing, title, height)
    left, right, bottom = 130, 48, 22
    plot_w, plot_h = width - left - right, height - bottom - 54
    band = plot_h / rows
    for tick in range(0, 101, 20):
        x = left + plot_w * tick / 100
        drawing.add(Line(x, bottom, x, bottom + plot_h, strokeColor=RULE, strokeWidth=0.5))
        drawing.add(String(x, bottom - 10, percent(tick / 100), fontName=REGULAR, fontSize=7.5, fillColor=MUTED,
                           textAnchor="middle"))
    for row, (label, share, before) in enumerate(zip(labels, shares, previous, strict=True)):
        y = bottom + plot_h - (row + 1) * band
        drawing.add(String(left - 6, y + band / 2 - 3, fit_lines(label, 122, lines=1)[0], fontName=REGULAR,
                           fontSize=7.5, fillColor=INK, textAnchor="end"))
        if share is not None:
            below = share < goal
            bar_w = plot_w * share
            drawing.add(Rect(left, y + band * 0.2, bar_w, band * 0.6, fillColor=BAD if below else ACCENT,
                             strokeColor=None))
            text = percent(share) + (" \u25bc" if below else "")
            # in a column of their own right of 100 %, clear of the bars and the diamonds
            drawing.add(String(left + plot_w + 8, y + band / 2 - 3, text, fontName=BOLD if below else REGULAR,
                               fontSize=7.5, fillColor=BAD if below else INK))
        if before is not None:
            x, cy, r = left + plot_w * before, y + band / 2, 3.2
            drawing.add(Polygon([x, cy - r, x + r, cy, x, cy + r, x - r, cy], fillColor=INK, strokeColor=colors.white,
                                strokeWidth=0.5))
    gx = left + plot_w * goal
    drawing.add(Line(gx, bottom, gx, bottom + plot_h + 4, strokeColor=WARN, strokeWidth=1.2, strokeDashArray=[3, 2]))
    this, last, goal_name, below_name = names
    legend(drawing, width, height - 22, [(ACCENT, this), (BAD, below_name), (INK, last), (WARN, goal_name)])
    return drawing
