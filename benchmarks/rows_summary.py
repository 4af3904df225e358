"""Rows of run_all.py: the service summary, the dashboard and the scorecard's figures beside plain SQL.

Issue 21's target: the service summary PDF for one year within 1 s at a million requests. The floor
is the least plain SQL (sqlite3, same file, same run) that counts what the summary's department
table shows from the requests: per department the requests logged in the period, and those
resolved, with a target and within it (two grouped aggregates over the period's index ranges; no
medians, months, ratings or breakdowns). The whole process (``icdesk report summary``) is measured
beside ``python -c`` running the same aggregates; it includes the check of every page on opening
(``PRAGMA quick_check``), shown on a row of its own.

Run alone: python benchmarks/rows_summary.py --db FILE [--repeat 5]
run_all.py imports it and calls measure(db_path, requests).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row  # noqa: E402
from rows_lists import median_of  # noqa: E402
from run_all import child_env  # noqa: E402

FLOOR_SQL = (
    "SELECT provider_id, count(*) FROM requests WHERE created_at >= :lo AND created_at < :hi GROUP BY provider_id",
    "SELECT provider_id, count(*), count(resolution_due_at), sum(resolved_at <= resolution_due_at) FROM requests "
    "WHERE resolved_at >= :lo AND resolved_at < :hi GROUP BY provider_id",
)
FLOOR_PROCESS = ("import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); "
                 "[db.execute(q, {'lo': sys.argv[2], 'hi': sys.argv[3]}).fetchall() for q in sys.argv[4:]]")


def year() -> tuple[date, date]:
    """A year up to today, as rows_lists measures it: cut days at both ends, whole months between."""
    end = date.today() + timedelta(days=1)
    return end - timedelta(days=366), end


def _in_turns(repeat: int, ours: Callable[[], object], theirs: Callable[[], object]) -> tuple[float, float]:
    """Both measured in turns, so a busy moment of the shared machine falls on both alike."""
    a, b = [], []
    for _ in range(repeat):
        a.append(median_of(1, ours))
        b.append(median_of(1, theirs))
    return statistics.median(a), statistics.median(b)


def measure(db_path: Path, requests: int, repeat: int = 5) -> list[Row]:
    from icdesk.db.store import open_data_file
    from icdesk.reports.registry import ReportSpec, build_report
    from icdesk.services import Services

    start, end = year()
    services = Services(open_data_file(db_path, read_only=True))  # the shared benchmark file: nothing written
    floor = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    bounds = {"lo": start.isoformat(), "hi": end.isoformat()}  # stored instants are UTC text: dates compare

    def floor_sql() -> object:
        return [floor.execute(q, bounds).fetchall() for q in FLOOR_SQL]

    out: list[Row] = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "summary.pdf"
            spec = ReportSpec(kind="summary", start=start, end=end)
            build_report(services, spec, pdf)  # fonts, modules and pages read once
            ours, theirs = _in_turns(repeat, lambda: build_report(services, spec, pdf), floor_sql)
            out.append(Row("Service summary PDF, one year, in the program", ours, theirs, "s", "≤ 1 s at 1M"))
            ours, theirs = _in_turns(repeat, lambda: services.reporting.summary(start, end), floor_sql)
            out.append(Row("Service summary figures, one year (reporting.summary)", ours * 1000, theirs * 1000,
                           "ms", "≤ 1 s at 1M"))
            command = [sys.executable, "-m", "icdesk", "--db", str(db_path), "report", "summary", "--from",
                       start.isoformat(), "--to", end.isoformat(), "--out", str(pdf)]
            floor_command = [sys.executable, "-c", FLOOR_PROCESS, str(db_path), bounds["lo"], bounds["hi"], *FLOOR_SQL]
            ours, theirs = _in_turns(max(3, repeat // 2), lambda: _run(command), lambda: _run(floor_command))
            out.append(Row("icdesk report summary, one year (whole process)", ours, theirs, "s", "—"))
            check = median_of(max(1, repeat // 2), lambda: floor.execute("PRAGMA quick_check(1)").fetchone())
            out.append(Row("… of which the page check on opening (quick_check)", check, 0.0, "s", "—"))
        department = services.departments.list()[0].id
        dept = {**bounds, "d": department}
        one = [q.replace("WHERE", "WHERE provider_id = :d AND") for q in FLOOR_SQL]
        ours, theirs = _in_turns(repeat, lambda: (services.reporting.summary(start, end, [department]),
                                                  services.reporting.as_customer(department, start, end)),
                                 lambda: [floor.execute(q, dept).fetchall() for q in one])
        out.append(Row("Scorecard figures, one department, one year", ours * 1000, theirs * 1000, "ms", "≤ 2×"))
        since = (date.today() - timedelta(days=30)).isoformat()
        ours, theirs = _in_turns(repeat, services.reporting.dashboard, lambda: (
            floor.execute("SELECT count(*) FROM requests WHERE status IN ('new', 'in_progress', 'waiting')").fetchone(),
            floor.execute("SELECT count(*), count(resolution_due_at), sum(resolved_at <= resolution_due_at) "
                          "FROM requests WHERE resolved_at >= ?", (since,)).fetchone()))
        out.append(Row("Dashboard figures", ours * 1000, theirs * 1000, "ms", "≤ 2×"))
    finally:
        services.close()
        floor.close()
    return out


def _run(command: list[str]) -> None:
    subprocess.run(command, env=child_env(), stdout=subprocess.DEVNULL, check=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", type=Path, required=True, help="a large data file (icdesk demo --requests 100000)")
    p.add_argument("--repeat", type=int, default=5, help="runs per measurement; the median is reported")
    args = p.parse_args()
    from run_all import table

    print(table(measure(args.db, 0, args.repeat)))


if __name__ == "__main__":
    main()
