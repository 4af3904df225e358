"""Composition root of the desktop application: find the file, open it safely, show the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from icdesk import __version__
from icdesk.db.errors import DataFileError
from icdesk.db.store import open_data_file
from icdesk.paths import default_db_path
from icdesk.services import Services


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("icdesk")
    app.setOrganizationName("icdesk")
    app.setApplicationVersion(__version__)
    return app


def open_services(path: Path) -> Services:
    path.parent.mkdir(parents=True, exist_ok=True)
    return Services(open_data_file(path))


def run_gui(db_path: Path | None = None) -> int:
    from icdesk.ui.main_window import MainWindow

    app = create_application()
    path = db_path or default_db_path()
    try:
        services = open_services(path)
    except DataFileError as exc:
        QMessageBox.critical(None, app.translate("app", "Cannot open the data file"), str(exc))
        return 2
    window = MainWindow(services)
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
