"""Shared by the benchmark scripts: the large demo file, made once and reused."""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from icdesk.db.store import open_data_file
from icdesk.services import Services
from icdesk.services.demo import DemoOptions

LARGE = DemoOptions(seed=1, requests=100_000, departments=50, standards=500)


class Row(NamedTuple):
    """One line of benchmarks/run_all.py's table: icdesk's figure against its floor, same unit.

    The ratio (icdesk / floor) is computed by run_all; target says what the issue asks, e.g. "<= 3x".
    """

    measure: str
    icdesk: float
    floor: float
    unit: str
    target: str


# Filled by run_all.demo_file(): seconds spent building the demo file of that size, when this run built it.
BUILT_SECONDS: dict[int, float] = {}


def large_file(path: Path | None) -> Path:
    """The benchmark file of the foundation issue; built on first use (about 20 s)."""
    path = path or Path(tempfile.gettempdir()) / "icdesk-bench-100k.sqlite"
    if not path.exists():
        started = time.perf_counter()
        services = Services(open_data_file(path))
        services.demo.fill(LARGE)
        services.close()
        print(f"built {path} in {time.perf_counter() - started:.1f} s")
    return path


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--db", type=Path, help="large data file to use (default: made in the temp folder)")
    p.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is reported")
    return p


def best_of(repeat: int, action: object) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return min(times)
