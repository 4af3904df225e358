"""Core statements compiled once for each kind of store and run by the driver.

``connection.execute(statement)`` builds the statement's cache key, converts every value and sets
up its result machinery on each run: for the few small statements of one save that took several
times longer than SQLite took to run them (issue 21: a request saved in 3.5 ms of CPU against a raw
INSERT's 1.2 ms). A ``DriverStatement`` does that work once per dialect and then hands the driver
the SQL text and the values, converted by the same type processors SQLAlchemy itself would use
(instants to naive UTC text, enums to their values, dates and flags read back as such), through
``Connection.exec_driver_sql``: the statement still passes the engine's events and error handling.
Same SQL, same stored values; on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BindParameter, Column, Connection, CursorResult, Dialect, Insert, Integer, Select, bindparam
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
        if compiled.insert_prefetch:  # a Python-side default the driver would leave empty
            raise ValueError(f"give {[c.key for c in compiled.insert_prefetch]} to {self.statement}")
        names = tuple(compiled.positiontup or ()) if compiled.positional else tuple(compiled.binds)
        to_store = tuple(compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names)
        selected = statement.selected_columns if isinstance(statement, Select) else ()
        from_store = tuple(c.type.dialect_impl(dialect).result_processor(dialect, None) for c in selected)
        fixed = {name: bind.effective_value for name, bind in compiled.binds.items() if not bind.required}
        found = _Compiled(compiled.string, names, fixed, to_store, compiled.positional, from_store, returns_id)
        self._by_dialect[dialect.name] = found
        return found

    def _values(self, compiled: _Compiled, values: Mapping[str, Any]) -> Any:
        given = [values[n] if n in values else compiled.fixed[n] for n in compiled.names]
        converted = [v if convert is None else convert(v) for v, convert in zip(given, compiled.to_store, strict=True)]
        return tuple(converted) if compiled.positional else dict(zip(compiled.names, converted, strict=True))

    def execute(self, connection: Connection, values: Mapping[str, Any]) -> CursorResult[Any]:
        compiled = self._compiled(connection.dialect)
        return connection.exec_driver_sql(compiled.sql, self._values(compiled, values))

    def executemany(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        compiled = self._compiled(connection.dialect)
        if len(rows) == 1:  # the driver's executemany costs more for a single row
            connection.exec_driver_sql(compiled.sql, self._values(compiled, rows[0]))
        elif rows:
            connection.exec_driver_sql(compiled.sql, [self._values(compiled, row) for row in rows])

    def rows(self, connection: Connection, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """The rows a SELECT finds, each value as SQLAlchemy would read it."""
        compiled = self._compiled(connection.dialect)
        found = connection.exec_driver_sql(compiled.sql, self._values(compiled, values)).all()
        if not any(compiled.from_store):
            return [tuple(row) for row in found]
        return [tuple(v if convert is None else convert(v) for v, convert in zip(row, compiled.from_store,
                                                                                strict=True))
                for row in found]

    def inserted_id(self, connection: Connection, values: Mapping[str, Any]) -> int:
        """INSERT one row; the number the store gave it."""
        compiled = self._compiled(connection.dialect)
        result = connection.exec_driver_sql(compiled.sql, self._values(compiled, values))
        number = result.scalar_one() if compiled.returns_id else result.lastrowid
        return int(number)


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
