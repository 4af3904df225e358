"""Composition root of the desktop application: find the file, open it safely, show the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from icdesk import __version__
from icdesk.db.errors import DamagedDataFileError, DataFileError, NetworkShareError
from icdesk.db.lock import FileInUseError, LockedElsewhereError
from icdesk.db.server import is_server_address
from icdesk.db.store import open_store
from icdesk.domain.errors import DomainError
from icdesk.paths import DB_ENV, default_company, default_db_path, resource
from icdesk.services import Services
from icdesk.services.backups import backups_of, restore_from_backup
from icdesk.ui.crash import install_exception_hooks
from icdesk.ui.errors import localized
from icdesk.ui.forms import tell
from icdesk.ui.language import apply_language, chosen_language
from icdesk.ui.theme import follow_system_scheme


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("icdesk")
    app.setOrganizationName("icdesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    _ensure_font(app)
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


def open_services(path: Path | str, read_only: bool = False, take_over: bool = False) -> Services:
    """Open a data file for the window, marked as in use; a missing default folder is created.
    A ``postgresql://`` address opens the company on that server instead (no file, no lock).

    ``take_over``: also when another computer's icdesk left it marked as in use (the person said so).
    """
    if path == default_db_path() and not read_only:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    return Services(open_store(path, lock=not read_only, read_only=read_only, take_over=take_over))


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


def open_or_ask(path: Path | str) -> Services | None:
    """Open ``path``; if it cannot be used, say why and offer another file. None: the user gave up."""
    while True:
        try:
            return open_services(path)
        except DataFileError as error:
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
    from icdesk.ui.dialogs.restore import RestoreDialog

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
    from icdesk.ui.main_window import MainWindow

    app = create_application()
    install_exception_hooks()
    settings = QSettings()
    services = open_or_ask(choose_start_file(db_path, settings))
    if services is None:
        return 2
    window: MainWindow | None = None
    try:
        window = MainWindow(services, opener=open_services, settings=settings)
        window.show()
        window.show_welcome_if_new()
        window.auto_backup()
        return app.exec()
    finally:  # whatever happened, the file is closed and its lock given back
        (window.services if window is not None else services).close()
