"""Feedback: ratings of a resolved request or of a department in general."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, insert, select
from sqlalchemy.orm import Session

from icdesk.db.portable import average
from icdesk.domain.enums import BreakdownPoint, EventKind, RequestStatus
from icdesk.domain.errors import DuplicateError, RuleError, ValidationError
from icdesk.domain.models import Department, Feedback, Person, Request, RequestEvent
from icdesk.domain.rules import TEXT_MAX, check_rating, clean_text, comment_key, one_of, search_key
from icdesk.services.base import ServiceBase, archived, get_or_fail, gone, has_left
from icdesk.services.dto import FeedbackRow
from icdesk.services.feedback_pages import (
    NULLABLE_KEYS,
    ROW_QUERY,
    SORT_KEYS,
    FeedbackFilter,
    FeedbackPage,
    FeedbackPages,
    sort_order,
)
from icdesk.services.kept_pages import PageKey
from icdesk.services.keyset import rows_after
from icdesk.services.network_figures import feedback_added


@dataclass
class FeedbackDraft:
    rating: int
    request_id: int | None = None
    department_id: int | None = None  # the department rated, when not about one request
    comment: str = ""
    breakdown_point: BreakdownPoint | None = None
    author_id: int | None = None
    author_department_id: int | None = None
    anonymous: bool = False


def _rows(s: Session, *conditions: ColumnElement[bool], limit: int | None = None, offset: int = 0,
          sort: str = "given", descending: bool = True, after: int | None = None) -> list[FeedbackRow]:
    """Plain columns, not mapped objects, through SQLAlchemy: one rating, or a list read whole.
    ``after``: the number of the last rating of the page before; the next page is read by key.
    The window's list and the export read by kept statements instead (feedback_pages.py)."""
    key = SORT_KEYS.get(sort, SORT_KEYS["given"])
    query = ROW_QUERY.where(*conditions)
    if after is not None:
        value = s.execute(ROW_QUERY.with_only_columns(key).where(Feedback.id == after)).scalar()
        query = query.where(rows_after(key, Feedback.id, descending, value, after,  # type: ignore[arg-type]
                                       sort in NULLABLE_KEYS))
    query = query.order_by(*sort_order(sort, descending)).offset(offset).limit(limit)
    make = FeedbackRow._make  # by position: ROW_QUERY's columns are a FeedbackRow's fields
    return [make(r) for r in s.execute(query)]


class FeedbackReferences:
    """What rules about feedback look at, for a batch of drafts, read in a few queries."""

    def __init__(self, s: Session, drafts: Sequence[FeedbackDraft]) -> None:
        request_ids = sorted({d.request_id for d in drafts if d.request_id is not None})
        person_ids = sorted({d.author_id for d in drafts if d.author_id is not None})
        self.requests: dict[int, tuple[RequestStatus, int, int | None]] = {}  # status, provider, assignee
        self.handlers: dict[int, set[int]] = {}  # request -> people who moved it
        self.rated: set[tuple[int, int]] = set()  # (request, person) of the named ratings given, batch included
        for start in range(0, len(request_ids), 900):
            chunk = request_ids[start:start + 900]
            for rid, status, provider, assignee in s.execute(
                    select(Request.id, Request.status, Request.provider_id, Request.assignee_id)
                    .where(Request.id.in_(chunk))):
                self.requests[rid] = (status, provider, assignee)
            for rid, actor in s.execute(
                    select(RequestEvent.request_id, RequestEvent.actor_id).distinct()
                    .where(RequestEvent.request_id.in_(chunk), RequestEvent.kind == EventKind.STATUS,
                           RequestEvent.actor_id.is_not(None))):
                self.handlers.setdefault(rid, set()).add(int(actor))  # type: ignore[arg-type]
            for rated_id, author in s.execute(
                    select(Feedback.request_id, Feedback.author_id).distinct()
                    .where(Feedback.request_id.in_(chunk), Feedback.author_id.is_not(None))):
                self.rated.add((int(rated_id), int(author)))  # type: ignore[arg-type]
        self.people: dict[int, tuple[str, int | None]] = {}  # name, department
        self.left: set[int] = set()  # people who have left: kept for the history, they give no new ratings
        for start in range(0, len(person_ids), 900):
            for pid, name, dept, active in s.execute(
                    select(Person.id, Person.full_name, Person.department_id, Person.active)
                    .where(Person.id.in_(person_ids[start:start + 900]))):
                self.people[pid] = (name, dept)
                if not active:
                    self.left.add(pid)
        department_ids = {d for d in (*(d.department_id for d in drafts), *(d.author_department_id for d in drafts),
                                      *(dept for _, dept in self.people.values())) if d is not None}
        # each with its name: a rating keeps its author's folded (author_key, 0016)
        self.departments: dict[int, str] = {}
        self.archived: set[int] = set()  # rated as a whole no more (a request they served still is)
        for d, name, archived_at in s.execute(select(Department.id, Department.name, Department.archived_at)
                                              .where(Department.id.in_(sorted(department_ids)))):
            self.departments[d] = name
            if archived_at is not None:
                self.archived.add(d)



