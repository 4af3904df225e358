"""A wheel notch over a list box or date field changes it only while it is being edited."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from icdesk.ui.wheel_guard import guard_wheels


def wheel(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_passing_over_a_list_box_leaves_the_choice(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    guard = guard_wheels(app)
    try:
        page = QWidget()
        layout = QVBoxLayout(page)
        combo = QComboBox()
        combo.addItems(["Dining Room", "Front Office", "Kitchen"])
        layout.addWidget(combo)
        for _ in range(30):
            layout.addWidget(QComboBox())  # a long form: the page scrolls
        area = QScrollArea()
        area.setWidget(page)
        area.resize(300, 200)
        qtbot.addWidget(area)
        area.show()
        qtbot.waitExposed(area)
        wheel(combo)
        assert combo.currentText() == "Dining Room"  # not focused: left as chosen
        combo.setFocus()
        qtbot.waitUntil(combo.hasFocus)
        wheel(combo)
        assert combo.currentText() == "Front Office"  # being edited: the wheel chooses
    finally:
        app.removeEventFilter(guard)
        guard.deleteLater()
