"""Internal requests: logging, working them through their statuses, notes and history."""

from __future__ import annotations

import builtins
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from icdesk.domain.enums import EventKind, RequestStatus
from icdesk.domain.errors import ConflictError, NotFoundError
from icdesk.domain.models import Feedback, Person, Request, RequestEvent, StandardVersion
from icdesk.domain.rules import REQUEST_TRANSITIONS
from icdesk.domain.sla import ServiceClock
from icdesk.services.base import ServiceBase
from icdesk.services.calendars import CalendarService, calendar_of
from icdesk.services.dto import EventRow, RequestDetail, RequestRow
from icdesk.services.request_pages import PageKey, RequestPage, RequestPages
from icdesk.services.request_queries import (
    SORT_KEYS,
    RequestFilter,
    after_row,
    is_overdue,
    row_query,
    sort_order,
    to_row,
)
from icdesk.services.request_references import VersionInForce
from icdesk.services.request_writes import (
    LoggedRequest,
    Move,
    NewRequest,
    RequestDraft,
    assign_request,
    change_request,
    log_request,
    move_request,
    note_request,
    stored_request,
)

S = RequestStatus


def check_request_version(s: Session, request: Request, expected: int | None) -> None:
    """Refuse a form's save over a newer one, naming the newest line of the history: what, who, when."""
    if expected is None or expected == request.version:
        return
    newest = s.execute(
        select(RequestEvent.kind, RequestEvent.at, Person.full_name)
        .outerjoin(Person, Person.id == RequestEvent.actor_id)
        .where(RequestEvent.request_id == request.id).order_by(RequestEvent.id.desc()).limit(1)).first()
    kind, at, who = newest if newest is not None else (EventKind.EDITED, request.updated_at, None)
    if who:
        raise ConflictError("{who} changed request #{number} after you opened it (“{kind}”, {when}), so your change "
                            "was not saved. The form now shows what is saved; make your change again if it is "
                            "still needed.", who=who, number=request.id, kind=kind, when=at)
    raise ConflictError("Request #{number} was changed by someone else after you opened it (“{kind}”, {when}), so "
                        "your change was not saved. The form now shows what is saved; make your change again if it "
                        "is still needed.", number=request.id, kind=kind, when=at)


# Built once with parameters, not per call with the values in them: making these statements anew
# took more Python than a save's SQL takes (issue 21).
_ROW_WIDTH = 18  # the columns of row_query, which to_row reads by position
_ROWS = row_query(bindparam("now"))
_PAGES = RequestPages()  # statements kept per kind of store; the values are bound when they run
PAGE = 200  # rows of a page a list reads at a time
_DETAIL = (_ROWS
           .add_columns(Request.description, Request.requester_id, Request.requester_department_id,
                        Request.assignee_id, Request.standard_version_id, Request.closed_at, Request.cancelled_at,
                        Request.version, StandardVersion.title, StandardVersion.number,
                        StandardVersion.resolution_minutes)
           .outerjoin(StandardVersion, StandardVersion.id == Request.standard_version_id)
           .where(Request.id == bindparam("request_id")))
_EVENTS = (select(RequestEvent.id, RequestEvent.at, RequestEvent.kind, RequestEvent.from_status,
                  RequestEvent.to_status, RequestEvent.text, Person.full_name)
           .outerjoin(Person, Person.id == RequestEvent.actor_id)
           .where(RequestEvent.request_id == bindparam("request_id"))
           .order_by(RequestEvent.id))


