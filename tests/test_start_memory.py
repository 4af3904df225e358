"""Starting light: the window loads only what the screen on view needs, and what it loads later
costs no more than the module itself. Each check runs the window in a fresh interpreter, because
this test process has long imported everything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import demo_file

ROOT = Path(__file__).resolve().parent.parent


def run_window(db: Path, script: str, tmp_path: Path) -> str:
    """Open ``db`` in the main window offscreen, run ``script`` (``window``, ``app`` and ``sys`` at
    hand) and return what it printed."""
    code = ("import sys\nimport icdesk.services\nfrom PySide6.QtCore import QSettings\n"
            "from icdesk.app import create_application, open_services\n"
            "from icdesk.ui.main_window import MainWindow\n"
            "app = create_application(sys.argv[:1])\n"
            f"services = open_services({str(db)!r})\n"
            "window = MainWindow(services, settings=QSettings())\nwindow.show()\napp.processEvents()\n"
            f"{script}\nservices.close()\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
               QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "settings"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_module_imported_after_the_window_starts_has_its_source_left_unread(tmp_path: Path) -> None:
    """PySide6 6.12 read the whole source of every module imported after it to see whether it uses
    PySide6 (and kept it in linecache): megabytes and a moment per screen opened."""
    out = run_window(demo_file(tmp_path), "import linecache, tabnanny\n"
                     "print('READ:', any(name.endswith('tabnanny.py') for name in linecache.cache))", tmp_path)
    assert "READ: False" in out


def test_the_requests_screen_loads_no_pdf_library_until_something_is_printed(tmp_path: Path) -> None:
    out = run_window(demo_file(tmp_path), "window.show_screen('requests')\napp.processEvents()\n"
                     "print('ROWS:', window.screens['requests'].model.rowCount() > 0)\n"
                     "print('LOADED:', sorted({m for m in sys.modules if m.split('.')[0] in {'reportlab', 'PIL'}"
                     " or m in {'PySide6.QtPdf', 'PySide6.QtPdfWidgets', 'PySide6.QtPrintSupport'}}))", tmp_path)
    assert "ROWS: True" in out
    assert "LOADED: []" in out
