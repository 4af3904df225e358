"""Charts in the window (QtCharts), in the colours of the printed documents, or their lighter
counterparts on a dark palette; the chart follows the palette live.

``MonthChart`` is one small chart of monthly values: bars, lines, or both; it redraws only when
its figures change, so a screen that refreshes on every save pays nothing for an unchanged chart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from icdesk.ui.theme import CHART_LABEL, CHART_TITLE, colours, follow, points

# the series colours callers name (as on paper); drawn as the palette's own series colours
ACCENT = QColor("#1d5f8a")
SECOND = QColor("#8fb8d6")
WARM = QColor("#d98c3f")
GOOD = QColor("#2e7d4f")
BAD = QColor("#b23b3b")
VIOLET = QColor("#7a4fa3")
_NAMED = [c.name() for c in (ACCENT, SECOND, WARM, GOOD, BAD, VIOLET)]


def in_palette(colour: QColor) -> QColor:
    """A named series colour as the current palette draws it (lighter on a dark one)."""
    name = colour.name()
    return colours().series[_NAMED.index(name)] if name in _NAMED else colour

Series = tuple[str, Sequence[float | None], QColor]


def axis_month(key: str) -> str:
    """A month under a chart: its short name, with the year only in January ("Jan 2027", "Feb")."""
    from icdesk.ui.formatting import fmt

    year, month = int(key[:4]), int(key[5:7])
    return fmt().month_label(year, month) if month == 1 else fmt().data.months_short[month - 1]


def _whole_number_ticks(axis: QValueAxis, top: float, *, nice: bool) -> None:
    """Labels are whole numbers ("%.0f"), so ticks must fall on them: a 1-to-5 rating gets 0 1 2 3 4
    5, not 0 1 3 4 5 (ticks at 1.25, 2.5...), and a month of one request not 0 0 0 1 1 1."""
    if top <= 10:
        whole = max(1, math.ceil(top - 1e-9))
        axis.setRange(0, whole)
        axis.setTickCount(whole + 1)
        return
    axis.setRange(0, top)
    if nice:
        axis.applyNiceNumbers()


class MonthChart(QChartView):
    def __init__(self, title: str = "", parent: QWidget | None = None, height: int = 190) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title = title
        self._shown: object = None
        self._asked: tuple[Sequence[str], dict[str, Any]] | None = None
        self.setChart(self._empty())
        follow(self, self._on_palette_changed)

    def _on_palette_changed(self) -> None:
        self._shown = None
        if self._asked is None:
            old = self.chart()
            self.setChart(self._empty())
            if old is not None:
                old.deleteLater()
        else:
            self.show_months(self._asked[0], **self._asked[1])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_month_names()

    def fit_month_names(self) -> None:
        """Qt leaves out a month whose name would touch the next one's (Russian "июль", Finnish
        "marras" under a chart a third of the Dashboard wide: the first month went blank and the names
        slid one bar to the right); names that do not fit side by side are set aslant instead, or on
        end where even aslant they would touch."""
        chart = self.chart()
        room = chart.plotArea().width() if chart is not None else 0.0
        if chart is None or room <= 0:
            return  # not laid out yet: the resize that lays it out comes here again
        for axis in chart.axes(Qt.Orientation.Horizontal):
            if isinstance(axis, QBarCategoryAxis) and axis.count():
                metrics = QFontMetrics(axis.labelsFont())
                widest = max(metrics.horizontalAdvance(name) for name in axis.categories())
                slot, gap = room / axis.count(), metrics.averageCharWidth()
                # how wide a name stands upright, aslant (its box turned by 45 degrees), on end
                if widest + 2 * gap <= slot:
                    angle = 0
                elif 0.71 * (widest + metrics.height()) + gap <= slot:
                    angle = -45
                else:
                    angle = -90
                if axis.labelsAngle() != angle:
                    axis.setLabelsAngle(angle)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # as tall as asked, no more: a screen that scrolls (the dashboard) then gives the charts the
        # room left on the screen instead of growing past it and cutting them off at the bottom
        return QSize(360, self.minimumHeight())

    def _empty(self) -> QChart:
        shade = colours()
        chart = QChart()
        chart.setTitle(self.title)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(points(CHART_TITLE))
        chart.setTitleFont(font)
        chart.setBackgroundBrush(shade.base)  # a plain ground: the default is a light gradient
        chart.setBackgroundPen(QPen(shade.border))
        chart.setTitleBrush(shade.text)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(6)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setFont(QFont(QFont().family(), round(points(CHART_LABEL))))
        chart.legend().setLabelColor(shade.text)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    def show_months(self, labels: Sequence[str], bars: Sequence[Series] = (), lines: Sequence[Series] = (),
                    *, value_max: float | None = None, marks: Sequence[tuple[int, float, str]] = (),
                    mark_name: str = "", suffix: str = "", right: Series | None = None) -> None:
        """Monthly ``bars`` and ``lines`` over ``labels``; ``marks`` are (month index, value, text)
        points drawn on top, such as the month a corrective action was completed; ``right`` is a
        line of percentages on a 0-100 scale at the right (a Pareto's running share)."""
        shown = (tuple(labels), tuple((n, tuple(v), c.name()) for n, v, c in bars),
                 tuple((n, tuple(v), c.name()) for n, v, c in lines), value_max, tuple(marks), suffix,
                 None if right is None else (right[0], tuple(right[1]), right[2].name()))
        if shown == self._shown:
            return
        self._shown = shown
        self._asked = (labels, {"bars": bars, "lines": lines, "value_max": value_max, "marks": marks,
                                "mark_name": mark_name, "suffix": suffix, "right": right})
        shade = colours()
        bars = [(n, v, in_palette(c)) for n, v, c in bars]
        lines = [(n, v, in_palette(c)) for n, v, c in lines]
        right = None if right is None else (right[0], right[1], in_palette(right[2]))
        chart = self._empty()
        axis_x = QBarCategoryAxis()
        axis_x.append(list(labels) or [""])
        axis_x.setLabelsFont(QFont(QFont().family(), round(points(CHART_LABEL))))
        axis_x.setTruncateLabels(False)  # "июнь", "Sept" in full: Qt would cut them to "и…" on a narrow chart
        axis_x.setGridLineVisible(False)
        axis_y = QValueAxis()
        axis_y.setLabelsFont(QFont(QFont().family(), round(points(CHART_LABEL))))
        axis_y.setGridLineColor(shade.grid)
        for axis in (axis_x, axis_y):
            axis.setLabelsBrush(shade.text)
            axis.setLinePenColor(shade.border)
        axis_y.setLabelFormat("%.0f" + suffix.replace("%", "%%"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        top = 0.0
        if bars:
            series = QBarSeries()
            for name, values, colour in bars:
                bar_set = QBarSet(name)
                bar_set.setColor(colour)
                bar_set.setBorderColor(colour)
                bar_set.append([float(v or 0) for v in values])
                top = max([top, *(float(v or 0) for v in values)])
                series.append(bar_set)
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        for name, values, colour in lines:
            line = QLineSeries()
            line.setName(name)
            line.setPen(QPen(colour, 2.4))
            line.setPointsVisible(True)
            for i, v in enumerate(values):
                if v is not None:
                    # a category axis puts category i at i + 0.5 for bars, at i for lines
                    line.append(QPointF(i, float(v)))
                    top = max(top, float(v))
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
        if right is not None:
            axis_right = QValueAxis()
            axis_right.setRange(0, 100)
            axis_right.setLabelFormat("%.0f %%")
            axis_right.setLabelsFont(QFont(QFont().family(), round(points(CHART_LABEL))))
            axis_right.setGridLineVisible(False)
            axis_right.setLabelsBrush(shade.text)
            chart.addAxis(axis_right, Qt.AlignmentFlag.AlignRight)
            line = QLineSeries()
            line.setName(right[0])
            line.setPen(QPen(right[2], 2.4))
            line.setPointsVisible(True)
            for i, v in enumerate(right[1]):
                if v is not None:
                    line.append(QPointF(i, float(v)))
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_right)
        if marks:
            scatter = QScatterSeries()
            scatter.setName(mark_name)
            scatter.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
            scatter.setMarkerSize(14)
            scatter.setColor(in_palette(GOOD))
            scatter.setBorderColor(shade.base)
            for index, value, _text in marks:
                scatter.append(QPointF(index, value))
            chart.addSeries(scatter)
            scatter.attachAxis(axis_x)
            scatter.attachAxis(axis_y)
            self.setToolTip("\n".join(text for _i, _v, text in marks))
        else:
            self.setToolTip("")
        _whole_number_ticks(axis_y, value_max if value_max is not None else max(1.0, top * 1.15),
                            nice=value_max is None)
        chart.legend().setVisible(len(bars) + len(lines) + (1 if marks else 0) + (right is not None) > 1)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.fit_month_names()

    def figures(self) -> object:
        """What the chart shows now (for tests)."""
        return self._shown
