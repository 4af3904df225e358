"""Kill a writer with SIGKILL at random moments and check the file after every kill."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 120.0  # far beyond any start-up; only a writer that never commits waits this long


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
    services.departments.create("HR")  # who asks IT
    services.close()


def _kill_while_writing(writer: subprocess.Popen[str], delay: float) -> list[int]:
    """Kill ``writer`` ``delay`` seconds after its first commit, however slow its start-up was
    (a busy machine can take seconds to import the program); return the numbers it committed."""
    assert writer.stdout is not None
    lines: list[str] = []
    first = threading.Event()

    def read() -> None:
        assert writer.stdout is not None
        for line in writer.stdout:
            lines.append(line)
            if line.startswith("committed "):
                first.set()
        first.set()  # the writer ended on its own (an error): do not wait for a commit that never comes

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    first.wait(timeout=START_TIMEOUT_S)
    time.sleep(delay)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    reader.join()
    if writer.stderr is not None:
        writer.stderr.close()
    return [int(line.split()[1]) for line in lines if line.startswith("committed ")]


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
        reported = _kill_while_writing(writer, rng.random() * max_delay)
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
