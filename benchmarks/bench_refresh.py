"""Time a save until the screen on view shows it, on the 100,000-request file.

Target (groundwork issue): a save -> the visible screen updated in at most 50 ms. The floor is
the same save made through the services with no window listening, measured in the same run:
the difference is what the change notification and the screen's refresh cost.
Run: python benchmarks/bench_refresh.py [--db big.sqlite] [--repeat 20]
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import large_file, parser  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from icdesk.app import create_application, open_services  # noqa: E402
from icdesk.db.store import open_data_file  # noqa: E402
from icdesk.services import Services  # noqa: E402
from icdesk.services.acknowledgements import AckDraft  # noqa: E402
from icdesk.ui.main_window import MainWindow  # noqa: E402

TARGET_MS = 50.0


def median_ms(repeat: int, action: Callable[[], object], settle: Callable[[], object] = lambda: None) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        settle()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    repeat = max(args.repeat, 10)
    app = create_application([])
    path = large_file(args.db)
    bare = Services(open_data_file(path))  # no window listens to this one
    request_ids = itertools.cycle([r.id for r in bare.requests.list(limit=200)])
    department = bare.departments.list()[0]
    # one acknowledgement recorded, then taken back by the next save, and so on: one commit per
    # save, and the file ends as it began (the dashboard's "still to sign" and the grid follow it)
    person, version = next((c.person_id, c.version_id) for c in bare.acknowledgements.matrix().cells.values()
                           if c.state.value != "current")
    recorded: list[int] = []

    def acknowledge(s: Services) -> None:
        if recorded:
            s.acknowledgements.withdraw(recorded.pop())
        else:
            recorded.append(s.acknowledgements.record(AckDraft(person, version)).id)

    saves: dict[str, Callable[[Services], object]] = {
        "note on a request": lambda s: s.requests.add_note(next(request_ids), "benchmark note"),
        "department renamed": lambda s: s.departments.update(department.id, department.name,
                                                             f"edited {time.perf_counter()}"),
        "acknowledgement": acknowledge,
    }
    floors = {name: median_ms(repeat, lambda save=save: save(bare)) for name, save in saves.items()}
    bare.close()

    services = open_services(path)
    window = MainWindow(services, settings=QSettings())
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    print(f"requests in file: {services.requests.count()}")
    print(f"save -> screen on view updated (target <= {TARGET_MS:.0f} ms); floor = the same save, no window")
    worst = 0.0
    for key in ("requests", "dashboard", "organisation", "feedback", "standards", "acknowledgements", "training",
                "loop"):
        window.show_screen(key)
        app.processEvents()
        for name, save in saves.items():
            figure = median_ms(repeat, lambda save=save: save(services), app.processEvents)
            floor = floors[name]
            worst = max(worst, figure)
            print(f"  {key:<16} {name:<20} {figure:6.1f} ms   floor {floor:5.1f} ms   ratio {figure / floor:4.1f}x")
    print(f"slowest: {worst:.1f} ms ({'within' if worst <= TARGET_MS else 'OVER'} the {TARGET_MS:.0f} ms target)")
    if recorded:
        services.acknowledgements.withdraw(recorded.pop())
    services.close()


if __name__ == "__main__":
    main()
