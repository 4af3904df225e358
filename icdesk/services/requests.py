"""Internal requests: logging, working them through their statuses, notes and history."""

from __future__ import annotations

import builtins

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from icdesk.domain.enums import EventKind, RequestStatus
from icdesk.domain.errors import ConflictError, NotFoundError
from icdesk.domain.models import Feedback, Person, Request, RequestEvent, StandardVersion
from icdesk.domain.rules import REQUEST_TRANSITIONS
from icdesk.domain.sla import ServiceClock
from icdesk.services.base import ServiceBase
from icdesk.services.calendars import CalendarService
from icdesk.services.dto import EventRow, RequestDetail, RequestRow
from icdesk.services.request_queries import SORT_KEYS, RequestFilter, after_row, row_query, sort_order, to_row
from icdesk.services.request_writes import (
    Move,
    NewRequest,
    RequestDraft,
    assign_request,
    change_request,
    log_requests,
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


def legal_next_statuses(status: RequestStatus) -> list[RequestStatus]:
    order = list(RequestStatus)
    return sorted(REQUEST_TRANSITIONS[status], key=order.index)


class RequestService(ServiceBase):
    def _actor(self, actor_id: int | None) -> int | None:
        """Who the history names: the person given, else whoever is working in this window (None on a
        data file nobody said)."""
        return actor_id if actor_id is not None else self.ctx.working_as

    def create(self, draft: RequestDraft, actor_id: int | None = None) -> RequestDetail:
        with self.db.transaction() as s:
            [request_id] = log_requests(s, self.sla, [NewRequest(self.clock(), draft, self._actor(actor_id))])
            return self._detail(s, request_id)

    def update(self, request_id: int, draft: RequestDraft, actor_id: int | None = None, *,
               expected_version: int | None = None) -> RequestDetail:
        """Change what was asked, its priority or its assignee. Targets stay as logged.
        ``expected_version``: the version the form read; a save by someone else since is refused
        with a ConflictError that says what they did, who and when (from the history)."""
        with self.db.transaction() as s:
            request = stored_request(s, request_id)
            check_request_version(s, request, expected_version)
            change_request(s, self.clock(), request, draft, self._actor(actor_id))
            s.flush()
            return self._detail(s, request_id)

    def assign(self, request_id: int, assignee_id: int | None, actor_id: int | None = None) -> RequestDetail:
        with self.db.transaction() as s:
            assign_request(s, self.clock(), stored_request(s, request_id), assignee_id, self._actor(actor_id))
            s.flush()
            return self._detail(s, request_id)

    def transition(
        self, request_id: int, target: RequestStatus, actor_id: int | None = None, note: str = "", *,
        expected_version: int | None = None,
    ) -> RequestDetail:
        """Move the request on. ``expected_version``: the version the request window showed; a move or
        note another PC saved since is a ConflictError (two PCs pressing Resolve: the second is told)."""
        with self.db.transaction() as s:
            request = stored_request(s, request_id)
            check_request_version(s, request, expected_version)
            move_request(s, self.sla, self.clock(), request, target, self._actor(actor_id), note)
            s.flush()
            return self._detail(s, request_id)

    def add_note(self, request_id: int, text: str, actor_id: int | None = None, *,
                 expected_version: int | None = None) -> RequestDetail:
        with self.db.transaction() as s:
            request = stored_request(s, request_id)
            check_request_version(s, request, expected_version)
            note_request(s, self.clock(), request, text, self._actor(actor_id))
            s.flush()
            return self._detail(s, request_id)

    def _detail(self, s: Session, request_id: int) -> RequestDetail:
        result = s.execute(row_query(self.clock()).where(Request.id == request_id)).first()
        request = s.get(Request, request_id)
        if result is None or request is None:
            raise NotFoundError("There is no request #{request_id}.", request_id=request_id)
        version = s.get(StandardVersion, request.standard_version_id) if request.standard_version_id else None
        events = s.execute(
            select(RequestEvent, Person.full_name)
            .outerjoin(Person, Person.id == RequestEvent.actor_id)
            .where(RequestEvent.request_id == request_id)
            .order_by(RequestEvent.id)
        )
        feedback_ids = s.scalars(select(Feedback.id).where(Feedback.request_id == request_id).order_by(Feedback.id))
        return RequestDetail(
            row=to_row(result),
            description=request.description,
            requester_id=request.requester_id,
            requester_department_id=request.requester_department_id,
            assignee_id=request.assignee_id,
            standard_version_id=request.standard_version_id,
            standard_title=f"{version.title} (v{version.number})" if version else "",
            closed_at=request.closed_at,
            cancelled_at=request.cancelled_at,
            events=tuple(
                EventRow(id=e.id, at=e.at, kind=e.kind, from_status=e.from_status, to_status=e.to_status,
                         actor_name=actor or "", text=e.text)
                for e, actor in events
            ),
            feedback_ids=tuple(feedback_ids),
            version=request.version,
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
        rows = row_query(now)
        query = rows.where(*flt.conditions(now)).order_by(*sort_order(sort, descending))
        with self.db.reading() as s:
            connection = s.connection()  # plain rows: the ORM's bookkeeping would cost more than the query
            if after is not None:
                key = SORT_KEYS.get(sort, SORT_KEYS["created"])
                value = connection.execute(rows.with_only_columns(key).where(Request.id == after)).scalar()
                query = query.where(after_row(sort, descending, value, after))
            return [to_row(r) for r in connection.execute(query.offset(offset).limit(limit))]

    def count(self, flt: RequestFilter | None = None) -> int:
        flt = flt or RequestFilter()
        with self.db.reading() as s:
            # count(*), not count(id): SQLite then counts the smallest index and reads no rows
            return int(s.scalar(select(func.count()).select_from(Request).where(*flt.conditions(self.clock()))) or 0)

    def clocks(self) -> dict[int, ServiceClock]:
        """Each providing department's deadline clock, to say how long is left in working time."""
        return CalendarService(self.ctx).clocks()

    def overdue_ids(self) -> builtins.list[int]:
        """Requests late right now, on response or resolution; the test is done in SQL."""
        return [row.id for row in self.list(RequestFilter(overdue_only=True), sort="id", descending=False)]


__all__ = ["RequestService", "RequestDraft", "NewRequest", "Move", "legal_next_statuses"]
