"""The mouse wheel scrolls what it is over; it changes a choice only in the field being edited.

A wheel notch passing over a list box (a department, a person) or a date field changed its value
without a click: the sheet of ticks under "Dining Room" became "Front Office" with none ticked, a
request's provider became Kitchen and its assignee was reset. A field without the focus now hands the
wheel to what is around it (the form or the page scrolls), as in most desktop applications.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QComboBox | QAbstractSpinBox) \
                and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # not taken: Qt offers it to the parent (the scroll area), not to the field
            return True
        return False


def guard_wheels(app: QCoreApplication) -> WheelGuard:
    """Install the guard for every widget of the application (once)."""
    found = app.findChild(WheelGuard)
    if isinstance(found, WheelGuard):
        return found
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
