"""What a screen reader says of a control, and how the keyboard reaches it.

Every control a person can reach has a name: its own words (a button's text), a label linked to it
(``setBuddy``, which also gives the label's mnemonic to the control), or an accessible name. Icons
and symbols ("✕", "#") are not names: such controls get words and a tooltip.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QDateEdit, QDateTimeEdit, QLabel, QWidget

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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dateChanged.connect(self._note_day_taken_away)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt API
        return QAbstractSpinBox.focusNextPrevChild(self, next)

    _moved_on = False  # the last digit filled its part and Qt moved on to the next one
    _typed_day = 0  # the day as last typed, which Qt changes to fit a shorter month
    clamp_note = ""  # said under the field (FormDialog) while the date is one Qt put in place of the typed one

    def _note_day_taken_away(self, shown: QDate) -> None:
        """31/02/2026 typed became 28/02/2026 without a word, and the form's next message spoke of a
        date nobody typed: the change is said under the field until the date is changed again."""
        typed, month_days = self._typed_day, shown.daysInMonth()
        if typed > month_days and shown.day() == month_days:
            self._typed_day = 0
            self.clamp_note = self.tr("There is no day {day} in {month}: the date now reads {date}. Check it.").format(
                day=typed, month=self.locale().standaloneMonthName(shown.month()), date=self.text())
        else:
            self.clamp_note = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # A date typed as a person writes it, over the whole field (Ctrl+A, or entered with Tab):
        # "01/01/2020" left the date as it was (Qt read the first digit as the whole date and refused
        # it), and "1/2/2020" ran into the wrong parts. The typing starts at the first part; a
        # separator moves on to the next part unless the last digit already did.
        line, text = self.lineEdit(), event.text()
        if text.isdigit():
            if line.hasSelectedText() and line.selectedText() == line.text():
                self._select_part(0)
            before = self.currentSectionIndex()
            super().keyPressEvent(event)
            self._moved_on = self.currentSectionIndex() != before
            if self.sectionAt(before) == QDateTimeEdit.Section.DaySection:
                day = self.sectionText(QDateTimeEdit.Section.DaySection)
                self._typed_day = int(day) if day.isdigit() else 0
            return
        plain = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if text and text.isprintable() and not text.isspace() and not text.isalnum() and not plain:
            if not self._moved_on and self.currentSectionIndex() + 1 < self.sectionCount():
                self._select_part(self.currentSectionIndex() + 1)
            self._moved_on = False
            return
        self._moved_on = False
        super().keyPressEvent(event)

    def _select_part(self, index: int) -> None:
        self.setCurrentSectionIndex(index)
        self.setSelectedSection(self.sectionAt(index))


def leaves_on_tab(view: W) -> W:
    """Tab moves on to the next control instead of from cell to cell: the arrow keys move within."""
    if isinstance(view, QAbstractItemView):
        view.setTabKeyNavigation(False)
    return view
