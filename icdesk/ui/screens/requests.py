"""The requests list: filters, overdue at a glance, and the request window."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QMessageBox, QWidget

from icdesk.domain.enums import OPEN_REQUEST_STATUSES, Priority, RequestStatus
from icdesk.reports.spec import ReportSpec
from icdesk.services import Services
from icdesk.services.dto import RequestRow
from icdesk.services.request_queries import RequestFilter
from icdesk.services.requests import legal_next_statuses
from icdesk.ui.access import named
from icdesk.ui.dialogs.cancel_request import CancelRequestDialog
from icdesk.ui.dialogs.request_detail import RequestDialog
from icdesk.ui.dialogs.request_form import RequestFormDialog
from icdesk.ui.formatting import fmt, ui_label
from icdesk.ui.forms import date_edit, to_date
from icdesk.ui.list_screen import ListScreen, PresetChip
from icdesk.ui.pickers import capped, department_combo, enum_combo, person_combo, select_data
from icdesk.ui.request_model import RequestTableModel

OPEN = "open"


class RequestsScreen(ListScreen):
    search_delay_ms = 250  # a search reads the text index and the notes of 100,000 requests
    depends_on = frozenset({"requests", "request_events", "departments", "people"})

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Internal requests"), self.tr("Log a request"), self.tr(
            "An internal request is one piece of service one department asks of another: accounting asks IT "
            "for PMS access, the dining room asks the kitchen for an allergy menu. Log the first one."), parent)
        self.enable_archive(self.tr("Cancel request"))
        self.status = named(QComboBox(), self.tr("Status"))
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status.setMinimumContentsLength(10)
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Open (not resolved yet)"), OPEN)
        for status in RequestStatus:
            self.status.addItem(ui_label(status), status)
        self.provider = named(department_combo(services, self.tr("Any provider")), self.tr("Provider"))
        self.requester_dept = named(department_combo(services, self.tr("Any requester")),
                                    self.tr("Requester's department"))
        self.priority = named(enum_combo(Priority, none_text=self.tr("Any priority")), self.tr("Priority"))
        self.assignee = named(person_combo(services, self.tr("Anyone assigned")), self.tr("Assigned to"))
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.created_from = named(date_edit(None, optional=True, blank=self.tr("from any date")),
                                  self.tr("Logged from"))
        self.created_to = named(date_edit(None, optional=True, blank=self.tr("to any date")), self.tr("Logged until"))
        for widget in (self.status, self.provider, self.requester_dept, self.priority, self.assignee):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            capped(widget)
            widget.currentIndexChanged.connect(self.refresh)
        # one row that wraps: on a narrow window (or in Russian) the filters take as many lines as
        # they need, each as wide as its longest choice, instead of "All statuse" and "Any priorit"
        for widget in (self.status, self.priority, self.provider, self.requester_dept, self.assignee):
            self.filters.addWidget(widget)
        self.overdue.toggled.connect(self.refresh)
        self.filters.addWidget(self.overdue)
        logged = QWidget()  # "Logged [from] [to]" stay together on one line
        logged_row = QHBoxLayout(logged)
        logged_row.setContentsMargins(0, 0, 0, 0)
        logged_row.addWidget(QLabel(self.tr("Logged")))
        for edit in (self.created_from, self.created_to):
            edit.dateChanged.connect(self.refresh)
            logged_row.addWidget(edit)
        self.filters.addWidget(logged)
        # a figure of the dashboard opened this list: say what it shows, and let it go
        self.preset = PresetChip()
        self.preset.cleared.connect(self.clear_filters)
        self.filters.addWidget(self.preset)
        self.resolved_since: datetime | None = None
        self._show_preset_chip()
        self.request_model = RequestTableModel(services.requests, self)
        self.set_model(self.request_model)
        self.table.horizontalHeader().setSortIndicator(7, Qt.SortOrder.DescendingOrder)  # newest first
        # what a request is and when it is due come first and keep their room: on a narrow window the
        # names scroll away, not Due
        due = len(self.request_model.columns) - 1
        self.fit_columns(stretch=1, cap=200, keep=(0, 2, due))
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(due), 3)

    def current_filter(self) -> RequestFilter:
        status = self.status.currentData()
        statuses = frozenset(OPEN_REQUEST_STATUSES) if status == OPEN else \
            frozenset({status}) if status is not None else frozenset()
        start, end = to_date(self.created_from), to_date(self.created_to)
        day_start = self.services.ctx.sla.start_of  # days begin at midnight in the company's time zone
        return RequestFilter(
            text=self.search.text(), statuses=statuses, provider_id=self.provider.currentData(),
            requester_department_id=self.requester_dept.currentData(), priority=self.priority.currentData(),
            assignee_id=self.assignee.currentData(), overdue_only=self.overdue.isChecked(),
            created_from=day_start(start) if start else None,
            created_before=day_start(end + timedelta(days=1)) if end else None,
            resolved_from=self.resolved_since,
        )

    def show_preset(self, *, overdue: bool = False, open_only: bool = False,
                    resolved_since: datetime | None = None) -> None:
        """Used by the dashboard's figures: show exactly the requests a figure counts (a search or a
        provider left from before showed "0 shown" under "20 open requests")."""
        self.reset_filters()
        for widget in (self.overdue, self.status):
            widget.blockSignals(True)
        self.overdue.setChecked(overdue)
        select_data(self.status, OPEN if open_only else None)
        for widget in (self.overdue, self.status):
            widget.blockSignals(False)
        self.resolved_since = resolved_since
        self._show_preset_chip()
        self.refresh()

    def _show_preset_chip(self) -> None:
        since = self.resolved_since
        self.preset.show_text(self.tr("Resolved since {date}").format(
            date=fmt().date(fmt().local(since).date())) if since else "")

    def extra_filter_state(self) -> object:
        return self.resolved_since

    def put_back_extra_filter_state(self, state: object) -> None:
        self.resolved_since = state if isinstance(state, datetime) else None
        self._show_preset_chip()

    def show_pair(self, provider_id: int, customer_id: int, first: date, last: date) -> None:
        """Used by the service network: the requests one department logged with another in a period."""
        self.reset_filters()  # a Dashboard figure's "resolved since" kept 3 of the pair's 15
        widgets = (self.provider, self.requester_dept, self.created_from, self.created_to)
        for widget in widgets:
            widget.blockSignals(True)
        select_data(self.provider, provider_id)
        select_data(self.requester_dept, customer_id)
        self.created_from.setDate(QDate(first.year, first.month, first.day))
        self.created_to.setDate(QDate(last.year, last.month, last.day))
        for widget in widgets:
            widget.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self.request_model.set_filter(self.current_filter())
        self.show_rows(len(self.request_model.rows), self.request_model.total)

    def visible_table(self) -> tuple[list[str], Sequence[Sequence[str]]]:
        return self.request_model.export_table()  # an export's: moments, not "due in 3 h"

    def new_item(self) -> None:
        dialog = RequestFormDialog(self.services, parent=self)
        if dialog.exec():
            self.after_change()

    def open_row(self, row: RequestRow) -> None:
        dialog = RequestDialog(self.services, row.id, self)
        dialog.changed.connect(self.after_change)
        dialog.exec()

    def print_current(self) -> None:
        """File → Print: the selected request, as its window prints it."""
        from icdesk.ui.dialogs.preview import preview_report  # ReportLab and the PDF view load when printing

        row = self.current_row()
        if row is not None:
            title = self.tr("Request #{n}").format(n=row.id)
            preview_report(self, self.services, ReportSpec("request", lang=fmt().lang, request_id=row.id),
                           title, f"{title}.pdf")

    def archive_current(self) -> None:
        """Delete / "Cancel request": the reason and who decided go into the request's history."""
        row = self.current_row()
        if row is None:
            return
        if RequestStatus.CANCELLED not in legal_next_statuses(row.status):
            QMessageBox.information(self, self.tr("Cancel request"), self.tr(
                "Request #{n} is {status} and cannot be cancelled.").format(
                n=row.id, status=ui_label(row.status).lower()))
            return
        if CancelRequestDialog(self.services, row.id, self).exec():
            self.after_change()
