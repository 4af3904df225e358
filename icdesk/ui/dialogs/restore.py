"""File → Restore from backup: pick one of the file's backups, see what it holds, restore it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icdesk.services.backups import BackupRow
from icdesk.ui.access import leaves_on_tab, named
from icdesk.ui.formatting import short_datetime
from icdesk.ui.forms import FittedDialog
from icdesk.ui.table_model import Column, RowTableModel


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"


class RestoreDialog(FittedDialog):
    def __init__(self, backups: list[BackupRow], parent: QWidget | None = None, on_server: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(760, 420)
        self.other: Path | None = None  # a backup file chosen outside the list (on a server)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the backup to go back to. What the server holds now is kept as a backup first, so restoring "
            "can itself be undone.") if on_server else self.tr(
            "Choose the backup to go back to. The file as it is now is kept as a backup first, "
            "so restoring can itself be undone."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: RowTableModel[BackupRow] = RowTableModel([
            Column(self.tr("Made"), lambda b: short_datetime(b.made_at), lambda b: b.made_at),
            Column(self.tr("Kind"), lambda b: {"daily": self.tr("automatic"), "manual": self.tr("backup now"),
                                               "before-restore": self.tr("before a restore"),
                                               "before-import": self.tr("before an import")}.get(b.label, b.label)),
            Column(self.tr("Size"), lambda b: _size(b.size_bytes), lambda b: b.size_bytes, align_right=True),
            Column(self.tr("Departments"), lambda b: str(b.counts.get("departments", "?")), align_right=True),
            Column(self.tr("People"), lambda b: str(b.counts.get("people", "?")), align_right=True),
            Column(self.tr("Requests"), lambda b: str(b.counts.get("requests", "?")), align_right=True),
        ], self)
        self.model.set_rows(backups)
        self.table = leaves_on_tab(named(QTableView(), self.tr("Backups")))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr(
            "There are no backups of this company on this PC yet: File \u2192 Backup now makes one. A backup made "
            "elsewhere can be chosen with Other file\u2026") if on_server else self.tr(
            "There are no backups of this file yet. icdesk makes one each day it opens the file; File \u2192 "
            "Backup now makes one at any time."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.model.rowCount() == 0)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        if on_server:  # a backup on a USB stick, or made on another PC
            other = buttons.addButton(self.tr("Other file\u2026"), QDialogButtonBox.ButtonRole.ActionRole)
            other.clicked.connect(self._on_other_clicked)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.chosen() is not None))
        self.table.doubleClicked.connect(lambda *_: self.accept())

    def _on_other_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from backup"), "",
                                                self.tr("icdesk data files (*.sqlite);;All files (*)"))
        if chosen:
            self.other = Path(chosen)
            self.accept()

    def chosen(self) -> Path | None:
        if self.other is not None:
            return self.other
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.path if row else None
