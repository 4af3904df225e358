"""File → Backup now and Restore from backup for a company on a server: the same verified data file as
``icdesk backup``, and a restore that names the server and company and asks first.

The words are the window's own (context MainWindow), shared with its backups of data files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from icdesk.domain.errors import DomainError
from icdesk.services import Services
from icdesk.ui.dialogs.restore import RestoreDialog
from icdesk.ui.errors import localized
from icdesk.ui.forms import confirm, tell
from icdesk.ui.status_messages import show_status


def back_up_server(window: QMainWindow, services: Services) -> Path | None:
    """Ask where (the usual backup folder is offered), write the copy, say where it went."""
    # the backups folder under a dated name, which Restore from backup lists (as for a data file)
    suggestion = services.backups.suggested_target()
    target, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("MainWindow", "Backup now"), str(suggestion),
        QCoreApplication.translate("MainWindow", "icdesk data files (*.sqlite)"))
    if not target:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # every table of the server is copied
    try:
        written = services.backups.backup_now(Path(target))
    except DomainError as error:
        QGuiApplication.restoreOverrideCursor()
        tell(window, QCoreApplication.translate("MainWindow", "Backup failed"), localized(error))
        return None
    QGuiApplication.restoreOverrideCursor()
    done = QCoreApplication.translate("MainWindow", "Backup written to {path}")
    show_status(window, done.format(path=written), 8000)
    return written


def restore_server(window: QMainWindow, services: Services) -> bool:
    """Pick a backup, say what it replaces for every PC, and replace it in one transaction."""
    dialog = RestoreDialog(services.backups.list(), window, on_server=True, read=services.backups.read_backup,
                           start=services.backups.suggested_target().parent)
    backup = dialog.chosen() if dialog.exec() else None
    if backup is None:
        return False
    company = services.company.get()
    question = QCoreApplication.translate(
        "MainWindow", "Replace the company “{company}” on the server {server} with the backup {backup}? Every PC "
                      "then works on what the backup holds; everything saved on the server now is replaced. A backup "
                      "of it is written first, so this can be undone.")
    question = question.format(company=company.name if company else "\u2013", server=services.db.location,
                               backup=backup.name)
    title = QCoreApplication.translate("MainWindow", "Restore from backup")
    if not confirm(window, title, question, QCoreApplication.translate("MainWindow", "Replace")):
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        restored = services.backups.restore_on_server(backup)
    except DomainError as error:
        QGuiApplication.restoreOverrideCursor()
        tell(window, QCoreApplication.translate("MainWindow", "Restore failed"), localized(error))
        return False
    QGuiApplication.restoreOverrideCursor()
    # the screens read again through the change notifications: the restore announced every table
    said = QCoreApplication.translate(
        "MainWindow", "The backup is back in place on the server. What the server held before is kept as {kept}.")
    tell(window, QCoreApplication.translate("MainWindow", "Restored"),
         said.format(kept=restored.kept.name if restored.kept else "\u2013"), QMessageBox.Icon.Information)
    return True
