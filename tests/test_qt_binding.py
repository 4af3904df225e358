"""A window open for a whole day of signals keeps running.

PySide6 6.12.0 takes a reference from ``True`` at every signal emitted from Python: after tens of
thousands of them (a long day in the window, or a long test run) Python 3.11 stopped the program
with "deallocating True or False". icdesk.ui gives True, False and None references to spare
(icdesk/ui/refcounts.py). The day is replayed in a small process of its own, where few other
references stand between True and zero.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DAY = """
import sys
import icdesk.ui  # noqa: F401 - what every window of icdesk imports first
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QStandardItemModel

class Sender(QObject):
    said = Signal(int)

app = QCoreApplication([])
sender, model, heard = Sender(), QStandardItemModel(3, 3), []
sender.said.connect(heard.append)
for i in range(100_000):
    sender.said.emit(i)
    model.dataChanged.emit(model.index(0, 0), model.index(2, 2))
print(len(heard))
"""


@pytest.mark.timeout(300)
def test_a_day_of_signals_emitted_from_python_ends_normally() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", DAY], env=env, capture_output=True, text=True, timeout=280)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["100000"]
