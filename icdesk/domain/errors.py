"""Errors the service layer raises. Each message is written for an owner-manager, not a programmer."""

from __future__ import annotations

import datetime
import enum


def render(template: str, params: dict[str, object]) -> str:
    """The English sentence: enum values by their words, instants in this computer's time (the window
    shows them in the company's, see icdesk.ui.errors), everything else as text."""
    shown = {k: _shown(v) for k, v in params.items()}
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):
        return template


def _shown(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value.replace("_", " ")
    if isinstance(value, tuple):  # choices, each by its words: "full time, part time, ..."
        return ", ".join(str(_shown(item)) for item in value)
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.astimezone().strftime("%Y-%m-%d %H:%M")  # stored in UTC; read where the person is
    return value


class DomainError(Exception):
    """A rule of the business was broken; ``str(error)`` is the sentence to show the user.

    ``template`` keeps the sentence with its {placeholders} and ``params`` their values, so the
    window can show the sentence in the user's language (see icdesk.ui.errors).
    """

    def __init__(self, template: str, /, *, field: str | None = None, **params: object) -> None:
        self.template = template
        self.params = params
        self.message = render(template, params)
        super().__init__(self.message)
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """A value typed by the user is not acceptable (empty, too long, out of range...)."""


class DuplicateError(DomainError):
    """Something with the same name already exists."""


class NotFoundError(DomainError):
    """The record asked for does not exist (any more)."""


class TransitionError(DomainError):
    """A request, standard or action cannot move to the asked status from where it is."""


class RuleError(DomainError):
    """Any other business rule, e.g. rating a request you handled yourself."""


class StorageError(DomainError):
    """The change could not be written (disk full, drive removed, file read-only). It was rolled
    back: everything saved before is still there."""


class ConflictError(DomainError):
    """Someone else saved the record after the form asking for this change read it. Nothing was
    saved; the form should read the record again and show what is saved now."""
