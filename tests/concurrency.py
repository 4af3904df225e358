"""Several icdesk processes on one file at once: writers saving side by side, and many starts
racing for the one-writer lock. Used by the tests and by benchmarks/bench_attack.py."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 600.0  # only a process that hangs waits this long; nothing here depends on speed


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


@dataclass
class WritersReport:
    asked: int
    saved: int
    refused: int
    messages: list[str]


def prepare(path: Path) -> None:
    from icdesk.db.store import open_data_file
    from icdesk.services import Services

    services = Services(open_data_file(path))
    services.departments.create("IT")
    services.departments.create("HR")  # who asks IT
    services.close()


def concurrent_writers(path: Path, processes: int = 2, each: int = 1000) -> WritersReport:
    """``processes`` programs create ``each`` requests in the same file, all starting together."""
    prepare(path)
    writers = [subprocess.Popen([sys.executable, "-m", "tests.concurrency", "write", str(path), f"w{n}", str(each)],
                                cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env())
               for n in range(processes)]
    for writer in writers:  # every one has the file open before any starts writing
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.close()
    refused, messages = 0, []
    for writer in writers:
        assert writer.stdout is not None
        out = writer.stdout.read()
        writer.wait(timeout=TIMEOUT_S)
        for line in out.splitlines():
            if line.startswith("refused "):
                refused += 1
                messages.append(line.removeprefix("refused "))
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        saved = conn.execute("SELECT count(*) FROM requests WHERE title LIKE 'w%'").fetchone()[0]
    finally:
        conn.close()
    return WritersReport(processes * each, saved, refused, sorted(set(messages)))


def _write(path: str, tag: str, count: int) -> None:
    from icdesk.db.store import open_data_file
    from icdesk.domain.errors import StorageError
    from icdesk.services import Services
    from icdesk.services.requests import RequestDraft

    services = Services(open_data_file(Path(path)))
    provider, asking = (d.id for d in services.departments.list()[:2])  # a department never asks itself
    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(count):
        try:
            services.requests.create(RequestDraft(title=f"{tag}-{n}", provider_id=provider,
                                                  requester_department_id=asking))
        except StorageError as error:
            print(f"refused {error}", flush=True)
    services.close()


def _start(path: str, how: str, go: object, release: object, results: object) -> None:
    from icdesk.db.errors import DataFileError
    from icdesk.db.lock import FileLock
    from icdesk.db.store import open_data_file

    go.wait()  # type: ignore[attr-defined]
    try:
        if how == "lock":  # the lock alone: no SQLite probe in front of it to spread the starts out
            lock = FileLock(Path(path))
            lock.acquire()
            close = lock.release
        else:
            close = open_data_file(Path(path), lock=True).close
    except DataFileError:
        results.put("refused")  # type: ignore[attr-defined]
        return
    results.put("writer")  # type: ignore[attr-defined]
    release.wait()  # type: ignore[attr-defined]  # a writer keeps the file until every start has tried
    close()


def _race(path: str, how: str, starts: int) -> None:
    import icdesk.db.store  # noqa: F401 - imported once, before the fork: the children race, not import

    # fork where there is one: 60 fresh interpreters would mostly measure imports, not the race
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    go, release, results = context.Event(), context.Event(), context.Queue()
    children = [context.Process(target=_start, args=(path, how, go, release, results)) for _ in range(starts)]
    for child in children:
        child.start()
    go.set()
    outcomes = [results.get(timeout=TIMEOUT_S) for _ in children]
    release.set()
    for child in children:
        child.join(timeout=TIMEOUT_S)
    print(f"writers {outcomes.count('writer')} refused {outcomes.count('refused')}", flush=True)


def lock_race(path: Path, starts: int = 60, how: str = "open") -> tuple[int, int]:
    """``starts`` processes open the file for writing at the same moment; returns (writers, refused).

    ``how``: "open" goes through open_data_file(lock=True) as a start does; "lock" takes the lock alone.
    """
    prepare(path)
    result = subprocess.run([sys.executable, "-m", "tests.concurrency", "race", str(path), how, str(starts)],
                            cwd=ROOT, capture_output=True, text=True, env=_env(), timeout=TIMEOUT_S, check=True)
    words = result.stdout.split()
    return int(words[words.index("writers") + 1]), int(words[words.index("refused") + 1])


if __name__ == "__main__":
    if sys.argv[1] == "write":
        _write(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        _race(sys.argv[2], sys.argv[3], int(sys.argv[4]))
