"""The last line of defence: an error nobody foresaw is said in a sentence, its details go to a log
file, and the window stays open. The data is already safe: the unit of work the error broke off was
rolled back by ``Database.transaction()``, so nothing half-done was saved."""

from __future__ import annotations

import logging
import os
import sys
import threading
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from icdesk.paths import default_data_dir

LOG_NAME = "icdesk.log"
LOG_BYTES, LOG_FILES = 1_000_000, 3
log = logging.getLogger("icdesk")


class _PrivateLog(RotatingFileHandler):
    """Error details may quote what people typed: the log is readable by its owner only."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


class _Relay(QObject):
    """Carries a worker thread's error to the window's thread: only that one may show a message."""

    happened = Signal(str, bool)


class _Hooks:
    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self.showing = False
        self.relay = _Relay()
        self.relay.happened.connect(self.show, Qt.ConnectionType.QueuedConnection)

    def on_error(self, kind: type[BaseException], value: BaseException | None, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value or kind(), tb)
            return
        if _said_in_words(value):  # a domain or data file error that reached no handler: its own sentence
            log.warning("Not handled where it arose", exc_info=(kind, value or kind(), tb))
            what, known = _sentence(value), True
        else:
            log.error("Unexpected error", exc_info=(kind, value or kind(), tb))
            what, known = (f"{kind.__name__}: {value}" if str(value or "") else kind.__name__), False
        if threading.current_thread() is threading.main_thread():
            self.show(what, known)
        else:
            self.relay.happened.emit(what, known)

    def on_thread_error(self, args: threading.ExceptHookArgs) -> None:
        self.on_error(args.exc_type, args.exc_value, args.exc_traceback)

    def show(self, what: str, known: bool = False) -> None:
        if self.showing or QApplication.instance() is None:
            return  # one message at a time: a burst of the same error is in the log
        self.showing = True
        try:
            if known:
                box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("crash", "Cannot show the data"),
                                  what)
                box.setTextFormat(Qt.TextFormat.PlainText)
                box.exec()
                return
            where = str(self.log_file) if self.log_file else QCoreApplication.translate("crash", "(no log could "
                                                                                          "be written)")
            box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("crash", "Something went wrong"),
                              QCoreApplication.translate(
                                  "crash", "icdesk ran into a problem it did not expect ({what}). Nothing half-done "
                                  "was saved: a change in progress was undone, and everything saved before is still "
                                  "there. The details for support are in {log}.").format(what=what, log=where))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
        finally:
            self.showing = False


def _said_in_words(value: BaseException | None) -> bool:
    """An error of the services or the data file: it carries a sentence for the person."""
    return isinstance(getattr(value, "template", None), str) and isinstance(getattr(value, "params", None), dict)


def _sentence(value: BaseException | None) -> str:
    from icdesk.ui.errors import localized  # only when such an error arrives: not at start-up

    return localized(value) if value is not None else ""


_installed: list[_Hooks] = []  # kept alive with the application


def install_exception_hooks(folder: Path | None = None) -> Path | None:
    """Say unexpected errors in the window (any thread) and log them in ``folder`` (the user data
    folder by default). Returns the log file, or None when it cannot be written."""
    log_file = (folder or default_data_dir()) / LOG_NAME
    for handler in [h for h in log.handlers if isinstance(h, _PrivateLog)]:
        log.removeHandler(handler)
        handler.close()
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        log.addHandler(_PrivateLog(log_file, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"))
        written: Path | None = log_file
    except OSError:
        written = None
    hooks = _Hooks(written)
    _installed[:] = [hooks]
    sys.excepthook = hooks.on_error
    threading.excepthook = hooks.on_thread_error
    return written
