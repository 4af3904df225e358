"""Enumerations of the domain. Values are stored as text, so they never change once shipped."""

from __future__ import annotations

import enum


class PersonKind(enum.StrEnum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    TEMPORARY = "temporary"
    CONTRACTOR = "contractor"
    OWNER = "owner"
    CONSULTANT = "consultant"
    BOARD_MEMBER = "board_member"


class StandardStatus(enum.StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"  # sent to its named approver
    APPROVED = "approved"  # approved, not yet in force
    ACTIVE = "active"
    RETIRED = "retired"


class RevisionKind(enum.StrEnum):
    """Said by the approver: a minor revision (typo, wording) keeps earlier acknowledgements."""

    MAJOR = "major"
    MINOR = "minor"


class AckMethod(enum.StrEnum):
    """How a person acknowledged a standard."""

    SIGNED_SHEET = "signed_sheet"
    IN_PERSON = "in_person"
    TRAINING = "training"


class AckState(enum.StrEnum):
    """Where a person stands with a standard that applies to them (computed, never stored)."""

    CURRENT = "current"
    OUTDATED = "outdated"  # acknowledged a version before the last major revision
    MISSING = "missing"


class IdeaStatus(enum.StrEnum):
    PROPOSED = "proposed"
    UNDER_TRIAL = "under_trial"
    ADOPTED = "adopted"
    DECLINED = "declined"


class RequestStatus(enum.StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"  # waiting on requester: the resolution clock is paused
    RESOLVED = "resolved"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class Priority(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class EventKind(enum.StrEnum):
    CREATED = "created"
    STATUS = "status"
    NOTE = "note"
    ASSIGNED = "assigned"
    EDITED = "edited"


class BreakdownPoint(enum.StrEnum):
    COMMUNICATION = "communication"
    TIMELINESS = "timeliness"
    QUALITY = "quality"
    TOOLS = "tools"
    PROCESS = "process"
    ATTITUDE = "attitude"
    OTHER = "other"


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class Award(enum.StrEnum):
    THANKS = "thanks"
    ACHIEVEMENT = "achievement"
    EMPLOYEE_OF_THE_MONTH = "employee_of_the_month"
    TEAM_OF_THE_MONTH = "team_of_the_month"


PENDING_STANDARD_STATUSES: frozenset[StandardStatus] = frozenset(
    {StandardStatus.DRAFT, StandardStatus.IN_REVIEW, StandardStatus.APPROVED}
)
class SurveyStatus(enum.StrEnum):
    # values unlike other statuses' ("open", "closed"): labels are looked up by value
    OPEN = "collecting"  # forms out, answers coming in
    CLOSED = "finished"  # no more answers; the results stand


class SurveyDimension(enum.StrEnum):
    """The five dimensions of internal service quality (INTSERVQUAL, Frost & Kumar 2000)."""

    RELIABILITY = "reliability"
    RESPONSIVENESS = "responsiveness"
    ASSURANCE = "assurance"
    EMPATHY = "empathy"
    TANGIBLES = "tangibles"


class BreakdownSignal(enum.StrEnum):
    """Breakdowns read from the requests themselves, beside the points people name in feedback."""

    RESPONSE_LATE = "response_late"  # first response after its target
    RESOLUTION_LATE = "resolution_late"  # resolved after its target
    POOR_RATING = "poor_rating"  # rated 1 or 2 without naming a point
    OPEN_OVERDUE = "open_overdue"  # still open and past a target now (counted live, not per month)


OPEN_REQUEST_STATUSES: frozenset[RequestStatus] = frozenset(
    {RequestStatus.NEW, RequestStatus.IN_PROGRESS, RequestStatus.WAITING}
)
