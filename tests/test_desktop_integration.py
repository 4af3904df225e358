"""icdesk as a desktop starts it: a data file given on the command line, a second start that brings
the window forward, the Linux menu entry and file type."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from icdesk.cli import main
from icdesk.services import Services
from tests.gui_helpers import answer_message_box, when_modal

ROOT = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What the window would have been opened on (the window itself is not started)."""
    calls: list[object] = []
    monkeypatch.setattr("icdesk.app.run_gui", lambda db=None, early=None: calls.append(db) or 0)
    return calls


def test_a_data_file_given_alone_opens_in_the_window(tmp_path: Path, started: list[object],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    existing = tmp_path / "Hotel Aurora.sqlite"
    existing.write_bytes(b"")
    assert run(capsys, str(existing))[0] == 0
    assert run(capsys, str(tmp_path / "new company.sqlite"))[0] == 0  # a new file: by its suffix
    named_oddly = tmp_path / "hotel.data"  # any name, as long as the file is there
    named_oddly.write_bytes(b"")
    assert run(capsys, str(named_oddly))[0] == 0
    assert started == [existing, tmp_path / "new company.sqlite", named_oddly]


def test_a_file_before_a_command_is_the_file_it_works_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "hotel.sqlite")
    assert run(capsys, db, "demo", "--requests", "10")[0] == 0
    code, out, _ = run(capsys, db, "info")
    assert code == 0 and "hotel.sqlite" in out


def test_commands_win_over_files_and_a_typo_is_still_a_typo(tmp_path: Path, started: list[object],
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "info").write_bytes(b"")  # a file called like a command
    monkeypatch.setenv("ICDESK_DB", str(tmp_path / "missing.sqlite"))
    code, _, err = run(capsys, "info")
    assert code != 0 and "missing.sqlite" in err  # the command ran, on the default file
    code, _, err = run(capsys, "infos")
    assert code == 2 and "invalid choice" in err
    assert run(capsys, "./info")[0] == 0 and started == [Path("./info")]


def start_again(qtbot: QtBot, services: Services, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """icdesk started once more on the open file, in a process of its own, as a second double-click."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    second = subprocess.Popen([sys.executable, "-m", "icdesk", str(services.db.path)], env=env, cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
    finally:
        if second.poll() is None:
            second.kill()
    out, err = second.communicate()
    return subprocess.CompletedProcess(second.args, second.returncode, out, err)


def test_a_second_start_on_the_open_file_brings_the_window_forward(qtbot: QtBot, services: Services,
                                                                   tmp_path: Path) -> None:
    from icdesk.ui.main_window import MainWindow
    from icdesk.ui.single_instance import serve_later_starts

    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    serve_later_starts(window)
    window.show()
    window.showMinimized()
    done = start_again(qtbot, services, tmp_path)
    assert done.returncode == 0, done
    qtbot.waitUntil(lambda: "already open here" in window.statusBar().currentMessage())
    assert not window.isMinimized()


def test_a_start_on_a_file_no_window_has_open_opens_it_here(services: Services, tmp_path: Path) -> None:
    from icdesk.ui.single_instance import forward_to_running

    assert not forward_to_running(tmp_path / "other.sqlite")


def test_a_start_on_a_file_the_window_has_left_says_so_and_opens_it_when_asked(
        qtbot: QtBot, services: Services, tmp_path: Path, empty_data_file: Path) -> None:
    from icdesk.app import open_services
    from icdesk.ui.main_window import MainWindow
    from icdesk.ui.single_instance import serve_later_starts

    other = tmp_path / "other.sqlite"
    shutil.copyfile(empty_data_file, other)
    window = MainWindow(services, opener=open_services, settings=QSettings())
    qtbot.addWidget(window)
    server = serve_later_starts(window)
    said: list[str] = []

    def answer(box: object) -> None:
        said.append(box.text())  # type: ignore[attr-defined]
        answer_message_box("Open it here")(box)  # type: ignore[arg-type]

    from icdesk.ui.dialogs.welcome import WelcomeDialog

    errors = when_modal(answer)
    welcome_errors = when_modal(lambda dialog: dialog.close(), kind=WelcomeDialog)  # the other file is new
    server.file_requested.emit(str(other.resolve()), [])
    qtbot.waitUntil(lambda: window.services.db.path == other.resolve())
    assert errors == [] and welcome_errors == []
    assert str(other.resolve()) in said[0] and "this window has" in said[0]
    assert server.location == str(other.resolve())  # a later start on it finds this window
    window.services.close()


def test_install_desktop_adds_the_menu_entry_and_the_file_type(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    code, out, _ = run(capsys, "install-desktop")
    assert code == 0
    entry = (tmp_path / "applications" / "icdesk.desktop").read_text(encoding="utf-8")
    assert f"Exec={sys.executable} -m icdesk %f" in entry and "MimeType=application/x-icdesk;" in entry
    assert (tmp_path / "icons" / "hicolor" / "48x48" / "apps" / "icdesk.png").exists()
    assert (tmp_path / "mime" / "packages" / "icdesk.xml").exists()
    if shutil.which("update-mime-database"):  # the desktop's own tool read the file type
        globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-icdesk:*.sqlite" in globs
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(tmp_path / "applications" / "icdesk.desktop")],
                              capture_output=True).returncode == 0


def test_a_file_opened_from_the_finder_opens_in_the_window(qtbot: QtBot, services: Services, tmp_path: Path,
                                                          empty_data_file: Path) -> None:
    """macOS sends a double-clicked file to the running application as an event."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from icdesk.app import open_services
    from icdesk.ui.dialogs.welcome import WelcomeDialog
    from icdesk.ui.main_window import MainWindow
    from icdesk.ui.single_instance import serve_later_starts

    other = tmp_path / "other.sqlite"
    shutil.copyfile(empty_data_file, other)
    window = MainWindow(services, opener=open_services, settings=QSettings())
    qtbot.addWidget(window)
    server = serve_later_starts(window)
    errors = when_modal(lambda dialog: dialog.close(), kind=WelcomeDialog)  # the other file is new
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(other)))
    qtbot.waitUntil(lambda: window.services.db.path == other.resolve())
    assert errors == []
    window.services.close()
    server.server.close()


