"""A printed document shown on its own, over whatever the manager was doing: read, print, save."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from icdesk.reports.registry import ReportSpec, build_report
from icdesk.services import Services
from icdesk.ui import tempfiles
from icdesk.ui.forms import FittedDialog
from icdesk.ui.printing import PrintJob, ask_and_print
from icdesk.ui.theme import styled
from icdesk.ui.workers import not_saved, run_with_progress


class PreviewDialog(FittedDialog):
    """Shows one PDF; the file lives in a folder of its own, removed when the dialog closes."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(title)
        self.resize(900, 760)
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print\u2026"))
        self.save_button = QPushButton(self.tr("Save as\u2026"))
        self.open_button = QPushButton(self.tr("Open in PDF viewer"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self._on_print_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_button.click)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))))
        self.close_button.clicked.connect(self.accept)
        for button in (self.print_button, self.save_button, self.open_button):
            buttons.addWidget(button)
        self.done_note = QLabel()  # "Printed to …": printing to a file shows nothing else
        self.done_note.setTextFormat(Qt.TextFormat.PlainText)
        styled(self.done_note, lambda c: f"color: {c.success.name()};")
        buttons.addWidget(self.done_note, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.print_job: PrintJob | None = None  # the last printing asked for, going on in the background
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        self.finished.connect(self._on_finished)

    def say_done(self, text: str) -> None:
        self.done_note.setText(text)

    def _on_print_clicked(self) -> None:
        self.print_job = ask_and_print(self, self.path, self.document.pageCount())

    def _on_save_clicked(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document"), self.path.name,
                                                self.tr("PDF documents (*.pdf)"))
        if target:
            try:
                shutil.copyfile(self.path, target)
            except OSError:
                QMessageBox.warning(self, self.tr("Not saved"), not_saved(target))

    def _on_finished(self, _result: int) -> None:
        self.document.close()
        tempfiles.remove(self.path.parent)


def preview_report(parent: QWidget, services: Services, spec: ReportSpec, title: str, file_name: str) -> None:
    """Make the document in the background, then show it over ``parent``."""
    folder = tempfiles.new_folder("preview")

    def shown(path: Path) -> None:
        def show() -> None:
            dialog = PreviewDialog(path, title, parent)
            dialog.exec()
            dialog.deleteLater()

        # not inside the worker's signal: a dialog's own event loop there outlives the worker's objects
        QTimer.singleShot(0, show)

    def failed(message: str) -> None:
        tempfiles.remove(folder)
        QMessageBox.warning(parent, QCoreApplication.translate("PreviewDialog", "The document could not be made"),
                            message)

    run_with_progress(parent, QCoreApplication.translate("PreviewDialog", "Making the document\u2026"),
                      lambda: build_report(services, spec, folder / file_name), shown, failed)