def prepare_feedback(refs: FeedbackReferences, now: datetime, draft: FeedbackDraft) -> dict[str, Any]:
    """Check a rating against every rule; returns the row to insert. Anonymous keeps no author."""
    rating = check_rating(draft.rating)
    comment = clean_text(draft.comment, "The comment", required=False, max_len=TEXT_MAX, field="comment")
    breakdown = one_of(BreakdownPoint, draft.breakdown_point, "breakdown_point") if draft.breakdown_point else None
    author = None
    if draft.author_id is not None:
        if draft.author_id not in refs.people:
            raise gone("person")
        author = refs.people[draft.author_id]
        if draft.author_id in refs.left:
            raise has_left(author[0], "author")
    if draft.request_id is not None:
        if draft.request_id not in refs.requests:
            raise gone("request")
        status, department_id, assignee = refs.requests[draft.request_id]
        if status not in (RequestStatus.RESOLVED, RequestStatus.CLOSED):
            raise RuleError("Only a resolved or closed request can be rated; finish the work first.")
        # the provider's people who worked on it cannot rate it; the requester answering a
        # question while it waited is not working on it
        if author is not None and (assignee == draft.author_id or (
                author[1] == department_id and draft.author_id in refs.handlers.get(draft.request_id, set()))):
            raise RuleError("{full_name} worked on this request and cannot rate it.", full_name=author[0])
        # one rating per person and request: a second one (a double click, a paper form typed in twice)
        # would count the same opinion twice in every average
        if author is not None and draft.author_id is not None and not draft.anonymous:
            if (draft.request_id, draft.author_id) in refs.rated:
                raise DuplicateError("{full_name} has already rated request #{n}.", full_name=author[0],
                                     n=draft.request_id)
    elif draft.department_id is not None:
        if draft.department_id not in refs.departments:
            raise gone("department")
        if draft.department_id in refs.archived:
            raise archived(refs.departments[draft.department_id], "department")
        department_id = draft.department_id
    else:
        raise ValidationError("Choose the request or the department this feedback is about.", field="department")
    author_dept_id = draft.author_department_id or (author[1] if author else None)
    if author_dept_id is not None and author_dept_id not in refs.departments:
        raise gone("department")
    if draft.author_department_id in refs.archived:  # someone's own department archived since: theirs still
        raise archived(refs.departments[draft.author_department_id], "author_department")
    if author is not None and author[1] is not None and author_dept_id != author[1]:
        # a person rates from their own department: another one named beside them would let a department
        # rate its own service, recorded as someone else's opinion
        raise ValidationError("{full_name} works in {department}; choose that department, or leave it blank.",
                              full_name=author[0], department=refs.departments[author[1]],
                              field="author_department")
    if draft.request_id is None and author_dept_id == department_id and author_dept_id is not None:
        raise RuleError("A department cannot rate its own service.")
    if draft.request_id is not None and draft.author_id is not None and not draft.anonymous:
        refs.rated.add((draft.request_id, draft.author_id))
    return dict(
        request_id=draft.request_id, department_id=department_id, rating=rating, comment=comment,
        comment_key=comment_key(comment),
        breakdown_point=breakdown, anonymous=bool(draft.anonymous), created_at=now,
        # anonymous: who gave it is checked above, then forgotten, never stored
        author_id=None if draft.anonymous else draft.author_id,
        author_department_id=None if draft.anonymous else author_dept_id,
        author_key="" if draft.anonymous else author_key(
            author[0] if author else None, None if author_dept_id is None else refs.departments[author_dept_id]),
    )


