"""Feedback, corrective actions and recognition: the loop that turns bad service around."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QMenu, QWidget

from icdesk.domain.enums import ActionStatus, Award, BreakdownPoint
from icdesk.services import Services
from icdesk.services.dto import ActionRow, FeedbackRow, RecognitionRow
from icdesk.services.feedback_pages import FeedbackFilter, FeedbackPage
from icdesk.services.kept_pages import PageKey
from icdesk.ui.access import named
from icdesk.ui.chips import ACTION_TONES, Tone
from icdesk.ui.dialogs.loop import ActionDialog, FeedbackDialog, RecognitionDialog, follow_up_poor_rating
from icdesk.ui.formatting import fmt, short_date, short_datetime, ui_label
from icdesk.ui.list_screen import EmptyState, ListScreen, PresetChip
from icdesk.ui.pickers import department_combo, enum_combo
from icdesk.ui.table_model import PAGE, Column, RowTableModel


class FeedbackScreen(ListScreen):
    depends_on = frozenset({"feedback", "departments", "people"})
    search_delay_ms = 250  # a search reads the comments of every rating: once typing pauses
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Feedback"), self.tr("Give feedback"), self.tr(
            "Feedback shows where internal service breaks down. Rate a resolved request from its window, "
            "or rate a department in general here."), parent)
        self.department = named(department_combo(services, self.tr("All departments")), self.tr("Department"))
        self.rating = named(QComboBox(), self.tr("Rating"))
        self.rating.addItem(self.tr("Any rating"), None)
        self.rating.addItem(self.tr("Poor only (1\u20132)"), 2)
        self.rating.addItem(self.tr("3 or less"), 3)
        self.breakdown = named(enum_combo(BreakdownPoint, none_text=self.tr("Any breakdown point")),
                               self.tr("Breakdown point"))
        for widget in (self.department, self.rating, self.breakdown):
            widget.currentIndexChanged.connect(self.refresh)
            self.filters.addWidget(widget)
        self.given_since: datetime | None = None  # the dashboard's "last 30 days"
        self.preset = PresetChip()
        self.preset.cleared.connect(self.clear_filters)
        self.filters.addWidget(self.preset)
        self.filters.addStretch(1)
        self.table_model: RowTableModel[FeedbackRow] = RowTableModel([
            # every heading sorts in SQL (services/feedback_pages.py SORT_KEYS), page by page like Requests
            Column(self.tr("Given"), lambda f: short_datetime(f.created_at), order="given"),
            Column(self.tr("Department"), lambda f: f.department_name, order="department"),
            Column(self.tr("Rating"), lambda f: "\u2605" * f.rating + "\u2606" * (5 - f.rating), order="rating",
                   export=lambda f: str(f.rating)),
            Column(self.tr("Request"), lambda f: f"#{f.request_id}" if f.request_id else "", align_right=True,
                   order="request"),
            Column(self.tr("Breakdown point"), lambda f: ui_label(f.breakdown_point) if f.breakdown_point else "",
                   order="breakdown"),
            Column(self.tr("From"), lambda f: self.tr("anonymous") if f.anonymous else f.author_name or
                   f.author_department_name, order="from"),
            Column(self.tr("Comment"), lambda f: f.comment.replace("\n", " "), tooltip=lambda f: f.comment,
                   order="comment"),
        ], self, highlight=lambda f: f.rating <= 2)
        self.set_model(self.table_model)
        self.action_from_feedback = QAction(self.tr("Open corrective action\u2026"), self)
        self.action_from_feedback.triggered.connect(self._on_action_from_feedback)
        self.fit_columns(stretch=6)

    def show_given_since(self, since: datetime) -> None:
        """Used by the dashboard's rating: exactly the ratings it averages."""
        self.reset_filters()
        self.put_back_extra_filter_state(since)
        self.refresh()

    def extra_filter_state(self) -> object:
        return self.given_since

    def put_back_extra_filter_state(self, state: object) -> None:
        self.given_since = since = state if isinstance(state, datetime) else None
        self.preset.show_text(self.tr("Given since {date}").format(date=fmt().date(fmt().local(since).date()))
                              if since else "")

    def refresh(self) -> None:
        flt = FeedbackFilter(department_id=self.department.currentData(), max_rating=self.rating.currentData(),
                             breakdown_point=self.breakdown.currentData(), text=self.search.text(),
                             given_since=self.given_since)
        feedback = self.services.feedback
        # where the page after each page's last rating starts (its sort key), as the page read said:
        # no statement to find that rating's key again (services/feedback_pages.py)
        starts: dict[int, PageKey] = {}

        def order() -> tuple[str, bool]:
            return self.table_model.order or ("given", True)

        def read(last: FeedbackRow | None, limit: int, count: bool = False) -> FeedbackPage:
            if last is None:
                starts.clear()  # from the top: a new list, or the same in another order
            sort, descending = order()
            found = feedback.page(flt, sort=sort, descending=descending, limit=limit, count=count,
                                  after=None if last is None else starts[last.id])
            if found.last is not None:
                starts[found.rows[-1].id] = found.last
            return found

        def every_row() -> Iterator[FeedbackRow]:
            sort, descending = order()
            return feedback.every_row(flt, sort=sort, descending=descending)

        first = read(None, PAGE, count=True)  # counted in the same read as its first page
        total = first.total or 0
        self.table_model.set_source(lambda last, limit: read(last, limit).rows, total, first.rows, every_row)
        self.show_rows(len(self.table_model.rows), total)

    def new_item(self) -> None:
        dialog = FeedbackDialog(self.services, department_id=self.department.currentData(), parent=self)
        if dialog.exec():
            follow_up_poor_rating(self, self.services, dialog.given)
            self.after_change()

    def open_row(self, row: FeedbackRow) -> None:
        self._open_action(row)

    def extend_context_menu(self, menu: QMenu) -> None:
        menu.addAction(self.action_from_feedback)

    def _on_action_from_feedback(self) -> None:
        row = self.current_row()
        if row is not None:
            self._open_action(row)

    def _open_action(self, row: FeedbackRow) -> None:
        if ActionDialog(self.services, feedback_id=row.id, department_id=row.department_id, parent=self).exec():
            self.after_change()


