"""Charts in the window, drawn with QPainter in the colours of the printed documents, or their lighter
counterparts on a dark palette; the chart follows the palette live.

``MonthChart`` is one small chart of monthly values: bars, lines, or both. It was a QChartView; Qt
Charts' graphics scene cost about 2.5 MiB and 5 ms per chart and 11 ms to load before the first
Dashboard could show (issue 21: memory, start-up), for a dozen bars and a line. Painting them is a
few hundred lines and keeps what a manager reads: whole-number ticks, every month named (aslant or on
end where names do not fit side by side), the value of a month under the mouse.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from icdesk.ui.theme import CHART_LABEL, CHART_TITLE, colours, follow, points

# the series colours callers name (as on paper); drawn as the palette's own series colours
ACCENT = QColor("#1d5f8a")
SECOND = QColor("#8fb8d6")
WARM = QColor("#d98c3f")
GOOD = QColor("#2e7d4f")
BAD = QColor("#b23b3b")
VIOLET = QColor("#7a4fa3")
_NAMED = [c.name() for c in (ACCENT, SECOND, WARM, GOOD, BAD, VIOLET)]

MARGIN, PAD, RADIUS = 4.0, 6.0, 6.0  # outside the frame, inside it, the frame's corners
BAR_SHARE = 0.5  # of a month's slot the bars of that month fill together


def in_palette(colour: QColor) -> QColor:
    """A named series colour as the current palette draws it (lighter on a dark one)."""
    name = colour.name()
    return colours().series[_NAMED.index(name)] if name in _NAMED else colour


Series = tuple[str, Sequence[float | None], QColor]


def percent_text(share: float) -> str:
    """A share as the window's language writes it ("81%" in English, "81 %" in Finnish)."""
    from icdesk.ui.formatting import fmt

    return fmt().percent(share)


def axis_month(key: str) -> str:
    """A month under a chart: its short name, with the year only in January ("Jan 2027", "Feb")."""
    from icdesk.ui.formatting import fmt

    year, month = int(key[:4]), int(key[5:7])
    return fmt().month_label(year, month) if month == 1 else fmt().data.months_short[month - 1]


def under_way(keys: Sequence[str], today: date) -> int | None:
    """The index of the month still under way among month ``keys`` ("YYYY-MM"), if one is: drawn as
    so far, not as a month that fell (on the first of December, December holds one day)."""
    current = f"{today:%Y-%m}"
    return next((i for i, key in enumerate(keys) if key == current), None)


def _nice_step(rough: float) -> float:
    """1, 2, 2.5 or 5 times a power of ten, the smallest not below ``rough``."""
    power = 10.0 ** math.floor(math.log10(rough))
    return next(f * power for f in (1.0, 2.0, 2.5, 5.0, 10.0) if f * power >= rough - 1e-9)


def value_ticks(top: float, *, nice: bool) -> list[float]:
    """The left axis's ticks from 0 to at least ``top``. Labels are whole numbers, so ticks must fall
    on them: a 1-to-5 rating gets 0 1 2 3 4 5, not 0 1 3 4 5 (ticks at 1.25, 2.5...), and a month of
    one request not 0 0 0 1 1 1. ``nice``: round the top up to a round step (a count); otherwise the
    top is as asked (100 %), in four steps."""
    if top <= 10:
        whole = max(1, math.ceil(top - 1e-9))
        return [float(i) for i in range(whole + 1)]
    if not nice:
        return [top * i / 4 for i in range(5)]
    step = _nice_step(top / 4)
    return [step * i for i in range(math.ceil(top / step - 1e-9) + 1)]


@dataclass(frozen=True)
class Inks:
    """The colours a chart is drawn in now (what contrast checks read)."""

    ground: QColor
    title: QColor
    axis: QColor
    legend: QColor


@dataclass
class _Layout:
    title: QRectF
    plot: QRectF
    months: QRectF  # the band under the plot where the month names go
    legend: list[tuple[QRectF, str, QColor, str]]  # swatch box, name, colour, "bar" | "line" | "mark"
    angle: int  # the month names: 0 upright, -45 aslant, -90 on end
    every: int  # a name under every month (1), or under every second, third... where they would touch


