"""A passing message in a window's status bar, fitted to the room it has."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QSizeGrip, QWidget


def show_status(window: QMainWindow, text: str, timeout_ms: int) -> None:
    """``text`` for ``timeout_ms``, cut in the middle (…) where it would run under the counts kept on the right:
    a backup's whole path ran into "4 отдела · 5 сотрудников" at 1024 pixels, its file name lost under them."""
    bar = window.statusBar()
    bar.showMessage(text, timeout_ms)  # the file name on the left makes way; what stays is on the right
    if not bar.isVisible():  # no width to fit yet (a window not shown): said whole
        return
    kept = [w for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w.isVisible() and not isinstance(w, QSizeGrip)]
    # as wide as they will be once laid out: counts set a moment ago are not yet
    taken = sum(max(w.width(), w.sizeHint().width()) + 12 for w in kept)
    room = bar.width() - taken - 2 * bar.fontMetrics().averageCharWidth()
    fitted = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, max(room, 80))
    if fitted != text:
        bar.showMessage(fitted, timeout_ms)
