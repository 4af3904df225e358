"""Pages of the Feedback list, each statement compiled once and run by the driver (issue 21).

The same path as the Requests list (``request_pages.py``, ``kept_pages.py``): a page is one kept
statement with only the last row's sort key bound, each page returns the key the next one starts
from, and a new list is counted in the same read as its first page. Every heading sorts along an
index: the date, rating, request and breakdown point from the rating's own columns, the department
rated through its name's index, who gave it from the name stored beside it (``author_key``, 0016),
and the comment from its folded first characters stored beside it (``comment_key``, 0017).
An export reads every matching rating the same way, a large page at a time (``every_row``), so
memory holds one page and no mapped object is made.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Connection, func, select
from sqlalchemy.orm import aliased

from icdesk.db.driver_sql import AnySelect
from icdesk.domain.enums import BreakdownPoint
from icdesk.domain.models import Department, Feedback, Person
from icdesk.services.base import contains_text
from icdesk.services.dto import FeedbackRow
from icdesk.services.kept_pages import KeptStatements, PageKey, after_condition, after_kind, after_values
from icdesk.services.keyset import ordered_by
from icdesk.services.stored_rows import StoredRows

RATED, AUTHOR_DEPARTMENT = aliased(Department, name="rated"), aliased(Department, name="author_department")
# what each heading of the list sorts by, each read from an index (0015, 0016, 0017)
SORT_KEYS: dict[str, ColumnElement[Any]] = {
    "given": Feedback.created_at,  # type: ignore[dict-item]
    "department": RATED.name_key,  # type: ignore[dict-item]
    "rating": Feedback.rating,  # type: ignore[dict-item]
    "request": Feedback.request_id,  # type: ignore[dict-item]
    "breakdown": Feedback.breakdown_point,  # type: ignore[dict-item]
    # the person's name, else the department's, folded; anonymous ratings name no one: an empty key
    "from": Feedback.author_key,  # type: ignore[dict-item]
    # the comment folded, its first 64 characters (0017): an index, not a sort of every comment
    "comment": Feedback.comment_key,  # type: ignore[dict-item]
}
NULLABLE_KEYS = frozenset({"request", "breakdown"})
# a FeedbackRow's fields in its order; names a rating lacks are empty, as the list shows them
ROW_QUERY = (
    select(Feedback.id, Feedback.request_id, Feedback.department_id, RATED.name, Feedback.rating,
           Feedback.comment, Feedback.breakdown_point, Feedback.anonymous, func.coalesce(Person.full_name, ""),
           func.coalesce(AUTHOR_DEPARTMENT.name, ""), Feedback.created_at)
    .join(RATED, RATED.id == Feedback.department_id)
    .outerjoin(Person, Person.id == Feedback.author_id)
    .outerjoin(AUTHOR_DEPARTMENT, AUTHOR_DEPARTMENT.id == Feedback.author_department_id)
)
_WIDTH = 11  # the columns of ROW_QUERY; a page's sort key follows them unless it is one of them:
# a FeedbackRow from its values as read, checked by the tests rather than per row as _make checks
_MAKE = partial(tuple.__new__, FeedbackRow)
IN_ROW = {"given": 10, "rating": 4, "request": 1, "breakdown": 6}  # heading -> its column
# ratings read at a time by an export, one statement per page. Small, for Python's cycle collector:
# the rows of a page of 5,000 lived long enough to reach its oldest generation, whose growth then set
# off full collections of everything the process holds, some fifty per 46,000 ratings (half of what an
# export cost); a page of 500 is gone before that, and the statements cost next to nothing
EXPORT_PAGE = 500


@dataclass(frozen=True)
class FeedbackFilter:
    """Which ratings a list shows; each value is written into its kept statement (a few filters are kept)."""

    department_id: int | None = None  # the department rated
    request_id: int | None = None
    max_rating: int | None = None
    breakdown_point: BreakdownPoint | None = None
    text: str = ""  # found in the comment, without case or accents
    given_since: datetime | None = None  # the dashboard's "last 30 days"

    def conditions(self) -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        if self.given_since is not None:
            out.append(Feedback.created_at >= self.given_since)
        if self.text.strip():
            out.append(contains_text(Feedback.comment, self.text))
        if self.department_id is not None:
            out.append(Feedback.department_id == self.department_id)
        if self.request_id is not None:
            out.append(Feedback.request_id == self.request_id)
        if self.max_rating is not None:
            out.append(Feedback.rating <= self.max_rating)
        if self.breakdown_point is not None:
            out.append(Feedback.breakdown_point == self.breakdown_point)
        return out


class FeedbackPage(NamedTuple):
    rows: Sequence[FeedbackRow]  # a list's page: StoredRows, each made when it is looked at
    last: PageKey | None  # None: the page is empty
    total: int | None = None  # how many ratings the whole list has, when asked for


def sort_order(sort: str, descending: bool) -> list[ColumnElement[Any]]:
    """ORDER BY for the list: the heading's key, then the number (services/keyset.py)."""
    return ordered_by(SORT_KEYS.get(sort, SORT_KEYS["given"]), Feedback.id, descending)  # type: ignore[arg-type]


