"""The one way requests are written: logging (one or many at once), moves, notes and edits.

The window logs one request, an import or the example company thousands: all go through
``prepare_request`` (every rule, the deadline clock) and ``insert_requests`` (one bulk INSERT for
the requests and one for their history), so the rules cannot drift apart. Moves on a stored
request go through ``move_request``; both use ``icdesk.domain.lifecycle.advance``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session, object_session

from icdesk.db.driver_sql import DriverStatement
from icdesk.db.engine import wrote
from icdesk.db.portable import on_server
from icdesk.domain.enums import OPEN_REQUEST_STATUSES, EventKind, Priority, RequestStatus
from icdesk.domain.errors import RuleError, ValidationError
from icdesk.domain.lifecycle import advance
from icdesk.domain.models import Person, Request, RequestEvent, StandardVersion
from icdesk.domain.models.requests import stored_keys
from icdesk.domain.rules import TEXT_MAX, TITLE_MAX, check_day, clean_text, one_of, search_key
from icdesk.domain.sla import ServiceClock
from icdesk.services.base import get_or_fail, gone, optional
from icdesk.services.calendars import calendar_of
from icdesk.services.network_figures import RequestFacts, company_clock, request_moved, requests_added

# RequestReferences moved to its own module; still importable from here, as the import and the demo do
from icdesk.services.request_references import RequestReferences as RequestReferences
from icdesk.services.request_references import VersionInForce

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
    # the day it is needed by, for a request no standard gives a resolution target: its deadline is the
    # end of the provider's working hours that day (an edit that leaves it None takes the date away)
    needed_by: date | None = None


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
    old_log: bool = False  # read from an old log: it keeps whoever handled it then, still here or not


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
        asking_name, asking_archived, _ = refs.department(requester_dept_id)
        if asking_archived and not item.old_log:  # an old log imported keeps whoever asked then
            raise RuleError("{name} is archived and no longer asks for service; restore it first, or choose the "
                            "department asking now.", name=asking_name,
                            field="requester_department" if draft.requester_department_id else "requester")
        if requester_dept_id == draft.provider_id:
            # internal customer service is one department serving another (as agreements, ratings and
            # recognition are): a department asking itself would be a pair of one that no figure can show
            raise ValidationError("{name} cannot ask itself: a request goes to another department than the one "
                                  "asking.", name=asking_name,
                                  field="requester_department" if draft.requester_department_id else "requester")
    if draft.requester_id in refs.left and not item.old_log:
        raise RuleError("{full_name} has left the company; log the request for someone still here, or for their "
                        "department.", full_name=refs.names[draft.requester_id], field="requester")
    if draft.requester_id is None and requester_dept_id is None:
        raise ValidationError("Say who is asking: a person or a department.", field="requester")
    for person_id in (draft.assignee_id, item.actor_id):
        if person_id is not None:
            refs.person(person_id)
    if draft.assignee_id in refs.left and not item.old_log:
        raise _has_left(refs.names[draft.assignee_id])
    priority = one_of(Priority, draft.priority, "priority")
    version = _version_in_force(refs, draft.standard_id, draft.provider_id)
    clock = clock.counting_in(refs.calendar(draft.provider_id))
    created_note = clean_text(item.created_note, "The note", required=False, max_len=TEXT_MAX, field="note")
    resolution_due = clock.due(now, version.resolution_minutes if version else None)
    if draft.needed_by is not None:
        if resolution_due is not None:
            raise _standard_sets_it()
        # an old log's dates are history: only a request logged now is refused a day already past
        resolution_due = needed_by_due(clock, draft.needed_by, today=None if item.old_log else clock.today(now))
    prepared = PreparedRequest(
        fixed=dict(title=title, description=description, provider_id=draft.provider_id,
                   requester_id=draft.requester_id, requester_department_id=requester_dept_id,
                   standard_version_id=version.id if version else None, priority=priority,
                   assignee_id=draft.assignee_id,
                   **name_keys(refs, draft.provider_id, draft.requester_id, requester_dept_id, draft.assignee_id),
                   response_due_at=clock.due(now, version.first_response_minutes if version else None)),
        life=RequestLife(status=S.NEW, created_at=now, updated_at=now, resolution_due_at=resolution_due),
        events=[_event_row(now, EventKind.CREATED, item.actor_id, created_note, None, S.NEW)],
    )
    for move in item.moves:
        if move.actor_id is not None:
            refs.person(move.actor_id)
        note = clean_text(move.note, "The note", required=False, max_len=TEXT_MAX, field="note")
        left = advance(prepared.life, RequestStatus(move.target), move.at, clock, note)
        prepared.events.append(_event_row(move.at, EventKind.STATUS, move.actor_id, note, left, move.target))
    return prepared


def _standard_sets_it() -> RuleError:
    return RuleError("The service standard sets this request's deadline; leave the day it is needed by empty, or "
                     "choose no standard.", field="needed_by")


def needed_by_due(clock: ServiceClock, day: date | None, *, today: date | None) -> datetime | None:
    """The deadline of a request needed by ``day``: the end of that day's working hours in ``clock``'s
    calendar (the provider's). ``today``: a day before it is refused (None: any day, an old log's)."""
    if day is None:
        return None
    check_day(day, "needed_by")
    if today is not None and day < today:
        raise ValidationError("The day it is needed by ({day}) is already past: choose today or a later day.",
                              day=day, field="needed_by")
    return clock.end_of_day(day)


def name_keys(refs: RequestReferences, provider_id: int, requester_id: int | None,
              requester_department_id: int | None, assignee_id: int | None) -> dict[str, str | None]:
    """The stored sort keys of the names a request shows (migration 0015)."""
    keys = refs.keys
    return {"provider_key": keys["department", provider_id],
            "requester_key": keys["person", requester_id] if requester_id is not None
            else keys["department", requester_department_id] if requester_department_id is not None else "",
            "assignee_key": None if assignee_id is None else keys["person", assignee_id]}


def _version_in_force(refs: RequestReferences, standard_id: int | None, provider_id: int) -> VersionInForce | None:
    if standard_id is None:
        return None
    if standard_id not in refs.standards:
        raise gone("standard")
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


REQUESTS: Table = Request.__table__  # type: ignore[assignment]
EVENTS: Table = RequestEvent.__table__  # type: ignore[assignment]
_INSERT_REQUEST, _INSERT_EVENT = insert(REQUESTS), insert(EVENTS)


def insert_requests(s: Session, prepared: Sequence[PreparedRequest], clock: ServiceClock | None = None) -> list[int]:
    """Write prepared requests and their history in two bulk statements; returns their numbers.
    ``clock``: the company's (``ServiceContext.sla``), whose months the network figures count in;
    read from the file when not given.

    The numbers are given here, in order after the highest one so far (what SQLite itself would
    give, requests are never deleted), rather than read back with RETURNING: a plain executemany
    is twice as fast as a RETURNING insert, which an import of 100,000 rows feels. Reading the
    highest number takes the transaction's snapshot, so a request committed by someone else in
    between makes this insert fail (busy), never reuse a number.

    On a server the numbers come from the table's own sequence, all in one statement: numbering
    after the highest would leave the sequence behind, and the next request saved one at a time
    would be given a number already taken. A number a rolled-back save took is skipped, not reused.
    A single request is numbered by the store as it goes in (``insert_request``).
    """
    if len(prepared) <= 1:
        return [insert_request(s, p, clock)[0] for p in prepared]
    connection = s.connection()  # Core: the ORM's handling of a statement costs more than these inserts
    if on_server(s):
        ids = sorted(connection.scalars(text("SELECT nextval(pg_get_serial_sequence('requests', 'id')) "
                                             "FROM generate_series(1, :n)"), {"n": len(prepared)}))
    else:
        first = (connection.scalar(select(func.max(Request.id))) or 0) + 1
        ids = list(range(first, first + len(prepared)))
    rows = [{"id": request_id, **p.row()} for request_id, p in zip(ids, prepared, strict=True)]
    connection.execute(_INSERT_REQUEST, rows)
    requests_added(s, rows, clock)  # the network figures, in the same transaction
    events = [{**event, "request_id": request_id} for request_id, p in zip(ids, prepared, strict=True)
              for event in p.events]
    connection.execute(_INSERT_EVENT, events)
    wrote(s, REQUESTS.name, EVENTS.name)
    return ids


# One request at a time (the window's), run by the driver (db/driver_sql.py): SQLAlchemy's handling of
# these two INSERTs took more time than SQLite took to write them (issue 21).
_REQUEST_COLUMNS = (*(c.name for c in REQUESTS.c if c.name not in ("id", "version")),)
_ONE_REQUEST = DriverStatement(insert(REQUESTS), _REQUEST_COLUMNS, new_id=REQUESTS.c.id)
_ONE_EVENT = DriverStatement(insert(EVENTS), [c.name for c in EVENTS.c if c.name != "id"], new_id=EVENTS.c.id)


def insert_request(s: Session, prepared: PreparedRequest, clock: ServiceClock | None = None) -> tuple[int, list[int]]:
    """Write one prepared request (the window's) and its history; returns its number and those of
    its history lines. The store numbers each row as it goes in (SQLite the next after the highest,
    as ``insert_requests`` does; a server from the sequence, by RETURNING), so no highest number is
    read first: a save is the INSERT, the network figures and the line of history."""
    connection = s.connection()
    row = prepared.row()
    request_id = _ONE_REQUEST.inserted_id(connection, {**row, **stored_keys(row)})
    requests_added(s, [row], clock)
    event_ids = [_ONE_EVENT.inserted_id(connection, {**event, "request_id": request_id}) for event in prepared.events]
    wrote(s, REQUESTS.name, EVENTS.name)
    return request_id, event_ids


@dataclass(frozen=True)
class LoggedRequest:
    """A request just logged, with what was checked to log it: its window is shown from these."""

    id: int
    event_ids: list[int]
    prepared: PreparedRequest
    refs: RequestReferences


def log_request(s: Session, clock: ServiceClock, item: NewRequest) -> LoggedRequest:
    """Check and write one request; a broken rule raises and nothing is written."""
    refs = RequestReferences.for_items(s, [item])
    prepared = prepare_request(refs, clock, item)
    request_id, event_ids = insert_request(s, prepared, clock)
    return LoggedRequest(request_id, event_ids, prepared, refs)


def move_request(s: Session, clock: ServiceClock, now: datetime, request: Request, target: RequestStatus,
                 actor_id: int | None = None, note: str = "") -> None:
    """Move a stored request along its status graph; the clock keeps its deadlines and service time."""
    note = clean_text(note, "The note", required=False, max_len=TEXT_MAX, field="note")
    target = one_of(RequestStatus, target, "status")
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
                   actor_id: int | None = None, clock: ServiceClock | None = None) -> bool:
    """Change what was asked, its priority or its assignee, or give a request logged without a
    service standard one (``attach_standard``); False when nothing differs. The history says what
    changed. ``clock``: the company's deadline clock, read from the file when not given."""
    title = clean_text(draft.title, "The title", required=True, max_len=TITLE_MAX, field="title", single_line=True)
    description = clean_text(draft.description, "The description", required=False, max_len=TEXT_MAX,
                             field="description")
    if request.status not in OPEN_REQUEST_STATUSES and request.status is not S.RESOLVED:
        raise RuleError("A closed or cancelled request cannot be changed any more.")
    assignee = optional(s, Person, draft.assignee_id, "person")
    priority = one_of(Priority, draft.priority, "priority")
    changes = []
    if title != request.title or description != request.description:
        changes.append("title or description")
    if priority is not request.priority:
        changes.append(f"priority {request.priority.value} \u2192 {priority.value}")
    request.title, request.description, request.priority = title, description, priority
    reassigned = draft.assignee_id != request.assignee_id
    if reassigned:
        check_assignee_here(s, draft.assignee_id)
        request.assignee_id = draft.assignee_id
        request.assignee_key = search_key(assignee.full_name) if assignee else None
        _event(request, now, EventKind.ASSIGNED, actor_id, text=assignee.full_name if assignee else "")
    if draft.standard_id is not None:
        attached = attach_standard(s, clock or company_clock(s), request, draft.standard_id)
        if attached is not None:
            changes.append(attached)
    needed = _change_needed_by(s, clock or company_clock(s), now, request, draft.needed_by)
    if needed is not None:
        changes.append(needed)
    if changes:
        _event(request, now, EventKind.EDITED, actor_id, text=", ".join(changes))
    if changes or reassigned:
        request.updated_at = now
    return bool(changes) or reassigned


def attach_standard(s: Session, clock: ServiceClock, request: Request, standard_id: int) -> str | None:
    """Put a request logged without a standard under ``standard_id`` (one of its provider's, in
    force) while it is open; returns the history's words for it, None when it already has it.

    Its targets are counted from when the request was logged, not from now: the standard promises
    an answer and a resolution within so long of being asked, and the person asking has been
    waiting since then; counting from now would hand a request already days old a fresh deadline
    and hide that it is late. Time waiting on the requester is still left out, as for a request
    logged under the standard. A request that has a standard keeps it: its deadlines were promised
    with it, and the figures of that standard's version count it."""
    if request.standard_version_id is not None:
        current = s.scalar(select(StandardVersion.standard_id).where(StandardVersion.id == request.standard_version_id))
        if current == standard_id:
            return None
        raise RuleError("A request keeps the service standard it was logged under: its deadlines were promised "
                        "with it.", field="standard")
    if request.status not in OPEN_REQUEST_STATUSES:
        raise RuleError("A service standard can be given to a request only while the request is open; this one "
                        "was resolved without one.", field="standard")
    refs = RequestReferences(s, [request.provider_id], [], [standard_id], providers=[request.provider_id])
    version = _version_in_force(refs, standard_id, request.provider_id)
    if version is None:  # not reached: _version_in_force refuses what is not in force
        return None
    counting = clock.counting_in(refs.calendar(request.provider_id))
    before = RequestFacts.of(request)
    request.standard_version_id = version.id
    request.response_due_at = counting.due(request.created_at, version.first_response_minutes)
    # pauses already over move the deadline as they would have; a pause going on now moves it when it ends
    request.resolution_due_at = counting.due_after_pauses(request.created_at, version.resolution_minutes,
                                                          request.paused_seconds)
    request_moved(s, before, RequestFacts.of(request))  # a first answer already late now counts as a breakdown
    return f"service standard {version.title} (v{version.number}), its targets counted from when it was logged"


def due_by_hand(s: Session, request: Request) -> bool:
    """True when no standard gives ``request`` a resolution target: its deadline, if any, is the day it
    is needed by, set by hand."""
    if request.standard_version_id is None:
        return True
    return s.scalar(select(StandardVersion.resolution_minutes)
                    .where(StandardVersion.id == request.standard_version_id)) is None


def _change_needed_by(s: Session, clock: ServiceClock, now: datetime, request: Request,
                      day: date | None) -> str | None:
    """Set, move or take away the day a request is needed by; the history's words for it, None when it
    stays. A request under a standard's resolution target keeps that deadline."""
    if not due_by_hand(s, request):
        if day is not None:
            raise _standard_sets_it()
        return None
    counting = clock.counting_in(calendar_of(s, request.provider_id))
    current = None if request.resolution_due_at is None else counting.day_ending(request.resolution_due_at)
    if day == current:
        return None
    if request.status not in OPEN_REQUEST_STATUSES:
        raise RuleError("A resolved request keeps the day it was needed by: its time was measured against it.",
                        field="needed_by")
    due = needed_by_due(counting, day, today=counting.today(now))
    before = RequestFacts.of(request)
    request.resolution_due_at = due
    request_moved(s, before, RequestFacts.of(request))  # the figures count it with the new deadline
    return f"needed by {_day_said(current)} \u2192 {_day_said(day)}"


def _day_said(day: date | None) -> str:
    return day.isoformat() if day is not None else "none"


def check_assignee_here(s: Session, assignee_id: int | None) -> None:
    """A request is given to someone still working here: one handed to a person who has left waits for
    nobody. (An old log imported keeps whoever handled it then.)"""
    person = optional(s, Person, assignee_id, "person")
    if person is not None and not person.active:
        raise _has_left(person.full_name)


def _has_left(full_name: str) -> RuleError:
    return RuleError("{full_name} has left the company; assign the request to someone still here.",
                     full_name=full_name, field="assignee")


def assign_request(s: Session, now: datetime, request: Request, assignee_id: int | None,
                   actor_id: int | None = None) -> None:
    if request.status not in OPEN_REQUEST_STATUSES and request.status is not S.RESOLVED:
        raise RuleError("A closed or cancelled request cannot be changed any more.")
    if assignee_id != request.assignee_id:
        check_assignee_here(s, assignee_id)
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
