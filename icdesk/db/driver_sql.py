"""Core statements compiled once for each kind of store and run by the driver.

``connection.execute(statement)`` builds the statement's cache key, converts every value and sets
up its result machinery on each run: for the few small statements of one save that took several
times longer than SQLite took to run them (issue 21: with the ORM a request took 7-10 ms of CPU to
save, a raw INSERT about 1 ms). A ``DriverStatement`` does that work once per dialect and then hands the driver
the SQL text and the values, converted by the same type processors SQLAlchemy itself would use
(instants to naive UTC text, enums to their values, dates and flags read back as such): on SQLite
on the transaction's own driver connection, on a server through ``Connection.exec_driver_sql``.
Same SQL, same stored values, errors raised as SQLAlchemy's; on SQLite and on PostgreSQL. (On
SQLite these statements pass no engine events: tests count them with SQLite's own trace.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BindParameter, Column, Connection, Dialect, Enum, Insert, Integer, Select, bindparam
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler

Convert = Callable[[Any], Any] | None
AnySelect = Select[*tuple[Any, ...]]


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # the values the SQL takes, in order
    fixed: dict[str, Any]  # values written into the statement itself (``status == ACTIVE``)
    to_store: tuple[Convert, ...]
    positional: bool  # SQLite's "?" takes a tuple; psycopg's "%(name)s" a dict
    from_store: tuple[Convert, ...]  # per selected column
    returns_id: bool  # a server gives a new row's number by RETURNING, SQLite as lastrowid
    read: Callable[[Sequence[Any]], tuple[Any, ...]]  # one row as the driver gave it, as SQLAlchemy reads it


class DriverStatement:
    """``statement`` (a SELECT, or an INSERT taking exactly ``columns``), compiled once per dialect.

    ``new_id``: for an INSERT of one row, the column whose store-given number ``inserted_id``
    returns (RETURNING on a server; SQLite's last row id, which costs no statement).
    Refuses an INSERT whose table would fill a column by a Python default: the driver would not.
    """

    def __init__(self, statement: AnySelect | Insert, columns: Sequence[str] = (),
                 new_id: Column[int] | None = None) -> None:
        self.statement = statement
        self.columns = list(columns)
        self.new_id = new_id
        self._by_dialect: dict[str, _Compiled] = {}

    def _compiled(self, dialect: Dialect) -> _Compiled:
        found = self._by_dialect.get(dialect.name)
        if found is not None:
            return found
        statement: Any = self.statement
        returns_id = self.new_id is not None and dialect.name != "sqlite"
        if returns_id:
            statement = statement.returning(self.new_id)
        compiled = statement.compile(dialect=dialect, column_keys=self.columns or None)
        assert isinstance(compiled, SQLCompiler)
        if any(bind.expanding for bind in compiled.binds.values()):  # ``in_(values)``: its text is written per run
            raise ValueError(f"a list of values is written into {self.statement} when it runs")
        if compiled.insert_prefetch:  # a Python-side default the driver would leave empty
            raise ValueError(f"give {[c.key for c in compiled.insert_prefetch]} to {self.statement}")
        names = tuple(compiled.positiontup or ()) if compiled.positional else tuple(compiled.binds)
        to_store = tuple(compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names)
        selected = statement.selected_columns if isinstance(statement, Select) else ()
        from_store = tuple(_reader(c.type.dialect_impl(dialect), dialect) for c in selected)
        fixed = {name: bind.effective_value for name, bind in compiled.binds.items() if not bind.required}
        found = _Compiled(compiled.string, names, fixed, to_store, compiled.positional, from_store, returns_id,
                          _row_reader(from_store))
        self._by_dialect[dialect.name] = found
        return found

    def _values(self, compiled: _Compiled, values: Mapping[str, Any]) -> Any:
        given = [values[n] if n in values else compiled.fixed[n] for n in compiled.names]
        converted = [v if convert is None else convert(v) for v, convert in zip(given, compiled.to_store, strict=True)]
        return tuple(converted) if compiled.positional else dict(zip(compiled.names, converted, strict=True))

    def _run(self, connection: Connection, compiled: _Compiled, values: Any, many: bool = False) -> Any:
        """On SQLite the driver's own cursor: even ``exec_driver_sql`` cost more than SQLite's work here
        (a fifth of a save's CPU); an error still comes as SQLAlchemy's, as from any statement. On a
        server ``exec_driver_sql``: the network's round trip is the cost there."""
        if connection.dialect.name != "sqlite":
            return connection.exec_driver_sql(compiled.sql, values)
        driver: sqlite3.Connection = connection.connection.driver_connection  # type: ignore[assignment]
        cursor = driver.cursor()
        try:
            if many:
                cursor.executemany(compiled.sql, values)
            else:
                cursor.execute(compiled.sql, values)
        except sqlite3.Error as error:
            raise DBAPIError.instance(compiled.sql, values, error, sqlite3.Error) from error
        return cursor

    def executemany(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        compiled = self._compiled(connection.dialect)
        if len(rows) == 1:  # the driver's executemany costs more for a single row
            self._run(connection, compiled, self._values(compiled, rows[0]))
        elif rows:
            self._run(connection, compiled, [self._values(compiled, row) for row in rows], many=True)

    def rows(self, connection: Connection, values: Mapping[str, Any],
             make: Callable[[Iterable[Any]], Any] = tuple) -> list[Any]:
        """The rows a SELECT finds, each value as SQLAlchemy would read it; each row made by ``make``
        from its values (a NamedTuple's ``_make`` builds the caller's row with no tuple between)."""
        compiled = self._compiled(connection.dialect)
        found = self._run(connection, compiled, self._values(compiled, values)).fetchall()
        converted = [(i, convert) for i, convert in enumerate(compiled.from_store) if convert is not None]
        if not converted or not found:
            return list(map(make, found))
        # only the columns that need it, a column at a time: the rows turned into columns and back and
        # each made by ``make`` in loops of C, where a Python loop converted each row's values in place
        # (issue 21: a page's conversions cost more than SQLite's work; a few per cent less again)
        columns: list[Iterable[Any]] = list(zip(*found, strict=True))
        for i, convert in converted:
            columns[i] = map(convert, columns[i])
        return list(map(make, zip(*columns, strict=True)))

    def stored(self, connection: Connection, values: Mapping[str, Any]) -> list[Any]:
        """The rows a SELECT finds as the driver gives them: ``reader`` reads one as SQLAlchemy would,
        when it is needed (a page of a long list is mostly never looked at: services/stored_rows.py)."""
        compiled = self._compiled(connection.dialect)
        found: list[Any] = self._run(connection, compiled, self._values(compiled, values)).fetchall()
        return found

    def reader(self, dialect: Dialect) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
        return self._compiled(dialect).read

    def inserted_id(self, connection: Connection, values: Mapping[str, Any]) -> int:
        """INSERT one row; the number the store gave it."""
        compiled = self._compiled(connection.dialect)
        cursor = self._run(connection, compiled, self._values(compiled, values))
        return int(cursor.fetchone()[0] if compiled.returns_id else cursor.lastrowid)


def _reader(type_: Any, dialect: Dialect) -> Convert:
    """How a stored value of ``type_`` is read: SQLAlchemy's own processor, except for a plain enum of
    text (a status, a breakdown point), whose processor took two Python calls a value where a look-up
    in its table of members does the same (issue 21: a list's page converts one or two a row)."""
    if (isinstance(type_, Enum) and type_.enum_class is not None and not type_.native_enum
            and super(Enum, type_).result_processor(dialect, None) is None):  # its text read as it is
        members: dict[Any, Any] = {None: None, **type_._object_lookup}  # stored value -> member, as SQLAlchemy's
        return members.__getitem__  # an unknown value raises, as SQLAlchemy's LookupError does
    return type_.result_processor(dialect, None)  # type: ignore[no-any-return]


def _row_reader(from_store: tuple[Convert, ...]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """Reads one stored row: only the columns that need it are converted, in place (a page of 200 list
    rows went through a converter per value, which took longer than SQLite's work: issue 21)."""
    converted = [(i, convert) for i, convert in enumerate(from_store) if convert is not None]
    if not converted:
        return tuple

    def read(row: Sequence[Any]) -> tuple[Any, ...]:
        values = list(row)
        for i, convert in converted:
            values[i] = convert(values[i])
        return tuple(values)

    return read


SMALL, LARGE = 8, 500  # numbers looked up per statement: a window's save; an import's batch


class RowsByIds:
    """A SELECT of the rows for some numbers, as a DriverStatement: ``build`` makes it from a list of
    slots (``column.in_(slots)``). A statement of 8 slots or of 500 is compiled once each; slots
    left over are NULL, which matches nothing."""

    def __init__(self, build: Callable[[list[BindParameter[int]]], AnySelect]) -> None:
        self._statements = {n: DriverStatement(build([bindparam(f"id{i}", type_=Integer) for i in range(n)]))
                            for n in (SMALL, LARGE)}

    def rows(self, connection: Connection, ids: Iterable[int | None]) -> Iterator[tuple[Any, ...]]:
        ordered = sorted({i for i in ids if i is not None})
        for start in range(0, len(ordered), LARGE):
            chunk = ordered[start:start + LARGE]
            slots = SMALL if len(chunk) <= SMALL else LARGE
            yield from self._statements[slots].rows(
                connection, {f"id{i}": chunk[i] if i < len(chunk) else None for i in range(slots)})
