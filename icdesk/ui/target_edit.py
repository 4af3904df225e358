"""A service target typed as hours and minutes, kept as an exact number of minutes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from icdesk.domain.rules import MAX_TARGET_MINUTES
from icdesk.ui.theme import muted_css, styled


class TargetEdit(QWidget):
    """"4 h 30 min"; both at zero means no target. What is loaded is saved unchanged."""

    valueChanged = Signal()  # noqa: N815 - named like Qt's own editors

    def __init__(self, minutes: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hours = QSpinBox()
        self.hours.setRange(0, MAX_TARGET_MINUTES // 60)
        self.hours.setSuffix(" " + self.tr("h"))
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(0, 59)
        self.minutes_box.setSingleStep(5)
        self.minutes_box.setSuffix(" " + self.tr("min"))
        self.none_label = QLabel(self.tr("no target"))
        styled(self.none_label, muted_css)
        self.setFocusProxy(self.hours)
        layout.addWidget(self.hours)
        layout.addWidget(self.minutes_box)
        layout.addWidget(self.none_label)
        layout.addStretch(1)
        self.set_minutes(minutes)
        self.hours.valueChanged.connect(self._on_box_value_changed)
        self.minutes_box.valueChanged.connect(self._on_box_value_changed)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        """The form's label names both boxes: "First response: hours", "First response: minutes"."""
        super().setAccessibleName(name)
        self.hours.setAccessibleName(self.tr("{name}: hours").format(name=name))
        self.minutes_box.setAccessibleName(self.tr("{name}: minutes").format(name=name))

    def minutes(self) -> int | None:
        total = self.hours.value() * 60 + self.minutes_box.value()
        return total or None

    def set_minutes(self, minutes: int | None) -> None:
        hours, rest = divmod(minutes or 0, 60)
        self.hours.setValue(hours)
        self.minutes_box.setValue(rest)
        self.none_label.setVisible(not minutes)

    def _on_box_value_changed(self, _value: int) -> None:
        self.none_label.setVisible(self.minutes() is None)
        self.valueChanged.emit()
