"""Lists at scale: each action of the Requests and Feedback lists beside the raw SQL that returns the same rows.

Issue 21's targets: every list action (open, filter, search, sort, one scroll step) at most 2x its
floor; one scroll step at most 25 ms; scrolling to the end of a million requests within 2 minutes;
a search at most 50 ms at 100,000 requests. The floor is plain sqlite3 on the same file, in the same
run: the count and the first 200 rows (or the next 200, by key) with the same joins and order.

The floor returns the same rows and columns the window shows, as a plain reader of this file would
ask for them: the four names joined, and the overdue flag (the row's red ground and its warning sign)
computed in the SQL from the stored due times, as any list of late requests must. A next page is the
page after the last one read, as the window reads it: the floor reads the same successive pages
(the window's next pages are rows it has not read before; a floor that read one page again and again
found it in SQLite's cache and measured less than any reader of those rows spends). A search looks
where the window's search looks (titles and details, notes, who asked, who works on it, the asking
department), through the same full-text indexes; names by SQLite's plain LIKE, which costs less than
the window's accent-blind fold.

Run alone: python benchmarks/rows_lists.py --db FILE [--repeat 5] [--no-scroll]
run_all.py imports it and calls measure(db_path, requests).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

try:
    from common import Row  # type: ignore[attr-defined]
except ImportError:  # the startup branch defines Row in common.py; the same fields until it lands
    class Row(NamedTuple):  # type: ignore[no-redef]
        measure: str
        icdesk: float
        floor: float
        unit: str
        target: str

PAGE = 200
COLUMNS = ("r.id, r.title, r.status, r.priority, r.provider_id, r.created_at, r.response_due_at, "
           "r.resolution_due_at, r.first_response_at, r.resolved_at, r.waiting_since, r.paused_seconds, "
           "r.service_seconds, p.name, q.full_name, d.name, a.full_name, "
           # late: no first answer by its due time, or not resolved by its due time (a wait stops that clock)
           "(r.status = 'new' AND r.response_due_at < :now) OR (r.resolution_due_at IS NOT NULL AND "
           "((r.status IN ('new', 'in_progress') AND r.resolution_due_at < :now) "
           "OR (r.status = 'waiting' AND r.resolution_due_at < r.waiting_since)))")
JOINS = ("FROM requests r JOIN departments p ON p.id = r.provider_id LEFT JOIN people q ON q.id = r.requester_id "
         "LEFT JOIN departments d ON d.id = r.requester_department_id LEFT JOIN people a ON a.id = r.assignee_id")
FEEDBACK_COLUMNS = ("f.id, f.request_id, f.department_id, d.name, f.rating, f.comment, f.breakdown_point, "
                    "f.anonymous, p.full_name, a.name, f.created_at FROM feedback f "
                    "JOIN departments d ON d.id = f.department_id LEFT JOIN people p ON p.id = f.author_id "
                    "LEFT JOIN departments a ON a.id = f.author_department_id")


def median_of(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


class Floor:
    """Raw SQL on the same file: what any program must at least spend to show the same rows."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(requests)")}
        self.title_key = "r.title_key" if "title_key" in columns else "r.title"
        self.rank = "r.priority_rank" if "priority_rank" in columns else "r.priority"
        # the names a list sorts by: stored beside each request from 0015, else read through the joins
        named = "provider_key" in columns
        self.name_keys = {"provider": "r.provider_key" if named else "p.name_key",
                          "requester": "r.requester_key" if named else "coalesce(q.full_name, d.name)",
                          "assignee": "r.assignee_key" if named else "a.full_name"}
        self.search_columns = "title_key" if "title_key" in columns else "title"
        self.notes_searched = bool(self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'note_search'").fetchone())

    @staticmethod
    def now() -> str:
        """Now as the file stores instants (naive UTC text): the moment the overdue flag is computed at."""
        return datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")

    def page(self, where: str = "1", order: str = "r.created_at DESC, r.id DESC",
             args: dict[str, Any] | None = None) -> Any:
        args = {**(args or {}), "now": self.now()}
        count = self.db.execute(f"SELECT count(*) FROM requests r WHERE {where}", args).fetchone()[0]
        rows = self.db.execute(f"SELECT {COLUMNS} {JOINS} WHERE {where} ORDER BY {order} LIMIT {PAGE}", args).fetchall()
        return count, rows

    def search(self, text: str) -> tuple[str, dict[str, Any]]:
        """Where the window's search looks, by the same indexes: the full-text index of titles and details,
        that of the notes, and the names of who asked, who works on it and the asking department."""
        people = "(SELECT id FROM people WHERE full_name LIKE :like)"
        names = (f"r.id IN (SELECT id FROM requests WHERE requester_id IN {people} "
                 f"UNION SELECT id FROM requests WHERE assignee_id IN {people} "
                 "UNION SELECT id FROM requests WHERE requester_department_id IN "
                 "(SELECT id FROM departments WHERE name LIKE :like) "
                 "UNION SELECT rowid FROM request_search WHERE request_search MATCH :phrase")
        notes = (" UNION SELECT request_id FROM request_events WHERE id IN "
                 "(SELECT rowid FROM note_search WHERE note_search MATCH :phrase)") if self.notes_searched else ""
        return names + notes + ")", {"like": f"%{text}%", "phrase": f'"{text}"'}

    def next_page(self, order: str) -> Callable[[], object]:
        """The pages down a sorted list after its first, each read after the last row of the one before
        by key (what each scroll step reads): the same successive pages as the window's."""
        key, _id = order.rsplit(",", 1)
        last: list[Any] = list(self.db.execute(f"SELECT {key}, r.id {JOINS} ORDER BY {order} "
                                               f"LIMIT 1 OFFSET {PAGE - 1}").fetchone())

        def read() -> object:
            rows = self.db.execute(f"SELECT {COLUMNS}, {key} {JOINS} WHERE ({key}, r.id) > (:key, :id) "
                                   f"ORDER BY {order} LIMIT {PAGE}",
                                   {"key": last[0], "id": last[1], "now": self.now()}).fetchall()
            if rows:
                last[:] = rows[-1][-1], rows[-1][0]
            return rows

        return read

    def scroll(self) -> tuple[float, list[float]]:
        """Every page of the whole list, newest first, each read after the last by key."""
        steps: list[float] = []
        started = time.perf_counter()
        last: tuple[Any, ...] | None = None
        while True:
            step = time.perf_counter()
            where = "1" if last is None else "(r.created_at, r.id) < (:key, :id)"
            args = {"now": self.now()} if last is None else {"key": last[0], "id": last[1], "now": self.now()}
            rows = self.db.execute(f"SELECT {COLUMNS} {JOINS} WHERE {where} "
                                   f"ORDER BY r.created_at DESC, r.id DESC LIMIT {PAGE}", args).fetchall()
            steps.append(time.perf_counter() - step)
            if len(rows) < PAGE:
                return time.perf_counter() - started, steps
            last = (rows[-1][5], rows[-1][0])


def scroll_to_end(model: Any) -> tuple[float, list[float]]:
    """Every page of a list model read as scrolling reads them: the whole time and each step's."""
    steps: list[float] = []
    started = time.perf_counter()
    while model.canFetchMore():
        step = time.perf_counter()
        model.fetchMore()
        steps.append(time.perf_counter() - step)
    return time.perf_counter() - started, steps


def measure(db_path: Path, requests: int, repeat: int = 5, scroll: bool = True) -> list[Row]:
    """On a copy of ``db_path``: opening a file upgrades it and keeps its backups, and the cached demo
    file is shared by every branch's benchmarks (an upgrade would make it unreadable to an older one)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="icdesk-lists-") as folder:
        copy = Path(folder) / db_path.name
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        source.close()
        target.close()
        return measure_on(copy, requests, repeat, scroll)


def measure_on(db_path: Path, requests: int, repeat: int, scroll: bool) -> list[Row]:
    from icdesk.app import create_application, open_services
    from icdesk.services.request_queries import RequestFilter
    from icdesk.ui.request_model import RequestTableModel

    create_application([])
    services = open_services(db_path)  # upgrades an older file first (migration 0014)
    floor = Floor(db_path)
    provider = floor.db.execute("SELECT provider_id FROM requests GROUP BY provider_id "
                                "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    model = RequestTableModel(services.requests)
    column = {key: i for i, (_h, key) in enumerate(model.columns)}
    title, priority = column["title"], column["priority"]
    out: list[Row] = []

    def row(name: str, ours: Callable[[], object], theirs: Callable[[], object], target: str, times: int = 1) -> None:
        out.append(Row(name, median_of(repeat * times, ours) * 1000, median_of(repeat * times, theirs) * 1000, "ms",
                       target))

    row("Requests: open", lambda: model.set_filter(RequestFilter()), floor.page, "<= 2x")
    row("Requests: filter by provider", lambda: model.set_filter(RequestFilter(provider_id=provider)),
        lambda: floor.page("r.provider_id = :provider", args={"provider": provider}), "<= 2x")
    for text in ("принтер", "printer"):
        where, args = floor.search(text)
        row(f"Requests: search '{text}'", lambda t=text: model.set_filter(RequestFilter(text=t)),  # type: ignore[misc]
            lambda w=where, a=args: floor.page(w, args=a), "<= 2x, <= 50 ms")
    # picking one department after another: each filter by a department not picked before
    ours_picked, floor_picked = [], []
    for (other,) in floor.db.execute("SELECT DISTINCT provider_id FROM requests WHERE provider_id <> ? LIMIT 9",
                                     (provider,)).fetchall():
        ours_picked.append(median_of(1, lambda o=other: model.set_filter(RequestFilter(provider_id=o))))  # type: ignore[misc]
        floor_picked.append(median_of(1, lambda o=other: floor.page("r.provider_id = :provider",  # type: ignore[misc]
                                                                    args={"provider": o})))
    out.append(Row("Requests: filter by another provider each time", statistics.median(ours_picked) * 1000,
                   statistics.median(floor_picked) * 1000, "ms", "<= 2x"))
    # typing on: every search is of words not searched before (the rows above search one word again and again)
    typed = ["pri", "prin", "print", "printe", "printer", "printers", "toner", "screen", "laptop"]
    ours_typed, floor_typed = [], []
    for text in typed:
        where, args = floor.search(text)
        ours_typed.append(median_of(1, lambda t=text: model.set_filter(RequestFilter(text=t))))  # type: ignore[misc]
        floor_typed.append(median_of(1, lambda w=where, a=args: floor.page(w, args=a)))  # type: ignore[misc]
    out.append(Row("Requests: search, a new word each time", statistics.median(ours_typed) * 1000,
                   statistics.median(floor_typed) * 1000, "ms", "<= 2x, <= 50 ms"))
    model.set_filter(RequestFilter())
    from PySide6.QtCore import Qt

    row("Requests: sort by title", lambda: model.sort(title, Qt.SortOrder.AscendingOrder),
        lambda: floor.page(order=f"{floor.title_key}, r.id"), "<= 2x")
    row("Requests: sort by priority", lambda: model.sort(priority, Qt.SortOrder.DescendingOrder),
        lambda: floor.page(order=f"{floor.rank} DESC, r.id DESC"), "<= 2x")
    for name in ("provider", "requester", "assignee"):
        key = floor.name_keys[name]
        row(f"Requests: sort by {name}", lambda n=name: model.sort(column[n], Qt.SortOrder.AscendingOrder),  # type: ignore[misc]
            lambda k=key: floor.page(order=f"{k}, r.id"), "<= 2x")
        model.sort(column[name], Qt.SortOrder.AscendingOrder)
        # a page takes a millisecond or two: on a loaded machine five of them are too few for a median
        row(f"Requests: sort by {name}, next page", lambda: model.fetchMore() if model.canFetchMore() else None,
            floor.next_page(f"{key}, r.id"), "<= 2x, <= 25 ms", times=3)
    model.sort(column["created"], Qt.SortOrder.DescendingOrder)

    if scroll:
        model.set_filter(RequestFilter())
        ours_total, steps = scroll_to_end(model)
        theirs_total, theirs_steps = floor.scroll()
        out.append(Row("Requests: one scroll step (median)", statistics.median(steps) * 1000,
                       statistics.median(theirs_steps) * 1000, "ms", "<= 2x, <= 25 ms"))
        out.append(Row("Requests: slowest scroll step", max(steps) * 1000, max(theirs_steps) * 1000, "ms", "<= 25 ms"))
        out.append(Row(f"Requests: scroll to the end ({len(model.rows):,} rows)", ours_total, theirs_total, "s",
                       "<= 2 min at 1M"))

    out += feedback_rows(services, floor, repeat, scroll)
    out.append(summary_row(services, floor, repeat))
    services.close()
    floor.db.close()
    return out


class FeedbackFloor:
    """The Feedback list in raw SQL: the same columns, joins and order as the window shows."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        columns = {row[1] for row in db.execute("PRAGMA table_info(feedback)")}
        keyed = "author_key" in columns  # stored beside each rating from 0016, else read through the joins
        self.orders = {"given": "f.created_at DESC, f.id DESC", "rating": "f.rating, f.id",
                       "department": "d.name_key, f.id",
                       "from": ("f.author_key" if keyed else "coalesce(p.full_name, a.name, '')") + ", f.id",
                       # the comment folded, its first 64 characters, from 0017; else the comment as stored
                       "comment": ("f.comment_key" if "comment_key" in columns else "f.comment") + ", f.id"}

    def page(self, order: str = "given", where: str = "1", args: tuple[Any, ...] = ()) -> list[Any]:
        select = FEEDBACK_COLUMNS
        if order == "department":  # the departments in name order, each one's ratings by number: SQLite's
            # planner picks this for icdesk's statement, not for this text unless told (CROSS JOIN)
            select = select.replace("FROM feedback f JOIN departments d", "FROM departments d CROSS JOIN feedback f")
        return self.db.execute(f"SELECT {select} WHERE {where} ORDER BY {self.orders[order]} "
                               f"LIMIT {PAGE}", args).fetchall()

    def open(self) -> object:
        return self.db.execute("SELECT count(*) FROM feedback").fetchone(), self.page()

    def every_row(self) -> object:
        return self.db.execute(f"SELECT {FEEDBACK_COLUMNS} ORDER BY {self.orders['given']}").fetchall()

    def scroll(self) -> tuple[float, list[float]]:
        steps: list[float] = []
        started = time.perf_counter()
        rows = self.page()
        while len(rows) == PAGE:
            step = time.perf_counter()
            rows = self.page(where="(f.created_at, f.id) < (?, ?)", args=(rows[-1][10], rows[-1][0]))
            steps.append(time.perf_counter() - step)
        return time.perf_counter() - started, steps


def feedback_rows(services: Any, floor: Floor, repeat: int, scroll: bool) -> list[Row]:
    """What the Feedback screen reads (its own refresh and model, as the window drives them, with no
    view painting: as the Requests rows measure RequestTableModel) beside the raw SQL that returns the
    same rows: the same columns, joins and order (a floor without the names the list shows would
    compare unlike work)."""
    import csv
    import tempfile

    from PySide6.QtCore import Qt

    from icdesk.services.exports import ExportService
    from icdesk.ui.screens.loop import FeedbackScreen
    from icdesk.ui.table_model import RowTableModel

    theirs = FeedbackFloor(floor.db)
    screen = FeedbackScreen(services)
    screen.table_model = model = RowTableModel(screen.table_model.columns)  # the screen's columns, no view
    column = {c.order: i for i, c in enumerate(model.columns)}
    out: list[Row] = []

    def row(name: str, ours: Callable[[], object], raw: Callable[[], object], target: str, times: int = repeat) -> None:
        out.append(Row(name, median_of(times, ours) * 1000, median_of(times, raw) * 1000, "ms", target))

    row("Feedback: open (count + first page)", screen.refresh, theirs.open, "<= 2x")
    for key in ("rating", "department", "from", "comment"):
        row(f"Feedback: sort by {key} (first page)",
            lambda k=key: model.sort(column[k], Qt.SortOrder.AscendingOrder),  # type: ignore[misc]
            lambda k=key: theirs.page(k), "<= 2x")
    model.sort(column["given"], Qt.SortOrder.DescendingOrder)
    if scroll:
        screen.refresh()
        ours_total, steps = scroll_to_end(model)
        theirs_total, theirs_steps = theirs.scroll()
        out.append(Row("Feedback: one scroll step (median)", statistics.median(steps) * 1000,
                       statistics.median(theirs_steps) * 1000, "ms", "<= 2x, <= 25 ms"))
        out.append(Row("Feedback: slowest scroll step", max(steps) * 1000, max(theirs_steps) * 1000, "ms",
                       "<= 25 ms"))
        out.append(Row(f"Feedback: scroll to the end ({len(model.rows):,} rows)", ours_total, theirs_total, "s",
                       "<= 2x"))
        screen.refresh()
    times = max(1, repeat // 2)
    every_row = getattr(services.feedback, "every_row", services.feedback.list)  # before: the list read whole
    row("Feedback: every row (export)", lambda: sum(1 for _ in every_row()), theirs.every_row, "<= 2x", times)
    # the texts an export from the window writes, made as it makes them: one at a time, as they are written
    # (before every_row_text: the whole list of texts, made on the window's thread)
    shown = getattr(model, "every_row_text", model.all_rows_text)
    row("Feedback: every row as the window shows it", lambda: sum(1 for _ in shown()), theirs.every_row,
        "<= 2x", times)
    with tempfile.TemporaryDirectory() as folder:
        ours, raw = Path(folder) / "feedback.csv", Path(folder) / "raw.csv"

        def raw_csv() -> None:  # the same rows written as stored: what any CSV of them costs
            with open(raw, "w", encoding="utf-8-sig", newline="") as handle:
                csv.writer(handle).writerows(theirs.every_row())  # type: ignore[arg-type]

        row("Feedback: export to CSV (icdesk export)",
            lambda: ExportService(services.ctx).export("feedback", ours), raw_csv, "<= 2x", times)
        # File > Export to CSV on the Feedback screen: the texts the table shows, written by the export's
        # job as the window runs it on its worker thread (before: ListScreen.visible_table, then write_csv)
        screen.table.setModel(model)
        job = getattr(screen, "export_job", None)
        if job is None:
            from icdesk.services.exports import write_csv

            def job(target: Path) -> Callable[[], object]:
                header, rows = screen.visible_table()
                return lambda: write_csv(target, header, rows)

        row("Feedback: export to CSV (the window's)", lambda: job(ours)(), raw_csv, "<= 2x", times)
    screen.deleteLater()
    return out


def summary_row(services: Any, floor: Floor, repeat: int) -> Row:
    """The service summary PDF over every request on file, beside one raw scan of the rows it adds up."""
    import tempfile
    from datetime import date, timedelta

    from icdesk.reports.registry import ReportSpec, build_report

    end = date.today() + timedelta(days=1)
    start = end - timedelta(days=366)
    spec = ReportSpec(kind="summary", start=start, end=end)
    lo, hi = start.isoformat(), end.isoformat()
    with tempfile.TemporaryDirectory() as folder:
        ours = median_of(max(1, repeat // 2), lambda: build_report(services, spec, Path(folder) / "summary.pdf"))
    theirs = median_of(repeat, lambda: (
        floor.db.execute("SELECT provider_id, service_seconds, resolved_at, resolution_due_at FROM requests "
                         "WHERE resolved_at >= ? AND resolved_at < ?", (lo, hi)).fetchall(),
        floor.db.execute("SELECT provider_id, count(*) FROM requests WHERE created_at >= ? AND created_at < ? "
                         "GROUP BY provider_id", (lo, hi)).fetchall()))
    return Row("Service summary PDF (a year)", ours, theirs, "s", "<= 1 s at 1M")


def print_rows(rows: list[Row]) -> None:
    print(f"{'measure':<42} {'icdesk':>10} {'floor':>10} {'ratio':>7}  target")
    for r in rows:
        ratio = r.icdesk / r.floor if r.floor else float("inf")
        print(f"{r.measure:<42} {r.icdesk:>8.1f}{r.unit:>2} {r.floor:>8.1f}{r.unit:>2} {ratio:>6.1f}x  {r.target}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--db", type=Path, required=True, help="a large data file (icdesk demo --requests 100000)")
    p.add_argument("--repeat", type=int, default=5, help="runs per measurement; the median is reported")
    p.add_argument("--no-scroll", action="store_true", help="leave out scrolling to the end (slow before 0014)")
    args = p.parse_args()
    with sqlite3.connect(f"file:{args.db}?mode=ro", uri=True) as db:
        requests = db.execute("SELECT count(*) FROM requests").fetchone()[0]
    print(f"{args.db}: {requests:,} requests")
    print_rows(measure(args.db, requests, args.repeat, not args.no_scroll))


if __name__ == "__main__":
    main()
