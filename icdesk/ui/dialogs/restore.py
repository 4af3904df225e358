"""File → Restore from backup: pick one of the file's backups, or any backup file (Choose a file…),
see what it holds, restore it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icdesk.domain.errors import DomainError
from icdesk.services.backups import BackupRow
from icdesk.ui.access import leaves_on_tab, named
from icdesk.ui.errors import localized
from icdesk.ui.formatting import fmt, short_datetime
from icdesk.ui.forms import FittedDialog, plain
from icdesk.ui.table_model import Column, RowTableModel
from icdesk.ui.theme import error_css, styled

# checks a file picked by hand and says what it holds (BackupService.read_backup), or raises in words
ReadBackup = Callable[[Path], BackupRow]


def _size(n: int) -> str:
    """A file's size written as the language writes numbers and units ("1,1 Mt", "1,1 МБ")."""
    if n >= 1_048_576:
        return QCoreApplication.translate("RestoreDialog", "{n} MB").format(n=fmt().number(n / 1_048_576, 1))
    return QCoreApplication.translate("RestoreDialog", "{n} KB").format(n=fmt().number(max(1, n // 1024)))


def _count(n: int | None) -> str:
    return "?" if n is None else fmt().number(n)  # "?": a backup whose tables could not be counted


class RestoreDialog(FittedDialog):
    def __init__(self, backups: list[BackupRow], parent: QWidget | None = None, on_server: bool = False,
                 read: ReadBackup | None = None, start: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(760, 420)
        self.read = read
        self.start = start  # where Choose a file… opens: the backups folder
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
                                               "before-import": self.tr("before an import"),
                                               "chosen": self.tr("chosen file")}.get(b.label, b.label)),
            Column(self.tr("Size"), lambda b: _size(b.size_bytes), lambda b: b.size_bytes, align_right=True),
            Column(self.tr("Departments"), lambda b: _count(b.counts.get("departments")), align_right=True),
            Column(self.tr("People"), lambda b: _count(b.counts.get("people")), align_right=True),
            Column(self.tr("Requests"), lambda b: _count(b.counts.get("requests")), align_right=True),
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
            "elsewhere can be picked with Choose a file\u2026") if on_server else self.tr(
            "There are no backups of this file in its backups folder yet. icdesk makes one each day it opens the "
            "file; File \u2192 Backup now makes one at any time. A backup kept elsewhere can be picked with "
            "Choose a file\u2026"))
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.model.rowCount() == 0)
        layout.addWidget(self.empty)
        self.refused = plain(QLabel())  # why a file picked by hand is no backup to restore
        self.refused.setWordWrap(True)
        styled(self.refused, error_css)
        self.refused.hide()
        layout.addWidget(self.refused)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        # a backup on a USB stick, made on another PC, or saved by hand outside the backups folder
        self.choose_button = buttons.addButton(self.tr("Choose a file\u2026"), QDialogButtonBox.ButtonRole.ActionRole)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.choose_button.setVisible(read is not None)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.chosen() is not None))
        self.table.doubleClicked.connect(lambda *_: self.accept())

    def _on_choose_clicked(self) -> None:
        start = str(self.start) if self.start is not None and self.start.is_dir() else ""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from backup"), start,
                                                self.tr("icdesk data files (*.sqlite);;All files (*)"))
        if chosen:
            self.take_file(Path(chosen))

    def take_file(self, path: Path) -> bool:
        """A file picked by hand: checked as the restore will check it, then shown at the top of the
        list with what it holds, selected, for Restore this backup. Refused in words otherwise."""
        try:
            if self.read is None:
                return False
            row = self.read(path)
        except DomainError as error:
            self.refused.setText(localized(error))
            self.refused.show()
            return False
        self.refused.hide()
        rows = [row, *(r for r in self.model.rows if r.path != row.path)]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.empty.hide()
        self.table.selectRow(0)
        self.table.setFocus()
        return True

    def chosen_row(self) -> BackupRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and self.table.selectionModel().hasSelection() \
            else None

    def chosen(self) -> Path | None:
        row = self.chosen_row()
        return row.path if row else None
