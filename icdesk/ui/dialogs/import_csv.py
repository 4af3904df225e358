"""File → Import CSV: choose what the file holds, match its columns, check the preview, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icdesk.domain.errors import DomainError
from icdesk.services import Services
from icdesk.services.imports import FIELDS, ImportPlan, guess_mapping, read_csv
from icdesk.ui.errors import localized
from icdesk.ui.forms import plain, show_error


class ImportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.path: Path | None = None
        self.header: list[str] = []
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import from a CSV file"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind = QComboBox()
        for key, text in [("departments", self.tr("Departments")), ("people", self.tr("People")),
                          ("requests", self.tr("Requests"))]:
            self.kind.addItem(text, key)
        self.file_label = plain(QLabel(self.tr("No file chosen")))
        choose = QPushButton(self.tr("Choose file\u2026"))
        choose.clicked.connect(self.choose_file)
        top.addWidget(QLabel(self.tr("The file holds")))
        top.addWidget(self.kind)
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        layout.addLayout(top)
        self.mapping_form = QFormLayout()
        layout.addLayout(self.mapping_form)
        self.summary = plain(QLabel())  # may quote the file's own cells
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview = QTableWidget()  # a fixed snapshot of the file, not a live list of records
        layout.addWidget(self.preview, 2)
        self.problems = QListWidget()
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.combos: dict[str, QComboBox] = {}
        self.kind.currentIndexChanged.connect(self.rebuild_mapping)

    def choose_file(self) -> None:
        target, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), "",
                                                self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if target:
            self.load(Path(target))

    def load(self, path: Path) -> None:
        try:
            self.header, _rows = read_csv(path)
        except DomainError as error:
            show_error(self, error)
            return
        self.path = path
        self.file_label.setText(path.name)
        self.rebuild_mapping()

    def rebuild_mapping(self) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos = {}
        kind = self.kind.currentData()
        guessed = guess_mapping(kind, self.header)
        for name, label, required in FIELDS[kind]:
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), None)
            for column in self.header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(name))))
            combo.currentIndexChanged.connect(self.refresh_plan)
            self.combos[name] = combo
            self.mapping_form.addRow(self.field_labels().get(name, label) + (" *" if required else ""), combo)
        self.refresh_plan()

    def field_labels(self) -> dict[str, str]:
        return {"name": self.tr("Name"), "description": self.tr("Description"), "head": self.tr("Head"),
                "full_name": self.tr("Name"), "department": self.tr("Department"), "kind": self.tr("Kind"),
                "job_title": self.tr("Job title"), "email": self.tr("E-mail"), "title": self.tr("Title"),
                "provider": self.tr("Provided by (department)"), "requester": self.tr("Asked by (person)"),
                "requester_department": self.tr("Asked by (department)"), "priority": self.tr("Priority"),
                "created": self.tr("Logged on"), "standard": self.tr("Service standard")}

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}

    def refresh_plan(self) -> None:
        self.import_button.setEnabled(False)
        self.problems.clear()
        if self.path is None:
            return
        try:
            self.plan = self.services.imports.plan(self.kind.currentData(), self.path, self.mapping())
        except DomainError as error:
            self.summary.setText(localized(error))
            return
        plan = self.plan
        self.summary.setText(self.tr("{c} to add, {u} to update, {s} already the same.").format(
            c=plan.creates, u=plan.updates, s=plan.unchanged) + (" " + self.tr(
                "Fix the problems below in the file, then choose it again: nothing is imported while any "
                "row has a problem.") if plan.problems else ""))
        for problem in plan.problems:
            column = f", {problem.column}" if problem.column else ""
            reason = localized(problem.error) if problem.error else problem.reason
            self.problems.addItem(self.tr("Row {row}{column}: {reason}").format(
                row=problem.row, column=column, reason=reason))
        self.problems.setVisible(bool(plan.problems))
        fields = [name for name, _label, _required in FIELDS[self.kind.currentData()] if name in self.mapping()]
        actions = {"create": self.tr("add"), "update": self.tr("update"), "same": self.tr("same")}
        self.preview.clear()
        self.preview.setColumnCount(len(fields) + 2)
        self.preview.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Action")] + fields)
        self.preview.setRowCount(len(plan.preview))
        for r, (number, action, values) in enumerate(plan.preview):
            cells = [str(number), actions[action]] + [values.get(f, "") for f in fields]
            for c, text in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()
        self.import_button.setEnabled(plan.ok and plan.creates + plan.updates > 0)

    def do_import(self) -> None:
        if self.path is None:
            return
        try:
            self.plan = self.services.imports.apply(self.kind.currentData(), self.path, self.mapping())
        except DomainError as error:
            show_error(self, error)
            return
        self.accept()