class ActionsScreen(ListScreen):
    depends_on = frozenset({"corrective_actions", "departments", "people"})
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Corrective actions"), self.tr("New action"), self.tr(
            "A corrective action is what will be done about poor feedback or a failed request: who does it "
            "and by when. Open the first one."), parent)
        self.enable_archive(self.tr("Archive"))
        self.department = named(department_combo(services, self.tr("All departments")), self.tr("Department"))
        self.department.currentIndexChanged.connect(self.refresh)
        self.open_only = QCheckBox(self.tr("Not done yet"))
        self.open_only.setChecked(True)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        for box in (self.open_only, self.overdue):
            box.toggled.connect(self.refresh)
        self.filters.addWidget(self.department)
        self.filters.addWidget(self.open_only)
        self.filters.addWidget(self.overdue)
        self.filters.addStretch(1)
        self.table_model: RowTableModel[ActionRow] = RowTableModel([
            Column(self.tr("What will be done"), lambda a: a.description.replace("\n", " "),
                   tooltip=lambda a: a.description),
            Column(self.tr("Department"), lambda a: a.department_name),
            Column(self.tr("Owner"), lambda a: a.owner_name),
            Column(self.tr("Due"), lambda a: ("\u26a0 " if a.overdue else "") + short_date(a.due_on),
                   lambda a: a.due_on),
            Column(self.tr("Status"), lambda a: ui_label(a.status) + (" \u2013 " + self.tr("overdue")
                                                                      if a.overdue else ""),
                   tone=lambda a: Tone.BAD if a.overdue else ACTION_TONES[a.status]),
            Column(self.tr("Outcome"), lambda a: a.outcome.replace("\n", " "), tooltip=lambda a: a.outcome),
        ], self, highlight=lambda a: a.overdue, muted=lambda a: a.status is ActionStatus.DONE)
        self.set_model(self.table_model)
        self.fit_columns(stretch=0)
        # everything done: the first-use page ("open the first one") would read as if nothing was ever done
        self.all_done = EmptyState("", self.tr("Show finished actions"))
        self.all_done.button.clicked.connect(lambda: self.open_only.setChecked(False))
        self.stack.addWidget(self.all_done)

    def show_preset(self, overdue: bool = False) -> None:
        self.reset_filters()  # a search left from before is no part of a Dashboard figure
        self.open_only.setChecked(True)
        self.overdue.setChecked(overdue)

    def refresh(self) -> None:
        rows = self.services.actions.list(open_only=self.open_only.isChecked(),
                                          department_id=self.department.currentData(),
                                          overdue_only=self.overdue.isChecked(), text=self.search.text())
        self.table_model.set_rows(rows)
        self.show_rows(len(rows))
        done = 0 if rows or self.stack.currentWidget() is not self.empty else self.services.actions.count_done()
        if done:
            self.all_done.label.setText(fmt().translate(
                "ActionsScreen", "Nothing is waiting to be done: “Not done yet” hides %n finished action(s).",
                None, done))
            self.stack.setCurrentWidget(self.all_done)

    def new_item(self) -> None:
        if ActionDialog(self.services, department_id=self.department.currentData(), parent=self).exec():
            self.after_change()

    def open_row(self, row: ActionRow) -> None:
        if ActionDialog(self.services, row, parent=self).exec():
            self.after_change()

    def archive_row(self, row: ActionRow) -> None:
        self.services.actions.archive(row.id)


class RecognitionScreen(ListScreen):
    depends_on = frozenset({"recognitions", "departments", "people"})
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Recognition"), self.tr("Recognise someone"), self.tr(
            "Thank colleagues for good service, recognise achievements and name an employee of the month. "
            "Give the first recognition."), parent)
        self.enable_archive(self.tr("Archive"))
        self.award = named(enum_combo(Award, none_text=self.tr("Any kind")), self.tr("Kind"))
        self.award.currentIndexChanged.connect(self.refresh)
        self.filters.addWidget(self.award)
        self.filters.addStretch(1)
        self.table_model: RowTableModel[RecognitionRow] = RowTableModel([
            Column(self.tr("Date"), lambda r: short_date(r.given_on), lambda r: r.given_on),
            Column(self.tr("Kind"), lambda r: ui_label(r.award)),
            Column(self.tr("To"), lambda r: r.to_name),
            Column(self.tr("From"), lambda r: r.from_name),
            Column(self.tr("Message"), lambda r: (r.title + ": " if r.title else "") + r.message.replace("\n", " "),
                   tooltip=lambda r: r.message),
        ], self)
        self.set_model(self.table_model)
        self.fit_columns(stretch=4)

    def refresh(self) -> None:
        rows = self.services.recognition.list(award=self.award.currentData(), text=self.search.text())
        self.table_model.set_rows(rows)
        self.show_rows(len(rows))

    def new_item(self) -> None:
        if RecognitionDialog(self.services, parent=self).exec():
            self.after_change()

    def open_row(self, row: RecognitionRow) -> None:
        if RecognitionDialog(self.services, row=row, parent=self).exec():
            self.after_change()

    def archive_row(self, row: RecognitionRow) -> None:
        self.services.recognition.archive(row.id)
