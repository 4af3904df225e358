"""Plain, detached rows the services hand out. Views and reports never see ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from icdesk.domain.enums import (
    ActionStatus,
    Award,
    BreakdownPoint,
    EventKind,
    PersonKind,
    Priority,
    RequestStatus,
    StandardStatus,
)


@dataclass(frozen=True)
class CompanyInfo:
    name: str
    address_line: str
    service_vision: str
    logo_png: bytes | None
    time_zone: str = "UTC"


@dataclass(frozen=True)
class DepartmentRow:
    id: int
    name: str
    description: str
    head_id: int | None
    head_name: str
    people_count: int
    archived: bool
    code: str = ""


@dataclass(frozen=True)
class PersonRow:
    id: int
    full_name: str
    kind: PersonKind
    job_title: str
    email: str
    department_id: int | None
    department_name: str
    active: bool


@dataclass(frozen=True)
class StandardVersionDetail:
    id: int
    standard_id: int
    number: int
    status: StandardStatus
    department_id: int
    department_name: str
    title: str
    purpose: str
    serves: str
    steps: tuple[str, ...]
    first_response_minutes: int | None
    resolution_minutes: int | None
    owner_id: int | None
    owner_name: str
    effective_on: date | None
    next_review_on: date | None
    change_note: str
    published_at: datetime | None
    retired_at: datetime | None
    document_id: str = ""  # IT-003: department code and the standard's number


@dataclass(frozen=True)
class StandardRow:
    """One standard as listed: the version in force (or the newest draft)."""

    standard_id: int
    version_id: int
    number: int
    status: StandardStatus
    title: str
    department_id: int
    department_name: str
    first_response_minutes: int | None
    resolution_minutes: int | None
    owner_name: str
    next_review_on: date | None
    has_draft: bool
    archived: bool


@dataclass(frozen=True)
class AgreementRow:
    id: int
    provider_id: int
    provider_name: str
    customer_id: int
    customer_name: str
    customer_needs: str
    provider_needs: str
    review_on: date | None
    standard_ids: tuple[int, ...]
    standard_titles: tuple[str, ...]
    archived: bool


@dataclass(frozen=True)
class RequestRow:
    id: int
    title: str
    status: RequestStatus
    priority: Priority
    provider_id: int
    provider_name: str
    requester_name: str
    requester_department_name: str
    assignee_name: str
    created_at: datetime
    response_due_at: datetime | None
    resolution_due_at: datetime | None
    first_response_at: datetime | None
    resolved_at: datetime | None
    waiting_since: datetime | None
    paused_seconds: int
    overdue: bool
    service_seconds: int | None = None


@dataclass(frozen=True)
class EventRow:
    id: int
    at: datetime
    kind: EventKind
    from_status: RequestStatus | None
    to_status: RequestStatus | None
    actor_name: str
    text: str


@dataclass(frozen=True)
class RequestDetail:
    row: RequestRow
    description: str
    requester_id: int | None
    requester_department_id: int | None
    assignee_id: int | None
    standard_version_id: int | None
    standard_title: str
    closed_at: datetime | None
    cancelled_at: datetime | None
    events: tuple[EventRow, ...] = field(default_factory=tuple)
    feedback_ids: tuple[int, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    request_id: int | None
    department_id: int
    department_name: str
    rating: int
    comment: str
    breakdown_point: BreakdownPoint | None
    anonymous: bool
    author_name: str
    author_department_name: str
    created_at: datetime


@dataclass(frozen=True)
class ActionRow:
    id: int
    description: str
    status: ActionStatus
    owner_id: int | None
    owner_name: str
    department_id: int | None
    department_name: str
    feedback_id: int | None
    request_id: int | None
    opened_on: date
    due_on: date
    completed_on: date | None
    outcome: str
    overdue: bool


@dataclass(frozen=True)
class RecognitionRow:
    id: int
    award: Award
    title: str
    message: str
    given_on: date
    from_name: str
    to_name: str
    to_person_id: int | None
    to_department_id: int | None


@dataclass(frozen=True)
class Revision:
    """One published version of a standard, as its revision history lists it."""

    version_id: int
    number: int
    effective_on: date | None
    approved_by: str  # "" until approvals are recorded
    approved_on: date | None
    change_note: str


@dataclass(frozen=True)
class StandardControl:
    """The document-control facts printed with a standard (ISO 9001 §7.5.3 style)."""

    version_id: int
    document_id: str  # IT-003: the same in every version
    version: int
    title: str
    department_name: str
    effective_on: date | None
    approved_by: str
    approved_on: date | None
    owner_name: str
    next_review_on: date | None
    review_overdue: bool
    revisions: tuple[Revision, ...]  # newest first


@dataclass(frozen=True)
class EditionRow:
    id: int
    number: int
    issued_on: date
    issued_at: datetime


@dataclass(frozen=True)
class EditionChange:
    """A standard that is new, revised or withdrawn between two moments."""

    kind: str  # "new", "revised", "withdrawn"
    document_id: str
    title: str
    department_name: str
    old_version: int | None
    new_version: int | None
    effective_on: date | None
    change_note: str
