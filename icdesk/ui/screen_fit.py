"""The main window on the screen it opens on: sized to it the first time, maximised when the screen is
smaller than the window's usual size, a remembered size given back exactly when it fits the screen and
shrunk to it only when it does not (a laptop taken from its docking station, a projector), and its
screens scrolling rather than leaving the screen."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QDataStream, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QStyle, QWidget

from icdesk.ui.screen_room import FRAME_ALLOWANCE, fit_to_screen, screen_area

USUAL_SIZE = QSize(1280, 800)
# the title bar of a desktop, which an offscreen frame does not have: a window may not count on it
TITLE_BAR = 30


def fits(frame: QRect, area: QRect) -> bool:
    return area.contains(frame) and frame.height() + TITLE_BAR <= area.height()


# QWidget.saveGeometry()'s bytes begin with this number (format 2 and 3 since Qt 4.8 and 5.12)
GEOMETRY_MAGIC = 0x1D9D0CB


@dataclass(frozen=True)
class SavedPlace:
    """What QWidget.saveGeometry() kept of a window: its place and size when not maximised (the
    inside of its frame, as setGeometry takes it) and whether it was maximised."""

    normal: QRect
    maximized: bool


def saved_place(geometry: object) -> SavedPlace | None:
    """The place kept in saveGeometry()'s bytes; None for anything else (nothing kept, another format,
    bytes typed into the settings file by hand).

    Read here rather than by restoreGeometry(): that refuses the whole of it when the screen is more
    than a quarter narrower or wider than the one it was saved on (a 1400x900 window saved on a
    2560-pixel monitor, the next start on a 1920-pixel one), and the window came back at the usual
    1280x800 although the size the person gave it fits."""
    if not isinstance(geometry, QByteArray) or geometry.size() < 46:
        return None
    stream = QDataStream(geometry)
    stream.setVersion(QDataStream.Version.Qt_4_0)
    if stream.readUInt32() != GEOMETRY_MAGIC or stream.readUInt16() not in (2, 3):
        return None
    stream.readUInt16()  # the minor version: 0 in both
    frame, normal = QRect(), QRect()
    stream >> frame
    stream >> normal
    stream.readInt32()  # the screen's number: the place itself says which screen it is on
    maximized = stream.readUInt8() != 0
    if stream.status() != QDataStream.Status.Ok or not normal.isValid() or normal.width() > 100_000 or \
            normal.height() > 100_000:
        return None
    return SavedPlace(normal, maximized)


def place_main_window(window: QMainWindow, geometry: object) -> None:
    """Put the window back where it was, at its size, if that fits the screen it was on; a size larger
    than the screen is shrunk to it (and a place off every screen moved onto one); with nothing
    remembered, the usual size fitted to the screen."""
    place = saved_place(geometry)
    if place is not None:
        screen = QGuiApplication.screenAt(place.normal.center())
        if screen is not None and screen is not window.screen():
            window.setScreen(screen)  # the monitor it was left on, when there still is one there
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
        window.setGeometry(place.normal)
        if not fits(window.frameGeometry(), screen_area(window)):
            fit_to_screen(window)  # only now smaller than it was: it did not fit
        if place.maximized:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):  # a format of Qt's not read above
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
