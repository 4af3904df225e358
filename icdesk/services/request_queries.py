"""SQL pieces for listing requests: the overdue test, filters and sort keys."""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    String,
    and_,
    bindparam,
    column,
    false,
    func,
    literal,
    or_,
    select,
    text,
    union,
)
from sqlalchemy.orm import aliased

from icdesk.db.portable import PerDialect
from icdesk.domain.enums import Priority, RequestStatus
from icdesk.domain.models import Department, Person, Request, RequestEvent
from icdesk.domain.rules import search_key
from icdesk.services.base import like_pattern, searched
from icdesk.services.dto import RequestRow
from icdesk.services.keyset import ordered_by, rows_after

S = RequestStatus

Provider = aliased(Department, name="provider")
RequesterDept = aliased(Department, name="requester_dept")
Requester = aliased(Person, name="requester")
Assignee = aliased(Person, name="assignee")


def overdue_expr(now: datetime | ColumnElement[datetime]) -> ColumnElement[bool]:
    """True for requests past a target without the matching event, at ``now`` (a time, or a
    parameter given when the statement runs).

    While a request waits on its requester, the resolution clock is stopped: it is late only if
    it was already late when the wait began.
    """
    response_late = and_(
        Request.status == S.NEW, Request.response_due_at.is_not(None), Request.response_due_at < now
    )
    resolution_late = and_(
        Request.resolution_due_at.is_not(None),
        or_(
            and_(statuses_in([S.NEW, S.IN_PROGRESS]), Request.resolution_due_at < now),
            and_(Request.status == S.WAITING, Request.resolution_due_at < Request.waiting_since),
        ),
    )
    return or_(response_late, resolution_late)


def statuses_in(statuses: list[RequestStatus]) -> ColumnElement[bool]:
    """``status IN (...)`` with one value each: the same SQL as ``in_``, written out when the statement
    is compiled rather than when it runs, so a kept statement (services/request_pages.py) can take it."""
    return Request.status.in_([literal(status, Request.status.type) for status in statuses])


def is_overdue(status: RequestStatus, response_due_at: datetime | None, resolution_due_at: datetime | None,
               waiting_since: datetime | None, now: datetime) -> bool:
    """overdue_expr for a request held in memory (one just logged, not read back): the same test."""
    if status is S.NEW and response_due_at is not None and response_due_at < now:
        return True
    if resolution_due_at is None:
        return False
    if status in (S.NEW, S.IN_PROGRESS):
        return resolution_due_at < now
    return status is S.WAITING and waiting_since is not None and resolution_due_at < waiting_since


def text_matches(needle: str) -> ColumnElement[bool]:
    """A search finds a request by what it says anywhere: title, details, the notes in its history,
    and the names of who asked and who works on it, ignoring case and accents ("lopez" finds "López").
    Three letters or more are looked up in the full-text index over the stored folded keys (0010,
    0014); shorter ones in titles and names only. Each part finds its request numbers through an
    index, so no request is read that does not match.

    What was typed is a named value of the statement (``search_values``), not part of its text: a
    kept statement (services/request_pages.py) runs again for every new word typed, where compiling
    a statement per word cost several times the search itself (issue 21)."""
    values = search_values(needle)
    key_like, like, phrase = (bindparam(name, values[name], String)
                              for name in ("search_key_like", "search_like", "search_phrase"))
    people = select(Person.id).where(_folded_like(Person.full_name, key_like, like))
    departments = select(Department.id).where(_folded_like(Department.name, key_like, like))
    parts: list[Select[Any]] = [
        select(Request.id).where(Request.requester_id.in_(people)),
        select(Request.id).where(Request.assignee_id.in_(people)),
        select(Request.id).where(Request.requester_department_id.in_(departments)),
        # the department doing the work, named in the list beside the one asking: "ресторан" found nothing
        select(Request.id).where(Request.provider_id.in_(departments)),
    ]
    if search_kind(needle) == "short":  # the trigram index cannot look up fewer than three letters
        parts.append(select(Request.id).where(Request.title_key.like(key_like, escape="\\")))
        return Request.id.in_(union(*parts))
    on_file = Request.id.in_(union(
        *parts,
        select(column("rowid", Integer)).select_from(text("request_search"))
        .where(text("request_search MATCH :search_phrase").bindparams(phrase)),
        select(RequestEvent.request_id).where(RequestEvent.id.in_(
            select(column("rowid", Integer)).select_from(text("note_search"))
            .where(text("note_search MATCH :search_phrase").bindparams(phrase))))))  # notes folded too (0015)
    # a server has no FTS5: the same substrings found through pg_trgm's indexes on the keys (0014)
    on_server = Request.id.in_(union(
        *parts,
        select(Request.id).where(Request.title_key.like(key_like, escape="\\")),
        select(Request.id).where(Request.description_key.like(key_like, escape="\\")),
        select(RequestEvent.request_id).where(_folded(RequestEvent.text).like(_folded(like), escape="\\"))))
    return PerDialect(on_file, on_server)


