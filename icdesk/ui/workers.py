"""Long work off the GUI thread, with a progress dialog, so the window never freezes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
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
        except Exception as error:  # noqa: BLE001 - shown in words; never a traceback in the user's face
            self.signals.failed.emit(describe(error))  # in the window's language ("Algo ha fallado: …")
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


Progress = Callable[[str, int, int], None]  # phase, done, total (0: not known yet)


class CancellableJob(QObject):
    """``job(progress, cancelled)`` on a thread of its own, watched from the window's thread.

    The job reports progress and its outcome by setting plain attributes, which a timer on the
    window's thread reads: no Qt signal is emitted from the job's thread. (PySide6 6.12 corrupts
    reference counts when a signal is emitted from another thread many times, as a progress
    report per 500 rows of a big import would; the interpreter then aborts.) ``cancel()`` only
    raises a flag the job looks at between rows, so it stops where it can still roll back; its
    outcome (often the job's own "cancelled" error) is reported like any other.
    """

    progress = Signal(str, int, int)
    noted = Signal(object)  # something the job found on its way (see note())
    finished = Signal(object)
    failed = Signal(object)  # the exception itself: the caller decides how to say it

    POLL_MS = 100

    def __init__(self, job: Callable[[Progress, Callable[[], bool]], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self._cancelled = threading.Event()
        self._reported: tuple[str, int, int] | None = None
        self._latest: tuple[str, int, int] | None = None
        self._noted: list[Any] = []
        self._outcome: tuple[bool, Any] | None = None
        self._delivered = False
        self._thread = threading.Thread(target=self._run, name="icdesk-job", daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._thread.start()
        self._timer.start()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def running(self) -> bool:
        return self._outcome is None

    def join(self, timeout: float | None = None) -> None:
        """Wait (blocking this thread) up to ``timeout`` seconds for the job to end."""
        self._thread.join(timeout)

    def deliver(self) -> None:
        """Report what is new now instead of at the next tick (the outcome only once)."""
        self._poll()

    def _run(self) -> None:
        try:
            result = self.job(self._note_progress, self._cancelled.is_set)
        except Exception as error:  # noqa: BLE001 - every outcome goes back to the window, in words
            self._outcome = (False, error)
        else:
            self._outcome = (True, result)

    def note(self, value: Any) -> None:
        """Called from the job: hand ``value`` to the window before the job is over."""
        self._noted.append(value)  # list.append is atomic; the window takes them in order

    def _note_progress(self, phase: str, done: int, total: int) -> None:
        self._latest = (phase, done, total)  # one assignment: the window reads it whole or not at all

    def _poll(self) -> None:
        while self._noted:
            self.noted.emit(self._noted.pop(0))
        latest = self._latest
        if latest is not None and latest != self._reported:
            self._reported = latest
            self.progress.emit(*latest)
        outcome = self._outcome
        if outcome is None or self._delivered:
            return
        self._delivered = True
        self._timer.stop()
        self._thread.join()
        ok, value = outcome
        (self.finished if ok else self.failed).emit(value)


def not_saved(target: str | Path) -> str:
    """Why a file the person named was not written, in their language (the system's own words are
    English: "cannot write /proc/nope/map.png", "[Errno 13] Permission denied")."""
    path = Path(target)
    return QCoreApplication.translate(
        "Workers", "{file} could not be saved in {folder}. Choose another folder, or check that the folder "
                   "may be written to and the disk has room.").format(file=path.name, folder=path.parent)


def describe(error: BaseException) -> str:
    """A sentence for any failure of a background job: the user's language for known errors."""
    if isinstance(error, (DomainError, DataFileError)):
        return localized(error)
    if isinstance(error, OSError):
        return f"{error.strerror or error}: {error.filename or ''}".strip(": ")
    return QCoreApplication.translate("Workers", "Something went wrong: {error}").format(error=error)
