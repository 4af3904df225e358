"""Who has read the standards that apply to them: people x standards, current / outdated / missing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QMenu, QPushButton, QWidget

from icdesk.domain.enums import AckState
from icdesk.services import Services
from icdesk.services.dto import AckCell, AckMatrix, AckPerson, AckStandard
from icdesk.ui.access import named
from icdesk.ui.dialogs.acknowledgement import (
    AcknowledgementDialog,
    SignSheetDialog,
)
from icdesk.ui.formatting import fmt, short_date, ui_label
from icdesk.ui.forms import confirm
from icdesk.ui.list_screen import ListScreen
from icdesk.ui.pickers import department_combo
from icdesk.ui.theme import colours
from icdesk.ui.wrapped_header import fit_heading_height

Index = QModelIndex | QPersistentModelIndex
FIXED = 2  # name and department come before the standards


class AckMatrixModel(QAbstractTableModel):
    """Rows are people, columns their name, department and each standard in force that applies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = AckMatrix((), (), {})
        self.still_to_sign_only = False

    def show(self, matrix: AckMatrix, still_to_sign_only: bool) -> None:
        if still_to_sign_only:  # only people and standards with something left to sign
            open_cells = [c for c in matrix.cells.values() if c.state is not AckState.CURRENT]
            people = {c.person_id for c in open_cells}
            standards = {c.standard_id for c in open_cells}
            matrix = AckMatrix(tuple(p for p in matrix.people if p.id in people),
                               tuple(s for s in matrix.standards if s.standard_id in standards), matrix.cells)
        if matrix == self.matrix:
            return
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    @property
    def rows(self) -> tuple[AckPerson, ...]:
        return self.matrix.people

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.matrix.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else FIXED + len(self.matrix.standards)

    def standard_at(self, column: int) -> AckStandard | None:
        return self.matrix.standards[column - FIXED] if column >= FIXED else None

    def cell_at(self, row: int, column: int) -> AckCell | None:
        standard = self.standard_at(column)
        if standard is None or not 0 <= row < len(self.matrix.people):
            return None
        return self.matrix.cells.get((self.matrix.people[row].id, standard.standard_id))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        standard = self.standard_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if standard is None:
                return self.tr("Person") if section == 0 else self.tr("Department")
            return f"{standard.title} ({standard.number})"
        if role == Qt.ItemDataRole.ToolTipRole and standard is not None:
            return self.tr("{title}, version {n}, of {department}").format(
                title=standard.title, n=standard.number, department=standard.department_name)
        return None

    def cell_text(self, cell: AckCell) -> str:
        if cell.state is AckState.CURRENT:
            return "\u2713 " + short_date(cell.acknowledged_on)
        if cell.state is AckState.OUTDATED:
            return "\u21bb " + self.tr("signed v{n}").format(n=cell.acknowledged_number)
        return "\u2717 " + ui_label(AckState.MISSING).lower()

    def cell_tooltip(self, person: AckPerson, standard: AckStandard, cell: AckCell) -> str:
        head = self.tr("{person} \u2013 {title}, version {n}").format(person=person.full_name, title=standard.title,
                                                                      n=standard.number)
        if cell.state is AckState.MISSING:
            return head + "\n" + self.tr("Not acknowledged yet. Double-click to record it.")
        how = ui_label(cell.method) if cell.method else ""
        said = self.tr("Version {n} acknowledged on {date} ({how}).").format(
            n=cell.acknowledged_number, date=short_date(cell.acknowledged_on), how=how)
        if cell.state is AckState.OUTDATED:
            said += "\n" + self.tr("Outdated: a major revision since asks everyone to read it again.")
        return f"{head}\n{said}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.matrix.people):
            return None
        person = self.matrix.people[index.row()]
        column = index.column()
        if column < FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                return person.full_name if column == 0 else person.department_name
            if role == Qt.ItemDataRole.UserRole:
                return person
            return None
        standard = self.standard_at(column)
        cell = self.cell_at(index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell is None:
                return QBrush(colours().neutral_ground)
            shade = colours()
            return QBrush({AckState.CURRENT: shade.success_ground, AckState.OUTDATED: shade.warning_ground,
                           AckState.MISSING: shade.danger_ground}[cell.state])
        if cell is None or standard is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tooltip(person, standard, cell)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return cell
        return None


class AcknowledgementsScreen(ListScreen):
    depends_on = frozenset({"acknowledgements", "standard_versions", "service_standards", "standard_readers",
                            "people", "departments"})
    print_requested = Signal(object)  # department ids (empty: all) for "who still has to sign"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Acknowledgements"), self.tr("Enter a signed sheet\u2026"), self.tr(
            "Everyone reads and acknowledges the service standards that apply to them: those of their own "
            "department and those that name their department as readers. Once a standard is in force, its people "
            "appear here."), parent)
        self.department = named(department_combo(services, self.tr("All departments")), self.tr("Department"))
        self.department.currentIndexChanged.connect(self.refresh)
        self.view = named(QComboBox(), self.tr("Show"))
        self.view.addItem(self.tr("Everyone"), False)
        self.view.addItem(self.tr("Only what is still to sign"), True)
        self.view.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        # one line: wrapped, it took two with its last word alone ("· 5 / mancanti") beside room to spare;
        # where the row has no room, the filter row puts it on a line of its own
        self.summary.setWordWrap(False)
        self.print_button = QPushButton(self.tr("Print who still has to sign\u2026"))
        self.print_button.clicked.connect(self._on_print_clicked)
        for widget in (self.department, self.view):
            self.filters.addWidget(widget)
        self.filters.addWidget(self.summary, 1)
        self.filters.addWidget(self.print_button)
        self.table_model = AckMatrixModel(self)
        self.set_model(self.table_model)
        self.table.setSortingEnabled(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter
                                   | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(self.fontMetrics().height() * 3 + 10)
        header.setStretchLastSection(False)
        self.record_action = QAction(self.tr("Record acknowledgement\u2026"), self)
        self.record_action.triggered.connect(self.open_current)
        self.withdraw_action = QAction(self.tr("Take back this acknowledgement (entered by mistake)\u2026"), self)
        self.withdraw_action.triggered.connect(self._on_withdraw)

    def refresh(self) -> None:
        matrix = self.services.acknowledgements.matrix(self.department.currentData(), self.search.text())
        self.table_model.show(matrix, bool(self.view.currentData()))
        current, outdated, missing = (matrix.count(s) for s in (AckState.CURRENT, AckState.OUTDATED, AckState.MISSING))
        required = current + outdated + missing
        self.summary.setText(self.tr("{current} of {required} current ({share}) \u00b7 {outdated} outdated \u00b7 "
                                     "{missing} missing").format(
            current=current, required=required, share=fmt().percent(current / required if required else None),
            outdated=outdated, missing=missing))
        self._size_columns()
        self.show_rows(self.table_model.rowCount())

    def _size_columns(self) -> None:
        # one default width for the standards (hundreds of columns in a large company: sizing each
        # would cost more than reading the grid), wider name and department columns
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(128)
        model = self.table_model
        fit_heading_height(header, [str(model.headerData(c, Qt.Orientation.Horizontal))
                                    for c in range(FIXED, model.columnCount())], 128)
        # the names and departments whole, up to a point ("Хозяйственная с…" stood beside an empty grid)
        for column, least in ((0, 190), (1, 130)):
            width = min(260, max(least, self.table.sizeHintForColumn(column) + 12))
            if header.sectionSize(column) != width:
                self.table.setColumnWidth(column, width)

    def show_preset(self, still_to_sign: bool = True) -> None:
        self.reset_filters()
        self.view.setCurrentIndex(1 if still_to_sign else 0)

    def new_item(self) -> None:
        if SignSheetDialog(self.services, self.department.currentData(), parent=self).exec():
            self.after_change()

    def open_row(self, row: Any) -> None:
        index = self.table.currentIndex()
        if not isinstance(row, AckCell):
            return
        person = self.table_model.matrix.people[index.row()]
        standard = self.table_model.standard_at(index.column())
        if row.state is AckState.CURRENT or standard is None:
            return
        if AcknowledgementDialog(self.services, row, person.full_name, standard.title, standard.number,
                                 parent=self).exec():
            self.after_change()

    def extend_context_menu(self, menu: QMenu) -> None:
        cell = self.current_row()
        if isinstance(cell, AckCell):
            menu.removeAction(self.open_action)
            if cell.state is not AckState.CURRENT:
                menu.addAction(self.record_action)
            if cell.acknowledged_number is not None:
                menu.addAction(self.withdraw_action)

    def _on_withdraw(self) -> None:
        cell = self.current_row()
        if not isinstance(cell, AckCell) or cell.acknowledged_number is None:
            return
        records = [r for r in self.services.acknowledgements.records(cell.person_id, cell.standard_id)
                   if r.version_number == cell.acknowledged_number]
        if not records or not confirm(self, self.tr("Take back the acknowledgement"), self.tr(
                "Take back {person}'s acknowledgement of version {n}? Use this only for a tick entered by "
                "mistake.").format(person=records[0].person_name, n=cell.acknowledged_number),
                self.tr("Take back")):
            return
        self.run_safely(lambda: self.services.acknowledgements.withdraw(records[0].id))

    def print_current(self) -> None:
        """File → Print: the sheet of who still has to sign, as the button does."""
        self._on_print_clicked()

    def _on_print_clicked(self) -> None:
        department = self.department.currentData()
        self.print_requested.emit([department] if department is not None else [])
