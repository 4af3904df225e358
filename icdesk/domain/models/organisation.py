"""The company, its departments and its people."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from icdesk.domain.enums import PersonKind
from icdesk.domain.models.base import Base, Versioned, enum_column


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


class Department(Versioned, Base):
    __tablename__ = "departments"
    __table_args__ = (Index("ix_departments_code", "code", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    # short code that names the department's documents (IT-003); kept when the name changes
    code: Mapped[str] = mapped_column(String(12), server_default="")
    # casefolded name; unique so "IT" and "it" cannot both exist (SQLite NOCASE is ASCII only)
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    head_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", use_alter=True, ondelete="SET NULL")
    )
    created_at: Mapped[datetime]
    archived_at: Mapped[datetime | None]
    # its working calendar: targets count only working time (see icdesk.domain.calendar)
    always_open: Mapped[bool] = mapped_column(default=True, server_default=true())
    holiday_country: Mapped[str] = mapped_column(String(8), default="", server_default="")
    holiday_region: Mapped[str] = mapped_column(String(40), default="", server_default="")

    head: Mapped[Person | None] = relationship(foreign_keys=[head_id], post_update=True)
    people: Mapped[list[Person]] = relationship(
        back_populates="department", foreign_keys="Person.department_id"
    )


class Person(Versioned, Base):
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


class WorkingHours(Base):
    """One working interval of one weekday of a department, in wall-clock minutes."""

    __tablename__ = "working_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("0 <= start_minute AND start_minute < end_minute AND end_minute <= 1440",
                        name="minutes_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    weekday: Mapped[int]  # Monday 0
    start_minute: Mapped[int]
    end_minute: Mapped[int]


class ClosedPeriod(Base):
    """Days a department (or, without one, the whole company) is closed: all day or some hours."""

    __tablename__ = "closed_periods"

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    first_day: Mapped[date]
    last_day: Mapped[date]
    start_minute: Mapped[int | None]
    end_minute: Mapped[int | None]
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]
