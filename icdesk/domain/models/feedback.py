"""Closing the loop: feedback, corrective actions and recognition."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from icdesk.domain.enums import ActionStatus, Award, BreakdownPoint
from icdesk.domain.models.base import Base, Versioned, enum_column


class Feedback(Base):
    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),
        # anonymous feedback keeps no trace of who gave it
        CheckConstraint(
            "NOT anonymous OR (author_id IS NULL AND author_department_id IS NULL)",
            name="anonymous_has_no_author",
        ),
        Index("ix_feedback_created_at", "created_at", "rating"),
        # the list sorted by a heading reads its pages from these (0015)
        Index("ix_feedback_rating_id", "rating", "id"),
        Index("ix_feedback_breakdown_point_id", "breakdown_point", "id"),
        # newest first read straight from an index (0016): (created_at, rating) left ties to be sorted
        Index("ix_feedback_created_at_id", "created_at", "id"),
        Index("ix_feedback_author_key", "author_key", "id"),
        # what a department gave in a period (the scorecard's "ratings given"), from the index alone
        Index("ix_feedback_author_department_given", "author_department_id", "created_at", "rating"),
        # the list sorted by comment, from its folded first characters (0017)
        Index("ix_feedback_comment_key", "comment_key", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)  # rated
    rating: Mapped[int]
    comment: Mapped[str] = mapped_column(Text, default="")
    breakdown_point: Mapped[BreakdownPoint | None] = mapped_column(enum_column(BreakdownPoint))
    anonymous: Mapped[bool] = mapped_column(default=False)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    author_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    # who gave it as the list shows it, folded by search_key (the person's name, else the department's;
    # empty when anonymous), so sorting by it reads an index (0016). Kept by prepare_feedback and renames.
    author_key: Mapped[str] = mapped_column(Text, server_default="")
    # the comment as the list sorts it: domain.rules.comment_key (folded, its first 64 characters), so
    # sorting by it reads an index (0017). Written by prepare_feedback; a comment is never edited.
    comment_key: Mapped[str] = mapped_column(Text, server_default="")
    created_at: Mapped[datetime]


class CorrectiveAction(Versioned, Base):
    __tablename__ = "corrective_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[int | None] = mapped_column(ForeignKey("feedback.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    opened_on: Mapped[date]
    due_on: Mapped[date]
    status: Mapped[ActionStatus] = mapped_column(enum_column(ActionStatus), default=ActionStatus.OPEN)
    outcome: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[date | None]
    created_at: Mapped[datetime]
    archived_at: Mapped[datetime | None]
    idea_id: Mapped[int | None] = mapped_column(ForeignKey("ideas.id"), index=True)  # opened from an idea


class Recognition(Versioned, Base):
    __tablename__ = "recognitions"

    id: Mapped[int] = mapped_column(primary_key=True)
    from_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    from_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    to_person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    to_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    award: Mapped[Award] = mapped_column(enum_column(Award), default=Award.THANKS)
    title: Mapped[str] = mapped_column(String(200), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    given_on: Mapped[date]
    created_at: Mapped[datetime]
    archived_at: Mapped[datetime | None]
    # thanks for one resolved request, given from that request
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
