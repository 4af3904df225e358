"""A list of ticks: several departments, people or standards chosen at once."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget


class CheckList(QListWidget):
    """Items with a tick box each; ``checked()`` returns the data of the ticked ones."""

    changed = Signal()

    def __init__(self, items: Iterable[tuple[str, object]] = (), checked: Iterable[object] = (),
                 parent: QWidget | None = None, height: int = 120) -> None:
        super().__init__(parent)
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 3 // 2)
        self.set_items(items, checked)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_items(self, items: Iterable[tuple[str, object]], checked: Iterable[object] = ()) -> None:
        chosen = set(checked)
        self.blockSignals(True)
        self.clear()
        for text, data in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if data in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)

    def checked(self) -> list[object]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, data: object, checked: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == data:
                self.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def leave_out(self, data: object) -> None:
        """Hide (and untick) the item of ``data``; the others are shown again."""
        for i in range(self.count()):
            item = self.item(i)
            own = item.data(Qt.ItemDataRole.UserRole) == data
            if own and item.checkState() == Qt.CheckState.Checked:
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setHidden(own)

