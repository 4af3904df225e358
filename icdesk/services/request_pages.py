"""Pages of the request list, each statement compiled once and run by the driver (issue 21).

Building a list's SELECT, its cache key and SQLAlchemy's result set-up cost more than SQLite took
to find 200 rows, so a page took several times the raw SQL. Here the statement for one filter,
order and kind of page is built and compiled once (``db/driver_sql.py``) and kept; the page after
a row starts from that row's sort key, which the page read it returns (no statement to look it up
again). The values a page needs (now, the key of the last row, the words searched for, the department,
person or dates picked) are bound when it runs, so scrolling, reading a list again after a change,
every new word typed in the search and every other department picked run the kept statement (a
filter is kept by its shape, ``RequestFilter.shape``: which values it has, and of a search its kind).
A filter the driver cannot take as one fixed text (a choice of several statuses: SQLAlchemy writes
its list when it runs) is read through SQLAlchemy as before, with the same rows. A page keeps its
rows as the driver gave them and makes each ``RequestRow`` when it is first read
(``services/stored_rows.py``): the window looks at a few dozen of a page's 200 rows, and making all
of them cost more than SQLite's work.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import BindParameter, Connection, bindparam, func, select

from icdesk.db.driver_sql import AnySelect
from icdesk.domain.models import Request
from icdesk.services.dto import RequestRow
from icdesk.services.kept_pages import KeptStatements, PageKey, after_condition, after_kind, after_values
from icdesk.services.request_queries import (
    NULLABLE_KEYS,
    ROW_COLUMNS,
    SORT_KEYS,
    RequestFilter,
    row_query,
    sort_order,
    to_row,
)
from icdesk.services.stored_rows import StoredRows

__all__ = ["PageKey", "RequestPage", "RequestPages"]

# orders whose key is a column of the row already: not read twice (a list scrolled far keeps every row read)
KEY_IN_ROW = {sort: next(i for i, c in enumerate(ROW_COLUMNS) if c is cast(object, SORT_KEYS[sort]))
              for sort in ("id", "created", "due")}


class RequestPage(NamedTuple):
    rows: StoredRows[RequestRow]  # made into RequestRows as they are read
    last: PageKey | None  # None: the page is empty
    total: int | None = None  # how many rows the whole list has, when asked for


_NOW: BindParameter[datetime] = bindparam("now")


class RequestPages(KeptStatements):
    """The kept statements of one store's request lists (one per context, any thread reads them)."""

    def page(self, connection: Connection, flt: RequestFilter, now: datetime, sort: str, descending: bool,
             after: PageKey | None, limit: int | None) -> RequestPage:
        sort = sort if sort in SORT_KEYS else "created"
        key = SORT_KEYS[sort]
        at = KEY_IN_ROW.get(sort, -1)  # where the sort key is in a row (added at its end unless already there)

        def build() -> AnySelect:
            query = row_query(_NOW) if at >= 0 else row_query(_NOW).add_columns(key)
            query = query.where(*flt.conditions(cast(datetime, _NOW))).order_by(*sort_order(sort, descending))
            if after is not None:
                query = query.where(after_condition(key, Request.id, descending, after,  # type: ignore[arg-type]
                                                    sort in NULLABLE_KEYS))
            return query if limit is None else query.limit(limit)

        values: dict[str, Any] = {"now": now, **flt.values(), **after_values(after)}
        found, read = self.stored(connection, ("page", flt.shape(), sort, descending, after_kind(after), limit), build,
                                  values)
        # each row is made when it is looked at: a window shows a few dozen of a page's 200
        rows = StoredRows(found, lambda stored: to_row(read(stored)))
        return RequestPage(rows, PageKey(read(found[-1])[at], found[-1][0]) if found else None)

    def count(self, connection: Connection, flt: RequestFilter, now: datetime) -> int:
        def build() -> AnySelect:
            # count(*), not count(id): SQLite then counts the smallest index and reads no rows
            return select(func.count()).select_from(Request).where(*flt.conditions(cast(datetime, _NOW)))

        found = self.rows(connection, ("count", flt.shape()), build, {"now": now, **flt.values()})
        return int(found[0][0] or 0)

