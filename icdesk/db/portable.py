"""SQL that says the same thing on SQLite and on PostgreSQL, where the two need different words.

Services build their queries before they know which store runs them; these pieces choose their
SQL when the statement is compiled for the store's dialect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, ColumnElement, Float, String, func
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects import sqlite
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

if TYPE_CHECKING:  # importing the server's dialect loads all its drivers' modules: only on a server
    from sqlalchemy.dialects import postgresql


class PerDialect(ColumnElement[bool]):
    """One condition written twice: ``sqlite`` on SQLite, ``server`` on PostgreSQL."""

    inherit_cache = True
    type = Boolean()
    # a condition as it is: without this a WHERE reads "(...) = 1", which SQLite cannot look up by index
    _is_implicitly_boolean = True
    _traverse_internals = [("sqlite", InternalTraversal.dp_clauseelement),
                           ("server", InternalTraversal.dp_clauseelement)]

    def __init__(self, sqlite: ColumnElement[bool], server: ColumnElement[bool]) -> None:
        self.sqlite = sqlite
        self.server = server


@compiles(PerDialect)
def _compile_sqlite(element: PerDialect, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.sqlite, **kw)


@compiles(PerDialect, "postgresql")
def _compile_server(element: PerDialect, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.server, **kw)


def folded_contains(column: Any, pattern: str) -> ColumnElement[bool]:
    """``column`` holds ``pattern`` (a LIKE pattern with \\ as escape), ignoring case in any alphabet, on
    a server: icd_fold (migration 0001) on both sides, which is also what its search indexes hold."""
    return func.icd_fold(column).like(func.icd_fold(_text(pattern)), escape="\\")


def _text(value: str) -> ColumnElement[str]:
    from sqlalchemy import literal

    return literal(value, String)


def on_server(s: Session) -> bool:
    return s.get_bind().dialect.name == "postgresql"


def upsert(s: Session, model: Any) -> sqlite.Insert | postgresql.Insert:
    """INSERT ... ON CONFLICT DO UPDATE: both stores have it, each with its own statement class."""
    if on_server(s):
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(model)
    return sqlite.insert(model)


def year_month(s: Session, column: Any) -> ColumnElement[str]:
    """"YYYY-MM" of a date column."""
    if on_server(s):
        return func.to_char(column, "YYYY-MM")
    return func.strftime("%Y-%m", column)


def average(column: Any) -> ColumnElement[float]:
    """avg() as a float on both stores (a server's avg of integers is a numeric, read as Decimal)."""
    return sql_cast(func.avg(column), Float)
