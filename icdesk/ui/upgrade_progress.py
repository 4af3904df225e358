"""A progress dialog while a large file is upgraded for this version (e.g. 0014 keys every request)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from icdesk.db.progress import upgrade_progress

LARGE = 50_000  # requests: a smaller file is upgraded before a dialog could be read


class UpgradeDialog:
    """Shown on the first word of progress from a large upgrade; the upgrade runs where it was
    started, so the dialog is repainted each time it hears from it."""

    def __init__(self) -> None:
        self.dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.dialog is None:
            if total < 2 * LARGE:  # the migration counts each request twice
                return
            self.dialog = QProgressDialog(QCoreApplication.translate(
                "UpgradeDialog", "Preparing this company's file for the new version of icdesk: searches and "
                "sorting will read it from an index. This happens once."), "", 0, total)
            self.dialog.setWindowTitle(QCoreApplication.translate("UpgradeDialog", "Updating the data file"))
            self.dialog.setCancelButton(None)  # half an upgrade is no upgrade
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setMinimumWidth(420)
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        QApplication.processEvents()
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


@contextmanager
def showing_upgrade_progress() -> Iterator[UpgradeDialog]:
    dialog = UpgradeDialog()
    try:
        with upgrade_progress(dialog):
            yield dialog
    finally:
        dialog.close()
