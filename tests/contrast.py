"""Measuring the contrast of the text a window shows, as a person sees it.

Labels and text panes are measured on the picture of the window: the commonest colour inside a
label is its background, the colour furthest from it is the core of its letters. Table cells are
measured from what the item model asks for (ForegroundRole, BackgroundRole) or the palette the
view draws with. Charts and the service map from the brushes their text is drawn with.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLabel,
    QTextEdit,
    QWidget,
)

from icdesk.ui.charts import MonthChart
from icdesk.ui.chips import ChipDelegate, chip_colours
from icdesk.ui.table_model import TONE_ROLE
from icdesk.ui.theme import contrast


@dataclass(frozen=True)
class Reading:
    where: str
    text: str
    ratio: float
    foreground: str
    background: str

    def __str__(self) -> str:
        return f"{self.ratio:.2f}:1 {self.where} {self.text[:40]!r} ({self.foreground} on {self.background})"


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.isVisible() and widget.width() > 4 and widget.height() > 4


def _pixels(image: QImage, rect: QRect) -> tuple[QColor, QColor] | None:
    """(background, ink) inside ``rect`` of ``image``: the commonest colour and the one furthest from it."""
    rect = rect.intersected(image.rect())
    if rect.width() < 3 or rect.height() < 3:
        return None
    counts: Counter[int] = Counter()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            counts[image.pixel(x, y) & 0xFFFFFF] += 1
    if len(counts) < 2:
        return None
    ground = QColor(counts.most_common(1)[0][0])
    ink = max((QColor(rgb) for rgb in counts), key=lambda c: contrast(c, ground))
    return ground, ink


def _name(widget: QWidget) -> str:
    chain = []
    w: QWidget | None = widget
    while w is not None and len(chain) < 3:
        chain.append(type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(chain))


def label_readings(top: QWidget) -> list[Reading]:
    image = top.grab().toImage()
    readings = []
    for label in top.findChildren(QLabel):
        picture = label.pixmap()
        if not label.text().strip() or not _shown(label, top) or picture is not None and not picture.isNull():
            continue
        rect = QRect(label.mapTo(top, QPoint(0, 0)), label.size())
        found = _pixels(image, rect)
        if found:
            ground, ink = found
            readings.append(Reading(_name(label), label.text(), contrast(ground, ink), ink.name(), ground.name()))
    for pane in top.findChildren(QTextEdit):
        if not _shown(pane, top) or not pane.toPlainText().strip():
            continue
        viewport = pane.viewport()
        rect = QRect(viewport.mapTo(top, QPoint(0, 0)), viewport.size())
        # each line on its own: a grey date and black words in one pane are two texts
        block = pane.document().begin()
        while block.isValid():
            layout = block.layout()
            if block.text().strip() and layout is not None:
                box = layout.boundingRect().translated(layout.position()).toRect()
                box.translate(rect.topLeft() - QPoint(pane.horizontalScrollBar().value(),
                                                      pane.verticalScrollBar().value()))
                box = box.intersected(rect)
                for start in range(box.left(), box.right(), 120):  # a coloured word among plain ones
                    found = _pixels(image, QRect(start, box.top(), min(120, box.right() - start), box.height()))
                    if found:
                        ground, ink = found
                        readings.append(Reading(_name(pane), block.text(), contrast(ground, ink), ink.name(),
                                                ground.name()))
            block = block.next()
    return readings


def _brush_colour(value: object, fallback: QColor) -> QColor:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor):
        return value
    return fallback


def table_readings(top: QWidget, rows: int = 60) -> list[Reading]:
    readings = []
    for view in top.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not _shown(view, top):
            continue
        palette = view.palette()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model keeps its one column private
            columns = 1
        for row in range(min(rows, model.rowCount(QModelIndex()))):
            plain_ground = palette.color(QPalette.ColorRole.AlternateBase if view.alternatingRowColors() and row % 2
                                         else QPalette.ColorRole.Base)
            for column in range(columns):
                index = model.index(row, column)
                text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
                if not text.strip():
                    continue
                ground = _brush_colour(model.data(index, Qt.ItemDataRole.BackgroundRole), plain_ground)
                ink = _brush_colour(model.data(index, Qt.ItemDataRole.ForegroundRole),
                                    palette.color(QPalette.ColorRole.Text))
                tone = model.data(index, TONE_ROLE)
                if tone and isinstance(view.itemDelegateForColumn(column), ChipDelegate):  # a status chip
                    ground, ink, _edge = chip_colours(str(tone))
                readings.append(Reading(f"{_name(view)} row {row}", text, contrast(ground, ink), ink.name(),
                                        ground.name()))
    return readings


def chart_readings(top: QWidget) -> list[Reading]:
    readings = []
    for chart in top.findChildren(MonthChart):
        if not _shown(chart, top):
            continue
        inks = chart.inks()
        ground = inks.ground
        if chart.title:
            readings.append(Reading("chart title", chart.title, contrast(ground, inks.title), inks.title.name(),
                                    ground.name()))
        readings.append(Reading("chart axis", chart.title, contrast(ground, inks.axis), inks.axis.name(),
                                ground.name()))
        if chart.legend_names():
            readings.append(Reading("chart legend", chart.title, contrast(ground, inks.legend), inks.legend.name(),
                                    ground.name()))
    for graphics in top.findChildren(QGraphicsView):
        if not _shown(graphics, top) or graphics.scene() is None:
            continue
        for item in graphics.scene().items():
            if isinstance(item, QGraphicsSimpleTextItem):
                parent = item.parentItem()
                brush = getattr(parent, "brush", None)
                ground = brush().color() if callable(brush) else graphics.backgroundBrush().color()
                ink = item.brush().color()
                readings.append(Reading("map", item.text(), contrast(ground, ink), ink.name(), ground.name()))
    return readings


def all_readings(top: QWidget) -> list[Reading]:
    return label_readings(top) + table_readings(top) + chart_readings(top)


def scroll_areas_at_top(top: QWidget) -> None:
    for area in top.findChildren(QAbstractScrollArea):
        area.verticalScrollBar().setValue(0)
