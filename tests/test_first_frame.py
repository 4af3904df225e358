"""The window's first frame: on screen before the database code loads, the main window in its place
after, the frame gone. Each start runs run_gui in a fresh interpreter, as a person's start does
(this test process has long imported everything)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.helpers import demo_file
from tests.test_start_memory import run_python

# Runs run_gui on DB; notes what the frame showed and which database modules were loaded when it was
# first painted; once the main window is shown and the event loop idle, prints both and quits.
START = """
import sys
from PySide6.QtCore import QByteArray, QSettings, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from icdesk.app import create_application, run_gui
from icdesk.ui import first_frame

app = create_application(sys.argv[:1])
if {remembered!r}:
    QSettings().setValue("geometry", QByteArray.fromBase64({remembered!r}.encode()))
seen = {{}}
Frame = first_frame.FirstFrame
frame_init = Frame.__init__

def on_painted(frame):
    seen["loaded"] = sorted(m for m in sys.modules if m == "sqlalchemy" or m.startswith(
        ("icdesk.db", "icdesk.services", "icdesk.domain.models", "icdesk.ui.main_window")))
    seen["title"], seen["text"] = frame.windowTitle(), frame.message.text()
    seen["geometry"], seen["maximized"] = frame.geometry().getRect(), frame.isMaximized()

def spying_init(self, location):
    frame_init(self, location)
    self.painted.connect(lambda: on_painted(self))

Frame.__init__ = spying_init

def when_idle():
    window = next((w for w in QApplication.topLevelWidgets() if hasattr(w, "screens") and w.isVisible()), None)
    if window is None or QThread.currentThread().loopLevel() != 1:
        return  # not yet: the frame waits for its paint, or the file is still opening
    seen["ticks"] = seen.get("ticks", 0) + 1
    if window.geometry().getRect() != seen.get("geometry") and seen["ticks"] < 400:
        return  # a window system maximises a window after it is shown: give it that moment
    timer.stop()
    print("FRAME LOADED:", seen.get("loaded"))
    print("FRAME TITLE:", seen.get("title"))
    print("FRAME TEXT:", seen.get("text"))
    print("FRAME PLACE:", seen.get("geometry"), seen.get("maximized"))
    print("WINDOW PLACE:", window.geometry().getRect(), window.isMaximized())
    print("WINDOW TITLE:", window.windowTitle())
    print("FRAMES LEFT:", [w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, Frame)])
    app.quit()

