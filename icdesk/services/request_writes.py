"""The one way requests are written: logging (one or many at once), moves, notes and edits.

The window logs one request, an import or the example company thousands: all go through
``prepare_request`` (every rule, the deadline clock) and ``insert_requests`` (one bulk INSERT for
the requests and one for their history), so the rules cannot drift apart. Moves on a stored
request go through ``move_request``; both use ``icdesk.domain.lifecycle.advance``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, text
from sqlalchemy.orm import Session, object_session

from icdesk.db.portable import on_server
from icdesk.domain.calendar import ALWAYS_OPEN, WorkingCalendar
from icdesk.domain.enums import OPEN_REQUEST_STATUSES, EventKind, Priority, RequestStatus, StandardStatus
from icdesk.domain.errors import NotFoundError, RuleError, ValidationError
from icdesk.domain.lifecycle import advance
from icdesk.domain.models import Department, Person, Request, RequestEvent, ServiceStandard, StandardVersion
from icdesk.domain.rules import TEXT_MAX, TITLE_MAX, clean_text, search_key
from icdesk.domain.sla import ServiceClock
from icdesk.services.base import get_or_fail, optional
from icdesk.services.calendars import calendar_of, load_calendars
from icdesk.services.network_figures import RequestFacts, request_moved, requests_added

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


@dataclass(frozen=True)
class Move:
    """One step of a request's life: to ``target`` at ``at``, by ``actor_id``, with a note."""

    at: datetime
    target: RequestStatus
    actor_id: int | None = None
    note: str = ""


@dataclass
class NewRequest:
    """A request to log at ``at``; ``moves`` are steps it already went through (old logs, examples)."""

    at: datetime
    draft: RequestDraft
    actor_id: int | None = None
    created_note: str = ""
    moves: list[Move] = field(default_factory=list)


@dataclass
class RequestLife:
    """The changing part of a request not stored yet (a lifecycle.RequestState)."""

    status: RequestStatus
    created_at: datetime
    updated_at: datetime
    resolution_due_at: datetime | None
    first_response_at: datetime | None = None
    waiting_since: datetime | None = None
    paused_seconds: int = 0
    resolved_at: datetime | None = None
    service_seconds: int | None = None
    closed_at: datetime | None = None
    cancelled_at: datetime | None = None


@dataclass
class PreparedRequest:
    """A request that passed every rule, ready to be inserted."""

    fixed: dict[str, Any]
    life: RequestLife
    events: list[dict[str, Any]]

    def row(self) -> dict[str, Any]:
        return {**self.fixed, **vars(self.life)}


@dataclass(frozen=True)
class _Version:
    id: int
    first_response_minutes: int | None
    resolution_minutes: int | None


# Built once, the numbers given when they run: a request logged in the window reads its references
# with these, and making them anew took more Python than their SQL takes (issue 21).
_PEOPLE = (select(Person.id, Person.department_id, Person.full_name)
           .where(Person.id.in_(bindparam("ids", expanding=True))))
_DEPARTMENTS = (select(Department.id, Department.name, Department.archived_at)
                .where(Department.id.in_(bindparam("ids", expanding=True))))
_STANDARDS = (select(ServiceStandard.id, ServiceStandard.department_id)
              .where(ServiceStandard.id.in_(bindparam("ids", expanding=True))))
_VERSIONS_IN_FORCE = (select(StandardVersion.standard_id, StandardVersion.id, StandardVersion.first_response_minutes,
                             StandardVersion.resolution_minutes)
                      .where(StandardVersion.standard_id.in_(bindparam("ids", expanding=True)),
                             StandardVersion.status == StandardStatus.ACTIVE))


