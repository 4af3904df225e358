"""The window's own icons: simple line drawings on a 24-unit grid, drawn in the palette's text colour.

One pen (2 units, round ends) for every icon, so they look like one family; drawn anew for each
palette, so they read on a dark window as on a light one, and in the highlight's text colour on a
selected row. Written as SVG text and rendered by Qt in one call per picture: PySide6 6.12 takes
a reference from Python's None at every call of a Qt method that returns nothing, so a drawing
made of many small Qt calls would, repeated often enough, bring the interpreter down.
"""

from __future__ import annotations

import math
from typing import Protocol, cast

from PySide6.QtCore import QByteArray, QObject, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QListWidget, QStyle, QToolBar

from icdesk.ui.theme import follow


def _star() -> str:
    points = []
    for i in range(10):
        r = 9.5 if i % 2 == 0 else 4.2
        a = math.radians(-90 + 36 * i)
        points.append(f"{12 + r * math.cos(a):.2f},{12.8 + r * math.sin(a):.2f}")
    return f'<polygon points="{" ".join(points)}"/>'


def _rect(x: float, y: float, w: float, h: float, r: float = 2) -> str:
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{r}"/>'


def _circle(x: float, y: float, r: float) -> str:
    return f'<circle cx="{x}" cy="{y}" r="{r}"/>'


def _path(d: str) -> str:
    return f'<path d="{d}"/>'


DRAWINGS: dict[str, str] = {
    "dashboard": _rect(3, 3, 8, 8, 1.5) + _rect(13, 3, 8, 5, 1.5) + _rect(13, 10, 8, 11, 1.5)
    + _rect(3, 13, 8, 8, 1.5),
    "requests": _rect(3, 4, 18, 16) + _path("M3 13H8L9.5 16H14.5L16 13H21"),
    "network": _circle(6, 6, 2.6) + _circle(18, 6, 2.6) + _circle(12, 18, 2.6)
    + _path("M8.6 6H15.4M7.3 8.3L10.7 15.7M16.7 8.3L13.3 15.7"),
    "organisation": _circle(9, 8, 3.5) + _path("M3 20C3 14 15 14 15 20") + _circle(17, 9, 2.5)
    + _path("M16.5 14C19.5 14 21 16.5 21 19"),
    "standards": _path("M6 3H14L19 8V21H6Z M14 3V8H19 M9 12.5H16 M9 16.5H16"),
    "acknowledgements": _rect(3.5, 3.5, 17, 17, 3) + _path("M7.5 12L10.8 15.3L16.5 8.7"),
    "training": _path("M2 9L12 4L22 9L12 14Z M21 9.5V15 M6 11V16C6 19 18 19 18 16V11"),
    # two ways: what each department needs from the other
    "agreements": _path("M4 8H19 M15.5 4.5L19 8L15.5 11.5 M20 16H5 M8.5 12.5L5 16L8.5 19.5"),
    "feedback": _path("M6 4H18A3 3 0 0 1 21 7V13A3 3 0 0 1 18 16H12L7 20L7.5 16H6A3 3 0 0 1 3 13V7A3 3 0 0 1 6 4Z"),
    "surveys": _rect(5, 4, 14, 17) + _rect(9, 2.5, 6, 3.5, 1)
    + _path("M8 11L9.5 12.5L12 10 M14 11.5H16.5 M8 16L9.5 17.5L12 15 M14 16.5H16.5"),
    "actions": _path("M5 21V3.5 M5 4H18L15.5 8L18 12H5"),
    "loop": _path("M19.5 12A7.5 7.5 0 0 0 7 6.4 M7 6.4L6.6 2.6 M7 6.4L10.8 5.7 "
                  "M4.5 12A7.5 7.5 0 0 0 17 17.6 M17 17.6L17.4 21.4 M17 17.6L13.2 18.3"),
    "ideas": _path("M9.5 16.5C9.5 13.5 6 12.5 6 9C6 5.5 8.8 3 12 3C15.2 3 18 5.5 18 9C18 12.5 14.5 13.5 14.5 16.5Z "
                   "M9.5 19.5H14.5 M10.5 22H13.5"),
    "recognition": _star(),
    "reports": _path("M7 8V3H17V8") + _rect(3, 8, 18, 9) + _rect(7, 13.5, 10, 7.5, 1),
    "add": _path("M12 5V19M5 12H19"),
    "export": _path("M12 3.5V14.5 M8 10.5L12 14.5L16 10.5 M4 14V20H20V14"),
    "refresh": _path("M19.5 12A7.5 7.5 0 1 1 16.6 6.1 M16.6 6.1L16.9 2.3 M16.6 6.1L12.8 6.6"),
    "backup": _path("M6 4H17L20 7V20H4V6A2 2 0 0 1 6 4Z M8 4V9H15V4 M7.5 20V14H16.5V20"),
}
SIZES = (16, 24, 32)


