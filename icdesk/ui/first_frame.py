"""The window's first frame: on screen at once, where the window will be, while the data file opens.

Loading the database code (SQLAlchemy, the models, the services) and the main window takes most of
a start; until then a person saw nothing and might start icdesk a second time. As qutebrowser and
TagStudio do, a light window comes first: built from QtWidgets alone, with the window's title,
icon and remembered place, saying which file is being opened. The main window then takes its exact
place (size, maximised or not) and the frame goes, so nothing jumps or flickers.

The questions asked while the file opens (damaged file, locked file, a server's password, the
upgrade's progress) are dialogs without a parent: Qt puts them in front of the active window, the
frame, as it would in front of the main window."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from icdesk.paths import is_server_address, resource
from icdesk.ui.screen_fit import place_main_window
from icdesk.ui.theme import SECTION, points

# how long start-up waits for the frame's first paint before it goes on loading: a desktop that is
# slow to map the window must not delay the start itself (the frame then paints at the next chance)
PAINT_WAIT_MS = 300


def shown_name(location: Path | str) -> str:
    """What the person knows the company by: the file's name, or the database's name on a server
    (never the address itself, which may hold a password)."""
    if is_server_address(location):
        parts = urlsplit(str(location))
        name = parts.path.strip("/") or (parts.hostname or "")
        return f"{name} ({parts.hostname})" if parts.hostname and name != parts.hostname else name
    return Path(location).name


def _icon() -> QIcon:
    icon = QIcon()
    for size in (64, 128):  # the sharp one on a high-density screen
        icon.addFile(str(resource("icons", f"icdesk-{size}.png")))
    return icon


class _OpeningLabel(QLabel):
    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        self.painted.emit()


class FirstFrame(QMainWindow):
    """A main window with nothing in it but a calm line saying which file is being opened."""

    painted = Signal()  # the first time the frame is drawn: the person sees it

    def __init__(self, location: Path | str) -> None:
        super().__init__()
        name = shown_name(location)
        # the main window's own title (its translation too), so the task bar does not change
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "icdesk \u2014 {file}").format(file=name))
        self.message = _OpeningLabel(QCoreApplication.translate("FirstFrame", "Opening {file}\u2026").format(
            file=name))
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a file name may hold "<" or "&"
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message.setWordWrap(True)
        # the palette's own text colour at a section heading's size: a disabled label's grey read poorly (below
        # the 4.5:1 contrast every other text in the window keeps)
        font = self.message.font()
        font.setPointSizeF(points(SECTION))
        self.message.setFont(font)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.icon.setPixmap(_icon().pixmap(64, 64))
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(12)
        column.addStretch(3)
        column.addWidget(self.icon)
        column.addWidget(self.message)
        column.addStretch(4)
        self.setCentralWidget(body)
        self._painted = False
        self.message.painted.connect(self._on_message_painted)

    def _on_message_painted(self) -> None:
        if not self._painted:
            self._painted = True
            self.painted.emit()

    def was_painted(self) -> bool:
        return self._painted

    def hand_over_to(self, window: QMainWindow) -> bool:
        """Show ``window`` exactly where the frame is (moved or resized meanwhile too), then close
        (once ``window`` has painted).
        False: the person closed the frame meanwhile, and ``window`` is not shown."""
        return hand_over(self, window)


class _CloseOnFirstPaint(QObject):
    """Closes ``old`` once ``window`` has painted for the first time (at the latest after PAINT_WAIT_MS,
    should a window system never let it paint): until then the old picture stays in place under it."""

    def __init__(self, old: QMainWindow, window: QMainWindow) -> None:
        super().__init__(window)
        self.old, self.window = old, window
        self._done = False
        window.installEventFilter(self)  # before it is shown: a platform may paint within show()

    def shown(self) -> None:
        """The window is shown (laying it out may have taken long): the limit counts from now."""
        QTimer.singleShot(PAINT_WAIT_MS, self, self.close_old)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self.close_old)  # after this paint pass: its children are drawn in it too
        return False

    def close_old(self) -> None:
        if self._done:
            return
        self._done = True
        self.window.removeEventFilter(self)
        self.old.close()
        self.old.deleteLater()
        self.deleteLater()


def hand_over(old: QMainWindow, window: QMainWindow) -> bool:
    """Show ``window`` exactly where ``old`` is, and close ``old`` (the frame, or the light start's
    window) once ``window`` has painted. False, and nothing shown: the person closed ``old`` while the
    file was being opened."""
    # what the window system said while the loop was busy opening the file (a move, a resize, a
    # close): without it the new window came back where the old one had been before
    QCoreApplication.processEvents()
    if not old.isVisible():
        return False
    # its size when not maximised, then the old one's state: as place_main_window does (restoring the
    # frame's saved geometry instead left a hidden window maximised in name at its normal size)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(old.normalGeometry() if old.isMaximized() else old.geometry())
    window.setWindowState(old.windowState())
    # the old window goes once the new one has its picture: closed at once, the new one stood unpainted
    # where the old picture had been until the loop came back to paint it (some 30 ms, over 100 on the
    # first start of the day, when the backup and the page check start first), which a desktop may draw
    # black for a frame or two, now and then. No loop waits here: the start goes on as before.
    closing = _CloseOnFirstPaint(old, window)
    window.show()
    closing.shown()
    return True


def show_first_frame(location: Path | str, geometry: object) -> FirstFrame:
    """Show the frame at the window's remembered place (or the usual one fitted to the screen) and
    let it paint once before the start goes on with loading."""
    frame = FirstFrame(location)
    place_main_window(frame, geometry)
    frame.show()
    if not frame.was_painted():
        wait = QEventLoop()
        frame.painted.connect(wait.quit)
        limit = QTimer(wait)  # goes with the loop: no late quit of a loop long gone
        limit.setSingleShot(True)
        limit.timeout.connect(wait.quit)
        limit.start(PAINT_WAIT_MS)
        wait.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    return frame
