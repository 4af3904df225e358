"""Internal requests and their append-only history."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, SmallInteger, String, Text, text
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from icdesk.domain.enums import EventKind, Priority, RequestStatus
from icdesk.domain.models.base import Base, VersionChecked, enum_column
from icdesk.domain.rules import search_key

OPEN_WHERE = "status IN ('new', 'in_progress', 'waiting')"  # the open statuses, as SQL the indexes share
# the Dashboard's "resolved within target" and "went past its target" (services/dashboard_sql.py, 0018):
# its statements name these very terms, so SQLite counts the entries of these indexes alone
MET_WHERE = "resolved_at <= resolution_due_at"
MISSED_WHERE = "status != 'cancelled' AND (resolved_at IS NULL OR resolved_at > resolution_due_at)"
# what "sort by priority" orders by, stored (priority_rank) so the order is read from an index
PRIORITY_RANKS = {Priority.LOW: 1, Priority.NORMAL: 2, Priority.HIGH: 3, Priority.URGENT: 4}


def _inserted(context: DefaultExecutionContext) -> dict[str, Any]:
    parameters: dict[str, Any] = context.get_current_parameters()  # type: ignore[no-untyped-call]
    return parameters


def stored_keys(row: Mapping[str, Any]) -> dict[str, Any]:
    """The keys a request row stores beside what it says (what the defaults below fill in): for
    writers that hand rows to the driver, which knows nothing of Python defaults."""
    return {"title_key": search_key(row.get("title") or ""),
            "description_key": search_key(row.get("description") or ""),
            "priority_rank": PRIORITY_RANKS[Priority(row.get("priority") or Priority.NORMAL)]}


def _key_of(column: str) -> Any:
    """A bulk insert that leaves out the stored search key gets it from the text it keys."""
    def default(context: DefaultExecutionContext) -> str:
        return search_key(_inserted(context).get(column) or "")
    return default


def _rank_default(context: DefaultExecutionContext) -> int:
    return PRIORITY_RANKS[Priority(_inserted(context).get("priority") or Priority.NORMAL)]


class Request(VersionChecked, Base):
    """One piece of service asked of a department. Its id is the number users quote."""

    __tablename__ = "requests"
    __table_args__ = (
        Index("ix_requests_status_resolution_due_at", "status", "resolution_due_at"),
        Index("ix_requests_provider_id_created_at", "provider_id", "created_at"),
        Index("ix_requests_requester_department_id", "requester_department_id"),
        Index("ix_requests_assignee_id", "assignee_id"),
        Index("ix_requests_requester_id", "requester_id"),
        Index("ix_requests_created_at", "created_at"),
        Index("ix_requests_resolved_at", "resolved_at", "resolution_due_at"),
        Index("ix_requests_open_deadlines", "status", "response_due_at", "resolution_due_at", "waiting_since"),
        # the median resolution of one pair: its resolved requests in order of service time (network views)
        Index("ix_requests_pair_service", "provider_id", "requester_department_id", "service_seconds", "resolved_at"),
        # "went past its target in the last 30 days" on the dashboard
        Index("ix_requests_resolution_due_at", "resolution_due_at", "resolved_at", "status"),
        # ... counted from the requests that went past it alone, and those resolved within it (0018,
        # partial on a server too); a postgresql_where here would load the server's dialect and all its
        # drivers' modules into every start on a file (1.5 MiB)
        Index("ix_requests_missed", "resolution_due_at", sqlite_where=text(MISSED_WHERE)),
        Index("ix_requests_resolved_met", "resolved_at", sqlite_where=text(MET_WHERE)),
        # cancelled in the last 30 days (the dashboard): only cancelled requests are in it
        Index("ix_requests_cancelled_at", "cancelled_at", sqlite_where=text("cancelled_at IS NOT NULL")),
        # requests open and late now, per pair and standard: only open requests are in it
        Index("ix_requests_open_pairs", "provider_id", "requester_department_id", "standard_version_id", "status",
              "response_due_at", "resolution_due_at", "waiting_since", sqlite_where=text(OPEN_WHERE)),
        # lists sorted by title, priority, status or due date read their pages from these (keyset paging)
        Index("ix_requests_title_key", "title_key", "id"),
        Index("ix_requests_priority_rank", "priority_rank", "id"),
        Index("ix_requests_status_id", "status", "id"),
        Index("ix_requests_due_id", "resolution_due_at", "id"),
        # sorted by who provides, who asks or who works on it: names folded and stored (0015)
        Index("ix_requests_provider_key", "provider_key", "id"),
        Index("ix_requests_requester_key", "requester_key", "id"),
        Index("ix_requests_assignee_key", "assignee_key", "id"),
        # the service summary reads what it adds up from these alone, never the rows themselves
        Index("ix_requests_created_provider", "created_at", "provider_id"),
        Index("ix_requests_resolved_figures", "resolved_at", "provider_id", "service_seconds", "resolution_due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    # title and description folded by search_key (no case, no accents): what searches and the title sort read
    title_key: Mapped[str] = mapped_column(Text, default=_key_of("title"), server_default="")
    description_key: Mapped[str] = mapped_column(Text, default=_key_of("description"), server_default="")
    requester_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    requester_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    provider_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    standard_version_id: Mapped[int | None] = mapped_column(ForeignKey("standard_versions.id"))
    priority: Mapped[Priority] = mapped_column(enum_column(Priority), default=Priority.NORMAL)
    priority_rank: Mapped[int] = mapped_column(SmallInteger, default=_rank_default, server_default="2")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    # the names the list shows, folded by search_key, so sorting by them reads an index: the provider's,
    # the requester's (the person's, else the department's) and the assignee's (none when unassigned).
    # Kept in step by prepare_request, the assignment and the renaming of a person or department.
    provider_key: Mapped[str] = mapped_column(Text, server_default="")
    requester_key: Mapped[str] = mapped_column(Text, server_default="")
    assignee_key: Mapped[str | None] = mapped_column(Text)
    status: Mapped[RequestStatus] = mapped_column(enum_column(RequestStatus), default=RequestStatus.NEW)
    created_at: Mapped[datetime]
    first_response_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    # Targets from the applied standard, fixed when the request is logged.
    response_due_at: Mapped[datetime | None]
    # Moves later by every pause, so it is always the effective deadline.
    resolution_due_at: Mapped[datetime | None]
    waiting_since: Mapped[datetime | None]
    paused_seconds: Mapped[int] = mapped_column(default=0)
    # the provider's time from logging to resolution (pauses left out), stored by the deadline
    # clock when the request is resolved so reports add up stored figures instead of redoing it
    service_seconds: Mapped[int | None]
    updated_at: Mapped[datetime]

    events: Mapped[list[RequestEvent]] = relationship(
        back_populates="request", order_by="RequestEvent.id"
    )

    @validates("title", "description", "priority")
    def _keep_keys(self, key: str, value: Any) -> Any:
        """Every change made through the ORM keeps the stored keys in step with what they key."""
        if key == "priority":
            self.priority_rank = PRIORITY_RANKS[Priority(value)]
        else:
            setattr(self, f"{key}_key", search_key(value or ""))
        return value


class RequestEvent(Base):
    """One line of a request's history. Never updated or deleted (triggers enforce it)."""

    __tablename__ = "request_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    at: Mapped[datetime]
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind))
    from_status: Mapped[RequestStatus | None] = mapped_column(enum_column(RequestStatus))
    to_status: Mapped[RequestStatus | None] = mapped_column(enum_column(RequestStatus))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    text: Mapped[str] = mapped_column(Text, default="")
    # the note folded by search_key: what the notes' full-text index of a file is given (0015)
    text_key: Mapped[str] = mapped_column(Text, default=_key_of("text"), server_default="")

    request: Mapped[Request] = relationship(back_populates="events")
