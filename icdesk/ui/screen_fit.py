"""The main window on the screen it opens on: sized to it the first time, maximised when the screen is
smaller than the window's usual size, a remembered geometry used only if it still fits (a laptop taken
from its docking station, a projector), and its screens scrolling rather than leaving the screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QStyle, QWidget

from icdesk.ui.screen_room import FRAME_ALLOWANCE, fit_to_screen, screen_area

USUAL_SIZE = QSize(1280, 800)
# the title bar of a desktop, which an offscreen frame does not have: a window may not count on it
TITLE_BAR = 30


def fits(frame: QRect, area: QRect) -> bool:
    return area.contains(frame) and frame.height() + TITLE_BAR <= area.height()


def place_main_window(window: QMainWindow, geometry: object) -> None:
    """Put the window back where it was if that fits this screen; otherwise size it to the screen."""
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        if window.isMaximized() or fits(window.frameGeometry(), screen_area(window)):
            return
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
    window.resize(USUAL_SIZE)
    fit_to_screen(window, centre=True)  # the window's size when it is un-maximised: within the screen
    area = screen_area(window)
    if USUAL_SIZE.width() + FRAME_ALLOWANCE.width() > area.width() or \
            USUAL_SIZE.height() + FRAME_ALLOWANCE.height() > area.height():
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


class ScreenScroller(QScrollArea):
    """Holds the window's content: on a screen smaller than a screen's least size (x2 scaling makes a
    1920x1080 monitor 960x540) it scrolls, so the window still fits with its status bar in view. On an
    ordinary screen it has room and shows no scroll bar at all.

    The content is sized here by its least size, not by QScrollArea's widgetResizable: that asks the
    content's height for its width, and the word-wrapped hints of every stacked screen would make the
    window scroll by a few pixels where everything fits."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(content)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(320, 240)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        widget = self.widget()
        return widget.sizeHint() if widget is not None else super().sizeHint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit_content()  # another screen shown, another language: another least size
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_content()

    def _fit_content(self) -> None:
        content = self.widget()
        if content is None:
            return
        least = content.minimumSizeHint().expandedTo(content.minimumSize())
        view = self.maximumViewportSize()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        tall = least.height() > view.height()
        wide = least.width() > view.width() - (bar if tall else 0)
        tall = tall or least.height() > view.height() - (bar if wide else 0)
        size = QSize(max(least.width(), view.width() - (bar if tall else 0)),
                     max(least.height(), view.height() - (bar if wide else 0)))
        if content.size() != size:
            content.resize(size)