def test_a_second_start_while_the_file_is_still_opening_brings_the_first_window_forward(
        qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    """An impatient double-click: the second start comes while the first still shows its first frame.
    It is brought forward instead of the second start finding the file "in use" by the first; the
    main window then takes over the same listening."""
    from PySide6.QtWidgets import QMainWindow

    from icdesk.ui.main_window import MainWindow
    from icdesk.ui.single_instance import serve_later_starts, serve_starts_while_opening

    assert services.db.path is not None
    frame = QMainWindow()
    qtbot.addWidget(frame)
    listening = serve_starts_while_opening(frame, services.db.path)
    frame.show()
    frame.showMinimized()
    done = start_again(qtbot, services, tmp_path)
    assert done.returncode == 0, done
    assert not frame.isMinimized()
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    assert serve_later_starts(window, listening) is listening
    window.show()
    window.showMinimized()
    done = start_again(qtbot, services, tmp_path)
    assert done.returncode == 0, done
    qtbot.waitUntil(lambda: "already open here" in window.statusBar().currentMessage())
    assert not window.isMinimized()


def test_a_start_on_another_file_while_a_form_is_open_leaves_the_form_its_file(
        qtbot: QtBot, services: Services, tmp_path: Path, empty_data_file: Path) -> None:
    """A request typed in a form, then icdesk started on another file and "Open it here": the form
    saved into the file the window had let go of."""
    from icdesk.app import open_services
    from icdesk.ui.dialogs.request_form import RequestFormDialog
    from icdesk.ui.main_window import MainWindow
    from icdesk.ui.single_instance import serve_later_starts

    other = tmp_path / "other.sqlite"
    shutil.copyfile(empty_data_file, other)
    window = MainWindow(services, opener=open_services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    server = serve_later_starts(window)
    form = RequestFormDialog(services, parent=window)
    qtbot.addWidget(form)
    form.setModal(True)
    form.show()
    qtbot.waitUntil(lambda: form.isVisible())
    server.file_requested.emit(str(other.resolve()), [])
    assert window.services is services and window.services.db.path != other.resolve()
    assert "finish or close the open window first" in window.statusBar().currentMessage()
    form.dirty = False
    form.reject()
