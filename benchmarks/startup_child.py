"""Run by rows_startup.py in a fresh interpreter: start a window, wait until it is idle, report.

python benchmarks/startup_child.py bare|icdesk [DB] [--visit]
Prints one JSON line: seconds from the parent's launch (ICDESK_BENCH_T0) until the window was shown
and the event loop idle, the processor seconds the process used until then, and the peak resident
memory in MiB (after visiting every screen with --visit). icdesk starts as ``icdesk --db DB`` does
(app.run_gui), daily backup included.
"""

from __future__ import annotations

import importlib
import json
import os
import resource
import sys
import time

T0 = float(os.environ.get("ICDESK_BENCH_T0", time.time()))


def report(idle_s: float) -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak = usage.ru_maxrss / 1024  # KiB on Linux
    cpu = usage.ru_utime + usage.ru_stime  # processor time used: less swayed by a busy machine than idle_s
    print(json.dumps({"idle_s": idle_s, "peak_mib": peak, "cpu_s": cpu}), flush=True)


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTableView()
    view.setModel(QStandardItemModel(0, 8))
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()

    def idle() -> None:
        report(time.time() - T0)
        app.quit()

    QTimer.singleShot(0, idle)
    return app.exec()


def icdesk(db: str, visit: bool) -> int:
    importlib.import_module("icdesk.services")  # before Qt, as icdesk.cli.main does (see there why)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from icdesk.app import create_application, run_gui

    app = create_application(sys.argv[:1])
    state: dict[str, float] = {}

    def idle() -> None:
        state["idle"] = time.time() - T0
        if not visit:
            report(state["idle"])
            app.quit()
            return
        window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "screens"))
        for key in list(window.screens):
            window.show_screen(key)
            app.processEvents()
        report(state["idle"])
        app.quit()

    QTimer.singleShot(0, idle)
    return run_gui(db)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1] == "bare":
        return bare()
    return icdesk(sys.argv[2], "--visit" in sys.argv)


if __name__ == "__main__":
    sys.exit(main())
