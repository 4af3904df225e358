"""How much of the screen a window may take, and moving a window onto it. Only Qt: the start-up frame
(ui/first_frame.py) places itself with this before the database code is loaded."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

# Until a window has been shown its frame is unknown (0 on most platforms): leave room for a
# title bar and borders, so that what is sized to the screen still fits once it is decorated.
FRAME_ALLOWANCE = QSize(16, 40)


def screen_area(window: QWidget) -> QRect:
    """The available geometry (without task bar and docks) of the screen ``window`` opens on."""
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def fit_to_screen(window: QWidget, centre: bool = False) -> None:
    """Shrink a window to the screen it is on and move it fully onto it (``centre``: in the middle).

    Laptops have 768 pixels or fewer: a dialog taller than that hides its buttons below the edge,
    with no way to reach them. Its body scrolls instead (see ScrollBody)."""
    area = screen_area(window)
    extra = _frame_of(window)
    room = QSize(area.width() - extra.width(), area.height() - extra.height())
    if not room.isValid() or room.isEmpty():
        return
    window.setMinimumSize(window.minimumSize().boundedTo(room))
    window.resize(window.size().boundedTo(room))
    outer = window.size() + extra
    if centre:
        corner = area.center() - QPoint(outer.width() // 2, outer.height() // 2)
    else:
        corner = window.pos()
    window.move(max(area.left(), min(corner.x(), area.left() + area.width() - outer.width())),
                max(area.top(), min(corner.y(), area.top() + area.height() - outer.height())))


def _frame_of(window: QWidget) -> QSize:
    """What the title bar and borders add around the window (at least FRAME_ALLOWANCE)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(max(frame.width() - inner.width(), FRAME_ALLOWANCE.width()),
                 max(frame.height() - inner.height(), FRAME_ALLOWANCE.height()))


def room_on_screen(window: QWidget) -> QSize:
    """The largest size the window itself may take on its screen, its frame left room for."""
    area, extra = screen_area(window), _frame_of(window)
    return QSize(area.width() - extra.width(), area.height() - extra.height())
