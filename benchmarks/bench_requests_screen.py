"""Time the Requests screen on the large file.

Targets (issue 4): the screen opens in under 1 s and a filter change answers in under 100 ms.
Run: python benchmarks/bench_requests_screen.py [--db big.sqlite]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import large_file, parser  # noqa: E402

from icdesk.app import create_application, open_services  # noqa: E402
from icdesk.domain.enums import Priority  # noqa: E402
from icdesk.ui.screens.requests import OPEN, RequestsScreen  # noqa: E402


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    app = create_application([])
    services = open_services(large_file(args.db))
    total = services.requests.count()
    opens = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        screen = RequestsScreen(services)
        screen.resize(1280, 800)
        screen.show()
        app.processEvents()
        opens.append(time.perf_counter() - started)
        screen.close()
        screen.deleteLater()
    screen = RequestsScreen(services)
    screen.show()
    app.processEvents()
    provider = screen.provider.itemData(5)
    changes = {  # (apply, undo)
        "status = open": (lambda: screen.status.setCurrentIndex(screen.status.findData(OPEN)),
                          lambda: screen.status.setCurrentIndex(0)),
        "overdue only": (lambda: screen.overdue.setChecked(True), lambda: screen.overdue.setChecked(False)),
        "provider": (lambda: screen.provider.setCurrentIndex(screen.provider.findData(provider)),
                     lambda: screen.provider.setCurrentIndex(0)),
        "priority = urgent": (lambda: screen.priority.setCurrentIndex(screen.priority.findData(Priority.URGENT)),
                              lambda: screen.priority.setCurrentIndex(0)),
        "search 'printer'": (lambda: screen.search.setText("printer"), lambda: screen.search.clear()),
    }
    print(f"requests in file: {total}")
    print(f"open Requests screen: best {min(opens) * 1000:.0f} ms, median {statistics.median(opens) * 1000:.0f} ms"
          " (target < 1000 ms)")
    print("filter change (target < 100 ms): first time / median of the next runs, and the rows it leaves")
    for name, (apply, undo) in changes.items():
        times = []
        for _ in range(max(args.repeat, 5)):
            started = time.perf_counter()
            apply()
            app.processEvents()
            times.append(time.perf_counter() - started)
            rows = screen.request_model.total
            undo()
            app.processEvents()
        print(f"  {name:<18} {times[0] * 1000:5.0f} ms / {statistics.median(times[1:]) * 1000:4.0f} ms"
              f"  -> {rows} rows")
    services.close()


if __name__ == "__main__":
    main()
