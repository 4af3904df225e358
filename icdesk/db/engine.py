"""The SQLite engine with the pragmas every connection needs, and the unit of work."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000


def _fold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself: pysqlite's own implicit transactions
    # would otherwise run DDL outside a transaction and break Alembic's all-or-nothing upgrade.
    dbapi_connection.isolation_level = None
    # SQLite's own LIKE and lower() fold ASCII only; searches must match "Össi" and "ОТДЕЛ" too.
    dbapi_connection.create_function("icd_fold", 1, _fold, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: every commit is on disk before the save returns, even across a power cut. Edits
    # come at human speed, so the extra fsync per commit costs nothing anyone will notice,
    # while NORMAL could drop the last saved request after a power loss.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """An open data file. Services get their sessions from here, one per unit of work."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work (never commits)."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        self.engine.dispose()
