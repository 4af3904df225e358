"""Pages of the request list, each statement compiled once and run by the driver (issue 21).

Building a list's SELECT, its cache key and SQLAlchemy's result set-up cost more than SQLite took
to find 200 rows, so a page took several times the raw SQL. Here the statement for one filter,
order and kind of page is built and compiled once (``db/driver_sql.py``) and kept; the page after
a row starts from that row's sort key, which the page read it returns (no statement to look it up
again). The values a page needs (now, the key of the last row) are bound when it runs, so scrolling
and reading a list again after a change run the kept statement. A filter the driver cannot take
as one fixed text (a choice of several statuses: SQLAlchemy writes its list when it runs) is read
through SQLAlchemy as before, with the same rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import BindParameter, Connection, bindparam, func, select

from icdesk.db.driver_sql import AnySelect
from icdesk.domain.models import Request
from icdesk.services.dto import RequestRow
from icdesk.services.kept_pages import KeptStatements, PageKey, after_condition, after_kind, after_values
from icdesk.services.request_queries import NULLABLE_KEYS, SORT_KEYS, RequestFilter, row_query, sort_order, to_row

__all__ = ["PageKey", "RequestPage", "RequestPages"]


class RequestPage(NamedTuple):
    rows: list[RequestRow]
    last: PageKey | None  # None: the page is empty
    total: int | None = None  # how many rows the whole list has, when asked for


_NOW: BindParameter[datetime] = bindparam("now")


class RequestPages(KeptStatements):
    """The kept statements of one store's request lists (one per context, any thread reads them)."""

    def page(self, connection: Connection, flt: RequestFilter, now: datetime, sort: str, descending: bool,
             after: PageKey | None, limit: int | None) -> RequestPage:
        sort = sort if sort in SORT_KEYS else "created"
        key = SORT_KEYS[sort]

        def build() -> AnySelect:
            query = (row_query(_NOW).add_columns(key).where(*flt.conditions(cast(datetime, _NOW)))
                     .order_by(*sort_order(sort, descending)))
            if after is not None:
                query = query.where(after_condition(key, Request.id, descending, after,  # type: ignore[arg-type]
                                                    sort in NULLABLE_KEYS))
            return query if limit is None else query.limit(limit)

        values: dict[str, Any] = {"now": now, **after_values(after)}
        found = self.rows(connection, ("page", flt, sort, descending, after_kind(after), limit), build, values)
        rows = [to_row(r) for r in found]
        return RequestPage(rows, PageKey(found[-1][-1], found[-1][0]) if found else None)

    def count(self, connection: Connection, flt: RequestFilter, now: datetime) -> int:
        def build() -> AnySelect:
            # count(*), not count(id): SQLite then counts the smallest index and reads no rows
            return select(func.count()).select_from(Request).where(*flt.conditions(cast(datetime, _NOW)))

        found = self.rows(connection, ("count", flt), build, {"now": now})
        return int(found[0][0] or 0)

