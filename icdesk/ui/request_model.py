"""The requests table: loads rows page by page from the service, so 100,000 requests stay fluid."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from icdesk.domain.enums import Priority, RequestStatus
from icdesk.domain.sla import ServiceClock
from icdesk.services.dto import RequestRow
from icdesk.services.request_pages import PageKey
from icdesk.services.request_queries import RequestFilter
from icdesk.services.requests import RequestService
from icdesk.services.stored_rows import StoredRows, stored_rows
from icdesk.ui.chips import REQUEST_TONES
from icdesk.ui.formatting import due_text, fmt, next_due, short_date, short_datetime, ui_label
from icdesk.ui.table_model import TONE_ROLE, RowsModel
from icdesk.ui.theme import colours

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


class RequestTableModel(RowsModel[RequestRow]):
    def __init__(self, service: RequestService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.filter = RequestFilter()
        self.sort_key, self.descending = "created", True
        self.rows: StoredRows[RequestRow] = stored_rows([])  # each row made when it is shown
        self.total = 0
        self.loaded = False
        self.counted = False
        self.last: PageKey | None = None  # the sort key and number of the last row read
        self.clocks: dict[int, ServiceClock] = {}  # providers' calendars, kept by the services
        self.columns: list[tuple[str, str]] = [  # header, service sort key
            ("#", "id"), (self.tr("Title"), "title"), (self.tr("Status"), "status"),
            (self.tr("Priority"), "priority"), (self.tr("Provided by"), "provider"),
            (self.tr("Asked by"), "requester"), (self.tr("Assigned to"), "assignee"),
            (self.tr("Logged"), "created"), (self.tr("Due"), "due"),
        ]

    # -- loading --------------------------------------------------------------------------------
    def set_filter(self, flt: RequestFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self._read(count=True)

    def _read(self, count: bool) -> None:
        """Read the first page again; count the rows only when they may have changed (not for a new order)."""
        self.loaded = True
        self.clocks = self.service.clocks()  # kept by the services until a calendar changes
        page = self.service.page(self.filter, limit=PAGE, sort=self.sort_key, descending=self.descending,
                                 count=count or not self.counted)
        self.counted = True
        self.last = page.last
        total, rows = self.total if page.total is None else page.total, page.rows
        if total != self.total:
            self.rows = stored_rows([])  # another list: start afresh rather than compare row by row
        self.total = total
        self.replace_rows(rows)

    def _page(self, after: PageKey | None) -> StoredRows[RequestRow]:
        page = self.service.page(self.filter, after=after, limit=PAGE, sort=self.sort_key, descending=self.descending)
        if page.last is not None:
            self.last = page.last  # where the next page starts: no statement to find that row's key again
        return page.rows

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt API
        more = self._page(self.last if self.rows else None)  # by key: no OFFSET to count past
        if not more:
            self.total = len(self.rows)
            return
        self.append_page(more)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = self.columns[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.loaded:  # setting the first sort order is no reason to read before being shown
            self._read(count=False)  # the same rows in another order: as many as counted

    def with_text(self, text: str) -> None:
        self.set_filter(replace(self.filter, text=text))

    def export_table(self) -> tuple[list[str], list[tuple[str, ...]]]:
        """Every row the current filter matches, in its order, as an export writes it: the columns
        shown, but moments a spreadsheet can sort and filter: Logged with its time, Due as the
        moment of the next deadline, and what that deadline is doing in "Due state" (the table's
        "due in 3 working h (Mon 11:00)" is true only at the moment it was written)."""
        rows = self.service.list(self.filter, sort=self.sort_key, descending=self.descending)
        when = fmt().datetime
        # a status's and a priority's words looked up once, not once a row (100,000 rows in a demo)
        statuses = {status: ui_label(status) for status in RequestStatus}
        priorities = {priority: ui_label(priority) for priority in Priority}
        cells: dict[str, Callable[[RequestRow], str]] = {
            "id": lambda r: str(r.id), "title": attrgetter("title"), "status": lambda r: statuses[r.status],
            "priority": lambda r: priorities[r.priority], "provider": attrgetter("provider_name"),
            "requester": attrgetter("requester_name"), "assignee": attrgetter("assignee_name"),
            "created": lambda r: when(r.created_at), "due": lambda r: when(next_due(r))}
        texts = [cells[key] for _header, key in self.columns] + [self._due_state]
        header = [header for header, _key in self.columns] + [self.tr("Due state")]
        # a column at a time, then back into rows: a loop in C calls each column's text
        return header, list(zip(*[list(map(text, rows)) for text in texts], strict=True))

    def _due_state(self, r: RequestRow) -> str:
        """Empty for a request within its target (and one finished: its status says so)."""
        if r.status in (RequestStatus.RESOLVED, RequestStatus.CLOSED, RequestStatus.CANCELLED):
            return ""
        if r.status is RequestStatus.WAITING:
            return fmt().translate("Formatting", "late, now waiting" if r.overdue else "paused (waiting)")
        if next_due(r) is None:
            return fmt().translate("Formatting", "no target")
        return self.tr("overdue") if r.overdue else ""

    # -- display --------------------------------------------------------------------------------
    def header(self, section: int) -> str:
        return self.columns[section][0]

    def header_tip(self, section: int) -> str:
        return self.tr("Request number") if self.columns[section][1] == "id" else ""

    def chip_columns(self) -> list[int]:
        return [i for i, (_header, key) in enumerate(self.columns) if key == "status"]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row())
        if r is None:
            return None
        column = self.columns[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == TONE_ROLE and column == "status":
            return REQUEST_TONES[r.status]
        if role == Qt.ItemDataRole.BackgroundRole and r.overdue:
            return QBrush(colours().danger_ground)
        if role == Qt.ItemDataRole.ToolTipRole:
            # the whole value, for a column a small window cuts ("tra 8 h lavorative (gio 1…")
            whole = short_datetime(r.created_at) if column == "created" else self._text(r, column)
            if r.overdue:
                return "\n".join(filter(None, [whole, self.tr("Overdue: its deadline has passed")]))
            return whole or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "id":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return r
        return None

    def _text(self, r: RequestRow, column: str) -> str:
        if column == "id":
            return str(r.id)
        if column == "title":
            return r.title
        if column == "status":
            return ui_label(r.status)
        if column == "priority":
            return ui_label(r.priority)
        if column == "provider":
            return r.provider_name
        if column == "requester":
            return r.requester_name
        if column == "assignee":
            return r.assignee_name
        if column == "created":
            return short_date(fmt().local(r.created_at).date())
        # overdue is spelled out, not shown by colour alone
        due = due_text(r, self.service.clock(), self.clocks.get(r.provider_id))
        return f"\u26a0 {due}" if r.overdue else due

