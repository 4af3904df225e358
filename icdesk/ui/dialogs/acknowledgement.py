"""Recording acknowledgements: one at a time, or a returned signed sheet ticked on a grid in one pass."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from icdesk.domain.enums import AckMethod, AckState
from icdesk.services import Services
from icdesk.services.acknowledgements import AckDraft
from icdesk.services.dto import AckCell, AckMatrix, AckRecordRow
from icdesk.ui.access import leaves_on_tab, named
from icdesk.ui.formatting import fmt
from icdesk.ui.forms import FormDialog, date_edit, hint, multiline, to_date
from icdesk.ui.pickers import department_combo, enum_combo
from icdesk.ui.theme import colours
from icdesk.ui.wrapped_header import fit_heading_height


class AcknowledgementDialog(FormDialog):
    """One person acknowledges the version in force of one standard."""

    def __init__(self, services: Services, cell: AckCell, person: str, standard: str, number: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record an acknowledgement"), parent)
        self.services, self.cell = services, cell
        self.add_field("person", self.tr("Person"), QLabel(person))
        self.add_field("standard", self.tr("Standard"), QLabel(self.tr("{title}, version {n}").format(
            title=standard, n=number)))
        if cell.state is AckState.OUTDATED:
            self.extra.addWidget(hint(self.tr("{person} signed version {old}; a major revision since asks everyone "
                                              "to read it again.").format(person=person, old=cell.acknowledged_number)))
        self.on = self.add_field("acknowledged_on", self.tr("Acknowledged on"),
                                 date_edit(services.acknowledgements.today()))
        self.method = self.add_field("method", self.tr("How"), enum_combo(AckMethod, AckMethod.IN_PERSON))
        self.note = self.add_field("note", self.tr("Note"), multiline("", 50))
        self.ready()

    def save(self) -> AckRecordRow:
        return self.services.acknowledgements.record(AckDraft(
            self.cell.person_id, self.cell.version_id, to_date(self.on), self.method.currentData(),
            note=self.note.toPlainText()))


class SheetGrid(QTableWidget):
    """People x standards of one department; a tick where someone signed. Lines already current
    show a grey check and cannot be ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter
                                   | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(self.fontMetrics().height() * 3 + 10)
        header.sectionClicked.connect(self.toggle_column)
        self.verticalHeader().sectionClicked.connect(self.toggle_row)
        self.matrix: AckMatrix | None = None

    def show_matrix(self, matrix: AckMatrix) -> None:
        self.matrix = matrix
        self.blockSignals(True)
        self.clear()
        self.setRowCount(len(matrix.people))
        self.setColumnCount(len(matrix.standards))
        self.setVerticalHeaderLabels([p.full_name for p in matrix.people])
        for c, standard in enumerate(matrix.standards):
            item = QTableWidgetItem(f"{standard.title} ({standard.number})")
            item.setToolTip(self.tr("{title}, version {n}, of {department}. Click to tick the whole column.").format(
                title=standard.title, n=standard.number, department=standard.department_name))
            self.setHorizontalHeaderItem(c, item)
        for r, person in enumerate(matrix.people):
            for c, standard in enumerate(matrix.standards):
                cell = matrix.cells.get((person.id, standard.standard_id))
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if cell is None:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setBackground(QBrush(colours().neutral_ground))
                elif cell.state is AckState.CURRENT:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setText("\u2713")
                    item.setForeground(QBrush(colours().muted))
                    item.setToolTip(self.tr("Already signed"))
                else:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    item.setData(Qt.ItemDataRole.UserRole, (person.id, cell.version_id))
                    item.setBackground(QBrush(colours().warning_ground if cell.state is AckState.OUTDATED
                                              else colours().danger_ground))
                self.setItem(r, c, item)
        for c in range(self.columnCount()):
            self.setColumnWidth(c, 120)
        fit_heading_height(self.horizontalHeader(), [f"{s.title} ({s.number})" for s in matrix.standards], 120)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.blockSignals(False)

    def tickable(self, row: int, column: int) -> QTableWidgetItem | None:
        item = self.item(row, column)
        return item if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable else None

    def _toggle(self, items: list[QTableWidgetItem]) -> None:
        tick = any(item.checkState() != Qt.CheckState.Checked for item in items)
        for item in items:
            item.setCheckState(Qt.CheckState.Checked if tick else Qt.CheckState.Unchecked)

    def toggle_column(self, column: int) -> None:
        self._toggle([i for r in range(self.rowCount()) if (i := self.tickable(r, column)) is not None])

    def toggle_row(self, row: int) -> None:
        self._toggle([i for c in range(self.columnCount()) if (i := self.tickable(row, c)) is not None])

    def ticked(self) -> list[tuple[int, int]]:
        """(person, version) of every ticked line."""
        out = []
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.tickable(r, c)
                if item is not None and item.checkState() == Qt.CheckState.Checked:
                    out.append(item.data(Qt.ItemDataRole.UserRole))
        return out


