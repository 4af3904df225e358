"""Who has read which standard, and who was trained in what: acknowledgements, training
sessions and cross-training."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from icdesk.domain.enums import AckMethod
from icdesk.domain.models.base import Base, Versioned, enum_column
from icdesk.domain.models.organisation import Person


class Acknowledgement(Base):
    """One person has read and understood one version of a standard."""

    __tablename__ = "acknowledgements"
    __table_args__ = (
        UniqueConstraint("person_id", "version_id"),
        # "is this person's newest acknowledgement of this standard recent enough?"
        Index("ix_acknowledgements_standard_id_person_id", "standard_id", "person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    # the standard is the version's; kept here so status queries need not join every version
    standard_id: Mapped[int] = mapped_column(ForeignKey("service_standards.id"))
    version_id: Mapped[int] = mapped_column(ForeignKey("standard_versions.id"), index=True)
    acknowledged_on: Mapped[date]
    method: Mapped[AckMethod] = mapped_column(enum_column(AckMethod))
    training_id: Mapped[int | None] = mapped_column(ForeignKey("training_sessions.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime]


training_attendees = Table(
    "training_attendees",
    Base.metadata,
    Column("session_id", ForeignKey("training_sessions.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("people.id"), primary_key=True, index=True),
)

training_standards = Table(
    "training_standards",
    Base.metadata,
    Column("session_id", ForeignKey("training_sessions.id", ondelete="CASCADE"), primary_key=True),
    Column("version_id", ForeignKey("standard_versions.id"), primary_key=True),
)


class TrainingSession(Versioned, Base):
    """A training given by a department: topic, when, how long, who trained whom."""

    __tablename__ = "training_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    topic: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(index=True)
    duration_minutes: Mapped[int]
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)  # gives it
    trainer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    archived_at: Mapped[datetime | None]

    attendees: Mapped[list[Person]] = relationship(secondary=training_attendees, order_by="Person.full_name")


class CrossTraining(Versioned, Base):
    """A person learned another department's service: who, which department, when, by whom."""

    __tablename__ = "cross_trainings"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)  # learned
    learned_on: Mapped[date]
    trainer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("training_sessions.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    archived_at: Mapped[datetime | None]