def logged_detail(logged: LoggedRequest, now: datetime, clock: ServiceClock) -> RequestDetail:
    """A request just logged, as its window shows it, from what was checked and written to log it:
    reading it back took two more statements per save (issue 21). Equal to what ``get`` reads."""
    row, refs = logged.prepared.row(), logged.refs
    provider_name = refs.departments[row["provider_id"]][0]
    customer = row["requester_department_id"]
    customer_name = refs.departments[customer][0] if customer is not None else ""
    version_id = row["standard_version_id"]
    version = next((v for _, v in refs.standards.values() if v is not None and v.id == version_id), None)
    at: dict[str, datetime | None] = {  # as stored, read back in UTC
        name: None if row[name] is None else row[name].astimezone(UTC)
        for name in ("response_due_at", "resolution_due_at", "first_response_at", "resolved_at", "waiting_since",
                     "closed_at", "cancelled_at")}
    return RequestDetail(
        row=RequestRow(
            logged.id, row["title"], row["status"], row["priority"], row["provider_id"], provider_name,
            refs.names.get(row["requester_id"], "") or customer_name, customer_name,
            refs.names.get(row["assignee_id"], ""), row["created_at"].astimezone(UTC), at["response_due_at"],
            at["resolution_due_at"], at["first_response_at"], at["resolved_at"], at["waiting_since"],
            row["paused_seconds"],
            is_overdue(row["status"], at["response_due_at"], at["resolution_due_at"], at["waiting_since"], now),
            row["service_seconds"]),
        description=row["description"],
        requester_id=row["requester_id"],
        requester_department_id=customer,
        assignee_id=row["assignee_id"],
        standard_version_id=version_id,
        standard_title=f"{version.title} (v{version.number})" if version is not None else "",
        closed_at=at["closed_at"],
        cancelled_at=at["cancelled_at"],
        events=tuple(
            EventRow(id=event_id, at=e["at"].astimezone(UTC), kind=e["kind"], from_status=e["from_status"],
                     to_status=e["to_status"], actor_name=refs.names.get(e["actor_id"], ""), text=e["text"])
            for event_id, e in zip(logged.event_ids, logged.prepared.events, strict=True)),
        feedback_ids=(),
        version=1,
        needed_by=_day_set_by_hand(at["resolution_due_at"], version,
                                   clock.counting_in(refs.calendar(row["provider_id"]))),
    )


def _day_set_by_hand(due: datetime | None, version: VersionInForce | None, clock: ServiceClock) -> date | None:
    if due is None or (version is not None and version.resolution_minutes is not None):
        return None  # no deadline, or the standard's
    return clock.day_ending(due)


def legal_next_statuses(status: RequestStatus) -> list[RequestStatus]:
    order = list(RequestStatus)
    return sorted(REQUEST_TRANSITIONS[status], key=order.index)


