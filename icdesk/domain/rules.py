"""Pure business rules: no database, no Qt, no clock (callers pass ``now``)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

from icdesk.domain.enums import ActionStatus, RequestStatus, StandardStatus
from icdesk.domain.errors import TransitionError, ValidationError

NAME_MAX = 120
TITLE_MAX = 200
TEXT_MAX = 20_000
MAX_TARGET_MINUTES = 365 * 24 * 60

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

def utcnow() -> datetime:
    return datetime.now(UTC)


def _without_invisibles(text: str) -> str:
    """Zero-width spaces, direction marks and control characters make two names look the same."""
    if text.isprintable():  # no Cc or Cf character at all: the usual case, and an import calls this per cell
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cc") or ch in "\n\t")


def clean_text(value: str | None, label: str, *, required: bool, max_len: int, field: str,
               single_line: bool = False) -> str:
    """Strip ``value`` and check it fits; the error names the field the way the form does.

    Text is stored in NFC, so "é" typed as one character or as e + accent is the same text.
    """
    raw = value or ""
    if "\x00" in raw:
        raise ValidationError("{label} contains a NUL character, which cannot be stored.", field=field,
                              label=label)
    text = unicodedata.normalize("NFC", raw)
    if single_line:
        text = " ".join(_without_invisibles(text).split())
    text = text.strip()
    if required and not text:
        raise ValidationError("{label} cannot be empty.", field=field, label=label)
    if len(text) > max_len:
        raise ValidationError(
            "{label} is too long: {count} characters, at most {limit} are allowed.",
            field=field, label=label, count=len(text), limit=max_len,
        )
    return text


def clean_name(value: str | None, label: str = "Name", field: str = "name") -> str:
    """A name on one line, without invisible characters: what you see is what is compared."""
    return clean_text(value, label, required=True, max_len=NAME_MAX, field=field, single_line=True)


def name_key(name: str) -> str:
    """Key under which names must be unique: case-insensitive in every alphabet."""
    normal = unicodedata.normalize("NFC", _without_invisibles(name))
    return " ".join(normal.casefold().split())


def check_target_minutes(minutes: int | None, label: str, field: str) -> int | None:
    if minutes is None:
        return None
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValidationError("{label} must be a whole number of minutes.", field=field, label=label)
    if minutes <= 0:
        raise ValidationError("{label} must be more than zero minutes.", field=field, label=label)
    if minutes > MAX_TARGET_MINUTES:
        raise ValidationError("{label} cannot be more than a year.", field=field, label=label)
    return minutes


def check_rating(rating: int) -> int:
    if not isinstance(rating, int) or isinstance(rating, bool) or not 1 <= rating <= 5:
        raise ValidationError("The rating must be a whole number from 1 to 5.", field="rating")
    return rating


def check_request_transition(current: RequestStatus, target: RequestStatus) -> None:
    if target not in REQUEST_TRANSITIONS[current]:
        if not REQUEST_TRANSITIONS[current]:
            raise TransitionError("This request is {status}; it cannot be changed any more.", status=current)
        raise TransitionError("A request that is {status} cannot be moved to {target}.", status=current,
                              target=target)


def check_action_transition(current: ActionStatus, target: ActionStatus) -> None:
    if target not in ACTION_TRANSITIONS[current]:
        raise TransitionError("A corrective action that is {status} cannot be moved to {target}.",
                              status=current, target=target)


def check_action_dates(opened_on: date, due_on: date) -> None:
    if due_on < opened_on:
        raise ValidationError(
            "The due date ({due}) is before the action was opened ({opened}).",
            field="due_on", due=due_on, opened=opened_on,
        )


def check_standard_publishable(status: StandardStatus) -> None:
    if status is not StandardStatus.DRAFT:
        raise TransitionError("Only a draft can be published; make a new version to change this standard.")
