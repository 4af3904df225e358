"""Rows of run_all.py: saving one request through the services, against a raw INSERT with the same
pragmas in the same run (``--only create``).

Everything writes to a copy of the demo file in a temporary folder (the shared demo file is only
read), in turns, so a busy moment of the machine falls on all alike; medians of 60 saves. The disk
(one fsync per commit, synchronous=FULL) weighs on every one of them, so a CPU row is printed too.

Two floors. The issue's raw INSERT leaves the stored search keys of migration 0014 empty, so its
full-text index entry is empty; a request saved by icdesk indexes its title, and the full-text
index then writes about 45 pages to the WAL per commit instead of 24 (measured). The second floor
inserts the row a save stores (title, keys, rank), folding the title as a raw writer would have to.
A last row counts the statements on the company's rows one save runs (BEGIN and COMMIT included,
the services' PRAGMA busy_timeout around BEGIN left out) against the raw insert's three.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from common import Row
from sqlalchemy import event

RUNS = 60
PRAGMAS = ("foreign_keys=ON", "busy_timeout=5000", "journal_mode=WAL", "synchronous=FULL")
RAW = ("INSERT INTO requests (title, description, provider_id, requester_id, priority, status, created_at, "
       "updated_at, paused_seconds) VALUES (?, '', ?, ?, 'normal', 'new', ?, ?, 0)")
RAW_SAME_ROW = ("INSERT INTO requests (title, description, title_key, description_key, priority_rank, provider_id, "
                "requester_id, priority, status, created_at, updated_at, paused_seconds) "
                "VALUES (?, '', ?, '', 2, ?, ?, 'normal', 'new', ?, ?, 0)")


class _Timed:
    """Wall and CPU time of each run of one way of saving."""

    def __init__(self, action: Callable[[int], object]) -> None:
        self.action = action
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def run(self, i: int) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        self.action(i)
        self.wall.append(time.perf_counter() - started)
        self.cpu.append(time.process_time() - cpu)

    def ms(self) -> tuple[float, float]:
        return statistics.median(self.wall) * 1000, statistics.median(self.cpu) * 1000


def create_request(db: Path, runs: int = RUNS) -> tuple[_Timed, _Timed, _Timed, int]:
    """A request saved through the services, a raw INSERT, a raw INSERT of the same row; and the
    statements the last save ran."""
    from icdesk.db.store import open_data_file
    from icdesk.domain.rules import search_key
    from icdesk.services import Services
    from icdesk.services.request_writes import RequestDraft

    with tempfile.TemporaryDirectory(prefix="icdesk-create-") as folder:
        copy = Path(folder) / db.name
        shutil.copyfile(db, copy)
        services = Services(open_data_file(copy))
        conn = sqlite3.connect(copy, isolation_level=None)
        for pragma in PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
        statements: list[str] = []
        counting = [False]

        def heard(sql: str) -> None:
            # SQLite's trace repeats a statement as each trigger starts; FTS5's own work is on 'main'.'…'
            if counting[0] and "'main'." not in sql and not sql.startswith(("--", "PRAGMA")) and (
                    not statements or statements[-1] != sql):
                statements.append(sql)

        def trace(connection: sqlite3.Connection, _record: Any) -> None:
            connection.set_trace_callback(heard)

        event.listen(services.db.engine, "connect", trace)
        services.db.engine.dispose()  # made again, traced: a save runs some statements by the driver
        try:
            provider = services.departments.list()[0].id
            # someone of another department: a department never asks itself
            requester = next(p.id for p in services.people.list() if p.department_id != provider)

            def title(i: int) -> str:
                return f"Printer on floor {i} is jammed"

            def save(i: int) -> None:
                services.requests.create(RequestDraft(title=title(i), provider_id=provider, requester_id=requester))

            def raw(sql: str, values: Callable[[int, str], tuple[Any, ...]]) -> Callable[[int], None]:
                def insert(i: int) -> None:
                    now = datetime.now().isoformat(sep=" ")
                    conn.execute("BEGIN IMMEDIATE")
                    conn.execute(sql, values(i, now))
                    conn.execute("COMMIT")
                return insert

            mine = _Timed(save)
            bare = _Timed(raw(RAW, lambda i, now: (title(i), provider, requester, now, now)))
            same = _Timed(raw(RAW_SAME_ROW, lambda i, now: (title(i), search_key(title(i)), provider, requester,
                                                              now, now)))
            for i in range(runs):
                statements.clear()
                counting[0] = i == runs - 1
                for timed in (mine, bare, same):
                    timed.run(i)
                counting[0] = False
        finally:
            conn.close()
            services.close()
    return mine, bare, same, len(statements)


def measure(db_path: Path, requests: int) -> list[Row]:
    mine, bare, same, statements = create_request(db_path)
    (wall, cpu), (bare_wall, bare_cpu), (same_wall, same_cpu) = mine.ms(), bare.ms(), same.ms()
    return [Row("create one request (vs a raw INSERT, same pragmas)", wall, bare_wall, "ms", "≤ 3×"),
            Row("create one request (vs a raw INSERT of the same row, search keys filled)", wall, same_wall, "ms",
                "≤ 3×"),
            Row("create one request, CPU time (vs the raw INSERT of the same row)", cpu, same_cpu, "ms", "—"),
            Row("create one request, CPU time (vs the raw INSERT)", cpu, bare_cpu, "ms", "—"),
            Row("SQL statements per request created (vs BEGIN, INSERT, COMMIT)", statements, 3, "", "—")]
