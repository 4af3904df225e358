"""Training and cross-training: sessions given by departments, and who learned another department's
service; the history of a person or a department."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QWidget

from icdesk.services import Services
from icdesk.services.dto import TrainingRow
from icdesk.services.training import CROSS, SESSION
from icdesk.ui.access import named
from icdesk.ui.dialogs.training import CrossTrainingDialog, TrainingDialog
from icdesk.ui.formatting import fmt, short_date, target
from icdesk.ui.list_screen import ListScreen
from icdesk.ui.pickers import department_combo, person_combo
from icdesk.ui.table_model import Column, RowTableModel


class TrainingScreen(ListScreen):
    depends_on = frozenset({"training_sessions", "training_attendees", "training_standards", "cross_trainings",
                            "acknowledgements", "departments", "people"})
    print_requested = Signal(int)  # a session's attendance sheet

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Training"), self.tr("New training session"), self.tr(
            "Record the training departments give each other, with who attended and which standards it covered, "
            "and the cross-training of people who learn another department's service."), parent)
        self.enable_archive(self.tr("Archive"))
        self.department = named(department_combo(services, self.tr("All departments")), self.tr("Department"))
        self.person = named(person_combo(services, self.tr("Everyone")), self.tr("Person"))
        self.kind = named(QComboBox(), self.tr("Kind"))
        self.kind.addItem(self.tr("Sessions and cross-training"), None)
        self.kind.addItem(self.tr("Training sessions"), SESSION)
        self.kind.addItem(self.tr("Cross-training"), CROSS)
        for widget in (self.department, self.person, self.kind):
            widget.currentIndexChanged.connect(self.refresh)
            self.filters.addWidget(widget)
        self.filters.addStretch(1)
        self.cross_button = QPushButton(self.tr("Record cross-training\u2026"))
        self.cross_button.clicked.connect(self.new_cross_training)
        self.filters.addWidget(self.cross_button)
        self.empty.button.setText(self.tr("New training session"))
        self.table_model: RowTableModel[TrainingRow] = RowTableModel([
            Column(self.tr("Date"), lambda r: short_date(r.on), lambda r: r.on),
            Column(self.tr("Training"), self.topic_text, tooltip=self.topic_tooltip),
            Column(self.tr("Given by"), lambda r: r.department_name),
            Column(self.tr("Trainer"), lambda r: r.trainer_name),
            Column(self.tr("People"), self.people_text, lambda r: len(r.people), tooltip=lambda r: "\n".join(r.people)),
            Column(self.tr("Duration"), lambda r: target(r.duration_minutes) if r.duration_minutes else "",
                   lambda r: r.duration_minutes or 0, align_right=True),
            Column(self.tr("Standards covered"), self.standards_text, tooltip=lambda r: "\n".join(r.standard_titles)),
        ], self, muted=lambda r: r.on > self.services.training.today())
        self.set_model(self.table_model)
        self.fit_columns(stretch=1, cap=230)  # what the training was: the column a small screen keeps widest
        self.print_action = QAction(self.tr("Print the attendance sheet"), self)
        self.print_action.triggered.connect(self._on_print)

    def topic_text(self, row: TrainingRow) -> str:
        """A session with its number (the one `icdesk report attendance --session N` asks for), or a
        cross-training, whose department stands in the column beside it (on a small screen the list showed
        "Cross-training: service of…" and no more)."""
        if row.kind == CROSS:
            return self.tr("Cross-training")
        return f"#{row.id} \u00b7 {row.topic}"

    def topic_tooltip(self, row: TrainingRow) -> str:
        if row.kind == SESSION:
            text = self.tr("Session #{n}: {topic}").format(n=row.id, topic=row.topic)
        else:
            text = self.tr("Cross-training: service of {department}").format(department=row.department_name)
        if row.on > self.services.training.today():
            text += "\n" + self.tr("Planned: still to come")
        return text

    def people_text(self, row: TrainingRow) -> str:
        if row.kind == CROSS:
            return row.people[0] if row.people else ""
        return fmt().translate("TrainingScreen", "%n attendee(s)", None, len(row.people))

    def standards_text(self, row: TrainingRow) -> str:
        text = ", ".join(row.standard_titles)
        if row.acknowledgements:
            text += " \u2013 " + fmt().translate("TrainingScreen", "%n acknowledged", None, row.acknowledgements)
        return text

    def refresh(self) -> None:
        rows = self.services.training.history(self.person.currentData(), self.department.currentData(),
                                              self.kind.currentData(), self.search.text())
        self.table_model.set_rows(rows)
        self.show_rows(len(rows))

    def new_item(self) -> None:
        dialog = TrainingDialog(self.services, department_id=self.department.currentData(), parent=self)
        if dialog.exec():
            self._say_recorded(dialog.recorded)
            self.after_change()

    def new_cross_training(self) -> None:
        if CrossTrainingDialog(self.services, person_id=self.person.currentData(), parent=self).exec():
            self.after_change()

    def open_row(self, row: TrainingRow) -> None:
        if row.kind == CROSS:
            if CrossTrainingDialog(self.services, self.services.training.cross_get(row.id), parent=self).exec():
                self.after_change()
            return
        dialog = TrainingDialog(self.services, self.services.training.get(row.id), parent=self)
        if dialog.exec():
            self._say_recorded(dialog.recorded)
            self.after_change()

    def _say_recorded(self, count: int) -> None:
        if count:
            self.count_label.setText(fmt().translate(
                "TrainingScreen", "%n acknowledgement(s) recorded from the attendance.", None, count))

    def archive_row(self, row: TrainingRow) -> None:
        if row.kind == CROSS:
            self.services.training.archive_cross(row.id)
        else:
            self.services.training.archive(row.id)

    def extend_context_menu(self, menu: QMenu) -> None:
        row = self.current_row()
        if isinstance(row, TrainingRow) and row.kind == SESSION:
            menu.addAction(self.print_action)

    def print_current(self) -> None:
        """File → Print: the attendance sheet of the selected session."""
        self._on_print()

    def _on_print(self) -> None:
        row = self.current_row()
        if isinstance(row, TrainingRow) and row.kind == SESSION:
            self.print_requested.emit(row.id)
