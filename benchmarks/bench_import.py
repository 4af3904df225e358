"""Import of a large request log: seconds to plan and to apply, and memory on a 50 MB file.

Targets (issue 12), on the 2-core machine: a 100,000-row requests CSV plans in <= 10 s and applies
in <= 30 s; a 50 MB file stays under 300 MB of memory. Each figure is printed beside a floor
measured in the same run, so a slow or busy machine shows as a slow floor, not a failed target:

  - reading: the bare reading of the same file (icdesk.services.tabular, every row, nothing else);
  - writing: a bare bulk insert of the same number of requests and history lines (sqlite3
    executemany of finished rows, one transaction, no checks) into a copy of the same data file.

Memory is measured in a fresh child process (peak resident size, VmHWM reset before the import,
else ru_maxrss) that plans then applies a ~50 MB requests CSV; the floor is that process's size
before it opens the file (Python, SQLAlchemy and icdesk loaded).

Run: python benchmarks/bench_import.py [--rows 100000] [--big-mb 50] [--skip-big] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

FOLDER = Path(tempfile.gettempdir()) / "icdesk-bench-import"
DEPARTMENTS = ["IT", "Cucina", "Ricevimento", "Huolto", "Contabilidad", "Бухгалтерия", "HR", "Spa", "Bar",
               "Manutenzione", "Sala", "Piani", "Magazzino", "Sicurezza", "Marketing", "Acquisti", "Eventi",
               "Lavanderia", "Giardino", "Direzione"]
PEOPLE = 200
HEADER = ["title", "provider", "requester", "priority", "created", "description"]
CSV_ROWS_PER_MB = 6_300  # about 158 bytes a row of this shape
MAPPING = {"title": "title", "provider": "provider", "requester": "requester", "priority": "priority",
           "created": "created", "description": "description"}


def person(i: int) -> str:
    return f"Persona {i} Rossi-Иванова"


def company_file() -> Path:
    """A data file with 20 departments and 200 people, no requests; made once."""
    from icdesk.db.store import open_data_file
    from icdesk.services import Services

    path = FOLDER / "company.sqlite"
    if path.exists():
        return path
    FOLDER.mkdir(exist_ok=True)
    services = Services(open_data_file(path))
    services.company.save("Benchmark hotel", time_zone="Europe/Rome")
    ids = [services.departments.create(name).id for name in DEPARTMENTS]
    for i in range(PEOPLE):
        services.people.create(person(i), department_id=ids[i % len(ids)])
    services.close()
    return path


def requests_csv(rows: int) -> Path:
    """A request log as an office keeps it: UTF-8 with BOM, comma, dates in the last year."""
    path = FOLDER / f"requests-{rows}.csv"
    if path.exists():
        return path
    import csv

    FOLDER.mkdir(exist_ok=True)
    rng = random.Random(1)
    start = datetime(2025, 3, 1)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(rows):
            created = start + timedelta(minutes=rng.randrange(360 * 24 * 60))
            writer.writerow([f"Request {i}: the printer on floor {i % 7} is jammed", DEPARTMENTS[i % 20],
                             person(rng.randrange(PEOPLE)), rng.choice(["low", "normal", "high", "urgent"]),
                             created.strftime("%Y-%m-%d %H:%M"), f"Ticket {i} from the old log; nothing lost"])
    partial.replace(path)
    print(f"made {path} ({path.stat().st_size / 1e6:.1f} MB, {rows} rows)", flush=True)
    return path


def fresh_copy(template: Path, name: str) -> Path:
    target = FOLDER / name
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.rmtree(target.with_name(target.stem + "-backups"), ignore_errors=True)
    shutil.copyfile(template, target)
    return target


Timing = tuple[float, float]  # wall seconds, CPU seconds of this process


def clocks() -> Timing:
    return time.perf_counter(), time.process_time()


def since(start: Timing) -> Timing:
    return time.perf_counter() - start[0], time.process_time() - start[1]


def bare_read(path: Path) -> Timing:
    from icdesk.services.tabular import open_table

    started = clocks()
    count = sum(1 for _row in open_table(path).iter_rows())
    assert count > 0
    return since(started)


def bare_insert(template: Path, rows: int) -> Timing:
    """Finished rows straight into the two tables: what writing alone costs."""
    path = fresh_copy(template, "bare.sqlite")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    requests = [(f"Request {i}", "", 1 + i % 20, 1 + i % 200, 1 + (i + 1) % 20, "normal", "new", now, now)
                for i in range(rows)]
    started = clocks()
    conn.execute("BEGIN IMMEDIATE")
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM requests").fetchone()[0]
    conn.executemany(
        "INSERT INTO requests (title, description, provider_id, requester_id, requester_department_id, priority,"
        " status, created_at, updated_at, paused_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", requests)
    conn.executemany("INSERT INTO request_events (request_id, at, kind, actor_id, text, from_status, to_status)"
                     " VALUES (?, ?, 'created', NULL, 'Imported from a file', NULL, 'new')",
                     [(first + i, now) for i in range(rows)])
    conn.execute("COMMIT")
    elapsed = since(started)
    conn.close()
    return elapsed


def timed_import(template: Path, csv_path: Path, apply: bool) -> tuple[Timing, str]:
    from icdesk.db.store import open_data_file
    from icdesk.services import Services

    services = Services(open_data_file(fresh_copy(template, "import.sqlite")))
    try:
        started = clocks()
        action = services.imports.apply if apply else services.imports.plan
        plan = action("requests", csv_path, MAPPING)
        elapsed = since(started)
        assert plan.ok, plan.problems[:3]
        return elapsed, f"{plan.creates} to add, {len(plan.problems)} problems"
    finally:
        services.close()


# -- memory, in a child process -------------------------------------------------------------------------
def _status_kib(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def child(template: str, csv_path: str) -> None:
    """Plan then apply in this process; print the size before and the peak (MiB) as JSON."""
    from icdesk.db.store import open_data_file
    from icdesk.services import Services

    services = Services(open_data_file(fresh_copy(Path(template), "memory.sqlite")))
    try:
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM back to the current size
    except OSError:
        pass
    before = _status_kib("VmRSS") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    plan = services.imports.plan("requests", Path(csv_path), MAPPING)
    planned = time.perf_counter() - started
    applied = services.imports.apply("requests", Path(csv_path), MAPPING)
    done = time.perf_counter() - started
    peak = _status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    services.close()
    print(json.dumps({"before": before / 1024, "peak": peak / 1024, "rows": plan.creates, "ok": applied.ok,
                      "plan_s": planned, "apply_s": done - planned}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--big-mb", type=int, default=50)
    parser.add_argument("--skip-big", action="store_true", help="leave out the 50 MB memory measurement")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each timing; the best is printed")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    template = company_file()
    path = requests_csv(args.rows)

    def best(action: object) -> Timing:
        return min(action() for _ in range(args.repeat))  # type: ignore[operator]

    reading = best(lambda: bare_read(path))
    writing = best(lambda: bare_insert(template, args.rows))
    plans, applies = [], []
    for _ in range(args.repeat):
        plans.append(timed_import(template, path, apply=False))
        applies.append(timed_import(template, path, apply=True))
    plan, what = min(plans)
    apply, _ = min(applies)
    print(f"\n{args.rows:,} requests from {path.name} ({path.stat().st_size / 1e6:.1f} MB): {what}")
    print("seconds: wall (CPU of this process; on a shared machine the wall figure waits for the other users)")
    print(f"{'figure':<36}{'measured':>16}{'floor':>16}{'ratio':>7}  target")
    for name, figure, floor, target, what in (
            ("plan (check every row)", plan, reading, "<= 10 s", "bare reading of the file"),
            ("apply (write all, one transaction)", apply, writing, "<= 30 s", "bare bulk insert of the rows")):
        print(f"{name:<36}{figure[0]:>7.1f} ({figure[1]:>5.1f}){floor[0]:>8.1f} ({floor[1]:>5.1f})"
              f"{figure[0] / floor[0]:>7.1f}  {target}   floor: {what}")
    if args.skip_big:
        return
    rows = args.big_mb * CSV_ROWS_PER_MB
    big = requests_csv(rows)
    result = subprocess.run([sys.executable, __file__, "--child", str(template), str(big)], capture_output=True,
                            text=True, check=False)
    if result.returncode:
        print(result.stderr[-3000:])
        return
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    growth = figures["peak"] - figures["before"]
    print(f"{'peak memory, ' + f'{big.stat().st_size / 1e6:.0f} MB file':<34}{figures['peak']:>8.0f}MB"
          f"{figures['before']:>8.0f}MB{figures['peak'] / figures['before']:>8.1f}   <= 300 MB"
          f"   floor: the process before opening the file (+{growth:.0f} MB for {figures['rows']:,} rows;"
          f" plan {figures['plan_s']:.0f} s, apply {figures['apply_s']:.0f} s)")


if __name__ == "__main__":
    main()
