"""``icdesk --self-check``: proves an installed or frozen icdesk has everything it needs.

Each step prints one line; the exit code is 0 only if every step passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CYRILLIC = "Кухня – Cucina – Keittiö"
STANDARD = "Заказы из зала: perché, ñandú, äiti"


def _migrations(folder: Path) -> str:
    from icdesk.db import migrate
    from icdesk.db.store import open_data_file

    db = open_data_file(folder / "self-check.sqlite")
    with db.engine.connect() as connection:
        revision = migrate.current_revision(connection)
    db.close()
    if revision != migrate.head_revision():
        raise RuntimeError(f"schema at {revision}, expected {migrate.head_revision()}")
    return f"new data file built by the migrations (revision {revision})"


def _records(folder: Path) -> str:
    from icdesk.db.store import open_data_file
    from icdesk.domain.enums import PersonKind, RevisionKind
    from icdesk.services import Services
    from icdesk.services.standards import StandardContent

    services = Services(open_data_file(folder / "self-check.sqlite"))
    try:
        services.company.save("Hôtel Åurora – Гостиница")
        kitchen = services.departments.create(CYRILLIC)
        draft = services.standards.create(kitchen.id, StandardContent(
            title=STANDARD, steps=["Проверить заказ", "Comprobar alérgenos"], first_response_minutes=15,
            resolution_minutes=60))
        manager = services.people.create("Ålessandro Ferrari", kind=PersonKind.OWNER)
        services.standards.submit(draft.id, manager.id)
        services.standards.approve(draft.id, manager.id, RevisionKind.MAJOR, publish=True)
        names = [d.name for d in services.departments.list()]
    finally:
        services.close()
    if names != [CYRILLIC]:
        raise RuntimeError(f"read back {names!r}")
    return "department and standard with Cyrillic and accented text saved and read back"


def _handbook(folder: Path) -> str:
    from icdesk.db.store import open_data_file
    from icdesk.reports.registry import ReportSpec, build_report
    from icdesk.services import Services

    services = Services(open_data_file(folder / "self-check.sqlite"))
    try:
        out = build_report(services, ReportSpec("handbook"), folder / "handbook.pdf")
    finally:
        services.close()
    data = out.read_bytes()
    if not data.startswith(b"%PDF") or b"DejaVuSans" not in data:
        raise RuntimeError("the PDF was written without the bundled font")
    return f"SOP handbook PDF written with the bundled font ({len(data) // 1024} KB)"


def _window(folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from icdesk.app import create_application, open_services
    from icdesk.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    services = open_services(folder / "self-check.sqlite")
    window = MainWindow(services, settings=QSettings())
    window.show()
    app.processEvents()
    shown = window.isVisible() and window.dashboard.heading.text() == "Hôtel Åurora – Гостиница"
    window.close()
    services.close()
    if not shown:
        raise RuntimeError("the main window did not show the company")
    return f"main window opened and closed ({app.platformName()} platform)"


STEPS: list[tuple[str, Callable[[Path], str]]] = [
    ("migrations", _migrations),
    ("unicode data", _records),
    ("handbook PDF", _handbook),
    ("main window", _window),
]


def run() -> int:
    from icdesk import __version__

    print(f"icdesk {__version__} self-check")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="icdesk-self-check-") as tmp:
        folder = Path(tmp)
        for name, step in STEPS:
            started = time.perf_counter()
            try:
                detail = step(folder)
            except Exception as error:  # noqa: BLE001 - every failure is reported, none is hidden
                failed += 1
                print(f"FAIL {name}: {type(error).__name__}: {error}")
            else:
                print(f"PASS {name}: {detail} [{time.perf_counter() - started:.1f} s]")
    print("self-check passed" if not failed else f"self-check FAILED ({failed} of {len(STEPS)} steps)")
    return 0 if not failed else 1