class SignSheetDialog(FormDialog):
    """A returned 'who still has to sign' sheet: tick the names that signed, all saved at once."""

    def __init__(self, services: Services, department_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Enter a signed sheet"), parent)
        self.services = services
        self.resize(980, 640)
        self.department = self.add_field("department", self.tr("Department"), department_combo(
            services, self.tr("(choose)"), department_id), required=True)
        self.on = self.add_field("acknowledged_on", self.tr("Signed on"), date_edit(services.acknowledgements.today()))
        self.method = self.add_field("method", self.tr("How"), enum_combo(AckMethod, AckMethod.SIGNED_SHEET))
        self.extra.addWidget(hint(self.tr(
            "Tick every line that was signed. Click a name or a standard to tick its whole row or column. "
            "Red: never signed; amber: signed an earlier version; grey check: already signed.")))
        self.grid = leaves_on_tab(named(SheetGrid(), self.tr("Signatures")))
        self.grid.itemChanged.connect(lambda _item: self._on_ticks_changed())
        self.extra.addWidget(self.grid, 1)
        row = QHBoxLayout()
        self.count = QLabel()
        row.addWidget(self.count, 1)
        self.all_button = QPushButton(self.tr("Tick all"))
        self.all_button.clicked.connect(self._on_tick_all_clicked)
        row.addWidget(self.all_button)
        self.extra.addLayout(row)
        self.department.currentIndexChanged.connect(self._load)
        self.save_button.setText(self.tr("Save the ticks"))
        self._load()
        self.ready()

    def _load(self) -> None:
        department = self.department.currentData()
        if department is None:
            self.grid.show_matrix(AckMatrix((), (), {}))
        else:
            matrix = self.services.acknowledgements.matrix(department)
            # only the standards someone here still has to sign
            open_ids = {c.standard_id for c in matrix.cells.values() if c.state is not AckState.CURRENT}
            self.grid.show_matrix(AckMatrix(matrix.people, tuple(s for s in matrix.standards
                                                                 if s.standard_id in open_ids), matrix.cells))
        self._on_ticks_changed()

    def _on_tick_all_clicked(self) -> None:
        for column in range(self.grid.columnCount()):
            for row in range(self.grid.rowCount()):
                item = self.grid.tickable(row, column)
                if item is not None:
                    item.setCheckState(Qt.CheckState.Checked)

    def _on_ticks_changed(self) -> None:
        ticked = len(self.grid.ticked())
        if self.department.currentData() is not None and self.grid.columnCount() == 0:
            self.count.setText(self.tr("Everyone in this department has signed every standard in force."))
        else:
            self.count.setText(fmt().translate("SignSheetDialog", "%n line(s) ticked", None, ticked))
        self.dirty = self.dirty or ticked > 0
        self.refresh_state()

    def local_problems(self) -> dict[str, str]:
        problems = super().local_problems()
        if not self.grid.ticked():
            problems["grid"] = self.tr("Tick at least one line.")
        return problems

    def save(self) -> int:
        return self.services.acknowledgements.record_sheet(self.grid.ticked(), to_date(self.on),
                                                           self.method.currentData())


__all__ = ["AcknowledgementDialog", "SignSheetDialog", "SheetGrid"]
