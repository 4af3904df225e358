"""Rows of run_all.py: building the example company (``icdesk demo``) against its floor.

The floor is what any writer of the same data pays at least: a plain executemany of as many rows of
the same width into an empty file (the requests, then about four history lines per request), one
transaction, no indexes, no Python beyond handing the driver ready tuples.

The demo is built once per run, at the size asked: when run_all built the benchmark file in this run
its time is used (building a million twice would take minutes); otherwise a fresh file is built in
the temp folder and removed. CPU seconds are the child's, so a busy machine shows in wall time only.

Run alone: python benchmarks/run_all.py --requests 100000 --only demo
"""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from common import BUILT_SECONDS, Row
from run_all import child_env

EVENTS_PER_REQUEST = 4  # created, in progress, resolved, closed: what most requests of the demo have


def _build(requests: int, folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds of ``icdesk demo`` at the benchmark's shape, through the command line."""
    path = folder / "demo.sqlite"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "icdesk", "--db", str(path), "demo", "--requests", str(requests),
                    "--departments", "50", "--standards", "500"], check=True, env=child_env(),
                   stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _floor(requests: int, folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds of the plain executemany of the same rows' shape into an empty file."""
    path = folder / "floor.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE requests (id INTEGER PRIMARY KEY, " + ", ".join(f"c{i}" for i in range(24)) + ")")
    conn.execute("CREATE TABLE request_events (id INTEGER PRIMARY KEY, request_id, at, kind, from_status, "
                 "to_status, actor_id, text)")
    stamp = "2026-06-03 19:20:12.649739"
    request = ("Printer not working", "", 87, 28, 16, 366, "normal", 49, "closed", stamp, stamp, stamp, stamp,
               None, stamp, stamp, None, 0, stamp, 600856, 1, "printer not working", "", 2)

    def requests_rows() -> Iterator[tuple[object, ...]]:
        for i in range(1, requests + 1):
            yield (i, *request)

    def events_rows() -> Iterator[tuple[object, ...]]:
        for i in range(1, requests * EVENTS_PER_REQUEST + 1):
            yield (i, i // EVENTS_PER_REQUEST + 1, stamp, "status", "new", "in_progress", 49, "")

    started, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO requests VALUES ({', '.join('?' * 25)})", requests_rows())
    conn.executemany("INSERT INTO request_events VALUES (?, ?, ?, ?, ?, ?, ?, ?)", events_rows())
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    conn.close()
    return seconds, cpu


def measure(db_path: Path, requests: int) -> list[Row]:
    del db_path  # the demo is built afresh; the benchmark file is not touched
    with tempfile.TemporaryDirectory(prefix="icdesk-demo-bench-") as tmp:
        folder = Path(tmp)
        if requests in BUILT_SECONDS:
            wall, cpu = BUILT_SECONDS[requests], 0.0
        else:
            wall, cpu = _build(requests, folder)
        floor, floor_cpu = _floor(requests, folder)
    rows = [Row(f"icdesk demo --requests {requests:,} --departments 50 --standards 500, wall", wall, floor, "s",
                "≤ 120 s at 1M")]
    if cpu:  # on a machine shared with others, CPU seconds compare what each side itself costs
        rows.append(Row("  the same, CPU seconds (vs the floor's CPU seconds)", cpu, floor_cpu, "s", ""))
    return rows
