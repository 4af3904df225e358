"""Writing the example company's many requests and ratings fast (a million for the benchmarks).

The requests and ratings come as stored rows from ``demo_requests.RequestRows`` and
``demo_ratings.RatingRows`` (checked against the window's write path by tests/test_demo_requests.py).
Written by the driver's executemany (SQLite) or Core (a server) in large batches, without the
per-batch network figures: demo_figures.py counts those once, from the rows as they were told
(tested against ``network_figures.rebuild``). On SQLite the indexes of the three big tables
(requests, their history, ratings), and the row triggers that fill the search indexes, are dropped
while the rows go in and made again after them: building an index once from sorted rows is several
times cheaper than keeping two dozen of them up to date row by row. The few whose keys grow with the
requests' numbers stay (``APPENDED``): each row goes in at their end. The file is empty when the
example goes in (``DemoService.fill`` checks), and all of it is one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from icdesk.db.portable import on_server
from icdesk.domain.models import Feedback, Request, RequestEvent
from icdesk.services.demo_ratings import FEEDBACK_COLUMNS
from icdesk.services.demo_requests import EVENT_COLUMNS, REQUEST_COLUMNS, TIME_COLUMNS, instant

# negative: KiB, so 1 GiB at most, only while the example is written: the requests of a million (some
# 320 MB) stay in memory while each of their indexes is made again from them (measured: an eighth
# less CPU than 256 MiB, where every index read the whole table back from the file)
BULK_CACHE_KIB = -1_048_576
BULK_THREADS = 2  # SQLite's helper threads for sorting while the indexes are made again
BULK_TABLES = ("requests", "request_events", "feedback")  # the big ones: a row, about four events and
# half a rating per request
# indexes whose keys grow with the requests' numbers (the example logs them in time order): each row
# goes in at the index's end, which costs less than scanning the whole table again to build it
APPENDED = ("ix_request_events_request_id", "ix_requests_created_at", "ix_requests_created_provider",
            "ix_requests_cancelled_at", "ix_feedback_request_id")
# the search triggers of migrations 0010/0014/0015 and what they insert, for all rows at once
SEARCH_FILLS = {
    "request_search_insert": "INSERT INTO request_search(rowid, title_key, description_key) "
                             "SELECT id, title_key, description_key FROM requests",
    "note_search_insert": "INSERT INTO note_search(rowid, text) SELECT id, text_key FROM request_events "
                          "WHERE text_key != ''",
}
NO_REPLACE = ("request_events_no_replace",)  # migration 0013: a new history line may not take an old one's number
# a moment given in microseconds since 1970 as the text ``UTCDateTime`` stores ("2026-06-03 19:20:12.649739"),
# made by SQLite as the row goes in (NULL stays NULL; the microseconds' six digits without a format to parse)
STORED_TEXT = "datetime(?{n} / 1000000, 'unixepoch') || '.' || substr(?{n} % 1000000 + 1000000, 2)"


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def new_ids(s: Session, model: Any, count: int) -> list[int]:
    """``count`` new numbers for ``model``'s rows, as ``insert_requests`` gives them."""
    if count == 0:
        return []
    name = _table(model).name
    if on_server(s):
        return sorted(s.scalars(text(f"SELECT nextval(pg_get_serial_sequence('{name}', 'id')) "
                                     "FROM generate_series(1, :n)").bindparams(n=count)))
    first = (s.scalar(select(func.max(model.id))) or 0) + 1
    return list(range(first, first + count))


def _server_time(us: int | None) -> datetime | None:
    return None if us is None else instant(us)


class BulkWriter:
    """Requests, their history and ratings written in large batches; ``finish`` ends the filling."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._indexes: list[str] = []
        self._triggers: list[tuple[str, str]] = []  # name, SQL
        self._cache_size: int | None = None
        if not on_server(s):
            # the indexes are sorted in memory when made again: a larger page cache while filling
            self._cache_size = s.scalar(text("PRAGMA cache_size"))
            s.execute(text(f"PRAGMA cache_size = {BULK_CACHE_KIB}"))
            listed = s.execute(text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
                f"({', '.join(repr(t) for t in BULK_TABLES)})")).all()
            for name, sql in listed:
                if name in APPENDED:
                    continue
                s.execute(text(f'DROP INDEX "{name}"'))
                self._indexes.append(sql)
            # the row triggers that fill the full-text indexes (and refuse a replaced history line)
            # cost more than the insert itself; ``finish`` fills the indexes in one statement each,
            # with exactly the rows the triggers would have given them, and makes the triggers again
            triggers = s.execute(text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                f"({', '.join(repr(n) for n in (*SEARCH_FILLS, *NO_REPLACE))})")).all()
            for name, sql in triggers:
                s.execute(text(f'DROP TRIGGER "{name}"'))
                self._triggers.append((name, sql))

    def request_rows(self, rows: Sequence[tuple[Any, ...]],
                     histories: Sequence[Sequence[tuple[Any, ...]]]) -> list[int]:
        """Requests (``REQUEST_COLUMNS`` without the id) and their history lines (``EVENT_COLUMNS``
        without the request's id), moments in microseconds since 1970; returns the requests' numbers."""
        ids = new_ids(self.s, Request, len(rows))
        requests = [(request_id, *row) for request_id, row in zip(ids, rows, strict=True)]
        events = [(request_id, *event) for request_id, history in zip(ids, histories, strict=True)
                  for event in history]
        self._write(_table(Request), REQUEST_COLUMNS, requests)
        self._write(_table(RequestEvent), EVENT_COLUMNS, events)
        return ids

    def _write(self, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        """Rows of stored values, moments (``TIME_COLUMNS``) in microseconds: SQLite takes them as
        they are (driver executemany; SQLAlchemy's per-row parameter handling cost more than the
        insert itself) and writes the moments' text itself, a server takes instants through Core."""
        if not rows:
            return
        if on_server(self.s):
            times = [c in TIME_COLUMNS for c in columns]
            self.s.connection().execute(insert(table), [
                {c: _server_time(v) if moment else v for c, v, moment in zip(columns, row, times, strict=True)}
                for row in rows])
            return
        names = ", ".join(f'"{n}"' for n in columns)
        values = ", ".join(STORED_TEXT.format(n=n) if c in TIME_COLUMNS else f"?{n}"
                           for n, c in enumerate(columns, start=1))
        self.s.connection().exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({values})', rows)

    def feedback_rows(self, rows: Sequence[tuple[Any, ...]]) -> list[int]:
        """Ratings (``FEEDBACK_COLUMNS``, moments in microseconds); returns their numbers."""
        ids = new_ids(self.s, Feedback, len(rows))
        self._write(_table(Feedback), ("id", *FEEDBACK_COLUMNS),
                    [(feedback_id, *row) for feedback_id, row in zip(ids, rows, strict=True)])
        return ids

    def finish(self) -> None:
        """The indexes, search indexes and triggers back, as a new file has them."""
        if self._cache_size is not None:
            # sort the index entries on both cores: a few helper threads while the indexes are made
            self.s.execute(text(f"PRAGMA threads = {BULK_THREADS}"))
        for sql in self._indexes:
            self.s.execute(text(sql))
        self._indexes.clear()
        for name, sql in self._triggers:
            if name in SEARCH_FILLS:
                self.s.execute(text(SEARCH_FILLS[name]))
            self.s.execute(text(sql))
        self._triggers.clear()
        if self._cache_size is not None:
            self.s.execute(text(f"PRAGMA cache_size = {int(self._cache_size)}"))
            self.s.execute(text("PRAGMA threads = 0"))
            self._cache_size = None


__all__ = ["BulkWriter", "new_ids"]
