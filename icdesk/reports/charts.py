"""Charts drawn with reportlab.graphics, in the documents' colours and font."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from icdesk.reports.fonts import BOLD, REGULAR
from icdesk.reports.styles import ACCENT, INK, MUTED, RULE

SECOND = colors.HexColor("#8fb8d6")
WARN = colors.HexColor("#d98c3f")


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(0, height - 12, text, fontName=BOLD, fontSize=10, fillColor=INK))


def _axis_fonts(chart: VerticalBarChart | HorizontalLineChart | HorizontalBarChart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 7.5
        axis.labels.fillColor = MUTED
        axis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True


def _legend(drawing: Drawing, right: float, y: float, items: list[tuple[colors.Color, str]]) -> None:
    """Swatches and names in one row, ending at ``right``."""
    x = right
    for colour, name in reversed(items):
        x -= stringWidth(name, REGULAR, 8)
        drawing.add(String(x, y - 7, name, fontName=REGULAR, fontSize=8, fillColor=INK))
        x -= 12
        drawing.add(Rect(x, y - 8, 8, 8, fillColor=colour, strokeColor=None))
        x -= 14


def _short(label: str, limit: int = 14) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "\u2026"


def grouped_bars(title: str, categories: list[str], series: list[tuple[str, list[float]]], width: float,
                 height: float = 190) -> Drawing:
    """Bars side by side per category, e.g. received and resolved per department."""
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 32, 48, width - 40, height - 90
    chart.data = [values for _, values in series] or [[0]]
    chart.categoryAxis.categoryNames = [_short(c) for c in categories] or [""]
    chart.categoryAxis.labels.angle = 30 if len(categories) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(categories) > 6 else "n"
    chart.valueAxis.valueMin = 0
    chart.barSpacing = 1
    chart.groupSpacing = 6
    _axis_fonts(chart)
    palette = [ACCENT, SECOND, WARN]
    for i in range(len(series)):
        chart.bars[i].fillColor = palette[i % len(palette)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    _legend(drawing, width, height - 5, [(palette[i % 3], name) for i, (name, _) in enumerate(series)])
    return drawing


def trend_lines(title: str, months: list[str], series: list[tuple[str, list[float]]], width: float,
                height: float = 170, value_max: float | None = None) -> Drawing:
    """A monthly trend: one line per series."""
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 32, 28, width - 40, height - 70
    chart.data = [values for _, values in series] or [[0]]
    chart.categoryAxis.categoryNames = months or [""]
    chart.valueAxis.valueMin = 0
    if value_max is not None:
        chart.valueAxis.valueMax = value_max
    _axis_fonts(chart)
    palette = [ACCENT, WARN, SECOND]
    for i in range(len(series)):
        chart.lines[i].strokeColor = palette[i % 3]
        chart.lines[i].strokeWidth = 2
    drawing.add(chart)
    _legend(drawing, width, height - 5, [(palette[i % 3], name) for i, (name, _) in enumerate(series)])
    return drawing


def horizontal_bars(title: str, labels: list[str], values: list[float], width: float) -> Drawing:
    """One bar per label, longest on top: e.g. breakdown points."""
    height = 40 + 18 * max(1, len(labels))
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 110, 10, width - 130, height - 30
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    _axis_fonts(chart)
    drawing.add(chart)
    return drawing
