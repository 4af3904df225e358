"""Names of enum values as printed, translated in the "Labels" context."""

from __future__ import annotations

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
from icdesk.i18n.catalog import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

# QT_TRANSLATE_NOOP marks each name for lupdate; Formatter.label() translates it where it is shown.
LABELS: dict[object, str] = {
    RequestStatus.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
    RequestStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    RequestStatus.WAITING: QT_TRANSLATE_NOOP("Labels", "Waiting on requester"),
    RequestStatus.RESOLVED: QT_TRANSLATE_NOOP("Labels", "Resolved"),
    RequestStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    RequestStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    Priority.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("Labels", "Normal"),
    Priority.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
    Priority.URGENT: QT_TRANSLATE_NOOP("Labels", "Urgent"),
    StandardStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    StandardStatus.IN_REVIEW: QT_TRANSLATE_NOOP("Labels", "In review"),
    StandardStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    StandardStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    StandardStatus.RETIRED: QT_TRANSLATE_NOOP("Labels", "Retired"),
    BreakdownPoint.COMMUNICATION: QT_TRANSLATE_NOOP("Labels", "Communication"),
    BreakdownPoint.TIMELINESS: QT_TRANSLATE_NOOP("Labels", "Timeliness"),
    BreakdownPoint.QUALITY: QT_TRANSLATE_NOOP("Labels", "Quality of work"),
    BreakdownPoint.TOOLS: QT_TRANSLATE_NOOP("Labels", "Tools and systems"),
    BreakdownPoint.PROCESS: QT_TRANSLATE_NOOP("Labels", "Process"),
    BreakdownPoint.ATTITUDE: QT_TRANSLATE_NOOP("Labels", "Attitude"),
    BreakdownPoint.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    Award.THANKS: QT_TRANSLATE_NOOP("Labels", "Thanks"),
    Award.ACHIEVEMENT: QT_TRANSLATE_NOOP("Labels", "Achievement"),
    Award.EMPLOYEE_OF_THE_MONTH: QT_TRANSLATE_NOOP("Labels", "Employee of the month"),
    Award.TEAM_OF_THE_MONTH: QT_TRANSLATE_NOOP("Labels", "Team of the month"),
    PersonKind.FULL_TIME: QT_TRANSLATE_NOOP("Labels", "Full-time"),
    PersonKind.PART_TIME: QT_TRANSLATE_NOOP("Labels", "Part-time"),
    PersonKind.TEMPORARY: QT_TRANSLATE_NOOP("Labels", "Temporary"),
    PersonKind.CONTRACTOR: QT_TRANSLATE_NOOP("Labels", "Contractor"),
    PersonKind.OWNER: QT_TRANSLATE_NOOP("Labels", "Owner / shareholder"),
    PersonKind.CONSULTANT: QT_TRANSLATE_NOOP("Labels", "Consultant"),
    PersonKind.BOARD_MEMBER: QT_TRANSLATE_NOOP("Labels", "Board member"),
    EventKind.CREATED: QT_TRANSLATE_NOOP("Labels", "Logged"),
    EventKind.STATUS: QT_TRANSLATE_NOOP("Labels", "Status changed"),
    EventKind.NOTE: QT_TRANSLATE_NOOP("Labels", "Note"),
    EventKind.ASSIGNED: QT_TRANSLATE_NOOP("Labels", "Assigned"),
    EventKind.EDITED: QT_TRANSLATE_NOOP("Labels", "Edited"),
    RevisionKind.MAJOR: QT_TRANSLATE_NOOP("Labels", "Major revision"),
    RevisionKind.MINOR: QT_TRANSLATE_NOOP("Labels", "Minor revision"),
    AckMethod.SIGNED_SHEET: QT_TRANSLATE_NOOP("Labels", "Signed sheet"),
    AckMethod.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
    AckMethod.TRAINING: QT_TRANSLATE_NOOP("Labels", "During training"),
    AckState.CURRENT: QT_TRANSLATE_NOOP("Labels", "Current"),
    AckState.OUTDATED: QT_TRANSLATE_NOOP("Labels", "Outdated"),
    AckState.MISSING: QT_TRANSLATE_NOOP("Labels", "Missing"),
    IdeaStatus.PROPOSED: QT_TRANSLATE_NOOP("Labels", "Proposed"),
    IdeaStatus.UNDER_TRIAL: QT_TRANSLATE_NOOP("Labels", "Under trial"),
    IdeaStatus.ADOPTED: QT_TRANSLATE_NOOP("Labels", "Adopted"),
    IdeaStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
}


def english_label(value: object) -> str:
    """The untranslated name (CSV exports, the command line in English)."""
    return LABELS.get(value, str(value))
