"""Today's automatic backup, made on a thread of its own while the window is already in use.

The copy reads the file through its own SQLite connection (WAL: the window's saves go on meanwhile)
and is verified before it takes its name, as before. Closing the window, opening another file or
restoring one first waits for it, showing why; the person may cancel, which leaves no backup and no
partial file (the next start makes it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from icdesk.db.backup import BackupPolicy
from icdesk.db.copies import CopyCancelled
from icdesk.services import Services
from icdesk.ui.workers import CancellableJob, Progress

WAIT_STEP_S = 0.05


class DailyBackup(QObject):
    """One daily backup under way; ``made`` or ``failed`` is called on the window's thread."""

    def __init__(self, parent: QWidget, services: Services, policy: BackupPolicy,
                 made: Callable[[Path | None], None], failed: Callable[[BaseException], None]) -> None:
        super().__init__(parent)
        self._made, self._failed = made, failed

        def job(_progress: Progress, cancelled: Callable[[], bool]) -> Path | None:
            return services.backups.auto_backup(policy, cancelled)

        self.job = CancellableJob(job, self)
        self.job.finished.connect(self._made)
        self.job.failed.connect(self._on_failed)
        self.job.start()

    @property
    def running(self) -> bool:
        return self.job.running

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, CopyCancelled):  # stopped on request: nothing to say
            self._failed(error)

    def finish(self, parent: QWidget | None) -> None:
        """Wait until the backup is over (made, failed or cancelled by the person) and reported."""
        if self.job.running:
            dialog = QProgressDialog(QApplication.translate("DailyBackup", "Finishing today's backup\u2026"),
                                     QApplication.translate("DailyBackup", "Cancel"), 0, 0, parent)
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setMinimumDuration(500)
            dialog.canceled.connect(self.job.cancel)
            try:
                while self.job.running:
                    QApplication.processEvents()
                    self.job.join(WAIT_STEP_S)
            finally:
                dialog.close()
        self.job.deliver()
