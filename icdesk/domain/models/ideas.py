"""The ideas board: colleagues propose better ways for departments to work together."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from icdesk.domain.enums import IdeaStatus
from icdesk.domain.models.base import Base, Versioned, enum_column
from icdesk.domain.models.organisation import Department

idea_departments = Table(
    "idea_departments",
    Base.metadata,
    Column("idea_id", ForeignKey("ideas.id", ondelete="CASCADE"), primary_key=True),
    Column("department_id", ForeignKey("departments.id"), primary_key=True, index=True),
)


class Idea(Versioned, Base):
    __tablename__ = "ideas"
    __table_args__ = (
        # the same rule as anonymous feedback: no trace of who proposed it
        CheckConstraint(
            "NOT anonymous OR (author_id IS NULL AND author_department_id IS NULL)",
            name="anonymous_has_no_author",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    proposed_on: Mapped[date]
    anonymous: Mapped[bool] = mapped_column(default=False)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    author_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    status: Mapped[IdeaStatus] = mapped_column(enum_column(IdeaStatus), default=IdeaStatus.PROPOSED, index=True)
    status_note: Mapped[str] = mapped_column(Text, default="")  # what the trial is, or why it was declined
    decided_on: Mapped[date | None]  # the day of the last change of status
    created_at: Mapped[datetime]
    archived_at: Mapped[datetime | None]

    departments: Mapped[list[Department]] = relationship(secondary=idea_departments,
                                                         order_by="Department.name_key")


class IdeaSupport(Base):
    """One person backs an idea; the board shows how many do."""

    __tablename__ = "idea_supports"

    idea_id: Mapped[int] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True, index=True)
    supported_on: Mapped[date]
