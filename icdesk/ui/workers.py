"""Long work off the GUI thread, with a progress dialog, so the window never freezes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from icdesk.db.errors import DataFileError
from icdesk.domain.errors import DomainError
from icdesk.ui.errors import localized

T = TypeVar("T")


def with_progress(parent: QWidget, label: str, job: Callable[[Callable[[int, int], None]], T]) -> T:
    """Run ``job`` here, in one transaction on the window's own connection, showing how far it got
    through the progress it reports (done, total); for work of a few seconds a person waits for."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)

    def report(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()

    try:
        return job(report)
    finally:
        progress.close()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class Worker(QRunnable):
    def __init__(self, job: Callable[[], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.job()
        except (DomainError, DataFileError) as error:
            self.signals.failed.emit(localized(error))
        except OSError as error:
            self.signals.failed.emit(f"{error.strerror or error}: {error.filename or ''}".strip(": "))
        except Exception as error:  # noqa: BLE001 - shown in words; never a traceback in the user's face
            self.signals.failed.emit(f"Something went wrong: {error}")
        else:
            self.signals.finished.emit(result)


def run_with_progress(parent: QWidget, label: str, job: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[str], None]) -> Worker:
    """Run ``job`` in the thread pool behind a busy dialog; call back on the GUI thread."""
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setValue(0)
    worker = Worker(job)

    def finished(result: Any) -> None:
        progress.close()
        on_done(result)

    def failed(message: str) -> None:
        progress.close()
        on_error(message)

    worker.signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
    worker.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    worker.setAutoDelete(False)
    parent._active_worker = worker  # type: ignore[attr-defined]  # kept alive until it reports back
    QThreadPool.globalInstance().start(worker)
    return worker