class RequestReferences:
    """The departments, people and standards a batch of requests refers to, read in one go."""

    def __init__(self, s: Session, department_ids: Iterable[int | None], person_ids: Iterable[int | None],
                 standard_ids: Iterable[int | None]) -> None:
        self.people: dict[int, int | None] = {}  # id -> department
        self.keys: dict[tuple[str, int], str] = {}  # ("person" or "department", id) -> its name folded
        for chunk in _chunks({i for i in person_ids if i is not None}):
            for person_id, department_id, name in s.execute(_PEOPLE, {"ids": chunk}):
                self.people[person_id] = department_id
                self.keys["person", person_id] = search_key(name)
        # a requester's department is the request's customer: it is looked at too
        wanted = {i for i in (*department_ids, *self.people.values()) if i is not None}
        self.departments: dict[int, tuple[str, bool, int | None]] = {}  # id -> name, archived, -
        for chunk in _chunks(wanted):
            for d in s.execute(_DEPARTMENTS, {"ids": chunk}):
                self.departments[d.id] = (d.name, d.archived_at is not None, None)
                self.keys["department", d.id] = search_key(d.name)
        # targets count in the providing department's working calendar
        self.calendars: dict[int, WorkingCalendar] = {}
        for chunk in _chunks(set(self.departments)):
            self.calendars.update(load_calendars(s, chunk))
        self.standards: dict[int, tuple[int, _Version | None]] = {}  # id -> department, version in force
        for chunk in _chunks({i for i in standard_ids if i is not None}):
            for st_id, dept in s.execute(_STANDARDS, {"ids": chunk}):
                self.standards[st_id] = (dept, None)
            for v in s.execute(_VERSIONS_IN_FORCE, {"ids": chunk}):
                dept = self.standards[v.standard_id][0]
                self.standards[v.standard_id] = (dept, _Version(v.id, v.first_response_minutes,
                                                                v.resolution_minutes))

    @classmethod
    def for_items(cls, s: Session, items: Sequence[NewRequest]) -> RequestReferences:
        drafts = [i.draft for i in items]
        return cls(s, [d.provider_id for d in drafts] + [d.requester_department_id for d in drafts],
                   [d.requester_id for d in drafts] + [d.assignee_id for d in drafts] + [i.actor_id for i in items]
                   + [m.actor_id for i in items for m in i.moves],
                   [d.standard_id for d in drafts])

    def department(self, department_id: int | None) -> tuple[str, bool, int | None]:
        if department_id is None or department_id not in self.departments:
            raise NotFoundError("That record ({label}) no longer exists; refresh the list and try again.",
                                label="department")
        return self.departments[department_id]

    def calendar(self, department_id: int) -> WorkingCalendar:
        return self.calendars.get(department_id, ALWAYS_OPEN)

    def person(self, person_id: int | None) -> int | None:
        """The person's department; the person must exist."""
        if person_id is None or person_id not in self.people:
            raise NotFoundError("That record ({label}) no longer exists; refresh the list and try again.",
                                label="person")
        return self.people[person_id]


def _chunks(ids: set[int], size: int = 900) -> Iterable[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), size):
        yield ordered[start:start + size]


def prepare_request(refs: RequestReferences, clock: ServiceClock, item: NewRequest) -> PreparedRequest:
    """Check ``item`` against every rule and fix its targets; raises DomainError, writes nothing."""
    draft, now = item.draft, item.at
    title = clean_text(draft.title, "The title", required=True, max_len=TITLE_MAX, field="title", single_line=True)
    description = clean_text(draft.description, "The description", required=False, max_len=TEXT_MAX,
                             field="description")
    provider_name, archived, _ = refs.department(draft.provider_id)
    if archived:
        raise RuleError("{name} is archived and no longer takes requests.", name=provider_name)
    requester_dept = refs.person(draft.requester_id) if draft.requester_id is not None else None
    requester_dept_id = draft.requester_department_id or requester_dept
    if requester_dept_id is not None:
        refs.department(requester_dept_id)
    if draft.requester_id is None and requester_dept_id is None:
        raise ValidationError("Say who is asking: a person or a department.", field="requester")
    for person_id in (draft.assignee_id, item.actor_id):
        if person_id is not None:
            refs.person(person_id)
    try:
        priority = Priority(draft.priority)
    except ValueError:
        raise ValidationError("“{value}” is not one of: {join}.", value=draft.priority,
                              join=", ".join(p.value for p in Priority), field="priority") from None
    version = _version_in_force(refs, draft.standard_id, draft.provider_id)
    clock = clock.counting_in(refs.calendar(draft.provider_id))
    created_note = clean_text(item.created_note, "The note", required=False, max_len=TEXT_MAX, field="note")
    prepared = PreparedRequest(
        fixed=dict(title=title, description=description, provider_id=draft.provider_id,
                   requester_id=draft.requester_id, requester_department_id=requester_dept_id,
                   standard_version_id=version.id if version else None, priority=priority,
                   assignee_id=draft.assignee_id,
                   **name_keys(refs, draft.provider_id, draft.requester_id, requester_dept_id, draft.assignee_id),
                   response_due_at=clock.due(now, version.first_response_minutes if version else None)),
        life=RequestLife(status=S.NEW, created_at=now, updated_at=now,
                   resolution_due_at=clock.due(now, version.resolution_minutes if version else None)),
        events=[_event_row(now, EventKind.CREATED, item.actor_id, created_note, None, S.NEW)],
    )
    for move in item.moves:
        if move.actor_id is not None:
            refs.person(move.actor_id)
        note = clean_text(move.note, "The note", required=False, max_len=TEXT_MAX, field="note")
        left = advance(prepared.life, RequestStatus(move.target), move.at, clock, note)
        prepared.events.append(_event_row(move.at, EventKind.STATUS, move.actor_id, note, left, move.target))
    return prepared


