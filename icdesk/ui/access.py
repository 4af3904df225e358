"""What a screen reader says of a control, and how the keyboard reaches it.

Every control a person can reach has a name: its own words (a button's text), a label linked to it
(``setBuddy``, which also gives the label's mnemonic to the control), or an accessible name. Icons
and symbols ("✕", "#") are not names: such controls get words and a tooltip.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QDateEdit, QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def spoken(text: str) -> str:
    """A label's text as said aloud: no mnemonic marker ("&&" stays one "&"), no required-field star."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix(" *").strip()


def named(widget: W, name: str, tip: str = "") -> W:
    """``widget`` announced as ``name`` (already translated); ``tip`` for what a symbol does."""
    widget.setAccessibleName(spoken(name))
    if tip:
        widget.setToolTip(tip)
    return widget


def label_for(label: QLabel, widget: W) -> W:
    """Link ``label`` to the control it names: a click or its Alt+letter moves to the control, and a
    screen reader says the label's words with it."""
    label.setBuddy(widget)
    widget.setAccessibleName(spoken(label.text()))
    proxy = widget.focusProxy()  # a compound field (a list with its buttons) named by its main part
    if proxy is not None and not proxy.accessibleName():
        proxy.setAccessibleName(spoken(label.text()))
    return widget


class DateEdit(QDateEdit):
    """A date field that Tab leaves. Qt's own steps through day, month and year with Tab, and an
    optional date left blank ("Not planned") keeps the focus for ever: the keyboard was trapped.
    The arrow keys and the calendar still move between day, month and year."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt API
        return QAbstractSpinBox.focusNextPrevChild(self, next)


def leaves_on_tab(view: W) -> W:
    """Tab moves on to the next control instead of from cell to cell: the arrow keys move within."""
    if isinstance(view, QAbstractItemView):
        view.setTabKeyNavigation(False)
    return view
