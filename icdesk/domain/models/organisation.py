"""The company, its departments and its people."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from icdesk.domain.enums import PersonKind
from icdesk.domain.models.base import Base, enum_column


class Company(Base):
    """One row: the business this file belongs to."""

    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    address_line: Mapped[str] = mapped_column(String(300), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    service_vision: Mapped[str] = mapped_column(Text, default="")
    # IANA name: "today", dates and deadlines are shown in the company's time, not the PC's
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    # anonymous answers are shown for a group only when at least this many gave them (never < 3)
    anonymity_threshold: Mapped[int] = mapped_column(default=5, server_default="5")
    created_at: Mapped[datetime]


class Department(Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    # casefolded name; unique so "IT" and "it" cannot both exist (SQLite NOCASE is ASCII only)
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    head_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", use_alter=True, ondelete="SET NULL")
    )
    created_at: Mapped[datetime]
    archived_at: Mapped[datetime | None]

    head: Mapped[Person | None] = relationship(foreign_keys=[head_id], post_update=True)
    people: Mapped[list[Person]] = relationship(
        back_populates="department", foreign_keys="Person.department_id"
    )


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[PersonKind] = mapped_column(enum_column(PersonKind), default=PersonKind.FULL_TIME)
    job_title: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]

    department: Mapped[Department | None] = relationship(
        back_populates="people", foreign_keys=[department_id]
    )
