"""How a request moves through its statuses: the one place the status graph meets the clock."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from icdesk.domain.enums import RequestStatus
from icdesk.domain.errors import ValidationError
from icdesk.domain.rules import check_request_transition
from icdesk.domain.sla import ServiceClock

S = RequestStatus


class RequestState(Protocol):
    """What a move changes: a stored request, or one still being built for a bulk insert."""

    status: RequestStatus
    created_at: datetime
    first_response_at: datetime | None
    waiting_since: datetime | None
    paused_seconds: int
    resolution_due_at: datetime | None
    resolved_at: datetime | None
    service_seconds: int | None
    closed_at: datetime | None
    cancelled_at: datetime | None
    updated_at: datetime


def advance(state: RequestState, target: RequestStatus, now: datetime, clock: ServiceClock,
            note: str = "") -> RequestStatus:
    """Move ``state`` to ``target`` at ``now``; returns the status it left. Raises TransitionError,
    or ValidationError when a request is cancelled without a reason."""
    current = state.status
    check_request_transition(current, target)
    if target is S.CANCELLED and not note.strip():
        # the requester and the history both deserve to know why nothing will be done
        raise ValidationError("Say why the request is cancelled.", field="note")
    if current is S.NEW and state.first_response_at is None:
        state.first_response_at = now
    if current is S.WAITING and state.waiting_since is not None:
        # the customer owed an answer: that time does not count against the provider
        resumed = clock.resume(state.resolution_due_at, state.waiting_since, now)
        state.paused_seconds += resumed.paused_seconds
        state.resolution_due_at = resumed.resolution_due_at
        state.waiting_since = None
    if target is S.WAITING:
        state.waiting_since = now
    elif target is S.RESOLVED:
        state.resolved_at = now
        state.service_seconds = clock.service_seconds(state.created_at, now, state.paused_seconds)
    elif target is S.IN_PROGRESS and current is S.RESOLVED:
        state.resolved_at = None  # reopened
        state.service_seconds = None
    elif target is S.CLOSED:
        state.closed_at = now
    elif target is S.CANCELLED:
        state.cancelled_at = now
    state.status = target
    state.updated_at = now
    return current