class RequestService(ServiceBase):
    """Every save here runs ``side_by_side`` on a server: a request's number and its history lines'
    come from the sequences, a change to a stored request meets its version check, and the network
    figures are added with ON CONFLICT, so several PCs save requests at once (see
    ``Database._begin_writing``); any other writer still waits for them, and they for it."""

    def _actor(self, actor_id: int | None) -> int | None:
        """Who the history names: the person given, else whoever is working in this window (None on a
        data file nobody said)."""
        return actor_id if actor_id is not None else self.ctx.working_as

    def create(self, draft: RequestDraft, actor_id: int | None = None) -> RequestDetail:
        with self.db.transaction(side_by_side=True) as s:
            logged = log_request(s, self.sla, NewRequest(self.clock(), draft, self._actor(actor_id)))
        return logged_detail(logged, self.clock(), self.sla)

    def update(self, request_id: int, draft: RequestDraft, actor_id: int | None = None, *,
               expected_version: int | None = None) -> RequestDetail:
        """Change what was asked, its priority or its assignee, or give a request logged without a
        service standard one while it is open (targets counted from when it was logged).
        ``expected_version``: the version the form read; a save by someone else since is refused
        with a ConflictError that says what they did, who and when (from the history)."""
        with self.db.transaction(side_by_side=True) as s:
            request = stored_request(s, request_id)
            check_request_version(s, request, expected_version)
            change_request(s, self.clock(), request, draft, self._actor(actor_id), self.sla)
            s.flush()
            return self._detail(s, request_id)

    def assign(self, request_id: int, assignee_id: int | None, actor_id: int | None = None) -> RequestDetail:
        with self.db.transaction(side_by_side=True) as s:
            assign_request(s, self.clock(), stored_request(s, request_id), assignee_id, self._actor(actor_id))
            s.flush()
            return self._detail(s, request_id)

    def transition(
        self, request_id: int, target: RequestStatus, actor_id: int | None = None, note: str = "", *,
        expected_version: int | None = None,
    ) -> RequestDetail:
        """Move the request on. ``expected_version``: the version the request window showed; a move or
        note another PC saved since is a ConflictError (two PCs pressing Resolve: the second is told)."""
        with self.db.transaction(side_by_side=True) as s:
            request = stored_request(s, request_id)
            check_request_version(s, request, expected_version)
            move_request(s, self.sla, self.clock(), request, target, self._actor(actor_id), note)
            s.flush()
            return self._detail(s, request_id)

    def add_note(self, request_id: int, text: str, actor_id: int | None = None, *,
                 expected_version: int | None = None) -> RequestDetail:
        with self.db.transaction(side_by_side=True) as s:
            request = stored_request(s, request_id)
            check_request_version(s, request, expected_version)
            note_request(s, self.clock(), request, text, self._actor(actor_id))
            s.flush()
            return self._detail(s, request_id)

    def _detail(self, s: Session, request_id: int) -> RequestDetail:
        """The request as its window shows it, in three statements."""
        s.flush()  # what this session changed is in the rows read below
        connection = s.connection()  # plain rows: the ORM's bookkeeping costs more than these queries
        found = connection.execute(_DETAIL, {"now": self.clock(), "request_id": request_id}).first()
        if found is None:
            raise NotFoundError("There is no request #{request_id}.", request_id=request_id)
        (description, requester_id, requester_department_id, assignee_id, standard_version_id, closed_at,
         cancelled_at, version, standard_title, standard_number, resolution_minutes) = found[_ROW_WIDTH:]
        row = to_row(cast(Any, found[:_ROW_WIDTH]))
        needed_by = None
        if row.resolution_due_at is not None and resolution_minutes is None:  # a day set by hand
            needed_by = self.sla.counting_in(calendar_of(s, row.provider_id)).day_ending(row.resolution_due_at)
        events = connection.execute(_EVENTS, {"request_id": request_id})
        feedback_ids = tuple(
            connection.scalars(select(Feedback.id).where(Feedback.request_id == request_id).order_by(Feedback.id)))
        return RequestDetail(
            row=row,
            description=description,
            requester_id=requester_id,
            requester_department_id=requester_department_id,
            assignee_id=assignee_id,
            standard_version_id=standard_version_id,
            standard_title=f"{standard_title} (v{standard_number})" if standard_version_id is not None else "",
            closed_at=closed_at,
            cancelled_at=cancelled_at,
            events=tuple(
                EventRow(id=e_id, at=at, kind=kind, from_status=from_status, to_status=to_status,
                         actor_name=actor or "", text=text)
                for e_id, at, kind, from_status, to_status, text, actor in events
            ),
            feedback_ids=feedback_ids,
            version=version,
            needed_by=needed_by,
        )

    def get(self, request_id: int) -> RequestDetail:
        with self.db.reading() as s:
            return self._detail(s, request_id)

    def list(
        self, flt: RequestFilter | None = None, *, offset: int = 0, limit: int | None = None,
        sort: str = "created", descending: bool = True, after: int | None = None,
    ) -> list[RequestRow]:
        """Requests matching ``flt`` in the order asked. ``after``: the number of the last request
        of the page before; the page that follows it is read by key, however far down it is."""
        flt = flt or RequestFilter()
        now = self.clock()
        query = _ROWS.where(*flt.conditions(now)).order_by(*sort_order(sort, descending))
        with self.db.reading() as s:
            connection = s.connection()  # plain rows: the ORM's bookkeeping would cost more than the query
            if after is not None:
                key = SORT_KEYS.get(sort, SORT_KEYS["created"])
                value = connection.execute(_ROWS.with_only_columns(key).where(Request.id == after)).scalar()
                query = query.where(after_row(sort, descending, value, after))
            return [to_row(r) for r in connection.execute(query.offset(offset).limit(limit), {"now": now})]

    def page(self, flt: RequestFilter, *, sort: str = "created", descending: bool = True,
             after: PageKey | None = None, limit: int | None = PAGE, count: bool = False) -> RequestPage:
        """One page of a list: the rows after ``after`` (the ``last`` of the page before; None: from the
        top), by statements compiled once (services/request_pages.py); ``count``: with the list's
        total, read in the same snapshot."""
        now = self.clock()
        with self.db.reading() as s:
            connection = s.connection()
            total = _PAGES.count(connection, flt, now) if count else None
            return _PAGES.page(connection, flt, now, sort, descending, after, limit)._replace(total=total)

    def count(self, flt: RequestFilter | None = None) -> int:
        now = self.clock()
        with self.db.reading() as s:
            return _PAGES.count(s.connection(), flt or RequestFilter(), now)

    def clocks(self) -> dict[int, ServiceClock]:
        """Each providing department's deadline clock, to say how long is left in working time."""
        return CalendarService(self.ctx).clocks()

    def overdue_ids(self) -> builtins.list[int]:
        """Requests late right now, on response or resolution; the test is done in SQL."""
        return [row.id for row in self.list(RequestFilter(overdue_only=True), sort="id", descending=False)]


__all__ = ["RequestService", "RequestDraft", "NewRequest", "Move", "legal_next_statuses"]
