"""Every measure of the 'instant at a million requests' issue against its floor, in one run.

Builds the demo file of the asked size once (kept in ~/.cache/icdesk-bench, outside the repo) and
then runs each ``benchmarks/rows_*.py`` module: each defines
``measure(db_path: pathlib.Path, requests: int) -> list[Row]`` (Row in benchmarks/common.py).
Prints the table ``measure | icdesk | floor | ratio | target`` as Markdown.

Run: python benchmarks/run_all.py --requests 100000 [--only startup,lists] [--cache DIR]
"""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402
from common import Row  # noqa: E402

DEFAULT_CACHE = Path(os.environ.get("ICDESK_BENCH_CACHE", Path.home() / ".cache" / "icdesk-bench"))

def demo_file(requests: int, cache: Path = DEFAULT_CACHE) -> Path:
    """The demo file with ``requests`` requests (50 departments, 500 standards), built once.

    Built through the real command line (``icdesk demo``) in a child process, so the time is the
    one a person waits for; reused on later runs.
    """
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"demo-{requests}.sqlite"
    if not path.exists():
        partial = cache / f"demo-{requests}.building.sqlite"
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "icdesk", "--db", str(partial), "demo", "--requests", str(requests),
             "--departments", "50", "--standards", "500"],
            check=True, env=child_env(),
        )
        common.BUILT_SECONDS[requests] = time.perf_counter() - started
        partial.rename(path)
        print(f"built {path} in {common.BUILT_SECONDS[requests]:.1f} s", file=sys.stderr)
    return path


def child_env(cache: Path = DEFAULT_CACHE) -> dict[str, str]:
    """The environment for child processes: this checkout first on the path, Qt offscreen, settings
    of their own, and compiled modules kept (in the cache folder) as an installed icdesk has them."""
    env = dict(os.environ)
    root = str(HERE.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache / "pycache")
    env["XDG_CONFIG_HOME"] = str(cache / "config")
    env["ICDESK_CHECK_RECORD"] = str(cache / "checked-files.json")  # files whose pages passed, not the user's
    return env


def row_modules(only: set[str] | None) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("rows_*.py"))
    return [n for n in names if only is None or n.removeprefix("rows_") in only]


def fmt(value: float) -> str:
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(rows: list[Row]) -> str:
    lines = ["| measure | icdesk | floor | ratio | target |", "| --- | --- | --- | --- | --- |"]
    for row in rows:
        ratio = f"{row.icdesk / row.floor:.1f}×" if row.floor > 0 else "—"
        floor = f"{fmt(row.floor)} {row.unit}" if row.floor > 0 else "—"
        lines.append(f"| {row.measure} | {fmt(row.icdesk)} {row.unit} | {floor} | {ratio} | {row.target} |")
    return "\n".join(lines)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--requests", type=int, default=100_000, help="size of the demo file (default 100000)")
    p.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="folder for the demo files")
    p.add_argument("--only", help="comma-separated row modules to run, e.g. startup,lists")
    args = p.parse_args()
    db = demo_file(args.requests, args.cache)
    only = set(args.only.split(",")) if args.only else None
    rows: list[Row] = []
    for name in row_modules(only):
        module = importlib.import_module(name)
        print(f"measuring {name} …", file=sys.stderr)
        rows.extend(module.measure(db, args.requests))
    print(f"\n{args.requests:,} requests, {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print(table(rows))


if __name__ == "__main__":
    main()
