"""Plain, detached rows the services hand out. Views and reports never see ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from icdesk.domain.enums import (
    AckMethod,
    AckState,
    ActionStatus,
    Award,
    BreakdownPoint,
    EventKind,
    IdeaStatus,
    PersonKind,
    Priority,
    RequestStatus,
    RevisionKind,
    StandardStatus,
)

# the rows the Dashboard shows live with its statements: the light start makes them without this module
from icdesk.services.dashboard_sql import CompanyInfo as CompanyInfo  # handed out from here too
from icdesk.services.dashboard_sql import RecognitionRow as RecognitionRow


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
    version: int = 1  # what a form read; its save is refused if someone saved since


@dataclass(frozen=True)
class PersonOverview:
    """A person's page: what they asked, what they handled, how it was rated, thanks, standards."""

    person: PersonRow
    requests_asked: int
    requests_handled: int
    handled_still_open: int
    ratings_given: int
    average_given: float | None
    ratings_received: int  # of the requests they handled
    average_received: float | None
    recognitions: tuple[tuple[date, Award, str], ...]  # newest first: day, kind, message
    standards_owned: tuple[str, ...]  # titles of the versions in force they own
    recent_handled: tuple[tuple[int, str, RequestStatus], ...]  # number, title, status


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
    version: int = 1  # what a form read; its save is refused if someone saved since


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
    # review and approval (issue 16); empty for versions published before approvals were kept
    approver_id: int | None = None
    approver_name: str = ""
    submitted_at: datetime | None = None
    approved_at: datetime | None = None
    revision: RevisionKind | None = None
    review_note: str = ""
    action_id: int | None = None
    idea_id: int | None = None
    reader_ids: tuple[int, ...] = ()  # other departments whose people must acknowledge it
    reader_names: tuple[str, ...] = ()
    version: int = 1  # what a form read; its save is refused if someone saved since


@dataclass(frozen=True)
class ApproverChoice:
    """Someone who may approve a department's standards: its head, or the owner-manager."""

    person_id: int
    full_name: str
    is_head: bool


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
    has_draft: bool  # a newer version is being prepared (draft, in review or approved)
    archived: bool
    pending_status: StandardStatus | None = None  # the state of that newer version


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
    version: int = 1  # what a form read; its save is refused if someone saved since


class RequestRow(NamedTuple):
    """One request as lists show it. A tuple: a list of a million builds one per row read, and a
    frozen dataclass took several times longer to make (issue 21)."""

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
    version: int = 1  # what a form read; its save is refused if someone saved since
    # the day it is needed by, when no standard gives it a resolution target and a day was set by hand
    needed_by: date | None = None


class FeedbackRow(NamedTuple):
    """One rating as the list shows it; a tuple, as RequestRow is: an export builds one per rating."""

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
    idea_id: int | None = None
    revision_title: str = ""  # the standard revised to close it
    revision_number: int | None = None  # ... and the number of that revision
    version: int = 1  # what a form read; its save is refused if someone saved since


@dataclass(frozen=True)
class AckPerson:
    id: int
    full_name: str
    department_id: int
    department_name: str


@dataclass(frozen=True)
class AckStandard:
    """A standard in force as a column of the acknowledgement grid: its active version."""

    standard_id: int
    version_id: int
    number: int
    title: str
    department_id: int
    department_name: str


@dataclass(frozen=True)
class AckCell:
    """Where one person stands with one standard that applies to them."""

    person_id: int
    standard_id: int
    version_id: int  # the version in force, the one to acknowledge now
    state: AckState
    acknowledged_number: int | None = None  # the newest version this person acknowledged
    acknowledged_on: date | None = None
    method: AckMethod | None = None


@dataclass(frozen=True)
class AckMatrix:
    """People x standards that apply to them; cells only where a standard applies."""

    people: tuple[AckPerson, ...]
    standards: tuple[AckStandard, ...]
    cells: dict[tuple[int, int], AckCell]

    def count(self, state: AckState) -> int:
        return sum(1 for cell in self.cells.values() if cell.state is state)


@dataclass(frozen=True)
class AckRecordRow:
    """One acknowledgement as recorded."""

    id: int
    person_id: int
    person_name: str
    department_name: str
    standard_id: int
    standard_title: str
    version_number: int
    acknowledged_on: date
    method: AckMethod
    training_topic: str


@dataclass(frozen=True)
class DepartmentAckSummary:
    department_id: int
    department_name: str
    people: int
    required: int
    current: int
    outdated: int
    missing: int

    @property
    def share_current(self) -> float | None:
        return None if not self.required else self.current / self.required


@dataclass(frozen=True)
class TrainingRow:
    """A training session, or a person's cross-training: one line of the training history."""

    kind: str  # "session" or "cross"
    id: int
    on: date
    topic: str
    department_id: int  # the department that gave the training / whose service was learned
    department_name: str
    trainer_name: str
    people: tuple[str, ...]  # attendees, or the person cross-trained
    duration_minutes: int | None
    standard_titles: tuple[str, ...] = ()
    acknowledgements: int = 0


@dataclass(frozen=True)
class TrainingDetail:
    id: int
    topic: str
    held_on: date
    duration_minutes: int
    department_id: int
    department_name: str
    trainer_id: int | None
    trainer_name: str
    notes: str
    attendee_ids: tuple[int, ...]
    attendee_names: tuple[str, ...]
    attendee_departments: tuple[str, ...]
    version_ids: tuple[int, ...]
    standards: tuple[str, ...]  # titles of the standards covered
    standard_numbers: tuple[int, ...]  # ... and the version of each that was taught
    acknowledgements: int  # recorded through this session
    version: int = 1  # what a form read; its save is refused if someone saved since


@dataclass(frozen=True)
class CrossTrainingRow:
    id: int
    person_id: int
    person_name: str
    person_department_name: str
    department_id: int
    department_name: str
    learned_on: date
    trainer_id: int | None
    trainer_name: str
    note: str
    version: int = 1  # what a form read; its save is refused if someone saved since


@dataclass(frozen=True)
class IdeaRow:
    id: int
    title: str
    description: str
    proposed_on: date
    anonymous: bool
    author_name: str
    author_department_name: str
    status: IdeaStatus
    status_note: str
    decided_on: date | None
    department_ids: tuple[int, ...]
    department_names: tuple[str, ...]
    supporters: int
    supporter_names: tuple[str, ...] = ()
    action_ids: tuple[int, ...] = ()
    revisions: tuple[tuple[str, int], ...] = ()  # standards revised from this idea: (title, version)
    version: int = 1  # what a form read; its save is refused if someone saved since


@dataclass(frozen=True)
class LoopRow:
    """One piece of feedback followed through its corrective action to a revised standard and
    the acknowledgements of that revision."""

    feedback_id: int | None
    feedback_on: date | None
    rating: int | None
    department_name: str
    comment: str
    action_id: int
    action: str
    action_opened_on: date
    action_closed_on: date | None
    standard_id: int | None = None
    standard_title: str = ""
    version_number: int | None = None
    version_status: StandardStatus | None = None
    revision_active_on: date | None = None
    acknowledged_90_on: date | None = None
    acknowledged_share: float | None = None  # current acknowledgements of those required, now

    @property
    def complete(self) -> bool:
        return self.acknowledged_90_on is not None


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
