"""The light start's read begun on a thread as soon as the file is known (services/light_read.py, issue 21):
the Dashboard it reads is the services' own; a file that turns out not ready for the light start starts
the full way as before, with nothing of the read left open; an error of the read goes the way it went
when the read ran on the window's thread."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from icdesk.app import light_window
from icdesk.db.lock import FileLock
from icdesk.db.peek import open_for_light_start
from icdesk.db.store import open_data_file
from icdesk.services import Services, light_read
from icdesk.services.dashboard_sql import light_dashboard
from icdesk.services.light_read import LightRead
from tests.helpers import as_0016_left_it, demo_file
from tests.test_light_start import start

NOW = datetime.now(UTC)
READ_THREAD = "icdesk light read"


@pytest.fixture(scope="module")
def hotel_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example hotel in a closed file (made once: the tests only read it, or copy it)."""
    return demo_file(tmp_path_factory.mktemp("light-read"))


def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_handles(path: Path) -> list[str]:
    """What this process holds open of ``path`` (its -wal and -shm too). Where there is no /proc, the
    deletion in ``left_free`` is the check (an open file cannot be deleted on Windows)."""
    folder = Path("/proc/self/fd")
    if not folder.is_dir():  # pragma: no cover - Linux has it
        return []
    found = []
    for fd in os.listdir(folder):
        try:
            target = os.readlink(folder / fd)
        except OSError:  # closed meanwhile (the listing's own)
            continue
        if target.startswith(str(path.resolve())):
            found.append(target)
    return found


def left_free(path: Path, delete: bool = True) -> None:
    """Nothing of the read is left: no thread, nothing open; the file takes a writer and its lock, and can
    be deleted."""
    assert not [t for t in threading.enumerate() if t.name == READ_THREAD]
    assert open_handles(path) == []
    # timeout 0: a lock left behind fails at once
    with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as connection:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("CREATE TABLE written_after (x)")
        connection.rollback()
    lock = FileLock(path)
    lock.acquire()
    lock.release()
    if delete:
        path.unlink()
        assert not path.exists()


# -- the same figures ------------------------------------------------------------------------------
def test_the_read_on_its_thread_gives_the_services_figures(hotel_file: Path) -> None:
    read = LightRead.start(hotel_file, clock=lambda: NOW)
    shown = read.result()
    assert shown is not None
    services = Services(open_data_file(hotel_file, read_only=True), clock=lambda: NOW)
    try:
        assert shown.figures == services.reporting.dashboard()
        assert shown.changes == services.network.dashboard_changes()
        assert shown.recognitions == services.recognition.list(limit=8)
        assert shown.company == services.company.get()
        assert shown.any_department == bool(services.departments.list())
    finally:
        services.close()
    # and what the light start read on the window's thread before
    connection = open_for_light_start(hotel_file)
    assert connection is not None
    try:
        assert light_dashboard(connection, NOW) == shown
    finally:
        connection.close()
    assert shown.figures.open_requests and shown.changes.missed_30d, "the example has figures to compare"
    left_free(hotel_file, delete=False)  # (the other tests read it too)


def test_the_light_window_shows_the_read_begun_before(hotel_file: Path, tmp_path: Path, qtbot: object) -> None:
    path = copy_of(hotel_file, tmp_path)
    early = LightRead.start(path)
    light = light_window(path, settings(tmp_path), early)
    assert light is not None
    qtbot.addWidget(light)  # type: ignore[attr-defined]
    light.show()
    assert light.dashboard.heading.text() == "Hotel Aurora"
    assert light.dashboard.tiles["open"].value.text()
    light.close()
    left_free(path)


