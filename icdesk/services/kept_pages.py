"""Statements of long lists, each compiled once and kept, and where the page after a row starts.

Shared by the Requests list (``request_pages.py``) and the Feedback list (``feedback_pages.py``):
a statement for one filter, order and kind of page is built and compiled once (``db/driver_sql.py``)
and kept, least recently used dropped; the page after a row starts from that row's sort key and
number (``PageKey``), bound when the kept statement runs, so scrolling runs no other statement.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple, cast

from sqlalchemy import ColumnElement, Connection, Integer, bindparam

from icdesk.db.driver_sql import AnySelect, DriverStatement
from icdesk.services.keyset import rows_after

KEPT = 64  # statements kept per list: a few filters, each in a few orders


class PageKey(NamedTuple):
    """Where the next page starts: the last row's sort key and number."""

    value: Any
    id: int


def after_kind(after: PageKey | None) -> str:
    """The part of a page's statement that depends on where it starts: the top, after a key, after none."""
    return "top" if after is None else "empty" if after.value is None else "key"


def after_condition(key: ColumnElement[Any], number: ColumnElement[Any], descending: bool, after: PageKey,
                    nullable: bool) -> ColumnElement[bool]:
    """The rows after ``after`` in ``keyset.ordered_by``'s order, with its key and number left as
    values given when the statement runs (``after_values``)."""
    value = None if after.value is None else bindparam("after_key", type_=key.type)
    return rows_after(key, number, descending, value, cast(int, bindparam("after_id", type_=Integer)), nullable)


def after_values(after: PageKey | None) -> dict[str, Any]:
    if after is None:
        return {}
    return {"after_id": after.id} if after.value is None else {"after_id": after.id, "after_key": after.value}


class KeptStatements:
    """The kept statements of one list, for any store (one per process; any thread reads them)."""

    def __init__(self) -> None:
        self._kept: OrderedDict[tuple[Any, ...], tuple[DriverStatement, AnySelect, bool]] = OrderedDict()

    def _statement(self, shape: tuple[Any, ...], build: Callable[[], AnySelect]
                   ) -> tuple[DriverStatement, AnySelect, bool]:
        found = self._kept.get(shape)
        if found is None:
            statement = build()
            found = (DriverStatement(statement), statement, True)
            self._kept[shape] = found
            while len(self._kept) > KEPT:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(shape)
        return found

    def rows(self, connection: Connection, shape: tuple[Any, ...], build: Callable[[], AnySelect],
             values: dict[str, Any], make: Callable[[Iterable[Any]], Any] = tuple) -> list[Any]:
        """What the statement of ``shape`` (made by ``build`` the first time) finds with ``values``,
        each row made by ``make`` from its values."""
        driver, statement, drivable = self._statement(shape, build)
        if drivable:
            try:
                return driver.rows(connection, values, make)
            except ValueError:  # a list of values written when it runs: SQLAlchemy's own way, from now on
                self._kept[shape] = (driver, statement, False)
        return [make(r) for r in connection.execute(statement, values)]

    def stored(self, connection: Connection, shape: tuple[Any, ...], build: Callable[[], AnySelect],
               values: dict[str, Any]) -> tuple[list[Any], Callable[[Any], tuple[Any, ...]]]:
        """The rows as the store gave them, and how to read one as SQLAlchemy would: a list's page
        makes each row when it is shown (services/stored_rows.py)."""
        driver, statement, drivable = self._statement(shape, build)
        if drivable:
            try:
                return driver.stored(connection, values), driver.reader(connection.dialect)
            except ValueError:  # a list of values written when it runs: SQLAlchemy's own way, from now on
                self._kept[shape] = (driver, statement, False)
        return [tuple(r) for r in connection.execute(statement, values)], tuple
