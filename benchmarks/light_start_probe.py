"""How fast a light start could be (issue 21), before anyone builds one: a measuring tool, not a row.

A light start would show the Dashboard filled from plain SQL on the stdlib ``sqlite3`` before
SQLAlchemy, the models and the services are imported, and load those after the window is idle.
This probe measures the cost of that path without the feature: the parent opens DB with the
services, records the Dashboard's statements as they reach SQLite and the figures they give; the
light child then starts as icdesk does (first frame), runs those statements on ``sqlite3``, builds
the real DashboardScreen on a stand-in for the services holding the recorded figures, in a window
shell with the left bar, menus and status bar, and reports when the event loop is idle. Measured in
turns with the bare window and today's start (benchmarks/startup_child.py).

Since built (app.light_window, ui/light_start.py, services/dashboard_sql.py): run_all's startup row
measures the real light start; this probe stays to compare a change of the light path with its floor.

python benchmarks/light_start_probe.py DB [--runs 7]   (DB: a copy, e.g. in run_all's --cache folder)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def record(db: str) -> dict[str, Any]:
    """The Dashboard's statements (with their parameters) and what the services made of them."""
    from sqlalchemy import event

    from icdesk.db.store import open_store
    from icdesk.services import Services

    services = Services(open_store(db, lock=False, read_only=True, check_pages=False))
    statements: list[tuple[str, list[Any]]] = []

    @event.listens_for(services.db.engine, "before_cursor_execute")
    def _noted(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK", "PRAGMA")):
            statements.append((statement, list(parameters)))

    company = services.company.get()
    figures, changes = services.reporting.dashboard(), services.network.dashboard_changes()
    recognitions = services.recognition.list(limit=8)
    departments = bool(services.departments.list())
    services.reporting.status_counts()
    services.close()
    plain = dict(vars(figures))
    moved = {k: v for k, v in vars(changes).items() if k != "months"}
    months = [{"month": m.month, "received": m.received, "with_target": m.with_target,
               "within_target": m.within_target, "ratings": m.ratings, "rating_sum": m.rating_sum}
              for m in changes.months]
    return {"statements": statements, "figures": plain, "changes": moved, "months": months,
            "company": [company.name, company.service_vision] if company else None, "departments": departments,
            "recognitions": [[r.given_on.isoformat(), r.award.value, r.to_name, r.message] for r in recognitions]}


def light(db: str, recorded_file: str) -> int:
    """The light path, as a person's start would run it; prints startup_child's report."""
    import startup_child as child
    from PySide6.QtCore import QThread, QTimer
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

    from icdesk.app import create_application
    from icdesk.ui.first_frame import FirstFrame, show_first_frame

    app = create_application(sys.argv[:1])
    noted: dict[str, float] = {}
    child.on_first_paint(FirstFrame, noted)
    frame = show_first_frame(db, None)
    import sqlite3

    recorded = json.loads(Path(recorded_file).read_text(encoding="utf-8"))
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    connection.execute("SELECT version_num FROM alembic_version").fetchall()
    for statement, parameters in recorded["statements"]:
        connection.execute(statement, parameters).fetchall()

    from icdesk.domain.enums import Award
    from icdesk.ui.icons import dress_navigation
    from icdesk.ui.screens.dashboard import DashboardScreen
    from icdesk.ui.screens.registry import SCREENS

    class Figures(SimpleNamespace):
        still_to_sign = property(lambda s: s.acknowledgements_missing + s.acknowledgements_outdated)
        share_within_target_30d = property(lambda s: s.within_target_30d / s.with_target_30d
                                           if s.with_target_30d else None)

    class Changes(SimpleNamespace):
        share_within_target_prev = property(lambda s: s.within_target_prev / s.with_target_prev
                                            if s.with_target_prev else None)

    class Month(SimpleNamespace):
        share_within_target = property(lambda s: s.within_target / s.with_target if s.with_target else None)
        average_rating = property(lambda s: s.rating_sum / s.ratings if s.ratings else None)

    class Quiet:  # no commits while the probe runs
        def subscribe(self, _listener: object) -> None: ...
        def unsubscribe(self, _listener: object) -> None: ...

    figures = Figures(**recorded["figures"])
    changes = Changes(**recorded["changes"], months=tuple(Month(**m) for m in recorded["months"]))
    company = recorded["company"]
    recognitions = [SimpleNamespace(given_on=dt.date.fromisoformat(d), award=Award(a), to_name=n, message=m)
                    for d, a, n, m in recorded["recognitions"]]
    stand_in = SimpleNamespace(
        db=Quiet(),
        company=SimpleNamespace(get=lambda: SimpleNamespace(name=company[0], service_vision=company[1])
                                if company else None),
        reporting=SimpleNamespace(dashboard=lambda: figures),
        network=SimpleNamespace(dashboard_changes=lambda: changes),
        recognition=SimpleNamespace(list=lambda limit=8: recognitions[:limit]),
        departments=SimpleNamespace(list=lambda: [1] if recorded["departments"] else []))

    class Shell(QMainWindow):
        screens: dict[str, QWidget] = {}  # what startup_child looks for in a main window

    window = Shell()
    nav = QListWidget()
    nav.addItems([spec.title for spec in SCREENS])
    dress_navigation(nav, window.addToolBar("tools"))
    stack = QStackedWidget()
    central = QWidget()
    row = QHBoxLayout(central)
    row.addWidget(nav)
    row.addWidget(stack, 1)
    window.setCentralWidget(central)
    dashboard = DashboardScreen(stand_in)  # type: ignore[arg-type]
    stack.addWidget(dashboard)
    for title in ("File", "Edit", "View", "Go", "Tools", "Help"):  # about as many actions as the window's
        menu = window.menuBar().addMenu(title)
        for n in range(7):
            menu.addAction(f"{title} {n}")
    window.statusBar().addWidget(QLabel(db), 1)
    frame.hand_over_to(window)

    def idle() -> None:
        if QThread.currentThread().loopLevel() != 1:
            return
        poll.stop()
        assert dashboard.tiles["open"].value.text(), "the Dashboard was not filled"
        assert "sqlalchemy" not in sys.modules, "the light path loaded SQLAlchemy"
        child.report(time.time() - child.T0, noted.get("painted", time.time() - child.T0))
        app.quit()

    poll = QTimer()
    poll.timeout.connect(idle)
    poll.start(0)
    return app.exec()


def _run(args: list[str]) -> dict[str, float]:
    from run_all import child_env

    with tempfile.TemporaryDirectory() as settings:
        env = child_env()
        env["XDG_CONFIG_HOME"] = settings
        env["ICDESK_BENCH_T0"] = repr(time.time())
        done = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--light":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return light(sys.argv[2], sys.argv[3])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        recorded = Path(folder) / "dashboard.json"
        recorded.write_text(json.dumps(record(options.db), default=str), encoding="utf-8")
        kinds = {"bare": [str(HERE / "startup_child.py"), "bare"],
                 "today": [str(HERE / "startup_child.py"), "icdesk", options.db],
                 "light": [str(Path(__file__).resolve()), "--light", options.db, str(recorded)]}
        runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
        for args in kinds.values():
            _run(args)  # compiles the modules and reads the file into the cache once
        for _ in range(options.runs):
            for kind, args in kinds.items():
                runs[kind].append(_run(args))
    bare = {key: statistics.median(r[key] for r in runs["bare"]) for key in ("idle_s", "painted_s", "cpu_s")}
    print("| start | idle (filled) | ratio | processor | ratio | peak |\n| --- | --- | --- | --- | --- | --- |")
    for kind, measured in runs.items():
        idle, cpu = (statistics.median(r[key] for r in measured) for key in ("idle_s", "cpu_s"))
        peak = statistics.median(r["peak_mib"] for r in measured)
        print(f"| {kind} | {idle:.2f} s | {idle / bare['idle_s']:.1f}× | {cpu:.2f} s | {cpu / bare['cpu_s']:.1f}× "
              f"| {peak:.0f} MiB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
