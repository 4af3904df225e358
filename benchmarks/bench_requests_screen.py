"""Time the Requests screen on the large file.

Targets (issue 4): the screen opens in under 1 s and a filter change answers in under 100 ms.
Run: python benchmarks/bench_requests_screen.py [--db big.sqlite]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import large_file, parser  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from icdesk.app import create_application, open_services  # noqa: E402
from icdesk.domain.enums import Priority  # noqa: E402
from icdesk.services import Services  # noqa: E402
from icdesk.ui.screens.requests import OPEN, RequestsScreen  # noqa: E402

Change = tuple[Callable[[], object], Callable[[], object]]  # (apply, undo)


def time_open(app: QApplication, services: Services, repeat: int) -> list[float]:
    """Seconds from building the Requests screen until it shows its first rows, ``repeat`` times."""
    opens = []
    for _ in range(repeat):
        started = time.perf_counter()
        screen = RequestsScreen(services)
        screen.resize(1280, 800)
        screen.show()
        app.processEvents()
        opens.append(time.perf_counter() - started)
        screen.close()
        screen.deleteLater()
    return opens


def search_now(screen: RequestsScreen, text: str) -> None:
    """Type ``text`` and search at once: the screen waits for typing to pause (search_delay_ms)
    before it searches, and that pause is not the search's time."""
    screen.search.setText(text)
    screen._search_timer.stop()
    screen.refresh()


def changes_of(screen: RequestsScreen) -> dict[str, Change]:
    provider = screen.provider.itemData(5)
    return {
        "status = open": (lambda: screen.status.setCurrentIndex(screen.status.findData(OPEN)),
                          lambda: screen.status.setCurrentIndex(0)),
        "overdue only": (lambda: screen.overdue.setChecked(True), lambda: screen.overdue.setChecked(False)),
        "provider": (lambda: screen.provider.setCurrentIndex(screen.provider.findData(provider)),
                     lambda: screen.provider.setCurrentIndex(0)),
        "priority = urgent": (lambda: screen.priority.setCurrentIndex(screen.priority.findData(Priority.URGENT)),
                              lambda: screen.priority.setCurrentIndex(0)),
        "search 'printer'": (lambda: search_now(screen, "printer"), lambda: search_now(screen, "")),
        "sort by title": (lambda: screen.table.sortByColumn(1, Qt.SortOrder.AscendingOrder),
                          lambda: screen.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)),
    }


def time_change(app: QApplication, screen: RequestsScreen, change: Change, runs: int) -> tuple[list[float], int]:
    """Seconds each run of ``change`` took until the screen showed its rows, and how many rows it left."""
    apply, undo = change
    times, rows = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        apply()
        app.processEvents()
        times.append(time.perf_counter() - started)
        rows = screen.request_model.total
        undo()
        app.processEvents()
    return times, rows


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    app = create_application([])
    services = open_services(large_file(args.db))
    total = services.requests.count()
    opens = time_open(app, services, args.repeat)
    screen = RequestsScreen(services)
    screen.show()
    app.processEvents()
    print(f"requests in file: {total}")
    print(f"open Requests screen: best {min(opens) * 1000:.0f} ms, median {statistics.median(opens) * 1000:.0f} ms"
          " (target < 1000 ms)")
    print("filter change (target < 100 ms): first time / median of the next runs, and the rows it leaves")
    for name, change in changes_of(screen).items():
        times, rows = time_change(app, screen, change, max(args.repeat, 5))
        print(f"  {name:<18} {times[0] * 1000:5.0f} ms / {statistics.median(times[1:]) * 1000:4.0f} ms"
              f"  -> {rows} rows")
    services.close()


if __name__ == "__main__":
    main()
