"""Run by rows_startup.py in a fresh interpreter: start a window, wait until it is idle, report.

python benchmarks/startup_child.py bare|icdesk [DB] [--visit] [--with-orm]
Prints one JSON line: seconds from the parent's launch (ICDESK_BENCH_T0) until the first window was
painted (``painted_s``: icdesk's first frame, ui/first_frame.py; the bare window's table), until the
window was shown and the event loop idle (``idle_s``: icdesk's main window, its first screen filled, or
on a ready local file the light start's window with the Dashboard filled, ui/light_start.py),
the processor seconds the process used until idle, and the peak resident memory in MiB (after
visiting every screen with --visit; the bare window with --with-orm has SQLAlchemy's ORM and icdesk's
mapped models loaded first, the share of the memory that comes with the database layer alone).
icdesk starts as ``icdesk --db DB`` does (cli.main: the light start's read begun before Qt is
imported, then app.run_gui), daily backup included.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

T0 = float(os.environ.get("ICDESK_BENCH_T0", time.time()))


def _peak_kib() -> int | None:
    """This process's own peak resident size (VmHWM). ru_maxrss is not enough: after fork and exec
    it keeps the parent's peak, so a benchmark parent that grew first (run_all's list rows) showed
    as the peak of every child, the bare window's too."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def report(idle_s: float, painted_s: float, usage: resource.struct_rusage | None = None,
           peak_kib: int | None = None) -> None:
    usage = usage or resource.getrusage(resource.RUSAGE_SELF)
    peak = (peak_kib or _peak_kib() or usage.ru_maxrss) / 1024  # KiB on Linux
    cpu = usage.ru_utime + usage.ru_stime  # processor time used: less swayed by a busy machine than idle_s
    print(json.dumps({"idle_s": idle_s, "painted_s": painted_s, "peak_mib": peak, "cpu_s": cpu}), flush=True)


def on_first_paint(widget_class: type, noted: dict[str, float]) -> None:
    """Note when a widget of ``widget_class`` is first painted (the person sees a window)."""
    paint = widget_class.paintEvent  # type: ignore[attr-defined]

    def noting(self: object, event: object) -> None:
        paint(self, event)
        noted.setdefault("painted", time.time() - T0)

    widget_class.paintEvent = noting  # type: ignore[attr-defined]


def bare(with_orm: bool = False) -> int:
    if with_orm:
        from sqlalchemy.orm import configure_mappers

        import icdesk.domain.models  # noqa: F401  the mapped classes, as the window's services have them

        configure_mappers()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    noted: dict[str, float] = {}

    class Table(QTableView):
        pass

    on_first_paint(Table, noted)  # the table covers the whole window: its paint is the window's
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = Table()
    view.setModel(QStandardItemModel(0, 8))
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()

    at_idle: list[resource.struct_rusage] = []
    peak_at_idle: list[int | None] = []

    def idle() -> None:
        if not at_idle:  # processor time and memory as at idle, as measured before the paint was
            noted["idle"] = time.time() - T0
            at_idle.append(resource.getrusage(resource.RUSAGE_SELF))
            peak_at_idle.append(_peak_kib())
        if "painted" not in noted and time.time() - T0 < noted["idle"] + 5:
            return  # idle comes first: the window system asks for the paint on the next turn
        poll.stop()
        report(noted["idle"], noted.get("painted", noted["idle"]), at_idle[0], peak_at_idle[0])
        app.quit()

    poll = QTimer()
    poll.timeout.connect(idle)
    poll.start(0)
    return app.exec()


def icdesk(db: str, visit: bool) -> int:
    # as icdesk.cli.main starts the window: the light start's read on its thread, Qt, the database code
    # once the first frame is up
    from icdesk.cli import start_light_read

    early = start_light_read(db)
    from PySide6.QtCore import QThread, QTimer
    from PySide6.QtWidgets import QApplication

    from icdesk.app import create_application, run_gui
    from icdesk.ui.first_frame import FirstFrame

    app = create_application(sys.argv[:1])
    state: dict[str, float] = {}
    on_first_paint(FirstFrame, state)

    def idle() -> None:
        # run_gui waits for the frame's paint in a loop of its own: idle is the application's own loop
        # with the main window shown (its first screen filled when it was built)
        # on a ready local file that is the light start's window (ui/light_start.py), its Dashboard filled
        # from plain SQL; visiting every screen waits for the main window that takes its place
        window = next((w for w in QApplication.topLevelWidgets() if hasattr(w, "screens") and w.isVisible()
                       and (not visit or hasattr(w, "show_screen"))), None)
        if window is None or QThread.currentThread().loopLevel() != 1:
            return
        poll.stop()
        state["idle"] = time.time() - T0
        if visit:
            for key in list(window.screens):
                window.show_screen(key)
                app.processEvents()
        report(state["idle"], state.get("painted", state["idle"]))
        app.quit()

    poll = QTimer()
    poll.timeout.connect(idle)
    poll.start(0)
    return run_gui(db, early)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1] == "bare":
        return bare("--with-orm" in sys.argv)
    return icdesk(sys.argv[2], "--visit" in sys.argv)


if __name__ == "__main__":
    sys.exit(main())
