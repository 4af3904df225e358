"""Dialogs open as large as they were last left, and list columns keep the widths they were dragged to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from icdesk.services import Services


def test_a_dialog_opens_as_large_as_it_was_last_left(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.dialogs.organisation import DepartmentDialog

    first = DepartmentDialog(services)
    qtbot.addWidget(first)
    first.show()
    natural = first.size()
    first.resize(natural + QSize(180, 120))  # the person makes it larger
    first.reject()
    again = DepartmentDialog(services)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == natural + QSize(180, 120)


def test_a_dialog_never_opens_smaller_than_it_needs(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.dialogs.organisation import DepartmentDialog

    QSettings().setValue("sizes/DepartmentDialog", QSize(60, 40))
    dialog = DepartmentDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= dialog.sizeHint().width() and dialog.height() >= dialog.sizeHint().height()


def drag(widget: QWidget, start: QPoint, end: QPoint) -> None:
    """Press, move with the button held, release: as a hand drags (QTest moves without buttons)."""
    for kind, where, buttons in ((QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton),
                                 (QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton),
                                 (QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)):
        QApplication.sendEvent(widget, QMouseEvent(kind, QPointF(where), QPointF(widget.mapToGlobal(where)),
                                                   Qt.MouseButton.LeftButton, buttons,
                                                   Qt.KeyboardModifier.NoModifier))


def test_a_column_dragged_wider_keeps_its_width_next_time(qtbot: QtBot, tmp_path: Path) -> None:
    from icdesk.app import open_services
    from icdesk.ui.main_window import MainWindow
    from tests.helpers import demo_file

    path = demo_file(tmp_path)
    widths = []
    for _time in range(2):
        services = open_services(path)
        window = MainWindow(services, settings=QSettings())
        qtbot.addWidget(window)
        window.show()
        window.show_screen("requests")
        table = window.requests_screen.table
        qtbot.waitUntil(lambda t=table: t.model().rowCount() > 0)
        qtbot.wait(1)
        header = table.horizontalHeader()
        provider = [c for c, (_h, key) in enumerate(window.requests_screen.request_model.columns)
                    if key == "provider"][0]
        if not widths:
            edge = header.sectionViewportPosition(provider) + header.sectionSize(provider) - 1
            middle = header.height() // 2
            drag(header.viewport(), QPoint(edge, middle), QPoint(edge + 60, middle))
            assert header.sectionSize(provider) > 100
        widths.append(header.sectionSize(provider))
        window.close()
        services.close()
    assert widths[1] == widths[0]
