"""Rows of run_all.py: saving one request through the services, against a raw INSERT with the same
pragmas in the same run (``--only create``).

Both write to a copy of the demo file in a temporary folder (the shared demo file is only read),
one after the other in turns, so a busy moment of the machine falls on both alike. A second row
counts the SQL statements one save sends (BEGIN and COMMIT included) against the raw insert's three.
Both are medians of 60 saves; the machine's disk (one fsync per commit, synchronous=FULL) weighs on
both alike.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from common import Row
from sqlalchemy import event

RUNS = 60
PRAGMAS = ("foreign_keys=ON", "busy_timeout=5000", "journal_mode=WAL", "synchronous=FULL")


def create_request(db: Path, runs: int = RUNS) -> tuple[float, float, float, float, int]:
    """Milliseconds per request saved through the services and per raw INSERT (medians), the same in
    CPU time (what is left when the disk's wait is taken out), and the statements the last save sent."""
    from icdesk.db.store import open_data_file
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

        def sent(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
            if counting[0]:
                statements.append(statement)

        event.listen(services.db.engine, "before_cursor_execute", sent)
        try:
            provider = services.departments.list()[0].id
            requester = services.people.list()[0].id
            mine: list[float] = []
            raw: list[float] = []
            mine_cpu: list[float] = []
            raw_cpu: list[float] = []
            for i in range(runs):
                statements.clear()
                counting[0] = i == runs - 1
                started, cpu = time.perf_counter(), time.process_time()
                services.requests.create(RequestDraft(title=f"Printer on floor {i} is jammed", provider_id=provider,
                                                      requester_id=requester))
                mine.append(time.perf_counter() - started)
                mine_cpu.append(time.process_time() - cpu)
                now = datetime.now().isoformat(sep=" ")
                started, cpu = time.perf_counter(), time.process_time()
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO requests (title, description, provider_id, requester_id, priority, status, "
                             "created_at, updated_at, paused_seconds) VALUES (?, '', ?, ?, 'normal', 'new', ?, ?, 0)",
                             (f"Printer on floor {i} is jammed", provider, requester, now, now))
                conn.execute("COMMIT")
                raw.append(time.perf_counter() - started)
                raw_cpu.append(time.process_time() - cpu)
        finally:
            conn.close()
            services.close()
    # BEGIN IMMEDIATE and COMMIT go to the driver without a cursor: one of each per save
    ms = [statistics.median(times) * 1000 for times in (mine, raw, mine_cpu, raw_cpu)]
    return ms[0], ms[1], ms[2], ms[3], len(statements) + 2


def measure(db_path: Path, requests: int) -> list[Row]:
    mine, raw, mine_cpu, raw_cpu, statements = create_request(db_path)
    return [Row("create one request (vs a raw INSERT, same pragmas)", mine, raw, "ms", "≤ 3×"),
            Row("create one request, CPU time (vs the raw INSERT's)", mine_cpu, raw_cpu, "ms", "—"),
            Row("SQL statements per request created (vs BEGIN, INSERT, COMMIT)", statements, 3, "", "—")]
