"""Names of enum values as printed, translated in the "Labels" context."""

from __future__ import annotations

from icdesk.domain.enums import (
    ActionStatus,
    Award,
    BreakdownPoint,
    BreakdownSignal,
    EventKind,
    PersonKind,
    Priority,
    RequestStatus,
    StandardStatus,
    SurveyDimension,
    SurveyStatus,
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
    StandardStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    StandardStatus.RETIRED: QT_TRANSLATE_NOOP("Labels", "Retired"),
    BreakdownPoint.COMMUNICATION: QT_TRANSLATE_NOOP("Labels", "Communication"),
    BreakdownPoint.TIMELINESS: QT_TRANSLATE_NOOP("Labels", "Timeliness"),
    BreakdownPoint.QUALITY: QT_TRANSLATE_NOOP("Labels", "Quality of work"),
    BreakdownPoint.TOOLS: QT_TRANSLATE_NOOP("Labels", "Tools and systems"),
    BreakdownPoint.PROCESS: QT_TRANSLATE_NOOP("Labels", "Process"),
    BreakdownPoint.ATTITUDE: QT_TRANSLATE_NOOP("Labels", "Attitude"),
    BreakdownPoint.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    BreakdownSignal.RESPONSE_LATE: QT_TRANSLATE_NOOP("Labels", "First response late"),
    BreakdownSignal.RESOLUTION_LATE: QT_TRANSLATE_NOOP("Labels", "Resolved late"),
    BreakdownSignal.POOR_RATING: QT_TRANSLATE_NOOP("Labels", "Poor rating, no point named"),
    BreakdownSignal.OPEN_OVERDUE: QT_TRANSLATE_NOOP("Labels", "Open and past its target"),
    SurveyStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open for answers"),
    SurveyStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Finished"),
    SurveyDimension.RELIABILITY: QT_TRANSLATE_NOOP("Labels", "Reliability"),
    SurveyDimension.RESPONSIVENESS: QT_TRANSLATE_NOOP("Labels", "Responsiveness"),
    SurveyDimension.ASSURANCE: QT_TRANSLATE_NOOP("Labels", "Assurance"),
    SurveyDimension.EMPATHY: QT_TRANSLATE_NOOP("Labels", "Empathy"),
    SurveyDimension.TANGIBLES: QT_TRANSLATE_NOOP("Labels", "Tangibles"),
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
}


def english_label(value: object) -> str:
    """The untranslated name (CSV exports, the command line in English)."""
    return LABELS.get(value, str(value))
