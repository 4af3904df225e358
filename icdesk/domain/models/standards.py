"""SOP service standards with their versions and steps, and two-way service agreements."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from icdesk.domain.enums import RevisionKind, StandardStatus
from icdesk.domain.models.base import Base, Versioned, enum_column
from icdesk.domain.models.organisation import Department


class ServiceStandard(Base):
    """The lasting identity of one SOP; its content lives in numbered versions."""

    __tablename__ = "service_standards"
    __table_args__ = (Index("ix_service_standards_number", "department_id", "number", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    # its number within the department: with the department's code the document ID, IT-003
    number: Mapped[int] = mapped_column(server_default="0")
    created_at: Mapped[datetime]
    archived_at: Mapped[datetime | None]

    department: Mapped[Department] = relationship()
    versions: Mapped[list[StandardVersion]] = relationship(
        back_populates="standard", order_by="StandardVersion.number"
    )
    # departments besides its own whose people must read and acknowledge it
    readers: Mapped[list[Department]] = relationship(secondary="standard_readers", order_by="Department.name_key")


standard_readers = Table(
    "standard_readers",
    Base.metadata,
    Column("standard_id", ForeignKey("service_standards.id", ondelete="CASCADE"), primary_key=True),
    Column("department_id", ForeignKey("departments.id"), primary_key=True, index=True),
)


class StandardVersion(Versioned, Base):
    __tablename__ = "standard_versions"
    __table_args__ = (UniqueConstraint("standard_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    standard_id: Mapped[int] = mapped_column(ForeignKey("service_standards.id"), index=True)
    number: Mapped[int]
    status: Mapped[StandardStatus] = mapped_column(enum_column(StandardStatus), index=True)
    title: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    serves: Mapped[str] = mapped_column(Text, default="")  # who the standard serves
    # targets in whole minutes of service time: "15 min" stays exactly 15
    first_response_minutes: Mapped[int | None]
    resolution_minutes: Mapped[int | None]
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    effective_on: Mapped[date | None]
    next_review_on: Mapped[date | None]
    change_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    published_at: Mapped[datetime | None]
    retired_at: Mapped[datetime | None]
    # review and approval: the named approver (head of department or manager), when it was sent
    # and approved, and whether the approver called it a minor or a major revision
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    submitted_at: Mapped[datetime | None]
    approved_at: Mapped[datetime | None]
    revision: Mapped[RevisionKind | None] = mapped_column(enum_column(RevisionKind))
    review_note: Mapped[str] = mapped_column(Text, default="", server_default="")  # why it was sent back
    # acknowledgements of this version number or later count as current for it: its own number
    # after a major revision, the replaced version's baseline after a minor one (set on publishing)
    ack_baseline: Mapped[int | None]
    # where the revision came from: a corrective action (and through it, feedback) or an idea
    # (use_alter: actions point at requests, which point at versions; the cycle is harmless)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("corrective_actions.id", use_alter=True), index=True)
    idea_id: Mapped[int | None] = mapped_column(ForeignKey("ideas.id"), index=True)

    standard: Mapped[ServiceStandard] = relationship(back_populates="versions")
    steps: Mapped[list[StandardStep]] = relationship(
        back_populates="version", order_by="StandardStep.position", cascade="all, delete-orphan"
    )


class StandardStep(Base):
    __tablename__ = "standard_steps"
    __table_args__ = (UniqueConstraint("version_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("standard_versions.id", ondelete="CASCADE"))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)

    version: Mapped[StandardVersion] = relationship(back_populates="steps")


agreement_standards = Table(
    "agreement_standards",
    Base.metadata,
    Column("agreement_id", ForeignKey("service_agreements.id", ondelete="CASCADE"), primary_key=True),
    Column("standard_id", ForeignKey("service_standards.id"), primary_key=True),
)


class ServiceAgreement(Versioned, Base):
    """What a customer department needs from its provider, and what the provider needs back."""

    __tablename__ = "service_agreements"
    __table_args__ = (UniqueConstraint("provider_id", "customer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    customer_needs: Mapped[str] = mapped_column(Text, default="")  # from the provider
    provider_needs: Mapped[str] = mapped_column(Text, default="")  # from the customer, in return
    review_on: Mapped[date | None]
    created_at: Mapped[datetime]
    archived_at: Mapped[datetime | None]

    standards: Mapped[list[ServiceStandard]] = relationship(secondary=agreement_standards)


class HandbookEdition(Base):
    """An issued edition of the SOP handbook: its number, and the moment whose standards it holds."""

    __tablename__ = "handbook_editions"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    issued_on: Mapped[date]  # the company's date on the cover
    issued_at: Mapped[datetime]  # the standards in force at this instant are the edition's content
