"""A row of filters that wraps onto a next line when the window is too narrow for it, so that
each filter keeps the width of its whole choice ("All statuses", "Любое состояние") instead of
every filter being squeezed to a few letters."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Left to right, then on the next line. It answers as a QHBoxLayout does where the list screens
    fill it (addWidget, addStretch), so every screen's filter row is one: a stretch only means the
    row starts at the left, and a widget given a stretch (a summary line) takes the rest of its line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretched: set[int] = set()  # ids of the items that take the rest of their line

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 - QHBoxLayout's API
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._items.append(item)
        if stretch:
            self._stretched.add(id(item))
        self.invalidate()

    def addStretch(self, stretch: int = 0) -> None:  # noqa: N802 - QHBoxLayout's API
        """Nothing to add: a wrapped row is filled from the left anyway."""

    def addSpacing(self, size: int) -> None:  # noqa: N802 - QHBoxLayout's API
        spacer = QWidget()
        spacer.setFixedWidth(size)
        self.addWidget(spacer)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretched.discard(id(item))
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """All on one line, as wide as that takes."""
        shown = self._shown()
        spacing = self._spacing()
        width = sum(item.sizeHint().width() for item in shown) + spacing * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as its widest filter: the others go to the next lines."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]  # a hidden widget takes no room

    def _spacing(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _place(self, rect: QRect, apply: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); returns the height taken."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        spacing = self._spacing()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = item.sizeHint().width()
            if lines[-1] and used + spacing + width > area.width():
                lines.append([])
                used = 0
            used += (spacing if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            x = area.x()
            placed = []
            for item in line:
                width = min(item.sizeHint().width(), area.width())
                if id(item) in self._stretched and item is line[-1]:
                    width = max(width, area.right() + 1 - x)
                placed.append((item, x, width, _height(item, width)))
                x += width + spacing
            height = max(h for *_, h in placed)
            if apply:
                for item, left, width, item_height in placed:
                    # a widget lower than its line is centred in it, as in a QHBoxLayout
                    top = y + (height - item_height) // 2
                    item.setGeometry(QRect(QPoint(left, top), QSize(width, item_height)))
            y += height + spacing
        return y - spacing - rect.y() + margins.bottom() if y > area.y() else margins.top() + margins.bottom()



def _height(item: QLayoutItem, width: int) -> int:
    """A word-wrapped line (the acknowledgements' summary) is as high as its lines at that width."""
    return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
