"""Table models fed with plain rows (service DTOs). Testable without a window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtGui import Qt as GuiQt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

OVERDUE_BACKGROUND = QColor("#fde8e6")
MUTED_TEXT = QColor("#6b7480")


def plain_tooltip(text: str) -> str:
    """Tooltips read any text with a tag as markup: hand them rich text that shows ``text`` as typed."""
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None  # default: the text, case-folded
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None


class RowsModel(QAbstractTableModel, Generic[R]):
    """What every table model here shares: a flat list of rows and a header per column."""

    rows: list[R]
    columns: Sequence[Any]

    def header(self, section: int) -> str:
        raise NotImplementedError

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None


class RowTableModel(RowsModel[R]):
    """A list of rows shown through columns; sorting happens in memory."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None,
                 highlight: Callable[[R], bool] | None = None, muted: Callable[[R], bool] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = []
        self._highlight = highlight
        self._muted = muted

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def header(self, section: int) -> str:
        return str(self.columns[section].header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None or not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return plain_tooltip(column.tooltip(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._highlight and self._highlight(row):
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted and self._muted(row):
            return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spec = self.columns[column]
        key = spec.sort_key or (lambda r: spec.text(r).casefold())
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda r: (key(r) is None, key(r) if key(r) is not None else 0),
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
