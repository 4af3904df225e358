"""Walks the main window as a screen reader user would meet it: every screen, every dialog they open.

Modal dialogs do not block: ``exec()`` looks at the dialog, presses the buttons that open further
dialogs (one level deeper) and answers "cancelled". File pickers, message boxes and printing answer
"cancelled" at once; documents are not made (nothing runs in the background).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from icdesk.ui.mnemonics import clashes, menu_letters

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractItemView)
# parts of a widget that a screen reader announces with the widget they belong to
COMPOUND = (QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView, QCalendarWidget, QTabBar)
# buttons that would make a document, write a file or leave the window: not pressed by the walk
NOT_PRESSED = ("print", "export", "pdf", "save as", "quit", "open in", "copy", "csv", "template", "import",
               "close", "cancel", "discard", "delete", "archive", "restore", "backup", "sign sheet")


def has_a_name(widget: QWidget, buddies: set[int]) -> bool:
    """What a screen reader can say of ``widget``: its accessible name, a label linked to it, its
    own words (a button's text; "✕" is not a word)."""
    if widget.accessibleName().strip() or id(widget) in buddies:
        return True
    if isinstance(widget, QAbstractButton):
        return any(ch.isalpha() for ch in widget.text())
    return False


def describe(widget: QWidget, root: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    extra = f" text={text!r}" if text else ""
    if isinstance(widget, QComboBox):
        extra = f" showing={widget.currentText()!r}"
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        extra += f" placeholder={widget.placeholderText()!r}"
    chain = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if parent.objectName():
            chain.append(parent.objectName())
        parent = parent.parentWidget()
    return f"{type(widget).__name__}{extra}" + (f" in {'/'.join(reversed(chain))}" if chain else "")


def unnamed(root: QWidget) -> list[str]:
    """Each visible interactive widget under ``root`` that a screen reader could not name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView) or not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not root:
            if isinstance(parent, COMPOUND):
                inner = True
                break
            parent = parent.parentWidget()
        if inner:
            continue
        if not has_a_name(widget, buddies):
            found.append(describe(widget, root))
    return found


def pressable(root: QWidget) -> list[QPushButton]:
    """Buttons that open something: not those of the dialog's own Save/Cancel row, not those that
    would make a file or close what is open."""
    buttons = []
    for button in root.findChildren(QPushButton):
        words = button.text().replace("&", "").lower()
        in_button_row = isinstance(button.parentWidget(), QDialogButtonBox)
        if (not button.isVisibleTo(root) or not button.isEnabled() or in_button_row
                or any(word in words for word in NOT_PRESSED)):
            continue
        buttons.append(button)
    return buttons


class Walk:
    """What the walk found: for each screen and dialog (by class name), the widgets without a name."""

    def __init__(self) -> None:
        self.found: dict[str, list[str]] = {}
        self.seen: list[str] = []
        self.clashes: dict[str, dict[str, list[str]]] = {}
        self.depth = 0

    def audit(self, name: str, root: QWidget, taken: Iterable[str] = ()) -> None:
        """Look at ``root`` as shown, and at each page of its tabs."""
        self.seen.append(name)
        missing = unnamed(root)
        for tabs in root.findChildren(QTabWidget):
            if not tabs.isVisibleTo(root):
                continue
            shown = tabs.currentIndex()
            for page in range(tabs.count()):
                tabs.setCurrentIndex(page)
                QApplication.processEvents()
                missing += unnamed(root)
            tabs.setCurrentIndex(shown)
        for item in missing:
            if item not in self.found.setdefault(name, []):
                self.found[name].append(item)
        same_letter = clashes(root, menu_letters(root.menuBar()) if isinstance(root, QMainWindow) else taken)
        if same_letter:
            self.clashes[name] = same_letter

    def open_dialog(self, dialog: QDialog) -> int:
        if not type(dialog).__module__.startswith("icdesk"):
            return 0  # Qt's own dialogs (message boxes, printing) are Qt's to name
        dialog.show()
        QApplication.processEvents()
        self.audit(type(dialog).__name__, dialog)
        if self.depth < 2:
            self.depth += 1
            try:
                for button in pressable(dialog):
                    if button.isVisible() and button.isEnabled():
                        button.click()
                        QApplication.processEvents()
            finally:
                self.depth -= 1
        dialog.hide()
        return 0

    def press_all(self, root: QWidget) -> None:
        self.depth = 1
        try:
            for button in pressable(root):
                if button.isVisible() and button.isEnabled():
                    button.click()
                    QApplication.processEvents()
        finally:
            self.depth = 0


@contextmanager
def dialogs_do_not_block(monkeypatch: pytest.MonkeyPatch) -> Iterator[Walk]:
    walk = Walk()

    def cancelled(*_args: Any, **_kwargs: Any) -> Any:
        return 0

    def no_file(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return "", ""

    def no_text(*_args: Any, **_kwargs: Any) -> tuple[str, bool]:
        return "", False

    def exec_of(dialog: QDialog, *_args: Any) -> int:
        return walk.open_dialog(dialog)

    for kind in (QDialog, QMessageBox, QPrintDialog, QFileDialog, QInputDialog):
        monkeypatch.setattr(kind, "exec", exec_of)
    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(cancelled))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(no_file))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(no_file))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: ""))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(no_text))
    yield walk
