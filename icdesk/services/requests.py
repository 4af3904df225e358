"""Internal requests: logging, working them through their statuses, notes and history."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from icdesk.domain.enums import (
    OPEN_REQUEST_STATUSES,
    EventKind,
    Priority,
    RequestStatus,
    StandardStatus,
)
from icdesk.domain.errors import NotFoundError, RuleError, ValidationError
from icdesk.domain.models import (
    Department,
    Feedback,
    Person,
    Request,
    RequestEvent,
    ServiceStandard,
    StandardVersion,
)
from icdesk.domain.rules import (
    REQUEST_TRANSITIONS,
    TEXT_MAX,
    TITLE_MAX,
    check_request_transition,
    clean_text,
    due_time,
)
from icdesk.services.base import ServiceBase, get_or_fail, optional
from icdesk.services.dto import EventRow, RequestDetail, RequestRow
from icdesk.services.request_queries import SORT_KEYS, RequestFilter, row_query, to_row

S = RequestStatus


@dataclass
class RequestDraft:
    """What is typed when a request is logged or edited."""

    title: str
    provider_id: int
    description: str = ""
    requester_id: int | None = None
    requester_department_id: int | None = None
    standard_id: int | None = None
    priority: Priority = Priority.NORMAL
    assignee_id: int | None = None


def legal_next_statuses(status: RequestStatus) -> list[RequestStatus]:
    order = list(RequestStatus)
    return sorted(REQUEST_TRANSITIONS[status], key=order.index)


class RequestService(ServiceBase):
    def _event(
        self, s: Session, request: Request, kind: EventKind, actor_id: int | None, text: str = "",
        from_status: RequestStatus | None = None, to_status: RequestStatus | None = None,
    ) -> None:
        s.add(RequestEvent(request_id=request.id, at=self.clock(), kind=kind, actor_id=actor_id, text=text,
                           from_status=from_status, to_status=to_status))

    def create(self, draft: RequestDraft, actor_id: int | None = None) -> RequestDetail:
        title = clean_text(draft.title, "The title", required=True, max_len=TITLE_MAX, field="title")
        description = clean_text(draft.description, "The description", required=False, max_len=TEXT_MAX,
                                  field="description")
        with self.db.transaction() as s:
            provider = get_or_fail(s, Department, draft.provider_id, "department")
            if provider.archived_at is not None:
                raise RuleError("{name} is archived and no longer takes requests.", name=provider.name)
            requester = optional(s, Person, draft.requester_id, "person")
            requester_dept_id = draft.requester_department_id or (requester.department_id if requester else None)
            optional(s, Department, requester_dept_id, "department")
            if requester is None and requester_dept_id is None:
                raise ValidationError("Say who is asking: a person or a department.", field="requester")
            optional(s, Person, draft.assignee_id, "person")
            now = self.clock()
            version = self._active_version(s, draft.standard_id, provider.id)
            request = Request(
                title=title, description=description, provider_id=provider.id,
                requester_id=draft.requester_id, requester_department_id=requester_dept_id,
                standard_version_id=version.id if version else None, priority=Priority(draft.priority),
                assignee_id=draft.assignee_id, status=S.NEW, created_at=now, updated_at=now,
                response_due_at=due_time(now, version.first_response_hours if version else None),
                resolution_due_at=due_time(now, version.resolution_hours if version else None),
                paused_seconds=0,
            )
            s.add(request)
            s.flush()
            self._event(s, request, EventKind.CREATED, actor_id, to_status=S.NEW)
            s.flush()
            return self._detail(s, request.id)

    @staticmethod
    def _active_version(s: Session, standard_id: int | None, provider_id: int) -> StandardVersion | None:
        if standard_id is None:
            return None
        standard = get_or_fail(s, ServiceStandard, standard_id, "standard")
        if standard.department_id != provider_id:
            raise ValidationError("That standard belongs to another department than the one asked.",
                                  field="standard")
        active = [v for v in standard.versions if v.status is StandardStatus.ACTIVE]
        if not active:
            raise ValidationError("That standard is not in force; publish it first or pick another.",
                                  field="standard")
        return active[0]

    def update(self, request_id: int, draft: RequestDraft, actor_id: int | None = None) -> RequestDetail:
        """Change what was asked, its priority or its assignee. Targets stay as logged."""
        title = clean_text(draft.title, "The title", required=True, max_len=TITLE_MAX, field="title")
        description = clean_text(draft.description, "The description", required=False, max_len=TEXT_MAX,
                                 field="description")
        with self.db.transaction() as s:
            request = get_or_fail(s, Request, request_id, "request")
            if request.status not in OPEN_REQUEST_STATUSES and request.status is not S.RESOLVED:
                raise RuleError("A closed or cancelled request cannot be changed any more.")
            assignee = optional(s, Person, draft.assignee_id, "person")
            changes = []
            if title != request.title or description != request.description:
                changes.append("title or description")
            if Priority(draft.priority) is not request.priority:
                changes.append(f"priority {request.priority.value} \u2192 {Priority(draft.priority).value}")
            request.title, request.description, request.priority = title, description, Priority(draft.priority)
            if draft.assignee_id != request.assignee_id:
                request.assignee_id = draft.assignee_id
                self._event(s, request, EventKind.ASSIGNED, actor_id,
                            text=assignee.full_name if assignee else "")
            if changes:
                self._event(s, request, EventKind.EDITED, actor_id, text=", ".join(changes))
            request.updated_at = self.clock()
            s.flush()
            return self._detail(s, request.id)

    def assign(self, request_id: int, assignee_id: int | None, actor_id: int | None = None) -> RequestDetail:
        with self.db.transaction() as s:
            request = get_or_fail(s, Request, request_id, "request")
            assignee = optional(s, Person, assignee_id, "person")
            request.assignee_id = assignee_id
            request.updated_at = self.clock()
            self._event(s, request, EventKind.ASSIGNED, actor_id, text=assignee.full_name if assignee else "")
            s.flush()
            return self._detail(s, request.id)

    def transition(
        self, request_id: int, target: RequestStatus, actor_id: int | None = None, note: str = ""
    ) -> RequestDetail:
        note = clean_text(note, "The note", required=False, max_len=TEXT_MAX, field="note")
        target = RequestStatus(target)
        with self.db.transaction() as s:
            request = get_or_fail(s, Request, request_id, "request")
            optional(s, Person, actor_id, "person")
            current = request.status
            check_request_transition(current, target)
            now = self.clock()
            if current is S.NEW and request.first_response_at is None:
                request.first_response_at = now
            if current is S.WAITING and request.waiting_since is not None:
                # the customer owed an answer: that time does not count against the provider
                paused = now - request.waiting_since
                request.paused_seconds += int(paused.total_seconds())
                if request.resolution_due_at is not None:
                    request.resolution_due_at += paused
                request.waiting_since = None
            if target is S.WAITING:
                request.waiting_since = now
            elif target is S.RESOLVED:
                request.resolved_at = now
            elif target is S.IN_PROGRESS and current is S.RESOLVED:
                request.resolved_at = None  # reopened
            elif target is S.CLOSED:
                request.closed_at = now
            elif target is S.CANCELLED:
                request.cancelled_at = now
            request.status = target
            request.updated_at = now
            self._event(s, request, EventKind.STATUS, actor_id, text=note, from_status=current, to_status=target)
            s.flush()
            return self._detail(s, request.id)

    def add_note(self, request_id: int, text: str, actor_id: int | None = None) -> RequestDetail:
        text = clean_text(text, "The note", required=True, max_len=TEXT_MAX, field="note")
        with self.db.transaction() as s:
            request = get_or_fail(s, Request, request_id, "request")
            optional(s, Person, actor_id, "person")
            self._event(s, request, EventKind.NOTE, actor_id, text=text)
            request.updated_at = self.clock()
            s.flush()
            return self._detail(s, request.id)

    def _detail(self, s: Session, request_id: int) -> RequestDetail:
        result = s.execute(row_query(self.clock()).where(Request.id == request_id)).first()
        if result is None:
            raise NotFoundError("There is no request #{request_id}.", request_id=request_id)
        request: Request = result[0]
        version = s.get(StandardVersion, request.standard_version_id) if request.standard_version_id else None
        events = s.execute(
            select(RequestEvent, Person.full_name)
            .outerjoin(Person, Person.id == RequestEvent.actor_id)
            .where(RequestEvent.request_id == request_id)
            .order_by(RequestEvent.id)
        )
        feedback_ids = s.scalars(select(Feedback.id).where(Feedback.request_id == request_id).order_by(Feedback.id))
        return RequestDetail(
            row=to_row(tuple(result)),
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
        )

    def get(self, request_id: int) -> RequestDetail:
        with self.db.reading() as s:
            return self._detail(s, request_id)

    def list(
        self, flt: RequestFilter | None = None, *, offset: int = 0, limit: int | None = None,
        sort: str = "created", descending: bool = True,
    ) -> list[RequestRow]:
        flt = flt or RequestFilter()
        now = self.clock()
        key = SORT_KEYS.get(sort, SORT_KEYS["created"])
        order: list[Any] = [key.desc() if descending else key.asc(),
                            Request.id.desc() if descending else Request.id.asc()]
        query = row_query(now).where(*flt.conditions(now)).order_by(*order).offset(offset).limit(limit)
        with self.db.reading() as s:
            return [to_row(tuple(r)) for r in s.execute(query)]

    def count(self, flt: RequestFilter | None = None) -> int:
        flt = flt or RequestFilter()
        with self.db.reading() as s:
            return int(s.scalar(select(func.count(Request.id)).where(*flt.conditions(self.clock()))) or 0)

    def overdue_ids(self) -> builtins.list[int]:
        """Requests late right now, on response or resolution; the test is done in SQL."""
        return [row.id for row in self.list(RequestFilter(overdue_only=True), sort="id", descending=False)]
