"""Alt+letter for the buttons and labelled fields of a window, none used twice.

The main words carry their own letter in the source text, so translators choose it ("&Save",
"&Print…"); the rest get the first free letter of their words when the window is shown, in every
language, the way KDE's accelerator manager does it. A letter given twice in one window is taken
from the later control (Alt+letter would only cycle between the two).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenuBar, QWidget


def mnemonic_of(text: str) -> str:
    """The letter after a single "&" ("&&" is a literal ampersand), lower case; "" if none."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return ""


def without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with a free letter marked: a word's first letter if one is free, else any letter."""
    plain = without_mnemonic(text)
    starts = [i for i, ch in enumerate(plain) if ch.isalnum() and (i == 0 or not plain[i - 1].isalnum())]
    others = [i for i, ch in enumerate(plain) if ch.isalnum() and i not in starts]
    for i in starts + others:
        if plain[i].lower() not in taken and plain[i] != "&":
            taken.add(plain[i].lower())
            return plain[:i] + "&" + plain[i:]
    return plain


def controls(root: QWidget) -> list[QWidget]:
    """Buttons with words and the labels linked to a field: what an Alt+letter can reach."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) and any(ch.isalpha() for ch in widget.text()):
            found.append(widget)
        elif isinstance(widget, QLabel) and _labels_a_field(widget):
            found.append(widget)
    return found


def _labels_a_field(label: QLabel) -> bool:
    """A label linked to a field that takes focus, in plain words (a letter marked inside markup
    would break it)."""
    buddy = label.buddy()
    if buddy is None or (buddy.focusPolicy() == Qt.FocusPolicy.NoFocus and buddy.focusProxy() is None):
        return False
    return label.textFormat() == Qt.TextFormat.PlainText or (
        label.textFormat() == Qt.TextFormat.AutoText and not Qt.mightBeRichText(label.text()))


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QAbstractButton | QLabel):
        widget.setText(text)


def assign_mnemonics(root: QWidget, taken: Iterable[str] = ()) -> None:
    """Give each control of ``root`` a letter of its own; ``taken``: letters used outside it (menus)."""
    used = set(taken)
    pending: list[QWidget] = []
    for widget in controls(root):
        letter = mnemonic_of(_text(widget))
        if letter and letter not in used:
            used.add(letter)
        else:
            pending.append(widget)
    for widget in pending:
        _set_text(widget, with_mnemonic(_text(widget), used))


def menu_letters(bar: QMenuBar) -> set[str]:
    """The letters of a menu bar's menus (Alt+F opens File): a screen's buttons leave them free."""
    return {letter for action in bar.actions() if (letter := mnemonic_of(action.text()))}


def clashes(root: QWidget, taken: Iterable[str] = ()) -> dict[str, list[str]]:
    """The letters that two or more visible controls of ``root`` share, with their texts."""
    owners: dict[str, list[str]] = {letter: ["(menu)"] for letter in taken}
    for widget in controls(root):
        if not widget.isVisibleTo(root):
            continue
        letter = mnemonic_of(_text(widget))
        if letter:
            owners.setdefault(letter, []).append(_text(widget))
    return {letter: names for letter, names in owners.items() if len(names) > 1}