class MonthChart(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None, height: int = 190) -> None:
        super().__init__(parent)
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.title = title
        self.setAccessibleName(title)
        self._shown: object = None
        self._labels: list[str] = []
        self._bars: list[Series] = []
        self._lines: list[Series] = []
        self._right: Series | None = None
        self._marks: list[tuple[int, float, str]] = []
        self._under_way: int | None = None
        self._mark_name = ""
        self._suffix = ""
        self._ticks: list[float] = [0.0, 1.0]
        self._layout: _Layout | None = None
        follow(self, self._on_palette_changed)

    # what the person sees, asked by tests and by screen readers

    def figures(self) -> object:
        """What the chart shows now (for tests)."""
        return self._shown

    def tick_labels(self) -> list[str]:
        """The left axis's labels, bottom to top."""
        return [self._value_text(t) for t in self._ticks]

    def month_names(self) -> list[str]:
        return list(self._labels)

    def month_angle(self) -> int:
        """How the month names stand at the chart's present width: 0 upright, -45 aslant, -90 on end."""
        return self._laid_out().angle

    def legend_names(self) -> list[str]:
        return [name for _box, name, _colour, _kind in self._laid_out().legend]

    def inks(self) -> Inks:
        shade = colours()
        return Inks(shade.base, shade.text, shade.text, shade.text)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # as tall as asked, no more: a screen that scrolls (the dashboard) then gives the charts the
        # room left on the screen instead of growing past it and cutting them off at the bottom
        return QSize(360, self.minimumHeight())

    def show_months(self, labels: Sequence[str], bars: Sequence[Series] = (), lines: Sequence[Series] = (),
                    *, value_max: float | None = None, marks: Sequence[tuple[int, float, str]] = (),
                    mark_name: str = "", suffix: str = "", right: Series | None = None,
                    under_way: int | None = None) -> None:
        """Monthly ``bars`` and ``lines`` over ``labels``; ``marks`` are (month index, value, text)
        points drawn on top, such as the month a corrective action was completed; ``right`` is a
        line of percentages on a 0-100 scale at the right (a Pareto's running share); ``under_way``
        is the month not over yet, drawn pale and dashed."""
        shown = (tuple(labels), tuple((n, tuple(v), c.name()) for n, v, c in bars),
                 tuple((n, tuple(v), c.name()) for n, v, c in lines), value_max, tuple(marks), suffix,
                 None if right is None else (right[0], tuple(right[1]), right[2].name()), under_way)
        if shown == self._shown:
            return
        self._shown = shown
        self._labels = list(labels)
        self._bars, self._lines, self._right = list(bars), list(lines), right
        self._marks, self._mark_name, self._suffix = list(marks), mark_name, suffix
        self._under_way = under_way if under_way is not None and 0 <= under_way < len(self._labels) else None
        top = max([0.0, *(float(v) for _n, values, _c in (*bars, *lines) for v in values if v is not None),
                   *(float(v) for _i, v, _t in marks)])
        self._ticks = value_ticks(value_max if value_max is not None else max(1.0, top * 1.15),
                                  nice=value_max is None)
        self.setToolTip("")
        self.setAccessibleDescription(self._described())
        self._layout = None
        self.update()

    # drawing

    def _on_palette_changed(self) -> None:
        self._layout = None
        self.update()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self._layout = None
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FontChange:
            self._layout = None
        super().changeEvent(event)

    @staticmethod
    def _font(factor: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(points(factor))
        font.setBold(bold)
        return font

    def _value_text(self, value: float) -> str:
        return f"{value:.0f}{self._suffix}"

    def _legend_entries(self) -> list[tuple[str, QColor, str]]:
        entries = [(n, in_palette(c), "bar") for n, _v, c in self._bars]
        entries += [(n, in_palette(c), "line") for n, _v, c in self._lines]
        if self._marks:
            entries.append((self._mark_name, in_palette(GOOD), "mark"))
        if self._right is not None:
            entries.append((self._right[0], in_palette(self._right[2]), "line"))
        if self._under_way is not None and self._has_value(self._under_way):
            drawn_bar = any(self._under_way < len(v) and v[self._under_way] for _n, v, _c in self._bars)
            entries.append((self.tr("This month so far"), self._so_far_colour(self._under_way),
                            "so far bar" if drawn_bar else "so far"))
        return entries if len(entries) > 1 else []

    def _laid_out(self) -> _Layout:
        if self._layout is None:
            self._layout = self._lay_out(QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        return self._layout

    def _lay_out(self, frame: QRectF) -> _Layout:
        inner = frame.adjusted(PAD, PAD, -PAD, -PAD)
        title_metrics = QFontMetricsF(self._font(CHART_TITLE, bold=True))
        label_metrics = QFontMetricsF(self._font(CHART_LABEL))
        # a title too long for one line takes two (the Dashboard's charts stand a third of it wide)
        lines_needed = title_metrics.boundingRect(QRectF(0, 0, max(1.0, inner.width()), 1e4),
                                                  Qt.TextFlag.TextWordWrap, self.title).height()
        title_height = min(lines_needed, 2 * title_metrics.lineSpacing()) if self.title else 0.0
        title = QRectF(inner.left(), inner.top(), inner.width(), title_height)
        # the legend: entries side by side, on as many rows as they need, centred under the chart
        swatch, gap = label_metrics.height() * 0.8, label_metrics.averageCharWidth()
        rows: list[list[tuple[float, str, QColor, str]]] = [[]]
        width_of_row = 0.0
        for name, colour, kind in self._legend_entries():
            width = swatch + gap / 2 + label_metrics.horizontalAdvance(name)
            if rows[-1] and width_of_row + gap * 2 + width > inner.width():
                rows.append([])
                width_of_row = 0.0
            width_of_row += (gap * 2 if rows[-1] else 0.0) + width
            rows[-1].append((width, name, colour, kind))
        rows = [row for row in rows if row]
        legend_height = len(rows) * label_metrics.height() + (PAD / 2 if rows else 0.0)
        legend: list[tuple[QRectF, str, QColor, str]] = []
        y = inner.bottom() - legend_height + PAD / 2
        for row in rows:
            total = sum(w for w, *_ in row) + gap * 2 * (len(row) - 1)
            x = inner.center().x() - total / 2
            for width, name, colour, kind in row:
                box = QRectF(x, y + (label_metrics.height() - swatch) / 2, swatch, swatch)
                legend.append((box, name, colour, kind))
                x += width + gap * 2
            y += label_metrics.height()
        left_width = max(label_metrics.horizontalAdvance(self._value_text(t)) for t in self._ticks) + gap
        right_width = (label_metrics.horizontalAdvance("100 %") + gap) if self._right is not None else gap
        plot_left, plot_right = inner.left() + left_width, inner.right() - right_width
        room = max(0.0, plot_right - plot_left)
        # how wide a name stands upright, aslant (its box turned by 45 degrees), on end
        widest = max((label_metrics.horizontalAdvance(n) for n in self._labels), default=0.0)
        slot = room / max(1, len(self._labels))
        high = label_metrics.height()
        every = 1
        if widest + 2 * gap <= slot:
            angle, band = 0, high
        elif 0.71 * (widest + high) + gap <= slot:
            angle, band = -45, 0.71 * (widest + high)
        elif high + gap / 2 <= slot:
            angle, band = -90, widest
        elif widest <= 2 * high:
            # so many that even on end they would touch (a Pareto of 25 numbered points): short
            # names stay upright under every second, third... bar
            angle, band, every = 0, high, math.ceil((widest + 2 * gap) / max(slot, 1e-9))
        else:
            angle, band, every = -90, widest, math.ceil((high + gap / 2) / max(slot, 1e-9))
        band += gap / 2
        plot_top = title.bottom() + (PAD if self.title else 0.0) + label_metrics.height() / 2
        plot_bottom = inner.bottom() - legend_height - band
        plot = QRectF(plot_left, plot_top, room, max(0.0, plot_bottom - plot_top))
        months = QRectF(plot_left, plot.bottom(), room, band)
        return _Layout(title, plot, months, legend, angle, max(1, every))

    def _x(self, plot: QRectF, index: float) -> float:
        """The middle of month ``index``."""
        return plot.left() + (index + 0.5) * plot.width() / max(1, len(self._labels))

    def _y(self, plot: QRectF, value: float, top: float) -> float:
        return plot.bottom() - (min(max(value, 0.0), top) / top) * plot.height() if top > 0 else plot.bottom()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        shade = colours()
        layout = self._laid_out()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(MARGIN + 0.5, MARGIN + 0.5, -MARGIN - 0.5, -MARGIN - 0.5)
        painter.setPen(QPen(shade.border))
        painter.setBrush(shade.base)
        painter.drawRoundedRect(frame, RADIUS, RADIUS)
        if self.title:
            painter.setFont(self._font(CHART_TITLE, bold=True))
            painter.setPen(shade.text)
            metrics = QFontMetricsF(painter.font())
            shown = self.title if layout.title.height() > metrics.height() * 1.5 else metrics.elidedText(
                self.title, Qt.TextElideMode.ElideRight, layout.title.width())
            painter.save()
            painter.setClipRect(layout.title)  # a third line of a long title is not drawn over the chart
            painter.drawText(layout.title, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, shown)
            painter.restore()
        plot = layout.plot
        if plot.height() < 4 or plot.width() < 4:
            painter.end()
            return
        self._paint_axes(painter, layout, shade.text, shade.grid, shade.border)
        self._paint_series(painter, plot, shade.base)
        self._paint_legend(painter, layout, shade.text)
        painter.end()

    def _paint_axes(self, painter: QPainter, layout: _Layout, ink: QColor, grid: QColor, edge: QColor) -> None:
        plot, top = layout.plot, self._ticks[-1]
        font = self._font(CHART_LABEL)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        gap = metrics.averageCharWidth()
        for tick in self._ticks:
            y = self._y(plot, tick, top)
            if tick > 0:
                painter.setPen(QPen(grid, 1))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(ink)
            painter.drawText(QRectF(plot.left() - 200 - gap / 2, y - metrics.height() / 2, 200, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._value_text(tick))
        if self._right is not None:
            for share in (0, 25, 50, 75, 100):
                y = self._y(plot, share, 100)
                painter.drawText(QRectF(plot.right() + gap / 2, y - metrics.height() / 2, 200, metrics.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, percent_text(share / 100))
        painter.setPen(QPen(edge, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        painter.setPen(ink)
        for index, name in enumerate(self._labels):
            if index % layout.every:
                continue
            x = self._x(plot, index)
            if layout.angle == 0:
                painter.drawText(QRectF(x - 200, layout.months.top() + gap / 4, 400, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
                continue
            # turned about the end of the name that touches the axis, under the middle of its month
            painter.save()
            painter.translate(x, layout.months.top() + gap / 2)
            painter.rotate(layout.angle)
            width = metrics.horizontalAdvance(name)
            painter.drawText(QRectF(-width, -metrics.height() / 2 if layout.angle == -90 else -metrics.ascent() / 2,
                                    width, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            painter.restore()

    def _paint_series(self, painter: QPainter, plot: QRectF, ground: QColor) -> None:
        top = self._ticks[-1]
        count = max(1, len(self._labels))
        slot = plot.width() / count
        if self._bars:
            each = slot * BAR_SHARE / len(self._bars)
            painter.setPen(Qt.PenStyle.NoPen)
            for number, (_name, values, colour) in enumerate(self._bars):
                for index, value in enumerate(values[:count]):
                    if not value:
                        continue
                    left = self._x(plot, index) - slot * BAR_SHARE / 2 + number * each
                    y = self._y(plot, float(value), top)
                    self._bar_ink(painter, in_palette(colour), so_far=index == self._under_way)
                    painter.drawRect(QRectF(left, y, max(1.0, each - 1), plot.bottom() - y))
        for _name, values, colour in self._lines:
            self._paint_line(painter, plot, values, in_palette(colour), top, ground)
        if self._right is not None:
            self._paint_line(painter, plot, self._right[1], in_palette(self._right[2]), 100.0, ground)
        if self._marks:
            painter.setPen(QPen(ground, 1.5))
            painter.setBrush(in_palette(GOOD))
            for index, value, _text in self._marks:
                x, y = self._x(plot, index), self._y(plot, value, top)
                painter.drawPolygon(QPolygonF([QPointF(x, y - 8), QPointF(x - 7, y + 5), QPointF(x + 7, y + 5)]))

    @staticmethod
    def _bar_ink(painter: QPainter, colour: QColor, *, so_far: bool) -> None:
        """A bar of a month not over yet is pale inside a dashed edge: part of a month, not a fall."""
        if not so_far:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            return
        pale = QColor(colour)
        pale.setAlphaF(0.3)
        painter.setBrush(pale)
        painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))

    def _paint_line(self, painter: QPainter, plot: QRectF, values: Sequence[float | None], colour: QColor,
                    top: float, ground: QColor) -> None:
        """A month without a value leaves a gap: the line does not pretend to know it. The way into
        the month under way is dashed and its point hollow."""
        path, last_leg = QPainterPath(), QPainterPath()
        points_at: list[tuple[QPointF, bool]] = []
        previous: QPointF | None = None
        for index, value in enumerate(values[:len(self._labels)]):
            if value is None:
                previous = None
                continue
            point = QPointF(self._x(plot, index), self._y(plot, float(value), top))
            so_far = index == self._under_way
            points_at.append((point, so_far))
            if previous is not None and so_far:
                last_leg.moveTo(previous)
                last_leg.lineTo(point)
            elif previous is not None:
                path.lineTo(point)
            else:
                path.moveTo(point)
            previous = point
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)
        painter.setPen(QPen(colour, 2.0, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(last_leg)
        dot = min(3.5, plot.width() / max(1, len(self._labels)) / 4)  # 25 points side by side: no beads
        for point, so_far in points_at:
            painter.setPen(QPen(colour, 1.5) if so_far else QPen(ground, 1))
            painter.setBrush(ground if so_far else colour)
            painter.drawEllipse(point, dot + (0.5 if so_far else 0.0), dot + (0.5 if so_far else 0.0))

    def _paint_legend(self, painter: QPainter, layout: _Layout, ink: QColor) -> None:
        metrics = QFontMetricsF(self._font(CHART_LABEL))
        painter.setFont(self._font(CHART_LABEL))
        for box, name, colour, kind in layout.legend:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            if kind == "line":
                painter.drawRoundedRect(QRectF(box.left(), box.center().y() - 1.5, box.width(), 3), 1.5, 1.5)
            elif kind == "so far bar":
                self._bar_ink(painter, colour, so_far=True)
                painter.drawRect(box)
            elif kind == "so far":  # a dashed line into a hollow point
                painter.setPen(QPen(colour, 1.6, Qt.PenStyle.DashLine))
                middle = box.center().y()
                painter.drawLine(QPointF(box.left(), middle), QPointF(box.right(), middle))
                painter.setBrush(colours().base)
                painter.drawEllipse(box.center(), box.width() / 4, box.width() / 4)
            elif kind == "mark":
                painter.drawPolygon(QPolygonF([QPointF(box.center().x(), box.top()), box.bottomLeft(),
                                               box.bottomRight()]))
            else:
                painter.drawRect(box)
            painter.setPen(ink)
            left = box.right() + metrics.averageCharWidth() / 2
            painter.drawText(QRectF(left, box.center().y() - metrics.height() / 2,
                                    metrics.horizontalAdvance(name) + 2, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

    # the figures of one month, under the mouse

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.month_text(event.pos().x())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def month_text(self, x: float) -> str:
        """What the chart says of the month at ``x`` (pixels from the left): its name, each series'
        value in it, and any mark's text."""
        plot = self._laid_out().plot
        if not self._labels or not plot.left() <= x <= plot.right():
            return ""
        index = min(len(self._labels) - 1, int((x - plot.left()) / (plot.width() / len(self._labels))))
        said = [f"<b>{html.escape(self._month_name(index))}</b>"]
        for name, values, _colour in (*self._bars, *self._lines):
            if index < len(values) and values[index] is not None:
                said.append(f"{html.escape(name)}: {self._figure(float(values[index] or 0))}")
        if self._right is not None and index < len(self._right[1]) and self._right[1][index] is not None:
            said.append(f"{html.escape(self._right[0])}: {percent_text(float(self._right[1][index] or 0) / 100)}")
        said += [html.escape(text) for at, _value, text in self._marks if at == index]
        return "<br>".join(said) if len(said) > 1 else ""

    def _has_value(self, index: int) -> bool:
        """Something is drawn in month ``index``: a bar of 0 is not (a legend of "so far" beside nothing)."""
        bars = any(index < len(values) and values[index] for _n, values, _c in self._bars)
        lines = [values for _n, values, _c in self._lines] + ([self._right[1]] if self._right is not None else [])
        return bars or any(index < len(values) and values[index] is not None for values in lines)

    def _so_far_colour(self, index: int) -> QColor:
        """The colour of the first series drawn in month ``index``: the one its pale bar is drawn in."""
        for _n, values, colour in self._bars:
            if index < len(values) and values[index]:
                return in_palette(colour)
        for _n, values, colour in (*self._lines, *([self._right] if self._right is not None else [])):
            if index < len(values) and values[index] is not None:
                return in_palette(colour)
        return in_palette(ACCENT)

    def _month_name(self, index: int) -> str:
        name = self._labels[index]
        return self.tr("{month} (so far)").format(month=name) if index == self._under_way else name

    def _figure(self, value: float) -> str:
        from icdesk.ui.formatting import fmt

        # in the window's language: "3,9" beside the tile that says "3,9 / 5", not "3.9"
        shown = fmt().number(value, 0 if value == int(value) or abs(value) >= 100 else 1)
        return shown + self._suffix

    def _described(self) -> str:
        """The chart in words, for a screen reader."""
        parts = []
        for name, values, _colour in (*self._bars, *self._lines):
            given = zip(self._labels, values, strict=False)
            figures = ", ".join(f"{self._month_name(i)} {self._figure(float(v))}"
                                for i, (_label, v) in enumerate(given) if v is not None)
            parts.append(f"{name}: {figures}")
        return "; ".join(parts)
