"""Table models fed with plain rows (service DTOs). Testable without a window."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtGui import Qt as GuiQt

from icdesk.domain.rules import search_key
from icdesk.services.stored_rows import StoredRows
from icdesk.ui.theme import colours

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

PAGE = 200  # rows read at a time from a long list
TEXT_CHUNK = 200  # rows of a long list shown as text at a time for an export: gone young, as an export's pages
TONE_ROLE = Qt.ItemDataRole.UserRole + 20  # a status's tone: drawn as a coloured chip with its word


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
    tone: Callable[[R], str] | None = None  # shown as a chip (ui/chips.py): "good", "bad", ...
    order: str = ""  # a long list read page by page: the service's sort key for this column
    # what an export writes when it is not what the table shows: a rating's number, not its stars,
    # so that a spreadsheet can average it
    export: Callable[[R], str] | None = None


class RowsModel(QAbstractTableModel, Generic[R]):
    """What every table model here shares: a flat list of rows and a header per column."""

    rows: list[R] | StoredRows[R]  # a long list read from the store makes its rows as they are shown
    columns: Sequence[Any]

    def append_page(self, more: Sequence[R]) -> None:
        """Add the next page of a long list at its end.

        The rows loaded stay for as long as the list is shown, yet Python's cycle collector would walk
        every one of them each time the list has grown by a quarter: at 100,000 loaded requests one
        scroll step stalled 0.3 s, at a million several seconds (issue 21). Rows hold no cycles (they
        are freed by their count when the list is read anew), so what exists once a page is in is moved
        out of the collector's sight."""
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()
        gc.freeze()

    def header(self, section: int) -> str:
        raise NotImplementedError

    def chip_columns(self) -> list[int]:
        """The columns whose cells are drawn as status chips."""
        return []

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def replace_rows(self, rows: Sequence[R]) -> None:
        """Show ``rows``. When as many rows come back as were shown (a note added, a name edited),
        only the rows that differ are redrawn; a full reset repaints the whole table."""
        new = rows if isinstance(rows, StoredRows) else list(rows)
        if len(new) != len(self.rows) or not new:
            # the list is read anew: what ``append_page`` froze goes back in the collector's sight, so
            # cyclic garbage frozen beside the rows is collected once per reload, not kept for the day
            gc.unfreeze()
            self.beginResetModel()
            self.rows = new
            self.endResetModel()
            return
        changed = self._changed(self.rows, new)
        self.rows = new
        last = self.columnCount() - 1
        for i in changed:
            self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    @staticmethod
    def _changed(old: Sequence[R], new: Sequence[R]) -> list[int]:
        if isinstance(old, StoredRows) and isinstance(new, StoredRows):
            # the same stored values make the same row: compared as stored, no row made to compare it
            return [i for i in range(len(new)) if old.stored(i) != new.stored(i)]
        return [i for i, (was, row) in enumerate(zip(old, new, strict=True)) if was != row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section) or None
        return None

    def header_tip(self, section: int) -> str:
        """What a terse heading ("#") stands for, shown when the pointer rests on it."""
        return ""


