"""The Qt binding icdesk runs on keeps Python's objects whole for a whole day of use.

PySide6 6.12.0 took a reference from ``True`` at every signal emitted from Python (a model's
``dataChanged``, a worker's progress, a change notice): after tens of thousands of them, in a window
left open for a day, Python stopped the program at once with "deallocating True or False", losing
whatever the person was typing. pyproject.toml keeps that release out; this test says why.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QStandardItemModel


class _Sender(QObject):
    said = Signal(int)


def test_signals_emitted_from_python_leave_true_and_false_as_they_were() -> None:
    sender, model = _Sender(), QStandardItemModel(3, 3)
    heard: list[int] = []
    sender.said.connect(heard.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(2_000):
        sender.said.emit(i)
        model.dataChanged.emit(model.index(0, 0), model.index(2, 2))
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(heard) == 2_000
    # a few references may come or go with the objects made meanwhile; 6.12.0 lost 4,000 of True
    assert abs(after[0] - before[0]) < 100 and abs(after[1] - before[1]) < 100, (before, after)