def name_keys(refs: RequestReferences, provider_id: int, requester_id: int | None,
              requester_department_id: int | None, assignee_id: int | None) -> dict[str, str | None]:
    """The stored sort keys of the names a request shows (migration 0015)."""
    keys = refs.keys
    return {"provider_key": keys["department", provider_id],
            "requester_key": keys["person", requester_id] if requester_id is not None
            else keys["department", requester_department_id] if requester_department_id is not None else "",
            "assignee_key": None if assignee_id is None else keys["person", assignee_id]}


def _version_in_force(refs: RequestReferences, standard_id: int | None, provider_id: int) -> _Version | None:
    if standard_id is None:
        return None
    if standard_id not in refs.standards:
        raise NotFoundError("That record ({label}) no longer exists; refresh the list and try again.",
                            label="standard")
    department_id, version = refs.standards[standard_id]
    if department_id != provider_id:
        raise ValidationError("That standard belongs to another department than the one asked.", field="standard")
    if version is None:
        raise ValidationError("That standard is not in force; publish it first or pick another.", field="standard")
    return version


def _event_row(at: datetime, kind: EventKind, actor_id: int | None, text: str, from_status: RequestStatus | None,
               to_status: RequestStatus | None) -> dict[str, Any]:
    return dict(at=at, kind=kind, actor_id=actor_id, text=text, text_key=search_key(text), from_status=from_status,
                to_status=to_status)


def insert_requests(s: Session, prepared: Sequence[PreparedRequest]) -> list[int]:
    """Write prepared requests and their history in two bulk statements; returns their numbers.

    The numbers are given here, in order after the highest one so far (what SQLite itself would
    give, requests are never deleted), rather than read back with RETURNING: a plain executemany
    is twice as fast as a RETURNING insert, which an import of 100,000 rows feels. Reading the
    highest number takes the transaction's snapshot, so a request committed by someone else in
    between makes this insert fail (busy), never reuse a number.

    On a server the numbers come from the table's own sequence, all in one statement: numbering
    after the highest would leave the sequence behind, and the next request saved one at a time
    would be given a number already taken. A number a rolled-back save took is skipped, not reused.
    """
    if not prepared:
        return []
    if on_server(s):
        ids = sorted(s.scalars(text("SELECT nextval(pg_get_serial_sequence('requests', 'id')) "
                                    "FROM generate_series(1, :n)").bindparams(n=len(prepared))))
    else:
        first = (s.scalar(select(func.max(Request.id))) or 0) + 1
        ids = list(range(first, first + len(prepared)))
    rows = [{"id": request_id, **p.row()} for request_id, p in zip(ids, prepared, strict=True)]
    table: Any = Request.__table__
    s.execute(insert(table), rows)
    requests_added(s, rows)  # the network figures, in the same transaction
    events = [{**event, "request_id": request_id} for request_id, p in zip(ids, prepared, strict=True)
              for event in p.events]
    s.execute(insert(RequestEvent.__table__), events)  # type: ignore[arg-type]
    return ids


