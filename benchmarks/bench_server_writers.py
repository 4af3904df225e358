"""Several PCs on one PostgreSQL server: saves from 8 programs at once, and the 100k Requests list.

1. 8 client processes each log 1,000 requests through icdesk's services and move each one
   (in progress, then resolved): every save is counted, conflicts are printed as the sentences
   people would see, and the median and 95th percentile save time are set beside a floor measured
   in the same run: the same number of plain psycopg INSERTs and UPDATEs of an equivalent row
   from 8 processes.
2. The Requests screen on 100,000 requests (open, filter by provider, search, sort) on the
   server beside the same screen on the SQLite file (see bench_requests_screen.py).

Everything happens in scratch databases this script creates and drops, so the login needs
CREATEDB. Run: python benchmarks/bench_server_writers.py [--url postgresql://user:pw@127.0.0.1:5432/db]
(default: $ICDESK_TEST_PG_URL) [--clients 8] [--requests 1000] [--db big.sqlite] [--skip-list | --skip-writers]
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.synchronize import Barrier
from pathlib import Path
from queue import Empty

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import large_file, parser  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from icdesk.db.copies import copy_database  # noqa: E402
from icdesk.db.store import open_store  # noqa: E402
from icdesk.domain.enums import RequestStatus  # noqa: E402
from icdesk.domain.errors import DomainError  # noqa: E402
from icdesk.services import Services  # noqa: E402
from icdesk.services.demo import DemoOptions  # noqa: E402
from icdesk.services.request_queries import RequestFilter  # noqa: E402
from icdesk.services.requests import RequestDraft  # noqa: E402

MOVES = (RequestStatus.IN_PROGRESS, RequestStatus.RESOLVED)
FLOOR_TABLE = """CREATE TABLE floor_requests (
    id bigserial PRIMARY KEY, title varchar(200) NOT NULL, description text NOT NULL DEFAULT '',
    status varchar(20) NOT NULL, priority varchar(10) NOT NULL, provider_id integer NOT NULL,
    requester_id integer, requester_department_id integer, created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL, response_due_at timestamptz, resolution_due_at timestamptz,
    first_response_at timestamptz, resolved_at timestamptz, version integer NOT NULL DEFAULT 1)"""


def address(admin: str, database: str) -> str:
    return make_url(admin).set(drivername="postgresql", database=database).render_as_string(hide_password=False)


@contextmanager
def scratch_database(admin: str) -> Iterator[str]:
    import psycopg

    name = f"icdesk_bench_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    conninfo = address(admin, make_url(admin).database or "postgres")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    try:
        yield address(admin, name)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


# -- the clients (each a process of its own, as each PC runs its own icdesk) ------------------------

def icdesk_client(url: str, number: int, count: int, start: Barrier, results: multiprocessing.Queue) -> None:
    services = Services(open_store(url))
    departments = [d.id for d in services.departments.list()]
    people = [(p.id, p.department_id) for p in services.people.list()]
    times: list[float] = []
    saved, moved, conflicts = 0, 0, []
    start.wait()
    for i in range(count):
        provider = departments[(number + i) % len(departments)]
        # the next person of another department: a department never asks itself
        asking = [p for p, d in people if d != provider]
        requester = asking[(number * 7 + i) % len(asking)]
        draft = RequestDraft(title=f"Client {number}: request {i}", provider_id=provider, requester_id=requester,
                             description="Logged by the benchmark of several PCs at once.")
        began = time.perf_counter()
        try:
            made = services.requests.create(draft)
        except DomainError as error:
            conflicts.append(str(error))
            continue
        times.append(time.perf_counter() - began)
        saved += 1
        for target in MOVES:
            began = time.perf_counter()
            try:
                services.requests.transition(made.row.id, target)
            except DomainError as error:
                conflicts.append(str(error))
                break
            times.append(time.perf_counter() - began)
            moved += 1
    services.close()
    results.put((saved, moved, conflicts, times))


def floor_client(url: str, number: int, count: int, start: Barrier, results: multiprocessing.Queue) -> None:
    """The same saves as plain statements, one transaction each: what the server itself costs."""
    import psycopg

    times: list[float] = []
    with psycopg.connect(url, autocommit=True) as conn:
        start.wait()
        for i in range(count):
            began = time.perf_counter()
            row = conn.execute(
                "INSERT INTO floor_requests (title, description, status, priority, provider_id, requester_id, "
                "requester_department_id, created_at, updated_at, response_due_at, resolution_due_at) "
                "VALUES (%s, %s, 'new', 'normal', %s, %s, %s, now(), now(), now() + interval '1 hour', "
                "now() + interval '4 hours') RETURNING id",
                (f"Client {number}: request {i}", "Logged by the benchmark of several PCs at once.",
                 number % 9 + 1, i % 50 + 1, number % 9 + 1)).fetchone()
            times.append(time.perf_counter() - began)
            assert row is not None
            for status, column in (("in_progress", "first_response_at"), ("resolved", "resolved_at")):
                began = time.perf_counter()
                conn.execute(f"UPDATE floor_requests SET status = %s, {column} = now(), updated_at = now(), "
                             "version = version + 1 WHERE id = %s", (status, row[0]))  # type: ignore[arg-type]
                times.append(time.perf_counter() - began)
    results.put((count, 2 * count, [], times))


def run_clients(client: Callable[..., None], url: str, clients: int, count: int) -> tuple[int, int, list[str],
                                                                                         list[float], float]:
    context = multiprocessing.get_context("spawn")  # each a fresh program, as on its own PC
    start = context.Barrier(clients + 1)
    results: multiprocessing.Queue = context.Queue()
    processes = [context.Process(target=client, args=(url, n, count, start, results)) for n in range(clients)]
    for process in processes:
        process.start()
    start.wait()
    began = time.perf_counter()
    saved, moved, conflicts, times = 0, 0, [], []
    for _ in processes:
        try:
            s, m, c, t = results.get(timeout=3600)
        except Empty:
            break
        saved, moved, conflicts, times = saved + s, moved + m, conflicts + c, times + t
    wall = time.perf_counter() - began
    for process in processes:
        process.join()
    return saved, moved, conflicts, times, wall


def writers(admin: str, clients: int, count: int) -> None:
    with scratch_database(admin) as url:
        setup = Services(open_store(url))
        setup.demo.fill(DemoOptions(requests=0))
        setup.close()
        saved, moved, conflicts, times, wall = run_clients(icdesk_client, url, clients, count)
        check = Services(open_store(url))
        stored = check.requests.count()
        resolved = check.requests.count(RequestFilter(statuses=frozenset({RequestStatus.RESOLVED})))
        check.close()
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(FLOOR_TABLE)  # type: ignore[arg-type]
        _, _, _, floor_times, floor_wall = run_clients(floor_client, url, clients, count)
    wanted = clients * count
    print(f"{clients} program{'s' if clients != 1 else ''}, each logging {count:,} requests and moving each one twice "
          "(in progress, resolved), all at once on one server:")
    print(f"  saved: {saved:,} of {wanted:,} requests ({stored:,} in the database, {resolved:,} resolved); "
          f"{moved:,} of {2 * wanted:,} moves")
    print(f"  conflicts: {len(conflicts)}" + "".join(f"\n    {c}" for c in conflicts[:10]))
    med, p95 = statistics.median(times) * 1000, percentile(times, 0.95) * 1000
    floor_med, floor_p95 = statistics.median(floor_times) * 1000, percentile(floor_times, 0.95) * 1000
    print(f"  save time, icdesk:      median {med:6.1f} ms, 95th percentile {p95:6.1f} ms "
          f"({len(times):,} saves in {wall:.1f} s)")
    print(f"  floor, plain psycopg:   median {floor_med:6.1f} ms, 95th percentile {floor_p95:6.1f} ms "
          f"({len(floor_times):,} statements in {floor_wall:.1f} s)")
    print(f"  ratio icdesk / floor:   median {med / floor_med:.1f}x, 95th percentile {p95 / floor_p95:.1f}x")


# -- the Requests list on 100,000 requests ----------------------------------------------------------

def requests_list(admin: str, big: Path, repeat: int) -> None:
    from bench_requests_screen import changes_of, time_change, time_open

    from icdesk.app import create_application, open_services
    from icdesk.services.transfer import copy_company
    from icdesk.ui.screens.requests import RequestsScreen

    app = create_application([])
    figures: dict[str, dict[str, float]] = {}
    with scratch_database(admin) as url, tempfile.TemporaryDirectory() as folder:
        local = Path(folder) / big.name  # a copy of its own: another program may have the file open
        copy_database(big, local)
        open_store(local).close()  # brought up to this icdesk's schema, as the window would
        source = open_store(local, read_only=True)
        destination = open_store(url)
        began = time.perf_counter()
        report = copy_company(source, destination)
        print(f"copied {report.total:,} records of {big.name} onto the server in {time.perf_counter() - began:.0f} s")
        source.close()
        destination.close()
        for store, target in (("SQLite", local), ("PostgreSQL", url)):
            services = open_services(target)
            count = services.requests.count()
            opens = time_open(app, services, repeat)
            screen = RequestsScreen(services)
            screen.show()
            app.processEvents()
            changes = changes_of(screen)
            row = {"open": statistics.median(opens)}
            for name in ("provider", "search 'printer'", "sort by title"):
                times, _ = time_change(app, screen, changes[name], max(repeat, 5))
                row[name] = statistics.median(times[1:])
            screen.close()
            services.close()
            figures[store] = row
            print(f"{store}: {count:,} requests")
    print("Requests screen on 100,000 requests, median ms (SQLite file / PostgreSQL on this machine):")
    for name in ("open", "provider", "search 'printer'", "sort by title"):
        lite, server = figures["SQLite"][name] * 1000, figures["PostgreSQL"][name] * 1000
        print(f"  {name:<18} {lite:7.0f} / {server:7.0f}")


def main() -> None:
    p = parser(__doc__ or "")
    p.add_argument("--url", default=os.environ.get("ICDESK_TEST_PG_URL", ""),
                   help="a PostgreSQL login that may create databases (default: $ICDESK_TEST_PG_URL)")
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--requests", type=int, default=1000, help="requests each client logs and moves")
    p.add_argument("--skip-list", action="store_true", help="only the writers, not the 100k Requests list")
    p.add_argument("--skip-writers", action="store_true", help="only the 100k Requests list")
    args = p.parse_args()
    if not args.url:
        p.error("give --url postgresql://user:password@host:port/database or set ICDESK_TEST_PG_URL")
    if not args.skip_writers:
        writers(args.url, args.clients, args.requests)
    if not args.skip_list:
        requests_list(args.url, large_file(args.db), args.repeat)


if __name__ == "__main__":
    main()