timer = QTimer()
timer.timeout.connect(when_idle)
timer.start(5)
sys.exit(run_gui({db!r}))
"""


def start(db: Path, tmp_path: Path, remembered: str = "") -> str:
    # the screen of tests/conftest.py (a 1366x768 laptop), whose QT_QPA_PLATFORM the child inherits
    return run_python(START.format(db=str(db), remembered=remembered), XDG_CONFIG_HOME=str(tmp_path / "settings"))


# The light start's read (services/light_read.py) is begun before the frame, on a thread of its own: its
# modules are the stdlib sqlite3's statements and the checks of the file, nothing of SQLAlchemy
LIGHT_READ = ["icdesk.db", "icdesk.db.errors", "icdesk.db.lock", "icdesk.db.migrate", "icdesk.db.network_share",
              "icdesk.db.peek", "icdesk.services", "icdesk.services.dashboard_sql", "icdesk.services.light_read"]


def test_the_frame_is_painted_before_any_database_code_is_loaded(tmp_path: Path) -> None:
    out = start(demo_file(tmp_path), tmp_path)
    loaded = out.split("FRAME LOADED:")[1].splitlines()[0].strip()
    assert loaded == repr(LIGHT_READ)  # no SQLAlchemy, no models, no services, no main window
    assert "FRAME TEXT: Opening hotel.sqlite\u2026" in out
    assert "FRAME TITLE: icdesk \u2014 hotel.sqlite" in out


def test_the_main_window_opens_in_the_frame_s_place_and_the_frame_is_gone(tmp_path: Path) -> None:
    out = start(demo_file(tmp_path), tmp_path)
    frame = out.split("FRAME PLACE:")[1].splitlines()[0].strip()
    window = out.split("WINDOW PLACE:")[1].splitlines()[0].strip()
    assert frame == window, out
    assert "WINDOW TITLE: icdesk \u2014 hotel.sqlite" in out
    assert "FRAMES LEFT: []" in out


def test_a_remembered_maximised_window_starts_maximised_frame_and_all(tmp_path: Path) -> None:
    remembered = run_python(
        "from PySide6.QtWidgets import QApplication, QMainWindow\napp = QApplication([])\n"
        "w = QMainWindow()\nw.setGeometry(120, 90, 900, 600)\nw.showMaximized()\napp.processEvents()\n"
        "print(bytes(w.saveGeometry().toBase64()).decode())\n").strip()
    out = start(demo_file(tmp_path), tmp_path, remembered=remembered)
    assert "True" in out.split("FRAME PLACE:")[1].splitlines()[0]
    assert "True" in out.split("WINDOW PLACE:")[1].splitlines()[0]
    assert "FRAMES LEFT: []" in out


def test_the_frame_says_which_file_opens_in_readable_text_beside_the_app_icon(qtbot: object) -> None:
    from PySide6.QtGui import QPalette

    from icdesk.ui.first_frame import FirstFrame
    from icdesk.ui.theme import AA, contrast

    frame = FirstFrame(Path("/home/anna/hotel.sqlite"))
    qtbot.addWidget(frame)  # type: ignore[attr-defined]
    frame.show()
    message = frame.message
    assert message.text() == "Opening hotel.sqlite\u2026"
    assert message.isEnabled()  # not the style's disabled grey, which read poorly
    text = message.palette().color(QPalette.ColorRole.WindowText)
    ground = frame.palette().color(QPalette.ColorRole.Window)
    assert contrast(text, ground) >= AA
    assert message.font().pointSizeF() > frame.font().pointSizeF()  # larger than body text
    assert not frame.icon.pixmap().isNull()


def test_the_dashboard_screen_and_its_parts_load_no_database_code() -> None:
    """What a light start (issue 21) builds before SQLAlchemy loads: the Dashboard's module, the forms
    and the change notifications name the services for their types only."""
    out = run_python("import sys\nimport icdesk.ui.screens.dashboard, icdesk.ui.forms, icdesk.ui.changes\n"
                     "print('LOADED:', sorted(m for m in sys.modules if m == 'sqlalchemy' or m.startswith("
                     "('icdesk.db', 'icdesk.services', 'icdesk.domain.models'))))")
    assert "LOADED: []" in out


def test_a_window_closed_while_the_file_opens_is_not_replaced(qtbot: QtBot) -> None:
    """The person closed the first frame (or the light window) while the file was being opened: the
    close, waiting in the queue while the loop was busy, is heard before the hand-over, and the main
    window is not shown in its place."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMainWindow

    from icdesk.ui.first_frame import hand_over

    old, new = QMainWindow(), QMainWindow()
    qtbot.addWidget(old)
    qtbot.addWidget(new)
    old.show()
    QCoreApplication.postEvent(old.windowHandle(), QCloseEvent())  # as the window system sends it
    assert hand_over(old, new) is False
    assert not old.isVisible() and not new.isVisible()


def test_a_window_moved_while_the_file_opens_is_replaced_where_it_was_put(qtbot: QtBot) -> None:
    from PySide6.QtCore import QRect, QTimer
    from PySide6.QtWidgets import QMainWindow

    from icdesk.ui.first_frame import hand_over

    old, new = QMainWindow(), QMainWindow()
    qtbot.addWidget(old)
    qtbot.addWidget(new)
    old.setGeometry(300, 170, 700, 500)
    old.show()
    QTimer.singleShot(0, lambda: old.setGeometry(QRect(100, 80, 640, 420)))  # waiting while the loop was busy
    assert hand_over(old, new) is True
    assert new.isVisible() and new.geometry().size() == old.geometry().size()
    assert (new.geometry().width(), new.geometry().height()) == (640, 420)
