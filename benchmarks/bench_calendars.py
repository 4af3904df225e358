"""Time a calendar change that recomputes the due times of 100,000 open requests.

Target (issue 18): changing a calendar recomputes the due times of open requests in one
transaction, 100,000 of them in at most 10 s. The file is the large benchmark file with every
request reopened (in progress) and every department on office hours with Italy's holidays, so a
new company closure moves the due times of all of them. The floor, measured in the same run, is
the bare UPDATE of the same rows with the same values, computed beforehand: the difference is what
reading the requests and their pauses and counting in working time cost.
Run: python benchmarks/bench_calendars.py [--db big.sqlite] [--repeat 3]
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, large_file, parser  # noqa: E402
from sqlalchemy import select  # noqa: E402

from icdesk.db.store import open_data_file  # noqa: E402
from icdesk.domain.calendar import Closure  # noqa: E402
from icdesk.domain.models import Request  # noqa: E402
from icdesk.services import Services  # noqa: E402
from icdesk.services.calendars import recompute_due_times, write_due_times  # noqa: E402

TARGET_S = 10.0


def open_file(path: Path) -> Path:
    """The large file with every request open and every department on office hours."""
    target = path.with_name(path.stem + "-open.sqlite")
    if target.exists():
        return target
    shutil.copyfile(path, target)
    services = Services(open_data_file(target))  # upgrades the file if it was made before calendars
    services.close()
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("UPDATE requests SET status = 'in_progress', resolved_at = NULL, closed_at = NULL, "
                     "cancelled_at = NULL, service_seconds = NULL, waiting_since = NULL")
        conn.execute("UPDATE departments SET always_open = 0, holiday_country = 'IT'")
        conn.execute("DELETE FROM working_hours")
        conn.executemany("INSERT INTO working_hours (department_id, weekday, start_minute, end_minute) "
                         "SELECT id, ?, 540, 1020 FROM departments", [(d,) for d in range(5)])
    conn.close()
    return target


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    path = open_file(large_file(args.db))
    services = Services(open_data_file(path))
    department = services.departments.list()[0].id
    info = services.calendars.get(department)
    with services.db.reading() as s:
        count = len(s.scalars(select(Request.id).where(Request.status == "in_progress")).all())
    closures = iter(range(1, 1000))

    def change() -> None:  # a new company closure: every department's open requests move
        day = date(2026, 1, 1).toordinal() + next(closures)
        closure = Closure(date.fromordinal(day), date.fromordinal(day), 13 * 60, 24 * 60, "bench", True)
        services.calendars.save(department, type(info.draft)(**{**vars(info.draft), "closures": (closure,)}))

    measured = best_of(args.repeat, change)
    with services.db.transaction() as s:  # the same values, computed once, for the floor
        captured: list[list[dict[str, object]]] = []
        import icdesk.services.calendars as module

        original = module.write_due_times
        module.write_due_times = lambda session, values: captured.append(values)  # type: ignore[assignment]
        try:
            recompute_due_times(s, services.ctx.sla)
        finally:
            module.write_due_times = original
    values = captured[0]

    def bare_update() -> None:
        with services.db.transaction() as s:
            write_due_times(s, values)  # type: ignore[arg-type]

    floor = best_of(args.repeat, bare_update)
    started = time.perf_counter()
    services.calendars.recompute()
    print(f"open requests: {count:,}")
    print(f"calendar change, due times recomputed: {measured:.2f} s   target <= {TARGET_S:.0f} s   "
          f"floor (bare UPDATE of the same rows) {floor:.2f} s   ratio {measured / floor:.1f}x   "
          f"{'OK' if measured <= TARGET_S else 'TOO SLOW'}")
    print(f"(recompute alone, no calendar written: {time.perf_counter() - started:.2f} s)")
    services.close()


if __name__ == "__main__":
    main()