def log_requests(s: Session, clock: ServiceClock, items: Sequence[NewRequest]) -> list[int]:
    """Check and write ``items``; the first broken rule raises and nothing is written."""
    refs = RequestReferences.for_items(s, items)
    return insert_requests(s, [prepare_request(refs, clock, item) for item in items])


def move_request(s: Session, clock: ServiceClock, now: datetime, request: Request, target: RequestStatus,
                 actor_id: int | None = None, note: str = "") -> None:
    """Move a stored request along its status graph; the clock keeps its deadlines and service time."""
    note = clean_text(note, "The note", required=False, max_len=TEXT_MAX, field="note")
    target = RequestStatus(target)
    optional(s, Person, actor_id, "person")
    before = RequestFacts.of(request)
    left = advance(request, target, now, clock.counting_in(calendar_of(s, request.provider_id)), note)
    request_moved(s, before, RequestFacts.of(request))  # resolving or reopening changes the network figures
    _event(request, now, EventKind.STATUS, actor_id, text=note, from_status=left, to_status=target)


def note_request(s: Session, now: datetime, request: Request, text: str, actor_id: int | None = None) -> None:
    text = clean_text(text, "The note", required=True, max_len=TEXT_MAX, field="note")
    optional(s, Person, actor_id, "person")
    _event(request, now, EventKind.NOTE, actor_id, text=text)
    request.updated_at = now


def change_request(s: Session, now: datetime, request: Request, draft: RequestDraft,
                   actor_id: int | None = None) -> bool:
    """Change what was asked, its priority or its assignee (targets stay as logged); False when
    nothing differs. The history says what changed."""
    title = clean_text(draft.title, "The title", required=True, max_len=TITLE_MAX, field="title", single_line=True)
    description = clean_text(draft.description, "The description", required=False, max_len=TEXT_MAX,
                             field="description")
    if request.status not in OPEN_REQUEST_STATUSES and request.status is not S.RESOLVED:
        raise RuleError("A closed or cancelled request cannot be changed any more.")
    assignee = optional(s, Person, draft.assignee_id, "person")
    priority = Priority(draft.priority)
    changes = []
    if title != request.title or description != request.description:
        changes.append("title or description")
    if priority is not request.priority:
        changes.append(f"priority {request.priority.value} \u2192 {priority.value}")
    request.title, request.description, request.priority = title, description, priority
    reassigned = draft.assignee_id != request.assignee_id
    if reassigned:
        request.assignee_id = draft.assignee_id
        request.assignee_key = search_key(assignee.full_name) if assignee else None
        _event(request, now, EventKind.ASSIGNED, actor_id, text=assignee.full_name if assignee else "")
    if changes:
        _event(request, now, EventKind.EDITED, actor_id, text=", ".join(changes))
    if changes or reassigned:
        request.updated_at = now
    return bool(changes) or reassigned


def assign_request(s: Session, now: datetime, request: Request, assignee_id: int | None,
                   actor_id: int | None = None) -> None:
    assignee = optional(s, Person, assignee_id, "person")
    request.assignee_id = assignee_id
    request.assignee_key = search_key(assignee.full_name) if assignee else None
    request.updated_at = now
    _event(request, now, EventKind.ASSIGNED, actor_id, text=assignee.full_name if assignee else "")


def _event(request: Request, at: datetime, kind: EventKind, actor_id: int | None, text: str = "",
           from_status: RequestStatus | None = None, to_status: RequestStatus | None = None) -> None:
    event = RequestEvent(at=at, kind=kind, actor_id=actor_id, text=text, from_status=from_status, to_status=to_status)
    session = object_session(request)
    if request.id is not None and session is not None:
        # a stored request: add the line to its history without reading the whole history first
        event.request_id = request.id
        session.add(event)
    else:
        request.events.append(event)


def stored_request(s: Session, request_id: int) -> Request:
    return get_or_fail(s, Request, request_id, "request")
