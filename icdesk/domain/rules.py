"""Pure business rules: no database, no Qt, no clock (callers pass ``now``)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from icdesk.domain.enums import ActionStatus, RequestStatus, StandardStatus
from icdesk.domain.errors import TransitionError, ValidationError

NAME_MAX = 120
TITLE_MAX = 200
TEXT_MAX = 20_000
MAX_TARGET_HOURS = 24 * 365

S = RequestStatus
REQUEST_TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    S.NEW: frozenset({S.IN_PROGRESS, S.CANCELLED}),
    S.IN_PROGRESS: frozenset({S.WAITING, S.RESOLVED, S.CANCELLED}),
    S.WAITING: frozenset({S.IN_PROGRESS, S.CANCELLED}),
    S.RESOLVED: frozenset({S.CLOSED, S.IN_PROGRESS}),  # back to in progress = reopen
    S.CLOSED: frozenset(),
    S.CANCELLED: frozenset(),
}

ACTION_TRANSITIONS: dict[ActionStatus, frozenset[ActionStatus]] = {
    ActionStatus.OPEN: frozenset({ActionStatus.IN_PROGRESS, ActionStatus.DONE}),
    ActionStatus.IN_PROGRESS: frozenset({ActionStatus.OPEN, ActionStatus.DONE}),
    ActionStatus.DONE: frozenset({ActionStatus.IN_PROGRESS}),  # reopen if it did not work
}

STATUS_LABELS: dict[RequestStatus, str] = {
    S.NEW: "New",
    S.IN_PROGRESS: "In progress",
    S.WAITING: "Waiting on requester",
    S.RESOLVED: "Resolved",
    S.CLOSED: "Closed",
    S.CANCELLED: "Cancelled",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def clean_text(value: str | None, label: str, *, required: bool, max_len: int, field: str) -> str:
    """Strip ``value`` and check it fits; the error names the field the way the form does."""
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(f"{label} cannot be empty.", field=field)
    if len(text) > max_len:
        raise ValidationError(
            f"{label} is too long: {len(text)} characters, at most {max_len} are allowed.",
            field=field,
        )
    return text


def clean_name(value: str | None, label: str = "Name", field: str = "name") -> str:
    return clean_text(value, label, required=True, max_len=NAME_MAX, field=field)


def name_key(name: str) -> str:
    """Key under which names must be unique: case-insensitive in every alphabet."""
    return " ".join(name.casefold().split())


def check_target_hours(hours: float | None, label: str, field: str) -> float | None:
    if hours is None:
        return None
    if hours <= 0:
        raise ValidationError(f"{label} must be more than zero hours.", field=field)
    if hours > MAX_TARGET_HOURS:
        raise ValidationError(f"{label} cannot be more than a year ({MAX_TARGET_HOURS} hours).", field=field)
    return float(hours)


def check_rating(rating: int) -> int:
    if not isinstance(rating, int) or isinstance(rating, bool) or not 1 <= rating <= 5:
        raise ValidationError("The rating must be a whole number from 1 to 5.", field="rating")
    return rating


def check_request_transition(current: RequestStatus, target: RequestStatus) -> None:
    if target not in REQUEST_TRANSITIONS[current]:
        if not REQUEST_TRANSITIONS[current]:
            raise TransitionError(
                f"This request is {STATUS_LABELS[current].lower()}; it cannot be changed any more."
            )
        raise TransitionError(
            f"A request that is {STATUS_LABELS[current].lower()} cannot be moved to "
            f"{STATUS_LABELS[target].lower()}."
        )


def check_action_transition(current: ActionStatus, target: ActionStatus) -> None:
    if target not in ACTION_TRANSITIONS[current]:
        raise TransitionError(f"A corrective action that is {current.value.replace('_', ' ')} "
                              f"cannot be moved to {target.value.replace('_', ' ')}.")


def check_action_dates(opened_on: date, due_on: date) -> None:
    if due_on < opened_on:
        raise ValidationError(
            f"The due date ({due_on.isoformat()}) is before the action was opened "
            f"({opened_on.isoformat()}).",
            field="due_on",
        )


def due_time(start: datetime, hours: float | None) -> datetime | None:
    return None if hours is None else start + timedelta(hours=hours)


def check_standard_publishable(status: StandardStatus) -> None:
    if status is not StandardStatus.DRAFT:
        raise TransitionError("Only a draft can be published; make a new version to change this standard.")


def format_duration(seconds: float) -> str:
    """Short human duration: '45 min', '3 h', '2 d 4 h'."""
    seconds = abs(int(seconds))
    if seconds < 3600:
        return f"{max(1, seconds // 60)} min"
    hours = seconds // 3600
    if hours < 48:
        return f"{hours} h"
    days, rest = divmod(hours, 24)
    return f"{days} d {rest} h" if rest else f"{days} d"
