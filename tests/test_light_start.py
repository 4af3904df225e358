"""The light start (issue 21): on a ready local file the Dashboard is on screen, filled from plain SQL on
the stdlib sqlite3, before SQLAlchemy and the services load; they load after, and the main window takes
its place. Any other start goes the full way, as before. Starts run run_gui in a fresh interpreter."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from icdesk.app import light_window
from icdesk.db import migrate
from icdesk.db.lock import FileLock
from icdesk.db.peek import open_for_light_start
from icdesk.db.store import open_data_file
from icdesk.services import Services
from icdesk.services.dashboard_sql import light_dashboard
from tests.helpers import as_0016_left_it, demo_file
from tests.test_start_memory import run_python

if TYPE_CHECKING:
    from icdesk.ui.light_start import LightWindow
    from icdesk.ui.main_window import MainWindow

NOW = datetime.now(UTC)


@pytest.fixture(scope="module")
def hotel_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example hotel in a closed file (made once: the tests only read it, or copy it)."""
    return demo_file(tmp_path_factory.mktemp("light"))


def copy_of(hotel_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "hotel.sqlite"
    with sqlite3.connect(hotel_file) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def settings(tmp_path: Path, screen: str | None = None) -> QSettings:
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if screen is not None:
        stored.setValue("screen", screen)
    return stored


# -- the same figures both ways ------------------------------------------------------------------
def test_the_light_figures_are_the_services_figures_on_the_same_file(hotel_file: Path) -> None:
    connection = open_for_light_start(hotel_file)
    assert connection is not None
    try:
        light = light_dashboard(connection, NOW)
    finally:
        connection.close()
    assert light is not None
    services = Services(open_data_file(hotel_file, read_only=True), clock=lambda: NOW)
    try:
        figures, changes = services.reporting.dashboard(), services.network.dashboard_changes()
        assert light.figures == figures
        assert light.changes == changes
        # and the SQLAlchemy statements a server runs say the same on this file
        assert services.reporting._portable_dashboard() == figures
        assert services.network._portable_dashboard_changes() == changes
        assert light.recognitions == services.recognition.list(limit=8)
        assert light.company == services.company.get()
        assert light.any_department == bool(services.departments.list())
    finally:
        services.close()
    assert figures.open_requests and changes.months[-2].received, "the example has figures to compare"
    # the counts read from the partial indexes of 0018 have something to count in both windows
    assert figures.within_target_30d and changes.within_target_prev and changes.missed_30d and changes.missed_prev


def test_within_target_and_missed_are_counted_from_their_own_indexes(hotel_file: Path) -> None:
    """At a million requests these counts were most of the light start's wait (issue 21): each reads
    the index of only the requests it counts (0018), whose condition the statement names word for word."""
    from icdesk.domain.models import requests as models
    from icdesk.services import dashboard_sql

    assert (dashboard_sql.MET_WHERE, dashboard_sql.MISSED_WHERE) == (models.MET_WHERE, models.MISSED_WHERE)
    with sqlite3.connect(f"{hotel_file.as_uri()}?mode=ro", uri=True) as connection:
        def plan(statement: str) -> str:
            moments = ("2026-01-01 00:00:00.000000", "2026-02-01 00:00:00.000000")[:statement.count("?2") + 1]
            return " ".join(row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {statement}", moments))

        assert "ix_requests_missed" in plan(dashboard_sql.MISSED)
        for statement in (dashboard_sql.RESOLVED, dashboard_sql.RESOLVED_BETWEEN):
            assert "ix_requests_resolved_met" in plan(statement)


def test_the_light_window_shows_what_the_main_window_shows(hotel_file: Path, tmp_path: Path, qtbot: object) -> None:
    from icdesk.ui.light_start import LightWindow
    from icdesk.ui.main_window import MainWindow

    connection = open_for_light_start(hotel_file)
    assert connection is not None
    try:
        shown = light_dashboard(connection, NOW)  # both at one moment: no deadline passes in between
    finally:
        connection.close()
    assert shown is not None
    light = LightWindow("hotel.sqlite", str(hotel_file), shown)
    qtbot.addWidget(light)  # type: ignore[attr-defined]
    light.show()
    services = Services(open_data_file(copy_of(hotel_file, tmp_path), lock=True), clock=lambda: NOW)
    window = MainWindow(services, settings=settings(tmp_path))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    try:
        window.show()
        shown_tiles = {key: (t.value.text(), t.caption.text(), t.change.text())
                       for key, t in light.dashboard.tiles.items()}
        assert shown_tiles == {key: (t.value.text(), t.caption.text(), t.change.text())
                               for key, t in window.dashboard.tiles.items()}
        assert light.dashboard.heading.text() == window.dashboard.heading.text() == "Hotel Aurora"
        assert [light.dashboard.recognitions.item(i).text() for i in range(light.dashboard.recognitions.count())] \
            == [window.dashboard.recognitions.item(i).text() for i in range(window.dashboard.recognitions.count())]
        assert light.windowTitle() == window.windowTitle()
        assert light.nav.isEnabled()  # a screen chosen now is shown once the services are there
    finally:
        window.close()
        services.close()


def light_and_main(hotel_file: Path, tmp_path: Path, qtbot: QtBot) -> tuple[LightWindow, MainWindow]:
    """The light window and the main window on the same file, the same figures (read at one moment)."""
    from icdesk.ui.light_start import LightWindow
    from icdesk.ui.main_window import MainWindow

    connection = open_for_light_start(hotel_file)
    assert connection is not None
    try:
        shown = light_dashboard(connection, NOW)
    finally:
        connection.close()
    assert shown is not None
    light = LightWindow("hotel.sqlite", str(hotel_file), shown)  # not left to qtbot: a hand-over deletes it
    services = Services(open_data_file(copy_of(hotel_file, tmp_path), lock=True), clock=lambda: NOW)
    window = MainWindow(services, settings=settings(tmp_path))
    qtbot.addWidget(window)
    return light, window


def placed(window: QWidget, widget: QWidget) -> tuple[int, int, int, int]:
    corner = widget.mapTo(window, QPoint(0, 0))
    return corner.x(), corner.y(), widget.width(), widget.height()


def test_at_the_hand_over_the_light_window_looks_as_the_main_window(hotel_file: Path, tmp_path: Path,
                                                                    qtbot: QtBot) -> None:
    """The same size, the same place of every part: the left bar's rows (they were a pixel lower in the
    light window), the tool bar, each tile and label of the Dashboard; and the left bar not greyed. Only
    the status bar's counts come with the main window."""
    light, window = light_and_main(hotel_file, tmp_path, qtbot)
    try:
        area = light.screen().availableGeometry()
        size = QSize(min(1200, area.width() - 40), min(720, area.height() - 60))
        for shown in (light, window):
            shown.setWindowState(Qt.WindowState.WindowNoState)
            shown.setGeometry(QRect(area.topLeft() + QPoint(10, 30), size))
            shown.show()
        qtbot.waitUntil(light.was_painted)
        rows = [light.nav.visualItemRect(light.nav.item(i)) for i in range(light.nav.count())]
        assert rows == [window.nav.visualItemRect(window.nav.item(i)) for i in range(window.nav.count())]
        assert rows[0].height() == window.nav.visualItemRect(window.nav.item(0)).height() > 0
        for part_of in (lambda w: w.nav, lambda w: w.toolbar, lambda w: w.menuBar(), lambda w: w.dashboard):
            assert placed(light, part_of(light)) == placed(window, part_of(window))
        # every tile, label and chart of the Dashboard, in the order they were made
        light_parts = [placed(light, w) for w in light.dashboard.findChildren(QWidget) if w.isVisibleTo(light)]
        assert light_parts == [placed(window, w) for w in window.dashboard.findChildren(QWidget)
                               if w.isVisibleTo(window)]
        # and drawn the same: the left bar enabled as the main window's, icons, Alt+letters and all
        assert light.nav.isEnabled() and all(
            light.nav.item(i).flags() & Qt.ItemFlag.ItemIsEnabled for i in range(light.nav.count()))
        assert light.nav.viewport().cursor().shape() == Qt.CursorShape.BusyCursor  # it says: wait a moment
        for part_of in (lambda w: w.nav, lambda w: w.toolbar, lambda w: w.menuBar(), lambda w: w.dashboard):
            assert part_of(light).grab().toImage() == part_of(window).grab().toImage()
    finally:
        light.close()
        light.deleteLater()
        window.services.close()


def test_a_screen_and_an_action_chosen_in_the_light_window_are_done_once_the_main_window_is_there(
        hotel_file: Path, tmp_path: Path, qtbot: QtBot) -> None:
    from icdesk.ui.dialogs.request_form import RequestFormDialog
    from tests.gui_helpers import when_modal

    light, window = light_and_main(hotel_file, tmp_path, qtbot)
    try:
        light.show()
        qtbot.waitUntil(light.was_painted)
        feedback = next(i for i in range(light.nav.count())
                        if light.nav.item(i).data(Qt.ItemDataRole.UserRole) == "feedback")
        requests = next(i for i in range(light.nav.count())
                        if light.nav.item(i).data(Qt.ItemDataRole.UserRole) == "requests")
        for row in (feedback, requests):  # the last one clicked is the one shown
            qtbot.mouseClick(light.nav.viewport(), Qt.MouseButton.LeftButton,
                             pos=light.nav.visualItemRect(light.nav.item(row)).center())
        log = next(a for a in light.toolbar.actions() if a.text() == "Log a request")
        qtbot.mouseClick(light.toolbar.widgetForAction(log), Qt.MouseButton.LeftButton)
        assert window.current_screen_key() == "dashboard"  # not before the main window is there
        asked: list[str] = []

        def fill_in(dialog: QWidget) -> None:
            asked.append(type(dialog).__name__)
            dialog.close()

        errors = when_modal(fill_in, kind=RequestFormDialog)
        gone: list[bool] = []
        light.destroyed.connect(lambda *_: gone.append(True))
        assert light.hand_over_to(window)
        qtbot.waitUntil(lambda: bool(gone))  # closed once the main window has painted, then deleted
        assert window.isVisible()
        assert window.current_screen_key() == "requests"
        assert window.stack.currentWidget() is window.requests_screen
        qtbot.waitUntil(lambda: bool(asked) or bool(errors))
        assert (asked, errors) == (["RequestFormDialog"], [])
    finally:
        window.services.close()


def test_the_light_window_is_made_for_a_ready_file(hotel_file: Path, tmp_path: Path, qtbot: object) -> None:
    light = light_window(hotel_file, settings(tmp_path))
    assert light is not None
    qtbot.addWidget(light)  # type: ignore[attr-defined]
    light.show()
    assert light.dashboard.tiles["open"].value.text()
    assert light.windowTitle() == "icdesk \u2014 hotel.sqlite"


# -- when it goes light, and when not --------------------------------------------------------------
def test_a_server_address_a_missing_file_and_another_remembered_screen_go_the_full_way(
        hotel_file: Path, tmp_path: Path) -> None:
    assert light_window("postgresql://icdesk@localhost/hotel", settings(tmp_path)) is None
    assert light_window(tmp_path / "nothing-here.sqlite", settings(tmp_path)) is None
    assert light_window(hotel_file, settings(tmp_path, screen="requests")) is None


def test_a_file_in_use_goes_the_full_way_and_its_lock_is_not_taken(hotel_file: Path, tmp_path: Path) -> None:
    path = copy_of(hotel_file, tmp_path)
    lock = FileLock(path)
    lock.acquire()
    try:
        assert light_window(path, settings(tmp_path)) is None
        assert lock.held and lock.path.read_text(encoding="utf-8")  # still the holder's note
    finally:
        lock.release()
    assert light_window(path, settings(tmp_path)) is not None  # let go: light again


def test_an_older_file_an_empty_company_a_read_only_or_damaged_file_go_the_full_way(
        hotel_file: Path, tmp_path: Path, empty_data_file: Path) -> None:
    older = copy_of(hotel_file, tmp_path)
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0015'")  # to be upgraded first
    assert light_window(older, settings(tmp_path)) is None

    assert light_window(empty_data_file, settings(tmp_path)) is None  # no company: the welcome asks for it

    read_only = tmp_path / "read-only.sqlite"
    read_only.write_bytes(hotel_file.read_bytes())
    read_only.chmod(stat.S_IRUSR)
    try:
        assert light_window(read_only, settings(tmp_path)) is None
    finally:
        read_only.chmod(stat.S_IRUSR | stat.S_IWUSR)

    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(hotel_file.read_bytes())
    data[100:] = bytes(len(data) - 100)  # the header stays, the schema is gone
    damaged.write_bytes(bytes(data))
    assert light_window(damaged, settings(tmp_path)) is None

    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("not a database", encoding="utf-8")
    assert light_window(not_a_database, settings(tmp_path)) is None


# -- whole starts, as a person's ----------------------------------------------------------------------
# Runs run_gui on DB; notes whether the light window was built and what was loaded when its Dashboard
# was painted; once the main window is up, shows the Requests screen and prints what it holds.
# As icdesk.cli.main starts the window: the light start's read begun on its thread before Qt is imported
# ({early}: False reads on the window's thread, as light_window does without it); {first} runs before it.
START = """
import sys
{first}
from icdesk.cli import start_light_read
early = start_light_read({db!r}) if {early} else None
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from icdesk.app import create_application, run_gui
from icdesk.ui import light_start

app = create_application(sys.argv[:1])
seen = {{}}
Light = light_start.LightWindow
light_init = Light.__init__

def on_painted(window):
    seen["loaded"] = sorted(m for m in sys.modules if m == "sqlalchemy" or m.startswith(
        ("sqlalchemy.", "icdesk.db.engine", "icdesk.db.store", "icdesk.services.container", "icdesk.domain.models",
         "icdesk.ui.main_window")))
    seen["open"] = window.dashboard.tiles["open"].value.text()

def spying_init(self, *args):
    light_init(self, *args)
    seen["light"] = True
    self.painted.connect(lambda: on_painted(self))

Light.__init__ = spying_init

def when_ready():
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():  # the full way's question: say it, then close
            print("ASKED:", box.text())
            print("LIGHT:", seen.get("light", False))
            box.reject()
            return
    window = next((w for w in QApplication.topLevelWidgets() if hasattr(w, "show_screen") and w.isVisible()), None)
    if window is None or QThread.currentThread().loopLevel() != 1:
        return
    seen["ticks"] = seen.get("ticks", 0) + 1
    if any(isinstance(w, Light) and w.isVisible() for w in QApplication.topLevelWidgets()) and seen["ticks"] < 400:
        return  # the light window goes once the main window has painted
    timer.stop()
    window.show_screen("requests")
    app.processEvents()
    print("LIGHT:", seen.get("light", False))
    print("LOADED WHEN PAINTED:", seen.get("loaded"))
    print("OPEN ON THE LIGHT DASHBOARD:", seen.get("open"))
    print("OPEN ON THE DASHBOARD:", window.dashboard.tiles["open"].value.text())
    print("REQUEST ROWS:", window.requests_screen.model.rowCount())
    print("LIGHT WINDOWS SHOWN:", [w for w in QApplication.topLevelWidgets() if isinstance(w, Light) and w.isVisible()])
    app.quit()

timer = QTimer()
timer.timeout.connect(when_ready)
timer.start(5)
{before}
code = run_gui({db!r}, early)
print("EXIT:", code)
"""


def start(db: Path, tmp_path: Path, before: str = "", first: str = "", early: bool = True) -> str:
    return run_python(START.format(db=str(db), before=before, first=first, early=early),
                      XDG_CONFIG_HOME=str(tmp_path / "settings"), QT_QPA_PLATFORM="offscreen")


def test_a_ready_file_starts_light_without_sqlalchemy_then_every_screen_works(
        hotel_file: Path, tmp_path: Path) -> None:
    out = start(copy_of(hotel_file, tmp_path), tmp_path)
    assert "LIGHT: True" in out
    assert "LOADED WHEN PAINTED: []" in out  # no SQLAlchemy, no models, no services, no main window
    light_open = out.split("OPEN ON THE LIGHT DASHBOARD:")[1].splitlines()[0].strip()
    assert light_open and light_open == out.split("OPEN ON THE DASHBOARD:")[1].splitlines()[0].strip()
    rows = int(out.split("REQUEST ROWS:")[1].splitlines()[0])
    assert rows > 0  # the services are attached: the Requests screen reads its list
    assert "LIGHT WINDOWS SHOWN: []" in out
    assert "EXIT: 0" in out


def test_an_older_file_starts_the_full_way_and_is_upgraded(hotel_file: Path, tmp_path: Path) -> None:
    older = copy_of(hotel_file, tmp_path)
    with sqlite3.connect(older) as connection:
        as_0016_left_it(connection)
    out = start(older, tmp_path)
    assert "LIGHT: False" in out
    assert int(out.split("REQUEST ROWS:")[1].splitlines()[0]) > 0
    with sqlite3.connect(older) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.head_revision()


def test_a_file_taken_meanwhile_gets_the_full_way_s_question(hotel_file: Path, tmp_path: Path) -> None:
    """The light window is up; before the file is opened the usual way, another icdesk takes it: the
    person is told who has it, as on a full start, and closing the question ends the start."""
    path = copy_of(hotel_file, tmp_path)
    taken = ("from icdesk.db.lock import FileLock\n"
             "def take(self, *args):\n"
             "    spying_init(self, *args)\n"
             f"    self.taken = FileLock({str(path)!r})\n"
             "    self.taken.acquire()\n"
             "Light.__init__ = take\n")
    out = start(path, tmp_path, before=taken)
    assert "LIGHT: True" in out
    assert "is already open in" in out.split("ASKED:")[1]
    assert "EXIT: 2" in out


def test_the_dashboard_sql_loads_no_sqlalchemy() -> None:
    out = run_python("import sys\nimport icdesk.services.dashboard_sql, icdesk.db.peek, icdesk.ui.light_start\n"
                     "print('LOADED:', sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))\n",
                     QT_QPA_PLATFORM="offscreen")
    assert "LOADED: []" in out


if os.name != "posix":  # pragma: no cover - a read-only mark is a permission bit here
    test_an_older_file_an_empty_company_a_read_only_or_damaged_file_go_the_full_way = pytest.mark.skip(
        reason="permission bits")(test_an_older_file_an_empty_company_a_read_only_or_damaged_file_go_the_full_way)