class FeedbackPages(KeptStatements):
    """The kept statements of the Feedback list (one per process, any thread reads them)."""

    def page(self, connection: Connection, flt: FeedbackFilter, sort: str, descending: bool,
             after: PageKey | None, limit: int | None, made_now: bool = False) -> FeedbackPage:
        """``made_now``: every row made as it is read (an export writes each), a column at a time by the
        driver; else each row is made the first time it is looked at (services/stored_rows.py: a window
        shows a few dozen of a page's 200, and making the others cost a third of the page)."""
        sort = sort if sort in SORT_KEYS else "given"
        key = SORT_KEYS[sort]

        column = IN_ROW.get(sort)

        def build() -> AnySelect:
            query = ROW_QUERY if column is not None else ROW_QUERY.add_columns(key)
            query = query.where(*flt.conditions()).order_by(*sort_order(sort, descending))
            if after is not None:
                query = query.where(after_condition(key, Feedback.id, descending, after,  # type: ignore[arg-type]
                                                    sort in NULLABLE_KEYS))
            return query if limit is None else query.limit(limit)

        shape = ("page", flt, sort, descending, after_kind(after), limit)
        if made_now:  # the next page starts at the last row's key
            if column is not None:
                rows: list[FeedbackRow] = self.rows(connection, shape, build, after_values(after), _MAKE)
                return FeedbackPage(rows, PageKey(rows[-1][column], rows[-1].id) if rows else None)
            read = self.rows(connection, shape, build, after_values(after))
            return FeedbackPage([_MAKE(r[:_WIDTH]) for r in read], PageKey(read[-1][-1], read[-1][0]) if read else None)
        found, reader = self.stored(connection, shape, build, after_values(after))
        at = _WIDTH if column is None else column  # the sort key: in the row, else after it
        last = PageKey(reader(found[-1])[at], found[-1][0]) if found else None
        if column is None:
            return FeedbackPage(StoredRows(found, lambda stored: _MAKE(reader(stored)[:_WIDTH])), last)
        return FeedbackPage(StoredRows(found, lambda stored: _MAKE(reader(stored))), last)

    def count(self, connection: Connection, flt: FeedbackFilter) -> int:
        def build() -> AnySelect:
            # count(*), not count(id): SQLite then counts the smallest index and reads no rows
            return select(func.count()).select_from(Feedback).where(*flt.conditions())

        return int(self.rows(connection, ("count", flt), build, {})[0][0] or 0)

    def every_row(self, connection: Connection, flt: FeedbackFilter, sort: str = "given",
                  descending: bool = True) -> Iterator[FeedbackRow]:
        """Every rating the filter finds, in the list's order, read a large page at a time by key."""
        after: PageKey | None = None
        while True:
            page = self.page(connection, flt, sort, descending, after, EXPORT_PAGE, made_now=True)
            yield from page.rows
            if page.last is None or len(page.rows) < EXPORT_PAGE:
                return
            after = page.last
