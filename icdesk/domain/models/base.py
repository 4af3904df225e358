"""Declarative base and the column types every model shares."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import DateTime, Dialect, Enum, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

# Stable constraint names, so Alembic batch migrations on SQLite can find them again.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


_from_text = datetime.fromisoformat


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC text in SQLite, hands back aware UTC datetimes.

    SQLite has no time zone type; keeping every stored value in UTC with the same text format
    makes the stored strings sort in time order, so overdue checks can be done in SQL.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; pass an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], datetime | None]:
        """On a file, the stored text read straight into an aware instant: a list of a million
        requests reads six instants a row, and parsing the text and then attaching the zone took
        most of the time a page of rows costs (issue 21). Text in another shape takes the long way."""
        general = super().result_processor(dialect, coltype)
        if dialect.name != "sqlite" or general is None:
            return general  # type: ignore[return-value]

        def instant(value: Any) -> datetime | None:
            if value is None:
                return None
            try:
                return _from_text(value + "+00:00")  # the stored naive UTC text, read as UTC
            except (TypeError, ValueError):
                return general(value)

        return instant


E = TypeVar("E", bound=enum.Enum)


def enum_column(enum_cls: type[E]) -> Enum:
    """Enum stored by value as plain text (no CHECK), so adding a member needs no table rebuild."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def changed_now() -> datetime:
    """When a versioned record is saved: the moment of the UPDATE (see ``changed_at``)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: dict[Any, Any] = {datetime: UTCDateTime()}


class VersionChecked:
    """A record that forms edit: every UPDATE checks and raises its save count (``version_id_col``),
    so a form saved over a newer save is refused instead of silently undoing it."""

    version: Mapped[int] = mapped_column(server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


class Versioned(VersionChecked):
    """A version-checked record that also keeps the moment of its last saved change."""

    changed_at: Mapped[datetime | None] = mapped_column(onupdate=changed_now)