# -- not ready: nothing left behind --------------------------------------------------------------------
def copy_of(hotel_file: Path, folder: Path) -> Path:
    """A copy of the example; the copying connections closed (a ``with`` block only commits)."""
    copy = folder / "hotel.sqlite"
    with closing(sqlite3.connect(hotel_file)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    return copy


def _older(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        as_0016_left_it(connection)


def _read_only(path: Path) -> None:
    path.chmod(stat.S_IRUSR)


@pytest.mark.parametrize("make", [_older, _read_only], ids=["to-upgrade", "read-only"])
def test_a_file_not_ready_is_left_as_it_was(make: object, hotel_file: Path, tmp_path: Path) -> None:
    path = copy_of(hotel_file, tmp_path)
    make(path)  # type: ignore[operator]
    before = path.read_bytes()
    read = LightRead.start(path)
    assert read.result() is None  # the full way, which says or does what it always did
    assert light_window(path, settings(tmp_path), LightRead.start(path)) is None
    assert path.read_bytes() == before
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    left_free(path)


def test_a_file_in_use_is_read_without_its_lock(hotel_file: Path, tmp_path: Path) -> None:
    path = copy_of(hotel_file, tmp_path)
    lock = FileLock(path)
    lock.acquire()
    try:
        assert LightRead.start(path).result() is None
        assert lock.held and lock.path.read_text(encoding="utf-8")  # still the holder's note
    finally:
        lock.release()
    left_free(path)


def test_a_read_given_up_midway_closes_its_connection(hotel_file: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The start went the full way while the read was under way (its connection open): ``abandon`` stops
    it before its next statement and returns once the file is closed; nothing of it is shown."""
    path = copy_of(hotel_file, tmp_path)
    statements: list[str] = []

    def traced(target: Path) -> sqlite3.Connection | None:
        connection = open_for_light_start(target)
        assert connection is not None
        connection.set_trace_callback(statements.append)
        return connection

    monkeypatch.setattr(light_read, "open_for_light_start", traced)
    opened = threading.Event()
    read: LightRead | None = None

    def clock() -> datetime:  # asked with the connection open, before the first statement
        opened.set()
        while read is None or not read._given_up():
            threading.Event().wait(0.001)
        return NOW

    read = LightRead.start(path, clock=clock)
    assert opened.wait(60)
    read.abandon()
    assert not read.running()
    assert read.result() is None  # the interrupted read is not an error of the start's
    read.abandon()  # again: nothing to do
    assert statements == []  # given up before the Dashboard's first statement
    left_free(path)


# -- an error of the read ----------------------------------------------------------------------------
@pytest.fixture
def failing_read(monkeypatch: pytest.MonkeyPatch) -> Iterator[RuntimeError]:
    error = RuntimeError("the read failed")

    def failing(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr(light_read, "light_dashboard", failing)
    yield error


def test_an_error_on_the_thread_is_raised_where_the_figures_are_taken(
        failing_read: RuntimeError, hotel_file: Path, tmp_path: Path) -> None:
    path = copy_of(hotel_file, tmp_path)
    read = LightRead.start(path)
    with pytest.raises(RuntimeError) as raised:
        read.result()
    assert raised.value is failing_read
    # the light window catches it and the start goes the full way, as when the read ran on its own thread
    assert light_window(path, settings(tmp_path), LightRead.start(path)) is None
    assert light_window(path, settings(tmp_path)) is None
    left_free(path)


# -- whole starts --------------------------------------------------------------------------------------
# Notes, when the full way opens the file, what the process still holds of it and whether the read's
# thread is alive (in the light start that is the main window's opening, after the light window).
AT_THE_FULL_WAY = """
import os, threading
import icdesk.app as started_app
full_way = started_app._open_window

def noting(*args, **kwargs):
    fds = "/proc/self/fd"
    held = []
    for fd in (os.listdir(fds) if os.path.isdir(fds) else []):
        try:
            held.append(os.readlink(os.path.join(fds, fd)))
        except OSError:
            pass
    print("HELD AT THE FULL WAY:", sorted(h for h in held if h.startswith({db!r})))
    print("READING AT THE FULL WAY:", [t.name for t in threading.enumerate() if t.name == "icdesk light read"])
    return full_way(*args, **kwargs)

started_app._open_window = noting
"""


def whole_start(path: Path, tmp_path: Path, early: bool, first: str = "") -> str:
    out = start(path, tmp_path, before=AT_THE_FULL_WAY.format(db=str(path.resolve())), first=first, early=early)
    for line in ("HELD AT THE FULL WAY: []", "READING AT THE FULL WAY: []"):
        assert line in out, out
    return out


def what_the_person_sees(out: str, path: Path) -> list[str]:
    """The question asked, whether it went light, the rows listed, how it ended (the file's folder and
    digits aside: the time and process a lock's note names)."""
    return [re.sub(r"\d", "#", line.replace(str(path.parent), "FOLDER")) for line in out.splitlines()
            if line.startswith(("ASKED:", "LIGHT:", "EXIT:", "REQUEST ROWS:"))]


def copy_for(hotel_file: Path, tmp_path: Path, early: bool) -> Path:
    folder = tmp_path / ("early" if early else "on-the-window-s-thread")
    folder.mkdir()
    return copy_of(hotel_file, folder)


def _taken(path: Path) -> FileLock:
    lock = FileLock(path)
    lock.acquire()
    return lock


@pytest.mark.parametrize("kind", ["to-upgrade", "in-use", "read-only"])
def test_a_start_on_a_file_not_ready_goes_the_full_way_as_before(kind: str, hotel_file: Path, tmp_path: Path) -> None:
    seen = []
    for early in (True, False):  # with the read begun before Qt, and as the light start read before it
        path = copy_for(hotel_file, tmp_path, early)
        lock = None
        if kind == "to-upgrade":
            _older(path)
        elif kind == "in-use":
            lock = _taken(path)
        else:
            _read_only(path)
        try:
            out = whole_start(path, path.parent, early)
        finally:
            if lock is not None:
                lock.release()
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
        seen.append(what_the_person_sees(out, path))
        assert "LIGHT: False" in out
        left_free(path)
        if kind == "to-upgrade":  # upgraded, the Requests listed
            assert "EXIT: 0" in out and int(out.split("REQUEST ROWS:")[1].splitlines()[0]) > 0
        else:  # the full way's question: who has the file, or that it is read-only
            assert "EXIT: 2" in out and "ASKED: " in out
    assert seen[0] == seen[1]


def test_a_start_on_another_screen_gives_up_the_read(hotel_file: Path, tmp_path: Path) -> None:
    path = copy_of(hotel_file, tmp_path)
    config = tmp_path / "settings" / "icdesk"
    config.mkdir(parents=True)
    (config / "icdesk.conf").write_text("[General]\nscreen=requests\n", encoding="utf-8")
    out = whole_start(path, tmp_path, early=True)
    assert "LIGHT: False" in out and "EXIT: 0" in out
    assert int(out.split("REQUEST ROWS:")[1].splitlines()[0]) > 0
    left_free(path)


def test_an_error_of_the_read_starts_the_full_way_as_before(hotel_file: Path, tmp_path: Path) -> None:
    broken = ("import icdesk.services.light_read as read\n"
              "def broken(*args, **kwargs):\n"
              "    raise RuntimeError('the read failed')\n"
              "read.light_dashboard = broken\n")
    seen = []
    for early in (True, False):
        path = copy_for(hotel_file, tmp_path, early)
        out = whole_start(path, path.parent, early, first=broken)
        assert "LIGHT: False" in out and "EXIT: 0" in out
        assert out.split("OPEN ON THE DASHBOARD:")[1].splitlines()[0].strip()  # the main window's figures
        seen.append(what_the_person_sees(out, path))
        left_free(path)
    assert seen[0] == seen[1]
