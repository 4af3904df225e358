"""Ordering a long list by a key and reading the page after a given row (keyset paging).

A list is ordered by its key, then by the row's number, so every row has one place. The page after
the row with ``value`` and ``last_id`` is found from an index on (key, number) however far down it is,
instead of counting past every row above it (OFFSET). Empty keys come first going up and last going
down, on both stores (a server's own default is the other way round).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, or_, tuple_


def ordered_by(key: ColumnElement[Any], number: ColumnElement[Any], descending: bool) -> list[ColumnElement[Any]]:
    if descending:
        return [key.desc().nulls_last(), number.desc()]
    return [key.asc().nulls_first(), number.asc()]


def rows_after(key: ColumnElement[Any], number: ColumnElement[Any], descending: bool, value: Any, last_id: int,
               nullable: bool) -> ColumnElement[bool]:
    """The rows after the one with ``value`` and ``last_id`` in ``ordered_by``'s order."""
    if value is None:
        if descending:  # the empty keys come last: only those with a smaller number are left
            return and_(key.is_(None), number < last_id)
        return or_(and_(key.is_(None), number > last_id), key.is_not(None))
    # compared with a plain tuple, each value is bound as its column's type (instants as stored, in UTC)
    # values bound when the statement runs (services/request_pages.py) come typed already
    start = tuple_(value, last_id) if isinstance(value, ColumnElement) else (value, last_id)
    if descending:
        seek = tuple_(key, number) < start
        return or_(seek, key.is_(None)) if nullable else seek
    return tuple_(key, number) > start
