"""Composition root of the desktop application: find the file, open it safely, show the window."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import icdesk.ui  # noqa: F401  before Qt: PySide6's import hook then reads no source (ui/pyside_imports.py)

# isort: split
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from icdesk import __version__
from icdesk.paths import DB_ENV, default_company, default_db_path, is_server_address, resource
from icdesk.ui.crash import install_exception_hooks
from icdesk.ui.first_frame import show_first_frame
from icdesk.ui.formatting import set_region
from icdesk.ui.language import apply_language, chosen_language
from icdesk.ui.region import region_formats, system_region
from icdesk.ui.single_instance import forward_to_running, serve_later_starts
from icdesk.ui.theme import follow_system_scheme

if TYPE_CHECKING:
    from icdesk.services import Services

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
    from icdesk.db.errors import DamagedDataFileError, DataFileError, NetworkShareError, ServerError, ServerLoginError
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
            if isinstance(error, FileInUseError | NetworkShareError):
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


def run_gui(db_path: Path | str | None = None) -> int:
    app = create_application()
    install_exception_hooks()
    settings = QSettings()
    start_file = choose_start_file(db_path, settings)
    if forward_to_running(start_file, sys.argv[1:]):
        return 0  # a window of this person has the file open: it has come forward instead
    frame = show_first_frame(start_file, settings.value("geometry"))  # before the database code loads
    from icdesk.ui.main_window import MainWindow

    services = open_or_ask(start_file, check_pages=False)  # checked once shown
    if services is None:
        frame.close()
        return 2
    window: MainWindow | None = None
    try:
        window = MainWindow(services, opener=open_services, settings=settings)
        serve_later_starts(window)
        frame.hand_over_to(window)  # shown in the frame's place, the frame gone
        linecache.clearcache()  # the sources PySide6's import hook read at start-up (see ui/screens/lazy.py)
        window.show_welcome_if_new()
        window.ask_who_is_working()
        window.auto_backup()
        window.check_pages()
        return app.exec()
    finally:  # whatever happened, today's backup ends, the file is closed and its lock given back
        if window is not None:
            window.finish_daily_backup()
        (window.services if window is not None else services).close()
