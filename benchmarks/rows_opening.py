"""Rows of run_all.py: a command on a large file, opened again unchanged, against the same work in plain SQL.

Every command used to read every page of the file on opening (``PRAGMA quick_check``: seconds at a
million requests). Now a passed check is remembered (icdesk/db/checked_files.py) and an unchanged
file is not read again. Measured on a copy of the demo file (the benchmark file itself stays as it
is), as whole processes: ``icdesk report summary`` for a year, first with an empty record of checked
files (the first opening after a change: every page read), then with the record its first run left
(the file unchanged since). The floor is ``python -c`` with sqlite3 running the summary's plain
aggregates (rows_summary.FLOOR_SQL) on the same file, measured in turns with each.

Run: python benchmarks/run_all.py --requests N --only opening (a file of one's own: --cache DIR holding
demo-N.sqlite, a link will do); run_all.py calls measure(db_path, requests).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row  # noqa: E402
from rows_summary import FLOOR_PROCESS, FLOOR_SQL, _in_turns, year  # noqa: E402
from run_all import child_env  # noqa: E402


def measure(db_path: Path, requests: int, repeat: int = 3) -> list[Row]:
    start, end = year()
    with tempfile.TemporaryDirectory(prefix="icdesk-opening-") as folder:
        copy = Path(folder) / "company.sqlite"
        shutil.copyfile(db_path, copy)
        record = Path(folder) / "checked-files.json"
        env = {**child_env(), "ICDESK_CHECK_RECORD": str(record)}
        command = [sys.executable, "-m", "icdesk", "--db", str(copy), "report", "summary", "--from",
                   start.isoformat(), "--to", end.isoformat(), "--out", str(Path(folder) / "summary.pdf")]
        floor = [sys.executable, "-c", FLOOR_PROCESS, str(copy), start.isoformat(), end.isoformat(), *FLOOR_SQL]

        def run(args: list[str]) -> None:
            subprocess.run(args, env=env, stdout=subprocess.DEVNULL, check=True)

        def first_opening() -> None:
            record.unlink(missing_ok=True)
            run(command)

        out: list[Row] = []
        ours, theirs = _in_turns(repeat, first_opening, lambda: run(floor))
        out.append(Row("icdesk report summary, file changed since its last check (every page read)", ours, theirs,
                       "s", "—"))
        run(command)  # leaves the record of a passed check
        ours, theirs = _in_turns(repeat, lambda: run(command), lambda: run(floor))
        out.append(Row("icdesk report summary, file unchanged since its last check", ours, theirs, "s", "—"))
    return out

