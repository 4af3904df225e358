"""Repeat the figures of the hostile-tester run (issue 14) on this machine.

- two programs each saving 1,000 requests in the same file at the same time: how many are saved;
- 60 programs starting on the same file at the same moment: how many become its writer;
- a writer killed with SIGKILL at random moments: is the file sound, is every reported save there;
- with --big FILE: what the damage check (quick_check) adds to opening a large file.

Run: python benchmarks/bench_attack.py [--each 1000] [--starts 60] [--rounds 5] [--kills 85] [--big FILE]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.concurrency import concurrent_writers, lock_race  # noqa: E402
from tests.crash_harness import run as kill_writer  # noqa: E402


def writers(folder: Path, each: int) -> bool:
    started = time.perf_counter()
    report = concurrent_writers(folder / "writers.sqlite", processes=2, each=each)
    print(f"concurrent writers: saved {report.saved} of {report.asked}, refused {report.refused} "
          f"({time.perf_counter() - started:.0f} s)")
    for message in report.messages:
        print(f"  refused with: {message}")
    return report.saved == report.asked


def race(folder: Path, starts: int, rounds: int) -> bool:
    ok = True
    for how, what in (("open", "opening the file"), ("lock", "taking the lock alone")):
        admitted = [lock_race(folder / f"race-{how}-{n}.sqlite", starts=starts, how=how)[0] for n in range(rounds)]
        print(f"lock race, {what}: writers admitted {max(admitted)} of {starts} starts at most "
              f"({rounds} rounds: {', '.join(map(str, admitted))})")
        ok = ok and admitted == [1] * rounds
    return ok


def kills(folder: Path, count: int) -> bool:
    report = kill_writer(folder / "crash.sqlite", kills=count)
    print(f"SIGKILL: {report.kills} kills, {report.committed} writes reported committed, "
          f"{len(report.problems)} problems ({report.seconds:.0f} s)")
    for problem in report.problems[:10]:
        print(f"  {problem}")
    return not report.problems


def damage_check(big: Path, repeat: int = 5) -> None:
    from icdesk.db.engine import read_only_uri
    from icdesk.db.store import open_data_file

    conn = sqlite3.connect(read_only_uri(big.absolute()), uri=True)
    try:
        checks = []
        for _ in range(repeat):
            started = time.perf_counter()
            conn.execute("PRAGMA quick_check(1)").fetchone()
            checks.append(time.perf_counter() - started)
    finally:
        conn.close()
    opens = []
    for _ in range(repeat):
        started = time.perf_counter()
        open_data_file(big).close()
        opens.append(time.perf_counter() - started)
    size = big.stat().st_size / 1_048_576
    print(f"quick_check on {big.name} ({size:.0f} MB): best {min(checks):.2f} s, median "
          f"{sorted(checks)[len(checks) // 2]:.2f} s; whole opening: best {min(opens):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--each", type=int, default=1000, help="requests each of the two writers saves")
    parser.add_argument("--starts", type=int, default=60, help="programs starting at the same moment")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the lock race")
    parser.add_argument("--kills", type=int, default=85, help="SIGKILLs of a writing program")
    parser.add_argument("--big", type=Path, help="a large data file (icdesk demo --requests 100000 ...)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="icdesk-attack-"))
    ok = writers(folder, args.each)
    ok = race(folder, args.starts, args.rounds) and ok
    ok = kills(folder, args.kills) and ok
    if args.big:
        damage_check(args.big)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