def _folded(value: Any) -> ColumnElement[str]:
    return func.icd_fold(value)


def _folded_like(name: Any, key_like: ColumnElement[str], like: ColumnElement[str]) -> ColumnElement[bool]:
    """``contains_text`` (services/base.py) with what was typed as named values: on a file the stored
    name folded against the folded text, on a server both folded by the server's own fold."""
    return PerDialect(_folded(name).like(key_like, escape="\\"), _folded(name).like(_folded(like), escape="\\"))


def search_kind(text: str) -> str:
    """Which statement a search takes ("" none, a request's number, fewer than three letters, words);
    what was typed is bound when it runs (``search_values``)."""
    needle = searched(text)
    if not needle:
        return ""
    if needle.lstrip("#").isdecimal() and len(needle.lstrip("#")) <= 18:  # past 18 digits: no request's number
        return "number"
    return "short" if len(needle) < 3 else "words"


def search_values(text: str) -> dict[str, Any]:
    """The values a search's statement takes for ``text``."""
    needle = searched(text)
    kind = search_kind(needle)
    if kind == "":
        return {}
    if kind == "number":
        return {"search_id": int(needle.lstrip("#"))}
    key = search_key(needle)
    return {"search_key_like": like_pattern(key), "search_like": like_pattern(needle), "search_phrase": _phrase(key)}


def _phrase(words: str) -> str:
    return '"' + words.replace('"', '""') + '"'


SORT_KEYS: dict[str, ColumnElement[object]] = {
    "id": Request.id,  # type: ignore[dict-item]
    "title": Request.title_key,  # type: ignore[dict-item]
    "status": Request.status,  # type: ignore[dict-item]
    "priority": Request.priority_rank,  # type: ignore[dict-item]
    # names folded and stored beside each request (0015): the order is read from an index
    "provider": Request.provider_key,  # type: ignore[dict-item]
    "requester": Request.requester_key,  # type: ignore[dict-item]
    "assignee": Request.assignee_key,  # type: ignore[dict-item]
    "created": Request.created_at,  # type: ignore[dict-item]
    "due": Request.resolution_due_at,  # type: ignore[dict-item]
}
NULLABLE_KEYS = frozenset({"assignee", "due"})


def sort_order(sort: str, descending: bool) -> list[ColumnElement[Any]]:
    """ORDER BY for a list: the key, then the number (services/keyset.py)."""
    return ordered_by(SORT_KEYS.get(sort, SORT_KEYS["created"]), Request.id, descending)  # type: ignore[arg-type]


def after_row(sort: str, descending: bool, value: Any, last_id: int) -> ColumnElement[bool]:
    """The rows after the one with ``value`` and ``last_id`` in sort_order: where the next page starts."""
    return rows_after(SORT_KEYS.get(sort, SORT_KEYS["created"]), Request.id, descending, value,  # type: ignore[arg-type]
                      last_id, sort in NULLABLE_KEYS)


