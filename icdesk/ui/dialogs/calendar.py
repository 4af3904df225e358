"""A department's working calendar: its hours (or 24/7), public holidays and closures.

The targets of the department's standards count only this working time; saving gives its open
requests new due times, with a progress dialog when there are many.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from icdesk.domain.calendar import Closure, holiday_countries, holiday_names, holiday_regions
from icdesk.services import Services
from icdesk.services.calendars import CalendarDraft, CalendarInfo
from icdesk.services.dto import DepartmentRow
from icdesk.ui.access import leaves_on_tab, named
from icdesk.ui.formatting import fmt, short_date
from icdesk.ui.forms import FormDialog, date_edit, hint, to_date
from icdesk.ui.theme import muted_css, styled
from icdesk.ui.workers import with_progress

PROGRESS_FROM = 2_000  # open requests: below this, saving is too quick to need a progress dialog


def _minutes(edit: QTimeEdit) -> int:
    value = edit.time()
    return value.hour() * 60 + value.minute()


class ClosureDialog(FormDialog):
    """One closure: days, all day or some hours of each, a note, this department or the company."""

    def __init__(self, closure: Closure | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Closure"), parent)
        today = date.today()
        self.first = self.add_field("first", self.tr("From"), date_edit(closure.first if closure else today))
        self.last = self.add_field("last", self.tr("To (inclusive)"), date_edit(closure.last if closure else today))
        self.whole_day = self.add_field("whole_day", self.tr("All day"), QCheckBox(self.tr("Closed all day")))
        self.whole_day.setChecked(closure is None or closure.whole_day)
        hours = QWidget()
        row = QHBoxLayout(hours)
        row.setContentsMargins(0, 0, 0, 0)
        self.start = QTimeEdit(QTime(13, 0) if closure is None or closure.start_minute is None else
                               QTime(closure.start_minute // 60, closure.start_minute % 60))
        end_minute = 24 * 60 if closure is None or closure.end_minute is None else closure.end_minute
        self.end = QTimeEdit(QTime(23, 59) if end_minute >= 24 * 60 else QTime(end_minute // 60, end_minute % 60))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        row.addWidget(self.start)
        row.addWidget(QLabel("\u2013"))
        row.addWidget(self.end)
        row.addStretch(1)
        self.add_field("hours", self.tr("Closed from"), hours)
        self.note = self.add_field("note", self.tr("Note"), QLineEdit(closure.note if closure else ""))
        self.note.setPlaceholderText(self.tr("e.g. Christmas Eve afternoon, August shutdown"))
        self.company = self.add_field("company", self.tr("Applies to"),
                                      QCheckBox(self.tr("The whole company (every department with working hours)")))
        self.company.setChecked(bool(closure and closure.whole_company))
        self.whole_day.toggled.connect(self._hours_shown)
        self._hours_shown()
        self.ready()

    def _hours_shown(self) -> None:
        self.set_field_visible("hours", not self.whole_day.isChecked())

    def closure(self) -> Closure:
        first, last = to_date(self.first), to_date(self.last)
        assert first is not None and last is not None
        if self.whole_day.isChecked():
            start = end = None
        else:
            start = _minutes(self.start)
            end = _minutes(self.end)
            end = 24 * 60 if end == 23 * 60 + 59 else end  # "until 23:59" means to the end of the day
        return Closure(first, last, start, end, self.note.text().strip(), self.company.isChecked()).checked()

    def save(self) -> Closure:
        return self.closure()


class CalendarDialog(FormDialog):
    def __init__(self, services: Services, department: DepartmentRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Working hours of {name}").format(name=department.name), parent)
        self.setMinimumWidth(640)
        self.services, self.department = services, department
        self.info: CalendarInfo = services.calendars.get(department.id)
        draft = self.info.draft
        self.extra_top = hint(self.tr(
            "The targets of {name}'s service standards count only its working time: a 4-hour target logged on "
            "Friday at 16:30 falls due on Monday when it works 9 to 5.").format(name=department.name))
        self.outer.insertWidget(1, self.extra_top)

        mode = QWidget()
        mode_row = QHBoxLayout(mode)
        mode_row.setContentsMargins(0, 0, 0, 0)
        self.always = QRadioButton(self.tr("Open around the clock (24/7)"))
        self.hours_mode = QRadioButton(self.tr("Working hours"))
        group = QButtonGroup(mode)
        group.addButton(self.always)
        group.addButton(self.hours_mode)
        mode_row.addWidget(self.always)
        mode_row.addWidget(self.hours_mode)
        mode_row.addStretch(1)
        self.add_field("mode", self.tr("Works"), mode)
        self.always.setChecked(draft.always_open)
        self.hours_mode.setChecked(not draft.always_open)

        self.days: list[QLineEdit] = []
        for day in range(7):
            edit = QLineEdit(draft.week[day])
            edit.setPlaceholderText(self.tr("closed"))
            self.days.append(self.add_field(f"hours_{day}", fmt().weekday(day), edit))
        copy = QPushButton(self.tr("Same hours Monday to Friday"))
        copy.setToolTip(self.tr("Copy Monday's hours to Tuesday, Wednesday, Thursday and Friday"))
        copy.clicked.connect(self.copy_monday)
        self.add_field("copy", "", copy)
        self.hours_hint = hint(self.tr(
            "Write times like 09:00\u201313:00, 14:00\u201318:00; split shifts are several intervals on one "
            "line. Leave a day empty when it is closed."))
        self.outer.insertWidget(2, self.hours_hint)

        self.country = self.add_field("holiday_country", self.tr("Public holidays of"), QComboBox())
        self.country.addItem(self.tr("(none)"), "")
        for code, name in holiday_countries().items():
            self.country.addItem(f"{name} ({code})", code)
        self.country.setCurrentIndex(max(0, self.country.findData(draft.holiday_country)))
        self.region = self.add_field("holiday_region", self.tr("Region"), QComboBox())
        self.upcoming = self.add_field("upcoming", "", QLabel())
        styled(self.upcoming, muted_css)
        # the whole width of the form, whatever length the first text had
        self.upcoming.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.fill_regions(draft.holiday_region)
        self.country.currentIndexChanged.connect(lambda _i: self.fill_regions(""))
        self.region.currentIndexChanged.connect(lambda _i: self.show_upcoming())

        closures = QWidget()
        box = QVBoxLayout(closures)
        box.setContentsMargins(0, 0, 0, 0)
        self.closure_table = leaves_on_tab(named(QTableWidget(0, 4), self.tr("Closures")))
        self.closure_table.setHorizontalHeaderLabels([self.tr("Days"), self.tr("Hours"), self.tr("Note"),
                                                      self.tr("Applies to")])
        self.closure_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.closure_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closure_table.verticalHeader().hide()
        self.closure_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.closure_table.setMinimumHeight(110)
        self.closure_table.doubleClicked.connect(lambda _i: self.edit_closure())
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add closure\u2026"))
        add.clicked.connect(self.add_closure)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_closure)
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box.addWidget(self.closure_table)
        box.addLayout(buttons)
        self.add_field("closures", self.tr("Closures"), closures)
        self.closures: list[Closure] = list(draft.closures)
        self.show_closures()

        if self.info.open_requests:
            self.extra.addWidget(hint(fmt().translate(
                "CalendarDialog", "Saving gives the %n open request(s) of {name} new due times in these hours.",
                None, self.info.open_requests).format(name=department.name)))
        self.always.toggled.connect(self.mode_changed)
        # the choice of 24/7 or working hours is a change of its own: Esc asks before it is lost
        self.always.toggled.connect(lambda _on: self._on_field_changed("always_open"))
        self.mode_changed()
        self.ready()

    # -- the parts of the form -----------------------------------------------------------------
    def mode_changed(self) -> None:
        working = self.hours_mode.isChecked()
        for name in [f"hours_{d}" for d in range(7)] + ["copy", "holiday_country", "holiday_region", "upcoming",
                                                        "closures"]:
            self.set_field_visible(name, working)
        self.hours_hint.setVisible(working)
        self.adjustSize()

    def copy_monday(self) -> None:
        for edit in self.days[1:5]:
            edit.setText(self.days[0].text())

    def fill_regions(self, chosen: str) -> None:
        code = self.country.currentData() or ""
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("(the whole country)"), "")
        for region, name in holiday_regions(code).items():
            self.region.addItem(name if name == region else f"{name} ({region})", region)
        self.region.setCurrentIndex(max(0, self.region.findData(chosen)))
        self.region.setEnabled(self.region.count() > 1)
        self.region.blockSignals(False)
        self.show_upcoming()

    def show_upcoming(self) -> None:
        code = self.country.currentData() or ""
        if not code:
            self.upcoming.setText(self.tr("No public holidays: every day with hours is a working day."))
            return
        today = date.today()
        found = holiday_names(code, self.region.currentData() or "", today, today + timedelta(days=365),
                              fmt().lang)
        listed = [f"{short_date(day)} {name}" for day, name in found]
        # the next one here, the year ahead in the tooltip
        if not listed:
            self.upcoming.setText(self.tr("No public holiday in the next 12 months."))
        else:
            self.upcoming.setText(fmt().translate("CalendarDialog", "Next: {holiday} (%n in the next 12 months)", None,
                                                  len(listed)).format(
                holiday=listed[0]))
        self.upcoming.setToolTip("\n".join(listed))

    def show_closures(self) -> None:
        self.closure_table.setRowCount(len(self.closures))
        for row, c in enumerate(self.closures):
            days = short_date(c.first) if c.first == c.last else f"{short_date(c.first)} \u2013 {short_date(c.last)}"
            if c.start_minute is None or c.end_minute is None:
                hours = self.tr("all day")
            else:
                hours = f"{c.start_minute // 60:02d}:{c.start_minute % 60:02d}\u2013" \
                        f"{c.end_minute // 60:02d}:{c.end_minute % 60:02d}"
            applies = self.tr("whole company") if c.whole_company else self.department.name
            for column, text in enumerate((days, hours, c.note, applies)):
                self.closure_table.setItem(row, column, QTableWidgetItem(text))
        self.closure_table.resizeColumnsToContents()
        self.closure_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.remove_button.setEnabled(bool(self.closures))

    def add_closure(self) -> None:
        dialog = ClosureDialog(parent=self)
        if dialog.exec():
            self.closures.append(dialog.closure())
            self._closures_changed()

    def edit_closure(self) -> None:
        row = self.closure_table.currentRow()
        if 0 <= row < len(self.closures):
            dialog = ClosureDialog(self.closures[row], parent=self)
            if dialog.exec():
                self.closures[row] = dialog.closure()
                self._closures_changed()

    def remove_closure(self) -> None:
        row = self.closure_table.currentRow()
        if 0 <= row < len(self.closures):
            del self.closures[row]
            self._closures_changed()

    def _closures_changed(self) -> None:
        self.closures.sort(key=lambda c: (c.first, c.last))
        self.show_closures()
        self.dirty = True

    # -- saving ----------------------------------------------------------------------------------
    def draft(self) -> CalendarDraft:
        return CalendarDraft(self.always.isChecked(), tuple(edit.text() for edit in self.days),
                             self.country.currentData() or "", self.region.currentData() or "",
                             tuple(self.closures))

    def save(self) -> int:
        draft = self.draft()
        draft.calendar()  # a mistake is shown under its field before any waiting starts
        read = self.info.draft
        if self.info.open_requests < PROGRESS_FROM:
            return self.services.calendars.save(self.department.id, draft, expected=read)
        return with_progress(self, self.tr("Giving open requests their new due times\u2026"),
                             lambda report: self.services.calendars.save(self.department.id, draft, report,
                                                                         expected=read))

    def reload(self) -> None:
        self.info = self.services.calendars.get(self.department.id)
        draft = self.info.draft
        self.always.setChecked(draft.always_open)
        self.hours_mode.setChecked(not draft.always_open)
        for edit, hours in zip(self.days, draft.week, strict=True):
            edit.setText(hours)
        self.country.setCurrentIndex(max(0, self.country.findData(draft.holiday_country)))
        self.fill_regions(draft.holiday_region)
        self.closures = list(draft.closures)
        self.show_closures()
