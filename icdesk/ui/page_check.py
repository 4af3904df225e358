"""Every page of the file just opened read once, in the background, after the window is shown.

Opening used to read every page before the window appeared (seconds on a file of a million
requests). Now the window starts at once and this check runs meanwhile on a connection of its
own; damage is said as soon as it is found, with the way back (a backup) offered at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from icdesk.domain.errors import StorageError
from icdesk.services import Services
from icdesk.ui.workers import CancellableJob, Progress


class PageCheck(QObject):
    def __init__(self, parent: QWidget, services: Services, damaged: Callable[[StorageError], None]) -> None:
        super().__init__(parent)

        def job(_progress: Progress, cancelled: Callable[[], bool]) -> StorageError | None:
            return services.maintenance.damage(cancelled)

        self.job = CancellableJob(job, self)
        self.job.finished.connect(lambda found: damaged(found) if found is not None and not self.job.cancelled
                                  else None)
        self.job.start()

    def stop(self) -> None:
        """Before the file is let go: the check ends at once (a read-only look, nothing to finish)."""
        self.job.cancel()
        self.job.join()
        self.job.deliver()
