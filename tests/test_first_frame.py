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
    if any(isinstance(w, Frame) for w in QApplication.topLevelWidgets()) and seen["ticks"] < 400:
        return  # the frame goes once the window in its place has painted
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


def screen(name: str) -> str:
    """The offscreen platform on one of the screens of tests/fixtures."""
    return f"offscreen:configfile={Path(__file__).parent / 'fixtures' / name}"


def start(db: Path, tmp_path: Path, remembered: str = "") -> str:
    # the screen of tests/conftest.py (a 1366x768 laptop), whose QT_QPA_PLATFORM the child inherits
    return run_python(START.format(db=str(db), remembered=remembered), XDG_CONFIG_HOME=str(tmp_path / "settings"))


# The light start's read (services/light_read.py) is begun before the frame, on a thread of its own: its
# modules are the stdlib sqlite3's statements and the checks of the file, nothing of SQLAlchemy
LIGHT_READ = ["icdesk.db", "icdesk.db.errors", "icdesk.db.held_files", "icdesk.db.lock", "icdesk.db.migrate",
              "icdesk.db.network_share", "icdesk.db.peek", "icdesk.services", "icdesk.services.dashboard_sql",
              "icdesk.services.light_read"]


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


def test_a_size_left_on_a_wider_monitor_comes_back_exactly_frame_light_window_and_all(tmp_path: Path) -> None:
    """1400x900, saved on a 2560-pixel monitor, the next start on a 1920-pixel one: the same size at the same
    place, from the first frame through the light start to the main window (it came back as 1280x800)."""
    remembered = run_python(
        "from PySide6.QtWidgets import QApplication, QMainWindow\napp = QApplication([])\n"
        "w = QMainWindow()\nw.setGeometry(200, 90, 1400, 900)\nw.show()\napp.processEvents()\n"
        "print(bytes(w.saveGeometry().toBase64()).decode())\n", QT_QPA_PLATFORM=screen("wide-screen.json")).strip()
    out = run_python(START.format(db=str(demo_file(tmp_path)), remembered=remembered),
                     XDG_CONFIG_HOME=str(tmp_path / "settings"), QT_QPA_PLATFORM=screen("monitor-screen.json"))
    assert "FRAME PLACE: (200, 90, 1400, 900) False" in out, out
    assert "WINDOW PLACE: (200, 90, 1400, 900) False" in out, out


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


def test_the_old_window_goes_only_once_the_new_one_has_its_picture(qtbot: QtBot) -> None:
    """The hand-over showed the new window and closed the old one at once: until the new one's first paint
    (30 ms, over 100 ms on the first start of the day, when the backup and the page check start before the
    loop gets to paint) a composited desktop drew it black where the old picture had been. The old one now
    stays under it until the new one is painted."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel, QMainWindow

    from icdesk.ui.first_frame import hand_over

    seen: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and watched is new and "new painted" not in seen:
                seen.append("new painted")
            elif event.type() == QEvent.Type.Close and watched is old:
                seen.append("old closed")
            return False

    old, new = QMainWindow(), QMainWindow()  # old: deleted by the hand-over, not left to qtbot
    new.setCentralWidget(QLabel("the main window"))
    qtbot.addWidget(new)
    watch = Watch()
    old.installEventFilter(watch)
    new.installEventFilter(watch)
    old.show()
    qtbot.waitExposed(old)
    assert hand_over(old, new) is True
    qtbot.waitUntil(lambda: "old closed" in seen)
    assert seen[:2] == ["new painted", "old closed"]
    assert new.isVisible()