@dataclass(frozen=True)
class RequestFilter:
    text: str = ""
    statuses: frozenset[RequestStatus] = field(default_factory=frozenset)
    provider_id: int | None = None
    requester_department_id: int | None = None
    priority: Priority | None = None
    assignee_id: int | None = None
    overdue_only: bool = False
    created_from: datetime | None = None
    created_before: datetime | None = None
    resolved_from: datetime | None = None

    def conditions(self, now: datetime) -> list[ColumnElement[bool]]:
        """The filter's WHERE. What was typed or picked (words, a department, a person, dates) comes as
        named values (``values``), so a statement kept for this ``shape`` serves every other value."""
        out: list[ColumnElement[bool]] = []
        if self.text.strip():
            needle = self.text.strip()
            if search_kind(needle) == "number":
                out.append(Request.id == bindparam("search_id", search_values(needle)["search_id"], Integer))
            else:
                out.append(text_matches(needle))
        if self.statuses:
            out.append(statuses_in(sorted(self.statuses)))
        for name, (column_, op) in _PICKED.items():
            value = getattr(self, name)
            if value is not None:
                out.append(op(column_, bindparam(f"filter_{name}", value, column_.type)))
        if self.priority is not None:
            out.append(Request.priority == self.priority)
        if self.overdue_only:
            out.append(overdue_expr(now))
        return out or [~false()]

    def values(self) -> dict[str, Any]:
        """The values ``conditions`` binds by name, given again whenever a kept statement runs."""
        out = search_values(self.text)
        for name in _PICKED:
            value = getattr(self, name)
            if value is not None:
                out[f"filter_{name}"] = value
        return out

    def shape(self) -> RequestFilter:
        """What the statement's text depends on: which values are given (not the values), the kind of
        search, and the statuses, priority and overdue test written into it."""
        given: dict[str, Any] = {name: None if getattr(self, name) is None else _GIVEN[name] for name in _PICKED}
        return replace(self, text=search_kind(self.text), **given)


# the filter's values bound by name: (column, comparison)
_PICKED: dict[str, tuple[Any, Callable[[Any, Any], ColumnElement[bool]]]] = {
    "provider_id": (Request.provider_id, operator.eq),
    "requester_department_id": (Request.requester_department_id, operator.eq),
    "assignee_id": (Request.assignee_id, operator.eq),
    "created_from": (Request.created_at, operator.ge),
    "created_before": (Request.created_at, operator.lt),
    "resolved_from": (Request.resolved_at, operator.ge),
}
_AT = datetime(2000, 1, 1, tzinfo=UTC)
_GIVEN: dict[str, Any] = {"provider_id": 0, "requester_department_id": 0, "assignee_id": 0,
                          "created_from": _AT, "created_before": _AT, "resolved_from": _AT}


ROW_COLUMNS = (Request.id, Request.title, Request.status, Request.priority, Request.provider_id,
               Request.created_at, Request.response_due_at, Request.resolution_due_at, Request.first_response_at,
               Request.resolved_at, Request.waiting_since, Request.paused_seconds, Request.service_seconds)


def row_query(now: datetime | ColumnElement[datetime]) -> Select[*tuple[Any, ...]]:
    """One row per request as lists show it: plain columns (no mapped objects, which cost more to
    build than the query takes) and the overdue test done in SQL."""
    return (
        select(
            *ROW_COLUMNS,
            Provider.name.label("provider_name"),
            Requester.full_name.label("requester_name"),
            RequesterDept.name.label("requester_department_name"),
            Assignee.full_name.label("assignee_name"),
            overdue_expr(now).label("overdue"),
        )
        .join(Provider, Provider.id == Request.provider_id)
        .outerjoin(Requester, Requester.id == Request.requester_id)
        .outerjoin(RequesterDept, RequesterDept.id == Request.requester_department_id)
        .outerjoin(Assignee, Assignee.id == Request.assignee_id)
    )


def to_row(r: Row[Any] | tuple[Any, ...]) -> RequestRow:
    # by position, in row_query's order (a page's sort key may follow): a page of 200 rows is built
    # several times faster than by name
    (id_, title, status, priority, provider_id, created_at, response_due_at, resolution_due_at, first_response_at,
     resolved_at, waiting_since, paused_seconds, service_seconds, provider_name, requester_name,
     requester_department_name, assignee_name, overdue, *_key) = cast(Any, r)
    return RequestRow(
        id_, title, status, priority, provider_id, str(provider_name),
        str(requester_name or requester_department_name or ""), str(requester_department_name or ""),
        str(assignee_name or ""), created_at, response_due_at, resolution_due_at, first_response_at, resolved_at,
        waiting_since, paused_seconds, bool(overdue), service_seconds,
    )