def svg(name: str, colour: QColor, size: int = 24) -> str:
    # thin lines vanish at 16 px: the line stays at least 1.4 pixels wide
    width = max(1.8, 1.4 * 24 / size)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 24 24" '
            f'fill="none" stroke="{colour.name()}" stroke-width="{width:.2f}" stroke-linecap="round" '
            f'stroke-linejoin="round">{DRAWINGS[name]}</svg>')


def picture(name: str, size: int, colour: QColor) -> QPixmap:
    """Icon ``name`` as a ``size``-pixel picture drawn in ``colour``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg(name, colour, size).encode())).render(painter)
    painter.end()
    return pixmap


_made: dict[tuple[str, int], QIcon] = {}


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """Icon ``name`` in ``palette``'s (the application's) text colour, its highlighted text colour
    when selected, and its disabled text colour when greyed; made once per palette."""
    palette = palette or QApplication.palette()
    key = (name, palette.cacheKey())
    if key not in _made:
        if len(_made) > 200:
            _made.clear()
        role, group = QPalette.ColorRole, QPalette.ColorGroup
        made = QIcon()
        for mode, colour in ((QIcon.Mode.Normal, palette.color(role.WindowText)),
                             (QIcon.Mode.Selected, palette.color(role.HighlightedText)),
                             (QIcon.Mode.Disabled, palette.color(group.Disabled, role.WindowText))):
            for size in SIZES:
                made.addPixmap(picture(name, size, colour), mode)
        _made[key] = made
    return _made[key]


class _HasIcon(Protocol):
    def setIcon(self, icon: QIcon) -> None: ...  # noqa: N802 - Qt API


def with_icon(owner: QObject, name: str) -> None:
    """Give a button or an action icon ``name``, now and whenever the palette changes."""
    target = cast(_HasIcon, owner)
    target.setIcon(icon(name))
    follow(owner, lambda: target.setIcon(icon(name)))


def fit_navigation_width(nav: QListWidget) -> None:
    """Room for the longest screen name in any language beside its icon, as the list itself measures it,
    and for the scroll bar a short screen gives it (1024x600): without that room the bar took the last
    letters of "Корректирующие действия" and a sideways bar came under the list. The start-up window and
    the main window use the same, so nothing moves at the hand-over."""
    nav.ensurePolished()  # in the font its style sheet gives it
    scroll_bar = nav.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, nav)
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    nav.setFixedWidth(max(200, nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + scroll_bar))


def dress_navigation(nav: QListWidget, toolbar: QToolBar | None = None) -> None:
    """An icon beside each screen's name (its key names the drawing), as large as the font."""
    def apply() -> None:
        for row in range(nav.count()):
            item = nav.item(row)
            key = str(item.data(Qt.ItemDataRole.UserRole))
            if key in DRAWINGS:
                item.setIcon(icon(key))

    # in the font its style sheet gives it: measured before the list was polished (the light start's left
    # bar, not yet in its window) the icons came out a pixel smaller than the main window's, and every
    # row, the tool bar and the Dashboard beside them moved at the hand-over
    nav.ensurePolished()
    side = round(nav.fontMetrics().height() * 1.15)
    nav.setIconSize(QSize(side, side))
    apply()
    follow(nav, apply)
    if toolbar is not None:
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(side, side))
