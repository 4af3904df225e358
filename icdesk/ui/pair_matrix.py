"""The pair matrix: providers down, customers across, one figure per cell as a heat map.

Where two departments serve each other, a cell shows both directions side by side: the row's
service to the column on the left, the column's service back to the row on the right (paler),
so "A serves B well, B serves A badly" shows at a glance.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from icdesk.domain.network_layout import FAIR_SHARE, GOOD_SHARE
from icdesk.services.network import Network, PairFigures
from icdesk.ui.formatting import fmt
from icdesk.ui.network_map import pair_tooltip
from icdesk.ui.theme import colours, mix, readable

Index = QModelIndex | QPersistentModelIndex
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1  # (this direction, the other direction or None)


class Measure(enum.StrEnum):
    VOLUME = "volume"
    WITHIN_TARGET = "within_target"
    MEDIAN = "median"
    RATING = "rating"
    OPEN_LATE = "open_late"
    SURVEY = "survey"


def value_of(pair: PairFigures | None, measure: Measure) -> float | None:
    if pair is None or not pair.active:
        return None
    return {
        Measure.VOLUME: float(pair.received) if pair.received else None,
        Measure.WITHIN_TARGET: pair.share_within_target,
        Measure.MEDIAN: pair.median_hours,
        Measure.RATING: pair.average_rating,
        Measure.OPEN_LATE: float(pair.open_overdue) if pair.open_overdue else None,
        Measure.SURVEY: pair.survey_score,
    }[measure]


def text_of(value: float | None, measure: Measure) -> str:
    t = fmt()
    if value is None:
        return ""
    if measure is Measure.WITHIN_TARGET:
        return t.percent(value).replace("\u00a0", "")
    if measure is Measure.MEDIAN:
        return t.hours(value)
    if measure in (Measure.RATING, Measure.SURVEY):
        return t.number(value, 1)
    return t.number(value)


def _blend(colour: QColor, strength: float) -> QColor:
    """``colour`` laid over the table's ground (white, or dark in a dark palette) at ``strength`` (0-1)."""
    return mix(colours().base, colour, strength)


def ink_on(ground: QColor, secondary: bool = False) -> QColor:
    """The text on a cell: the palette's text (or its muted text for the other direction), readable on it."""
    shade = colours()
    return readable(shade.muted if secondary else shade.text, [ground])


def heat(value: float | None, measure: Measure, largest: float) -> QColor:
    """The cell colour: green/amber/red for shares and scores, blue depth for counts and times."""
    shade = colours()
    GOOD, FAIR, POOR, BLUE = shade.rating_good, shade.rating_fair, shade.rating_poor, shade.accent  # noqa: N806
    if value is None:
        return shade.base
    if measure is Measure.WITHIN_TARGET:
        return _blend(GOOD if value >= GOOD_SHARE else FAIR if value >= FAIR_SHARE else POOR, 0.45)
    if measure in (Measure.RATING, Measure.SURVEY):
        return _blend(GOOD if value >= 4 else FAIR if value >= 3 else POOR, 0.45)
    if measure is Measure.OPEN_LATE:
        return _blend(POOR, 0.15 + 0.6 * (value / largest if largest else 0))
    return _blend(BLUE, 0.12 + 0.6 * (value / largest if largest else 0) ** 0.5)


class PairMatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.network: Network | None = None
        self.ids: list[int] = []
        self.names: dict[int, str] = {}
        self.measure = Measure.WITHIN_TARGET
        self.largest = 0.0

    def set_network(self, network: Network, measure: Measure) -> None:
        self.beginResetModel()
        self.network, self.measure = network, measure
        used = {p.provider_id for p in network.department_pairs()} | {p.customer_id for p in network.department_pairs()}
        self.ids = [d.id for d in network.departments if d.id in used]
        self.names = {d.id: d.name for d in network.departments}
        values = [value_of(p, measure) for p in network.department_pairs()]
        self.largest = max((v for v in values if v is not None), default=0.0)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.ids)

    def pair_at(self, index: Index) -> tuple[int, int] | None:
        if not index.isValid() or index.row() == index.column():
            return None
        return self.ids[index.row()], self.ids[index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.network is None or not index.isValid():
            return None
        provider, customer = self.ids[index.row()], self.ids[index.column()]
        if provider == customer:
            return None
        there = self.network.between(provider, customer)
        back = self.network.between(customer, provider) if self.network.two_way(provider, customer) else None
        if role == PAIR_ROLE:
            return there, back
        if role == Qt.ItemDataRole.DisplayRole:
            return text_of(value_of(there, self.measure), self.measure)
        if role == Qt.ItemDataRole.BackgroundRole:  # what the delegate paints, so it can be measured
            return heat(value_of(there, self.measure), self.measure, self.largest)
        if role == Qt.ItemDataRole.ForegroundRole:
            return ink_on(self.data(index, Qt.ItemDataRole.BackgroundRole))
        if role == Qt.ItemDataRole.ToolTipRole and there is not None and there.active:
            return pair_tooltip(self.network, there, self.names)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.names.get(provider)} \u2192 {self.names.get(customer)}: " \
                   f"{text_of(value_of(there, self.measure), self.measure)}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and 0 <= section < len(self.ids):
            return self.names.get(self.ids[section], "")
        return None


class PairCellDelegate(QStyledItemDelegate):
    """Paints one cell: this direction, and the other direction beside it for two-way pairs."""

    def __init__(self, model: PairMatrixModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        painter.save()
        if index.row() == index.column():
            painter.fillRect(rect, colours().neutral_ground)
            painter.restore()
            return
        there, back = index.data(PAIR_ROLE) or (None, None)
        measure, largest = self.model.measure, self.model.largest
        if back is not None:
            left = QRect(rect.left(), rect.top(), rect.width() // 2, rect.height())
            right = QRect(left.right() + 1, rect.top(), rect.width() - left.width(), rect.height())
            self._half(painter, left, value_of(there, measure), measure, largest, main=True)
            self._half(painter, right, value_of(back, measure), measure, largest, main=False)
            painter.setPen(QPen(colours().base, 2))
            painter.drawLine(right.topLeft(), right.bottomLeft())
        else:
            self._half(painter, rect, value_of(there, measure), measure, largest, main=True)
        painter.setPen(QPen(colours().grid, 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(colours().accent, 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    @staticmethod
    def _half(painter: QPainter, rect: QRect, value: float | None, measure: Measure, largest: float,
              main: bool) -> None:
        colour = heat(value, measure, largest)
        if not main and value is not None:
            colour = _blend(colour, 0.75)
        painter.fillRect(rect, colour)
        if value is None:
            return
        font = QFont(painter.font())
        font.setBold(main)
        font.setPointSizeF(max(7.0, font.pointSizeF() - (0 if main else 1)))
        painter.setFont(font)
        painter.setPen(ink_on(colour, secondary=not main))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text_of(value, measure))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        return QSize(92, 34)


class TurnedHeader(QHeaderView):
    """Column names written upwards, so many departments fit side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # measured in the bold the names are written in: a regular measure cut "Sales & Marketing"
        metrics = QFontMetrics(self._bold())
        model = self.model()
        longest = max((metrics.horizontalAdvance(str(model.headerData(i, Qt.Orientation.Horizontal)))
                       for i in range(model.columnCount())), default=60) if model else 60
        return QSize(super().sizeHint().width(), min(180, longest + 16))

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:  # noqa: N802 - Qt API
        painter.save()
        painter.fillRect(rect, colours().tile)
        painter.setPen(QPen(colours().grid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        text = str(self.model().headerData(index, Qt.Orientation.Horizontal) or "")
        painter.translate(rect.left() + rect.width() / 2 + self.fontMetrics().ascent() / 2 - 2, rect.bottom() - 6)
        painter.rotate(-90)
        painter.setPen(colours().text)
        font = self._bold()
        painter.setFont(font)
        painter.drawText(0, 0, QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.height() - 10))
        painter.restore()