def author_key(person_name: str | None, department_name: str | None) -> str:
    """What the list sorts "from" by: the person's name, else the department's, folded (0016)."""
    return search_key(person_name or department_name or "")


def insert_feedback(s: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Write checked ratings; returns their ids."""
    statement = insert(Feedback).returning(Feedback.id, sort_by_parameter_order=True).execution_options(
        render_nulls=True)
    ids: list[int] = []
    for start in range(0, len(rows), 500):  # one multi-row INSERT each (see insert_requests)
        ids += s.scalars(statement, list(rows[start:start + 500]))
    feedback_added(s, rows)  # the network figures, in the same transaction
    return ids


def give_feedback(s: Session, now: datetime, draft: FeedbackDraft) -> int:
    """One rating through the same rules as a batch; returns its id."""
    [feedback_id] = insert_feedback(s, [prepare_feedback(FeedbackReferences(s, [draft]), now, draft)])
    return feedback_id


_PAGES = FeedbackPages()  # statements kept per kind of store; the last row's key is bound when they run
PAGE = 200  # ratings a list reads at a time


class FeedbackService(ServiceBase):
    def give(self, draft: FeedbackDraft) -> FeedbackRow:
        with self.db.transaction() as s:
            return _rows(s, Feedback.id == give_feedback(s, self.clock(), draft))[0]

    def get(self, feedback_id: int) -> FeedbackRow:
        with self.db.reading() as s:
            get_or_fail(s, Feedback, feedback_id, "feedback")
            return _rows(s, Feedback.id == feedback_id)[0]

    def list(
        self, department_id: int | None = None, request_id: int | None = None, max_rating: int | None = None,
        breakdown_point: BreakdownPoint | None = None, limit: int | None = None, text: str = "", offset: int = 0,
        given_since: datetime | None = None, sort: str = "given", descending: bool = True, after: int | None = None,
    ) -> list[FeedbackRow]:
        """Newest first unless ``sort`` (a key of SORT_KEYS) says otherwise; ``limit`` reads one page of
        a long list, ``after`` (the number of the last rating of the page before) the next one, found by
        key however far down it is."""
        flt = FeedbackFilter(department_id, request_id, max_rating, breakdown_point, text, given_since)
        with self.db.reading() as s:
            return _rows(s, *flt.conditions(), limit=limit, offset=offset, sort=sort, descending=descending,
                         after=after)

    def page(self, flt: FeedbackFilter, *, sort: str = "given", descending: bool = True,
             after: PageKey | None = None, limit: int | None = PAGE, count: bool = False) -> FeedbackPage:
        """One page of the list: the ratings after ``after`` (the ``last`` of the page before; None: from
        the top), by statements compiled once (feedback_pages.py); ``count``: with the list's total,
        read in the same snapshot."""
        with self.db.reading_rows() as connection:  # no ORM session: its set-up cost as much as the page
            total = _PAGES.count(connection, flt) if count else None
            return _PAGES.page(connection, flt, sort, descending, after, limit)._replace(total=total)

    def every_row(self, flt: FeedbackFilter | None = None, *, sort: str = "given",
                  descending: bool = True) -> Iterator[FeedbackRow]:
        """Every rating ``flt`` finds, in the list's order, for an export: read by key a large page at a
        time in one snapshot, so a file of any size is written holding one page."""
        with self.db.reading_rows() as connection:
            yield from _PAGES.every_row(connection, flt or FeedbackFilter(), sort, descending)

    def count(
        self, department_id: int | None = None, request_id: int | None = None, max_rating: int | None = None,
        breakdown_point: BreakdownPoint | None = None, text: str = "", given_since: datetime | None = None,
    ) -> int:
        flt = FeedbackFilter(department_id, request_id, max_rating, breakdown_point, text, given_since)
        with self.db.reading_rows() as connection:
            return _PAGES.count(connection, flt)


    def average_rating_given(self, department_id: int) -> float | None:
        """How satisfied a department is as a customer: the average of the ratings it gave."""
        with self.db.reading() as s:
            value = s.scalar(select(average(Feedback.rating)).where(Feedback.author_department_id == department_id))
        return None if value is None else float(value)

    def average_rating(self, department_id: int | None = None) -> float | None:
        query = select(average(Feedback.rating))
        if department_id is not None:
            query = query.where(Feedback.department_id == department_id)
        with self.db.reading() as s:
            value = s.scalar(query)
        return None if value is None else float(value)
