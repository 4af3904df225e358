"""Kill a writing icdesk process with SIGKILL many times and check the file after each kill.

Issue 6: integrity_check is ok and every write the writer reported as committed is there.
Run: python benchmarks/bench_crash_safety.py [--kills 200]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.crash_harness import run  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    report = run(Path(tempfile.mkdtemp()) / "crash.sqlite", kills=args.kills, seed=args.seed)
    print(f"kills: {report.kills}")
    print(f"writes reported committed before a kill: {report.committed}")
    print(f"files failing integrity_check or missing a committed write: {len(report.problems)}")
    for problem in report.problems[:10]:
        print("  " + problem)
    print(f"time: {report.seconds:.0f} s")
    sys.exit(1 if report.problems else 0)


if __name__ == "__main__":
    main()
