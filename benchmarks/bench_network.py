"""Time every network view on the million-request file, beside the raw aggregate SQL it replaces.

Target (issue 17): each analysis view answers in at most 1 s on the file made by
``icdesk --db F demo --requests 1000000 --departments 50 --standards 500`` (several minutes to make:
make it once and pass it with --db). The floor printed beside each figure is the same figures
aggregated straight from the requests and feedback in SQL, measured in the same run; the ratio
says how much the summary kept by the write helpers saves.
Run: python benchmarks/bench_network.py --db big-1m.sqlite [--repeat 3]
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, parser  # noqa: E402

from icdesk.db.store import open_data_file  # noqa: E402
from icdesk.services import Services  # noqa: E402
from icdesk.services.demo import DemoOptions  # noqa: E402
from icdesk.services.network import Period  # noqa: E402
from icdesk.services.request_queries import RequestFilter  # noqa: E402

TARGET_S = 1.0
MILLION = DemoOptions(seed=1, requests=1_000_000, departments=50, standards=500)


def million_file(path: Path | None) -> Path:
    path = path or Path(tempfile.gettempdir()) / "icdesk-bench-1m.sqlite"
    if not path.exists():
        print(f"making {path} (a million requests: this takes several minutes)")
        services = Services(open_data_file(path))
        services.demo.fill(MILLION)
        services.close()
    return path


def stored(instant: object) -> str:
    from datetime import UTC, datetime

    assert isinstance(instant, datetime)
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class RawSql:
    """The floors: the same figures aggregated from the requests and feedback tables directly."""

    def __init__(self, path: Path, services: Services) -> None:
        self.conn = sqlite3.connect(path)
        self.services = services

    def bounds(self, period: Period) -> tuple[str, str]:
        lo, hi = self.services.ctx.sla.day_bounds(period.start, period.end)
        return stored(lo), stored(hi)

    def pairs(self, period: Period) -> None:
        lo, hi = self.bounds(period)
        self.conn.execute(
            "SELECT provider_id, requester_department_id, count(*) FROM requests "
            "WHERE created_at >= ? AND created_at < ? GROUP BY 1, 2", (lo, hi)).fetchall()
        self.conn.execute(
            "SELECT provider_id, requester_department_id, count(*), count(resolution_due_at), "
            "sum(resolved_at <= resolution_due_at) FROM requests WHERE resolved_at >= ? AND resolved_at < ? "
            "GROUP BY 1, 2", (lo, hi)).fetchall()
        self.conn.execute(
            "SELECT f.department_id, coalesce(f.author_department_id, r.requester_department_id), count(*), "
            "avg(f.rating) FROM feedback f LEFT JOIN requests r ON r.id = f.request_id "
            "WHERE f.created_at >= ? AND f.created_at < ? GROUP BY 1, 2", (lo, hi)).fetchall()

    def medians(self, period: Period) -> None:
        lo, hi = self.bounds(period)
        self.conn.execute(
            "SELECT p, c, max(CASE WHEN rn = (n + 1) / 2 THEN s END) FROM ("
            " SELECT provider_id p, requester_department_id c, service_seconds s, "
            " row_number() OVER (PARTITION BY provider_id, requester_department_id ORDER BY service_seconds) rn, "
            " count(*) OVER (PARTITION BY provider_id, requester_department_id) n "
            " FROM requests WHERE resolved_at >= ? AND resolved_at < ?) GROUP BY p, c", (lo, hi)).fetchall()

    def breakdowns(self, period: Period, provider: int | None = None) -> None:
        lo, hi = self.bounds(period)
        where = "" if provider is None else f" AND provider_id = {int(provider)}"
        self.conn.execute(
            "SELECT provider_id, standard_version_id, resolved_at > resolution_due_at, "
            "first_response_at > response_due_at, count(*) FROM requests "
            f"WHERE resolved_at >= ? AND resolved_at < ?{where} GROUP BY 1, 2, 3, 4", (lo, hi)).fetchall()
        self.conn.execute(
            "SELECT f.department_id, r.standard_version_id, f.breakdown_point, count(*) FROM feedback f "
            "LEFT JOIN requests r ON r.id = f.request_id WHERE f.created_at >= ? AND f.created_at < ? "
            "AND (f.breakdown_point IS NOT NULL OR f.rating <= 2)"
            + ("" if provider is None else f" AND f.department_id = {int(provider)}") + " GROUP BY 1, 2, 3",
            (lo, hi)).fetchall()

    def trend(self, period: Period, provider: int, customer: int | None = None) -> None:
        lo, hi = self.bounds(period)
        pair = "" if customer is None else f" AND requester_department_id = {int(customer)}"
        self.conn.execute(
            "SELECT substr(created_at, 1, 7), count(*) FROM requests WHERE provider_id = ? "
            f"AND created_at >= ? AND created_at < ?{pair} GROUP BY 1", (provider, lo, hi)).fetchall()
        self.conn.execute(
            "SELECT substr(resolved_at, 1, 7), count(*), sum(resolved_at <= resolution_due_at), "
            "group_concat(service_seconds) FROM requests WHERE provider_id = ? "
            f"AND resolved_at >= ? AND resolved_at < ?{pair} GROUP BY 1", (provider, lo, hi)).fetchall()


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    path = million_file(args.db)
    services = Services(open_data_file(path))
    raw = RawSql(path, services)
    net = services.network
    print(f"requests in file: {services.requests.count():,}; target per view: {TARGET_S:.1f} s")
    busiest = max(services.departments.list(), key=lambda d: services.requests.count(RequestFilter(provider_id=d.id)))
    customer = next(d.id for d in services.departments.list() if d.id != busiest.id)
    worst = 0.0
    rows: list[tuple[str, float, float]] = []
    for months in (3, 12):
        p = net.last_months(months)
        views: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
            (f"map / matrix, {months} months", lambda p=p: net.network(p.start, p.end, medians=False),
             lambda p=p: raw.pairs(p)),
            (f"matrix with medians, {months} months", lambda p=p: net.network(p.start, p.end),
             lambda p=p: (raw.pairs(p), raw.medians(p))),
            (f"breakdowns, company, {months} months", lambda p=p: net.breakdowns(p.start, p.end, limit=25),
             lambda p=p: raw.breakdowns(p)),
            (f"breakdowns, one department, {months} months",
             lambda p=p: net.breakdowns(p.start, p.end, busiest.id, limit=25),
             lambda p=p: raw.breakdowns(p, busiest.id)),
            (f"trend, one department, {months} months", lambda p=p: net.trend(p.start, p.end, busiest.id),
             lambda p=p: raw.trend(p, busiest.id)),
            (f"trend, one pair, {months} months", lambda p=p: net.trend(p.start, p.end, busiest.id, customer),
             lambda p=p: raw.trend(p, busiest.id, customer)),
        ]
        for name, view, floor in views:
            view()  # the first read warms the page cache for both
            figure = best_of(args.repeat, view)
            base = best_of(args.repeat, floor)
            rows.append((name, figure, base))
            worst = max(worst, figure)
    dashboard = best_of(args.repeat, services.network.dashboard_changes)
    rows.append(("dashboard changes (30 days)", dashboard, best_of(args.repeat, services.reporting.dashboard)))
    print(f"{'view':<42} {'figure':>9} {'raw SQL':>9} {'ratio':>7}")
    for name, figure, base in rows:
        print(f"{name:<42} {figure:8.3f}s {base:8.3f}s {figure / base:6.2f}x")
    print(f"slowest analysis view: {worst:.3f} s ({'within' if worst <= TARGET_S else 'OVER'} the {TARGET_S:.0f} s "
          "target); the dashboard line compares with the dashboard's own figures")
    services.close()


if __name__ == "__main__":
    main()
