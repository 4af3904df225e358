"""Names of enum values as printed, translated in the "Labels" context."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from icdesk.domain.enums import (
    ActionStatus,
    Award,
    BreakdownPoint,
    EventKind,
    PersonKind,
    Priority,
    RequestStatus,
)
from icdesk.i18n import Translator

CONTEXT = "Labels"

# QT_TRANSLATE_NOOP marks each name for lupdate; label() translates it when printed or shown.
_SOURCE: dict[object, object] = {  # QT_TRANSLATE_NOOP is typed as returning object
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
}


def label(value: object, translator: Translator | None = None) -> str:
    """The printed name of an enum value, in the translator's language."""
    text = str(_SOURCE.get(value, value))
    return translator.translate(CONTEXT, text) if translator else text
