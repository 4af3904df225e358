"""Driving modal dialogs from tests: act on the dialog once it is on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from icdesk.services import Services
    from icdesk.ui.main_window import MainWindow

# Bumped after every test (tests/conftest.py): a poll left waiting by a test that ended early
# must not act on the next test's dialog with widgets that no longer exist.
_test_generation = [0]


def end_of_test() -> None:
    _test_generation[0] += 1


@contextmanager
def dismiss_questions_during() -> Iterator[None]:
    """Within the block, every modal dialog that opens is dismissed (Esc, the safe answer)."""
    active = [True]

    def poll() -> None:
        if not active[0]:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and not isinstance(dialog, QProgressDialog):
            dialog.reject()
        QTimer.singleShot(50, poll)

    QTimer.singleShot(0, poll)
    try:
        yield
    finally:
        active[0] = False


def when_modal(action: Callable[[QWidget], None], *, timeout_ms: int = 60000,
               kind: type[QWidget] | None = None) -> list[str]:
    """Run ``action`` on the next modal dialog that opens (of class ``kind``, for a dialog opened
    from another one); returns a list that records errors."""
    errors: list[str] = []
    waited = [0]
    generation = _test_generation[0]

    def poll() -> None:
        if generation != _test_generation[0]:
            return  # its test is over
        dialog = QApplication.activeModalWidget()
        busy = isinstance(dialog, QProgressDialog)  # a busy indicator is not the dialog awaited
        if dialog is None or busy or (kind is not None and not isinstance(dialog, kind)):
            waited[0] += 20
            if waited[0] < timeout_ms:
                QTimer.singleShot(20, poll)
            else:
                errors.append("no modal dialog appeared")
            return
        try:
            action(dialog)
        except Exception as exc:  # recorded and re-raised by the test, not lost in the event loop
            errors.append(repr(exc))
            dialog.close()

    QTimer.singleShot(0, poll)
    return errors


def answer_message_box(button_text: str) -> Callable[[QWidget], None]:
    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), type(box)
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")
    return click


def type_text(qtbot: object, widget: QWidget, text: str) -> None:
    """Type like a user. QTest can only synthesise ASCII key presses, so other text is inserted
    the way an input method would, which fires the same change signals."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    if text.isascii():
        qtbot.keyClicks(widget, text)  # type: ignore[attr-defined]
    elif isinstance(widget, QLineEdit):
        widget.insert(text)
    elif isinstance(widget, QPlainTextEdit):
        widget.insertPlainText(text)
    else:
        raise TypeError(type(widget))


def window_showing(qtbot: QtBot, services: Services, key: str, size: tuple[int, int] = (1366, 740),
                   lang: str | None = None) -> MainWindow:
    """The main window of ``size`` showing the screen ``key``, in ``lang`` (the test puts English back)."""
    from PySide6.QtCore import QSettings

    from icdesk.ui.language import apply_language
    from icdesk.ui.main_window import MainWindow

    if lang is not None:
        apply_language(lang)
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_screen(key)
    return window
