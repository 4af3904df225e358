"""Composition root of the desktop application: find the file, open it safely, show the window."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import icdesk.ui  # noqa: F401  before Qt: PySide6's import hook then reads no source (ui/pyside_imports.py)

# isort: split
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from icdesk import __version__
from icdesk.paths import DB_ENV, default_company, default_db_path, is_server_address, resource
from icdesk.ui.crash import install_exception_hooks
from icdesk.ui.first_frame import PAINT_WAIT_MS, FirstFrame, show_first_frame
from icdesk.ui.formatting import set_region, set_zone
from icdesk.ui.language import apply_language, chosen_language
from icdesk.ui.region import region_formats, system_region
from icdesk.ui.single_instance import InstanceServer, forward_to_running, serve_later_starts, serve_starts_while_opening
from icdesk.ui.theme import follow_system_scheme
from icdesk.ui.wheel_guard import guard_wheels

if TYPE_CHECKING:
    from icdesk.services import Services
    from icdesk.services.light_read import LightRead
    from icdesk.ui.light_start import LightWindow
    from icdesk.ui.main_window import MainWindow

# Everything that reads the database (SQLAlchemy, the models, the services, the dialogs that name
# its errors) is imported inside the functions that need it: the first frame (ui/first_frame.py) is
# on screen before any of it loads.


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("icdesk")
    app.setOrganizationName("icdesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    _ensure_font(app)
    set_region(region_formats(system_region()))  # dates and numbers as the person's region writes them
    follow_system_scheme(app)  # light or dark as the system is set, live
    guard_wheels(app)  # a wheel notch passing over a list box does not change it (ui/wheel_guard.py)
    apply_language(chosen_language())
    return app


def app_icon() -> QIcon:
    icon = QIcon(str(resource("icons", "icdesk.svg")))
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource("icons", f"icdesk-{size}.png")))
    return icon


def _ensure_font(app: QApplication) -> None:
    """A machine without fonts (a bare frozen build) would show empty boxes: use the bundled one."""
    if QFontDatabase.families():
        return
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "DejaVuSans.ttf")))
    QFontDatabase.addApplicationFont(str(resource("fonts", "DejaVuSans-Bold.ttf")))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if families:
        app.setFont(QFont(families[0], 10))


def open_services(path: Path | str, read_only: bool = False, take_over: bool = False,
                  check_pages: bool = True) -> Services:
    """Open a data file for the window, marked as in use; a missing default folder is created.
    A ``postgresql://`` address opens the company on that server instead (no file, no lock).

    ``take_over``: also when another computer's icdesk left it marked as in use (the person said so).
    ``check_pages=False``: the window reads every page once it is shown (MainWindow.check_pages).
    """
    from icdesk.db.store import open_store
    from icdesk.services import Services
    from icdesk.ui.upgrade_progress import showing_upgrade_progress

    if path == default_db_path() and not read_only:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    with showing_upgrade_progress():  # a large file's upgrade (0014) shows how far it is
        return Services(open_store(path, lock=not read_only, read_only=read_only, take_over=take_over,
                                   check_pages=check_pages))


def choose_start_file(db_path: Path | str | None, settings: QSettings) -> Path | str:
    import os

    if db_path is not None:
        return db_path
    if os.environ.get(DB_ENV):
        return default_company()
    last = str(settings.value("last_file", "", str) or "")
    if is_server_address(last):
        return last
    return Path(last) if last and Path(last).exists() else default_db_path()


def open_or_ask(path: Path | str, check_pages: bool = True) -> Services | None:
    """Open ``path``; if it cannot be used, say why and offer another file. None: the user gave up."""
    from icdesk.db.errors import (
        DamagedDataFileError,
        DataFileError,
        NetworkShareError,
        ReadOnlyDataFileError,
        ServerError,
        ServerLoginError,
    )
    from icdesk.db.lock import FileInUseError, LockedElsewhereError

    while True:
        try:
            return open_services(path, check_pages=check_pages)
        except DataFileError as error:
            # what is said and asked when a file cannot be used: loaded only then
            from icdesk.ui.dialogs.connect_server import ask_for_server
            from icdesk.ui.errors import localized
            from icdesk.ui.forms import tell

            if isinstance(error, ServerLoginError) and is_server_address(path):
                # the password is kept neither on this PC nor in pgpass: ask for it, as every time
                chosen = ask_for_server(QSettings(), address=str(path), reason=localized(error))
                if chosen:
                    path = chosen
                    continue
            box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("app", "Cannot open the data file"),
                              localized(error))
            box.setTextFormat(Qt.TextFormat.PlainText)  # it names the file, which may hold "<" or "&"
            read_only = restore = take_over = None
            if isinstance(error, LockedElsewhereError):
                take_over = box.addButton(QApplication.translate("app", "Take over"),
                                          QMessageBox.ButtonRole.DestructiveRole)
            if isinstance(error, FileInUseError | NetworkShareError | ReadOnlyDataFileError):
                read_only = box.addButton(QApplication.translate("app", "Open read-only"),
                                          QMessageBox.ButtonRole.YesRole)
            if isinstance(error, DamagedDataFileError):
                restore = box.addButton(QApplication.translate("app", "Restore from backup\u2026"),
                                        QMessageBox.ButtonRole.YesRole)
            server = box.addButton(QApplication.translate("app", "Connect to a server\u2026"),
                                   QMessageBox.ButtonRole.ActionRole) if isinstance(error, ServerError) else None
            other = box.addButton(QApplication.translate("app", "Open another file\u2026"),
                                  QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if restore is not None and box.clickedButton() is restore and isinstance(path, Path):
                restore_damaged(path)
                continue
            if take_over is not None and box.clickedButton() is take_over:
                try:
                    return open_services(path, take_over=True)
                except DataFileError as again:
                    tell(None, QApplication.translate("app", "Cannot open the data file"), localized(again))
                    continue
            if read_only is not None and box.clickedButton() is read_only:
                try:
                    return open_services(path, read_only=True)
                except DataFileError as again:
                    tell(None, QApplication.translate("app", "Cannot open the data file"), localized(again))
                    continue
            if server is not None and box.clickedButton() is server:
                path = ask_for_server(QSettings(), address=str(path)) or path  # cancelled: try the same again
                continue
            if box.clickedButton() is not other:
                return None
            chosen, _ = QFileDialog.getOpenFileName(None, QApplication.translate("app", "Open data file"),
                                                    str(path.parent) if isinstance(path, Path) else "",
                                                    "icdesk (*.sqlite);;* (*)")
            if not chosen:
                return None
            path = Path(chosen)


def restore_damaged(path: Path) -> None:
    """Put a backup in place of a file that cannot be opened; the damaged file is kept as it is."""
    from icdesk.domain.errors import DomainError
    from icdesk.services.backups import backups_of, restore_from_backup
    from icdesk.ui.dialogs.restore import RestoreDialog
    from icdesk.ui.errors import localized
    from icdesk.ui.forms import tell

    dialog = RestoreDialog(backups_of(path))
    backup = dialog.chosen() if dialog.exec() else None
    if backup is None:
        return
    try:
        kept = restore_from_backup(path, backup)
    except DomainError as error:
        tell(None, QApplication.translate("app", "Restore failed"), localized(error))
        return
    tell(None, QApplication.translate("app", "Restored"), QApplication.translate(
        "app", "The backup is back in place. The damaged file is kept as it was, as {kept}.").format(
            kept=kept.name if kept else "\u2013"),
         QMessageBox.Icon.Information)


def light_window(start_file: Path | str, settings: QSettings, early: LightRead | None = None) -> LightWindow | None:
    """The light start's window (ui/light_start.py), its Dashboard read with the stdlib sqlite3 alone;
    None when this start must go the full way: a server, a file that is missing, older (to upgrade),
    in use, read-only, damaged or without a company yet, a start on another screen than the
    Dashboard, or anything unexpected here. The full way then says what is wrong, as before.

    ``early``: the read of ``start_file`` begun on a thread before Qt was loaded (cli.main, run_gui);
    without it the read is made now. Either way it has ended, its connection closed, when this returns."""
    if is_server_address(start_file) or str(settings.value("screen", "dashboard")) != "dashboard":
        if early is not None:
            early.abandon()  # read for nothing: closed before the full way opens the file
        return None
    try:
        from icdesk.db.lock import real_path
        from icdesk.services.dashboard_sql import zone_of
        from icdesk.services.light_read import LightRead

        if early is None or early.target != Path(start_file):
            if early is not None:
                early.abandon()
            early = LightRead.start(Path(start_file))
        # the connection is closed before this returns: before the full way opens the file (and may
        # replace it with a backup); an error of the read is raised here and caught below, as ever
        shown = early.result()
        if shown is None:
            return None
        from icdesk.ui.light_start import LightWindow

        set_zone(zone_of(shown.company.time_zone))  # the main window sets the same zone when it is built
        path = real_path(Path(start_file))
        return LightWindow(path.name, str(path), shown)
    except Exception:  # the light start is a shortcut: whatever goes wrong here, the full way
        return None


def start_light_read(start_file: Path | str, settings: QSettings) -> LightRead | None:
    """The light start's read of ``start_file`` begun on a thread, for a start that may go light (a local
    file, the Dashboard remembered); None otherwise, or when no thread could be started."""
    if is_server_address(start_file) or str(settings.value("screen", "dashboard")) != "dashboard":
        return None
    from icdesk.services.light_read import LightRead

    try:
        return LightRead.start(Path(start_file))
    except RuntimeError:  # no thread to be had: light_window reads on this one, as before
        return None


class _Started:
    """What the start has opened, for run_gui to close whatever happens."""

    def __init__(self) -> None:
        self.services: Services | None = None
        self.window: MainWindow | None = None
        self.failed: BaseException | None = None
        self.attaching = False
        self.listening: InstanceServer | None = None  # for later starts, from the first frame on

    def close(self) -> None:
        if self.window is not None:  # today's backup ends, the file is closed and its lock given back
            self.window.finish_daily_backup()
            self.window.services.close()
        elif self.services is not None:
            self.services.close()


GAVE_UP, CLOSED = 2, 0  # how a start ends without a window: no file opened / the person closed it


def _open_window(start_file: Path | str, settings: QSettings, shown: FirstFrame | LightWindow,
                 started: _Started) -> int | None:
    """Open the file the full way, build the main window on it and put it in ``shown``'s place, then
    the start's questions and background work. None when shown, else how the program ends: the
    person gave up on opening a file (GAVE_UP) or closed ``shown`` while it was opened (CLOSED)."""
    from icdesk.ui.main_window import MainWindow

    started.services = open_or_ask(start_file, check_pages=False)  # checked once shown
    if started.services is None:
        shown.close()
        return GAVE_UP
    window = started.window = MainWindow(started.services, opener=open_services, settings=settings)
    if not shown.hand_over_to(window):  # in its place; the frame (or the light window) goes once it is painted
        return CLOSED  # the file is closed and its lock given back as run_gui ends
    serve_later_starts(window, started.listening)
    linecache.clearcache()  # the sources PySide6's import hook read at start-up (see ui/screens/lazy.py)
    window.show_welcome_if_new()
    window.ask_who_is_working()
    window.auto_backup()
    window.check_pages()
    return None


def run_gui(db_path: Path | str | None = None, early: LightRead | None = None) -> int:
    """The window on ``db_path`` (or the remembered file). ``early``: the light start's read of that file,
    begun by cli.main before Qt was imported (services/light_read.py); ended here whatever happens."""
    try:
        app = create_application()
        install_exception_hooks()
        settings = QSettings()
        start_file = choose_start_file(db_path, settings)
        if early is None or early.target != Path(start_file):
            if early is not None:
                early.abandon()
            # known only now (the remembered file): read while the first frame is made and painted
            early = start_light_read(start_file, settings)
        if forward_to_running(start_file, sys.argv[1:]):
            return 0  # a window of this person has the file open: it has come forward instead
        frame = show_first_frame(start_file, settings.value("geometry"))  # before the database code loads
        return _start(app, start_file, settings, frame, early)
    finally:  # nothing of the read is left open, whichever way the start went
        if early is not None:
            early.abandon()


def _start(app: QApplication, start_file: Path | str, settings: QSettings, frame: FirstFrame,
           early: LightRead | None) -> int:
    started = _Started()
    started.listening = serve_starts_while_opening(frame, start_file)
    try:
        light = light_window(start_file, settings, early)  # the read has ended, its connection closed
        if light is None:  # the full way, as every start went before the light one
            ended = _open_window(start_file, settings, frame, started)
            return ended if ended is not None else app.exec()
        if not frame.hand_over_to(light):
            return CLOSED
        started.listening.window = light

        def attach() -> None:
            """Once the light window is drawn and the loop idle: the file opened as always, the main
            window in its place (the opening holds the loop: before the paint, the person would
            have gone on looking at the first frame)."""
            if started.attaching:
                return
            started.attaching = True
            try:
                ended = _open_window(start_file, settings, light, started)
                if ended is not None:
                    app.exit(ended)
            except BaseException as error:  # raised from run_gui below, as the full way's would be
                started.failed = error
                light.close()
                app.exit(1)

        if light.was_painted():  # the hand-over waits for the light window's first paint
            QTimer.singleShot(0, attach)
        else:
            light.painted.connect(lambda: QTimer.singleShot(0, attach))
        QTimer.singleShot(PAINT_WAIT_MS, attach)  # a desktop slow to map the window does not delay the rest
        code = app.exec()
        if started.failed is not None:
            raise started.failed
        return code
    finally:  # whatever happened, today's backup ends, the file is closed and its lock given back
        started.close()
