"""Kill a writer with SIGKILL at random moments and check the file after every kill."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class CrashReport:
    kills: int
    committed: int
    problems: list[str]
    seconds: float


def prepare(path: Path) -> None:
    from icdesk.db.store import open_data_file
    from icdesk.services import Services

    services = Services(open_data_file(path))
    services.departments.create("IT")
    services.close()


def run(path: Path, kills: int, seed: int = 7, max_delay: float = 0.6) -> CrashReport:
    rng = random.Random(seed)
    prepare(path)
    committed: set[int] = set()
    problems: list[str] = []
    started = time.perf_counter()
    next_number = 0
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    for kill in range(kills):
        writer = subprocess.Popen([sys.executable, "-m", "tests.crash_writer", str(path), str(next_number)],
                                  cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        time.sleep(0.35 + rng.random() * max_delay)  # start-up is ~0.3 s; then it writes
        writer.send_signal(signal.SIGKILL)
        out, _err = writer.communicate()
        reported = [int(line.split()[1]) for line in out.splitlines() if line.startswith("committed ")]
        committed.update(reported)
        next_number = max([next_number - 1, *reported]) + 1
        conn = sqlite3.connect(path)  # opening runs SQLite's recovery of the WAL
        try:
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
            titles = {row[0] for row in conn.execute("SELECT title FROM requests")}
            notes = conn.execute("SELECT count(*) FROM request_events WHERE kind = 'note'").fetchone()[0]
        finally:
            conn.close()
        if check != "ok":
            problems.append(f"kill {kill}: integrity_check says {check}")
        missing = [n for n in committed if f"crash-{n}" not in titles]
        if missing:
            problems.append(f"kill {kill}: {len(missing)} committed requests missing, e.g. crash-{missing[0]}")
        if notes < len(committed):
            problems.append(f"kill {kill}: {len(committed) - notes} committed notes missing")
    return CrashReport(kills, len(committed), problems, time.perf_counter() - started)