class RowTableModel(RowsModel[R]):
    """A list of rows shown through columns; sorting happens in memory."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None,
                 highlight: Callable[[R], bool] | None = None, muted: Callable[[R], bool] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = []
        self._highlight = highlight
        self._muted = muted
        self._fetch: Callable[[R | None, int], Sequence[R]] | None = None
        self._every_row: Callable[[], Iterable[R]] | None = None
        self.total = 0
        self.order: tuple[str, bool] | None = None  # (sort key, descending) a paged source reads in; None: its own
        # the column and order of the last sort done here: the rows read again (every refresh) are put in
        # it too, or the header's arrow pointed at one column while the rows stood in the service's order
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self._fetch = self._every_row = None
        if self._sorted is not None and 0 <= self._sorted[0] < len(self.columns):
            rows = self._in_order(list(rows), *self._sorted)
        self.replace_rows(rows)
        self.total = len(self.rows)

    def _in_order(self, rows: list[R], column: int, order: Qt.SortOrder) -> list[R]:
        spec = self.columns[column]
        key = spec.sort_key or (lambda r: search_key(spec.text(r)))  # "Ángela" among the A's, not after Z
        rows.sort(key=lambda r: (key(r) is None, key(r) if key(r) is not None else 0),
                  reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def set_source(self, fetch: Callable[[R | None, int], Sequence[R]], total: int, first: Sequence[R] | None = None,
                   every_row: Callable[[], Iterable[R]] | None = None) -> None:
        """A long list read a page at a time as the table scrolls: ``fetch(last, limit)`` gives the rows
        after ``last`` (None: from the top), found by key, so a page far down costs what the first does.
        ``first``: the first page, when read already (with the count); ``every_row``: the whole list in
        its order for an export, read in large pages rather than the table's."""
        self._fetch, self._every_row, self.total = fetch, every_row, total
        self.replace_rows(fetch(None, PAGE) if first is None else first)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return self._fetch is not None and not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt API
        if self._fetch is None:
            return
        more = self._fetch(self.rows[-1] if self.rows else None, PAGE)  # StoredRows stay unmade until shown
        if not more:
            self.total = len(self.rows)
            return
        self.append_page(more)

    @property
    def streams(self) -> bool:
        """Whether the whole list is read from the store for an export (``every_row`` of set_source)."""
        return self._every_row is not None

    def every_row_text(self) -> Iterator[tuple[str, ...]]:
        """Every row of the list as the table shows it (a column's ``export`` where it has one), also
        those not scrolled to yet, one at a time.

        A list with ``every_row`` is read when the first row is asked for, in the order and filter of
        now, a large page at a time: an export's thread reads, shows and writes each row as it comes, so
        memory holds a page and no row is kept (a list of every row's texts, growing, had Python's
        cycle collector walk it again and again: half of the window's export at 100,000 requests).
        Any other list is read here, page by page as scrolling would; the list shown stays as it is."""
        texts = [column.export or column.text for column in self.columns]
        rows: Iterable[R]
        if self._every_row is not None:
            rows = self._every_row()
        else:
            rows = loaded = list(self.rows)
            while self._fetch is not None and len(loaded) < self.total:
                more = list(self._fetch(loaded[-1] if loaded else None, max(PAGE, self.total - len(loaded))))
                if not more:
                    break
                loaded.extend(more)

        def shown() -> Iterator[tuple[str, ...]]:
            # a column at a time over a slice of rows, then back into rows: a loop in C calls each
            # column's text, where a list made per row cost as much as the texts themselves
            source = iter(rows)
            while chunk := list(islice(source, TEXT_CHUNK)):
                yield from zip(*[list(map(text, chunk)) for text in texts], strict=True)

        return shown()

    def all_rows_text(self) -> list[tuple[str, ...]]:
        """Every row of the list as the table shows it, also those not scrolled to yet."""
        return list(self.every_row_text())

    def header(self, section: int) -> str:
        return str(self.columns[section].header)

    def chip_columns(self) -> list[int]:
        return [i for i, column in enumerate(self.columns) if column.tone is not None]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None or not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == TONE_ROLE and column.tone:
            return column.tone(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return plain_tooltip(column.tooltip(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # colours of the palette shown now: a dark palette gets a dark red, not a pale pink under white text
        if role == Qt.ItemDataRole.BackgroundRole and self._highlight and self._highlight(row):
            return QBrush(colours().danger_ground)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted and self._muted(row):
            return QBrush(colours().muted)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):  # no column chosen: the rows stay as read
            return
        if self._fetch is not None and self.columns[column].order:
            # a long list is sorted where it is stored and read again from its top, page by page
            self.order = (self.columns[column].order, order == Qt.SortOrder.DescendingOrder)
            self.replace_rows(self._fetch(None, PAGE))
            return
        if self._fetch is not None and len(self.rows) < self.total:  # sorting what is loaded would mislead
            self.rows.extend(self._fetch(self.rows[-1] if self.rows else None, self.total - len(self.rows)))
        if isinstance(self.rows, StoredRows):  # sorted here: every row made, in a list
            self.rows = list(self.rows)
        if self._fetch is None:
            self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._in_order(self.rows, column, order)
        self.layoutChanged.emit()
