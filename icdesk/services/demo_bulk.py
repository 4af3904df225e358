"""Writing the example company's many requests and ratings fast (a million for the benchmarks).

Each request still passes ``prepare_request`` and each rating ``prepare_feedback``, the rules the
window obeys; only the writing differs from ``insert_requests``/``insert_feedback``: plain rows with
every stored key filled here (``title_key``/``description_key`` by ``search_key``, ``priority_rank``,
as the model fills them), written by Core executemany in large batches, without the per-batch
network figures — ``finish`` makes those once, from the stored rows, with ``network_figures.rebuild``
(the oracle the incremental figures are tested against). On SQLite the indexes of the two big tables
are dropped while the requests go in and made again after them: building an index once from sorted
rows is several times cheaper than keeping nineteen of them up to date row by row. The file is
empty when the example goes in (``DemoService.fill`` checks), and all of it is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Enum as EnumType
from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from icdesk.db.portable import on_server
from icdesk.domain.enums import Priority
from icdesk.domain.models import Feedback, Request, RequestEvent
from icdesk.domain.models.base import UTCDateTime
from icdesk.domain.models.requests import PRIORITY_RANKS
from icdesk.domain.rules import search_key
from icdesk.services.network_figures import rebuild
from icdesk.services.request_writes import PreparedRequest

BULK_CACHE_KIB = -262_144  # negative: KiB, so 256 MiB at most, only while the example is written
BULK_TABLES = ("requests", "request_events")  # the big ones: a row and about four events per request
# the triggers of migrations 0010/0014 that index each new row for search, and what they insert, for all rows at once
SEARCH_FILLS = {
    "request_search_insert": "INSERT INTO request_search(rowid, title_key, description_key) "
                             "SELECT id, title_key, description_key FROM requests",
    "note_search_insert": "INSERT INTO note_search(rowid, text) SELECT id, text FROM request_events WHERE text != ''",
}
NO_REPLACE = ("request_events_no_replace",)  # migration 0013: a new history line may not take an old one's number


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


def _stored_time(value: datetime | None) -> str | None:
    """What ``UTCDateTime`` stores in SQLite: naive UTC text with microseconds, so it sorts as time."""
    if value is None:
        return None
    if value.tzinfo is not UTC:
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; pass an aware datetime")
        value = value.astimezone(UTC)
    return value.isoformat(" ", "microseconds")[:26]  # without the "+00:00"


def _enum_values(kind: EnumType) -> Callable[[Any], Any]:
    """What an enum column stores: the member's value (a plain string goes as it is)."""
    values: dict[Any, Any] = {member: member.value for member in kind.enum_class or ()}
    return lambda value: values.get(value, value)


def write_rows(s: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT ``rows`` (all with the same keys). On SQLite the values are turned into what the
    column types store by the converters above and handed to the driver's executemany as tuples:
    SQLAlchemy's per-row parameter handling cost more than the insert itself. On a server, Core."""
    if not rows:
        return
    if on_server(s):
        s.connection().execute(insert(table), rows)
        return
    names = list(rows[0])
    # only the columns that need it are converted; the others go to the driver as they are
    convert: list[tuple[int, Callable[[Any], Any]]] = []
    for index, name in enumerate(names):
        kind = table.c[name].type
        if isinstance(kind, UTCDateTime):
            convert.append((index, _stored_time))
        elif isinstance(kind, EnumType):
            convert.append((index, _enum_values(kind)))
    values = itemgetter(*names)
    stored: list[tuple[Any, ...]] = []
    for row in rows:
        line = list(values(row))
        for index, make in convert:
            line[index] = make(line[index])
        stored.append(tuple(line))
    columns = ", ".join(f'"{n}"' for n in names)
    statement = f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" for _ in names)})'
    s.connection().exec_driver_sql(statement, stored)


def request_row(request_id: int, prepared: PreparedRequest) -> dict[str, Any]:
    """The stored row of a prepared request, with the keys the model would fill (migration 0014)."""
    row = prepared.row()
    row["id"] = request_id
    row["title_key"] = search_key(row["title"] or "")
    row["description_key"] = search_key(row["description"] or "")
    row["priority_rank"] = PRIORITY_RANKS[Priority(row["priority"])]
    return row


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

    def requests(self, prepared: Sequence[PreparedRequest]) -> list[int]:
        ids = new_ids(self.s, Request, len(prepared))
        rows = [request_row(request_id, p) for request_id, p in zip(ids, prepared, strict=True)]
        events = [{**event, "request_id": request_id} for request_id, p in zip(ids, prepared, strict=True)
                  for event in p.events]
        write_rows(self.s, _table(Request), rows)
        write_rows(self.s, _table(RequestEvent), events)
        return ids

    def feedback(self, rows: Sequence[dict[str, Any]]) -> list[int]:
        ids = new_ids(self.s, Feedback, len(rows))
        self.s.connection().execute(insert(_table(Feedback)),
                                    [{**row, "id": feedback_id} for feedback_id, row in zip(ids, rows, strict=True)])
        return ids

    def finish(self) -> None:
        """The indexes back, then the network figures made once from what was written."""
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
            self._cache_size = None

    def figures(self) -> None:
        rebuild(self.s)


__all__ = ["BulkWriter", "new_ids", "request_row", "write_rows"]
