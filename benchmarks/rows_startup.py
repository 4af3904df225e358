"""Rows of run_all.py: start-up, the first start of the day, icdesk info, peak memory and building
the demo file, each against its floor measured in the same run (creating a request: rows_create.py).

Start-up and memory are whole processes (benchmarks/startup_child.py): from launch until the first
window is painted (icdesk's first frame) and until the main window is shown, its first screen filled
and the event loop idle, against a bare PySide6 window with a QTableView.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import BUILT_SECONDS, Row
from run_all import child_env

HERE = Path(__file__).resolve().parent
CHILD = HERE / "startup_child.py"
RUNS = 5


def _child(*args: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as settings:  # as on a first start: the Dashboard, default geometry
        env = child_env()
        env["XDG_CONFIG_HOME"] = settings
        env["ICDESK_BENCH_T0"] = repr(time.time())
        done = subprocess.run([sys.executable, str(CHILD), *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:  # say why, rather than a bare "returned non-zero exit status"
        sys.stderr.write(done.stderr)
        raise RuntimeError(f"startup_child.py {' '.join(args)} ended with {done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _wall(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=child_env(), stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def _forget_todays_backup(db: Path) -> None:
    """As on the first start of a day: no daily backup made today yet."""
    folder = db.with_name(f"{db.stem}-backups")
    for backup in folder.glob(f"{db.stem}.*.daily.sqlite") if folder.is_dir() else []:
        backup.unlink()


def _peak_of(runs: list[dict[str, float]], run: dict[str, float]) -> float:
    """The run's peak memory; the whole report is kept in ``runs`` (its start-up time is a row too)."""
    runs.append(run)
    return run["peak_mib"]


def _noted(runs: list[dict[str, float]], run: dict[str, float]) -> float:
    """The run's start-up time; the whole report is kept in ``runs`` (its peak memory is a row too)."""
    runs.append(run)
    return run["idle_s"]


def _medians(first: Callable[[], float], second: Callable[[], float], runs: int = RUNS,
             before: Callable[[], None] = lambda: None) -> tuple[float, float]:
    """Both measured in turns, so a busy moment of the machine falls on both alike."""
    a, b = [], []
    for _ in range(runs):
        before()
        a.append(first())
        b.append(second())
    return statistics.median(a), statistics.median(b)


def measure(db_path: Path, requests: int) -> list[Row]:
    rows: list[Row] = []
    if requests in BUILT_SECONDS:
        rows.append(Row(f"icdesk demo --requests {requests:,} (built for this run)", BUILT_SECONDS[requests], 0.0,
                        "s", "≤ 120 s at 1M"))
    db = str(db_path)
    _child("bare"), _child("icdesk", db)  # compiles the modules and reads the file into the cache once
    mine: list[dict[str, float]] = []
    theirs: list[dict[str, float]] = []
    icdesk, bare = _medians(lambda: _noted(mine, _child("icdesk", db)), lambda: _noted(theirs, _child("bare")))
    # what a person sees first: icdesk's first frame (ui/first_frame.py), the bare window's table; the
    # target stays on the filled window below
    rows.append(Row("start-up to the first window on screen (painted; vs the bare window's first paint)",
                    statistics.median(r["painted_s"] for r in mine), statistics.median(r["painted_s"] for r in theirs),
                    "s", "\u2013"))
    rows.append(Row("start-up to an idle window, first screen filled (vs a bare window with a QTableView)", icdesk,
                    bare, "s", "≤ 3×"))
    rows.append(Row("processor time to an idle window (vs the bare window)",
                    statistics.median(r["cpu_s"] for r in mine), statistics.median(r["cpu_s"] for r in theirs),
                    "s", "≤ 3×"))
    rows.append(Row("peak memory at start-up, first screen only (vs the bare window)",
                    statistics.median(r["peak_mib"] for r in mine), statistics.median(r["peak_mib"] for r in theirs),
                    "MiB", "≤ 2×"))
    first, bare = _medians(lambda: _child("icdesk", db)["idle_s"], lambda: _child("bare")["idle_s"], runs=3,
                           before=lambda: _forget_todays_backup(db_path))
    rows.append(Row("first start of the day (daily backup due)", first, bare, "s", "≤ 3×"))
    info, floor = _medians(lambda: _wall([sys.executable, "-m", "icdesk", "--db", db, "info"]),
                           lambda: _wall([sys.executable, "-c", "import sqlite3"]))
    rows.append(Row("icdesk info (vs python -c \"import sqlite3\")", info * 1000, floor * 1000, "ms", "≤ 3×"))
    visits: list[dict[str, float]] = []
    bare_visits: list[dict[str, float]] = []
    peak, bare_peak = _medians(lambda: _peak_of(visits, _child("icdesk", db, "--visit")),
                               lambda: _peak_of(bare_visits, _child("bare")), runs=3)
    # the light start's window is filled and idle first; the main window, every button working,
    # takes its place once the file is opened the full way (the visiting runs wait for it)
    rows.append(Row("start-up to the main window in place, every action working (vs the bare window)",
                    statistics.median(v["idle_s"] for v in visits), statistics.median(v["idle_s"] for v in bare_visits),
                    "s", "—"))
    rows.append(Row("peak memory, every screen visited (vs the bare window)", peak, bare_peak, "MiB", "≤ 2×"))
    # what the stack costs before any of icdesk's screens: the same bare window once SQLAlchemy's ORM
    # and the mapped models are loaded (information: it tells how much of the ratio is left to the screens)
    stack = statistics.median(_child("bare", "--with-orm")["peak_mib"] for _ in range(3))
    rows.append(Row("peak memory, bare window + SQLAlchemy ORM and the models (vs the bare window)", stack,
                    bare_peak, "MiB", "\u2013"))
    return rows
