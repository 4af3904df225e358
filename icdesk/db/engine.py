"""The SQLite engine with the pragmas every connection needs, and the unit of work (for a file or a server)."""

from __future__ import annotations

import os
import queue
import random
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Delete, Engine, Insert, Update, create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from icdesk.db import held_files
from icdesk.db.lock import FileLock
from icdesk.db.stored_values import is_unknown_value, is_unreadable_date
from icdesk.domain.errors import ConflictError, StorageError, ValidationError
from icdesk.domain.rules import search_key

BUSY_TIMEOUT_MS = 5000


def _fold(value: Any) -> Any:
    return search_key(value) if isinstance(value, str) else value


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself: pysqlite's own implicit transactions
    # would otherwise run DDL outside a transaction and break Alembic's all-or-nothing upgrade.
    dbapi_connection.isolation_level = None
    # SQLite's own LIKE and lower() fold ASCII only; searches must match "Össi", "ОТДЕЛ" and "lopez" (López) too.
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


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.create_function("icd_fold", 1, _fold, deterministic=True)
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


WRITE = {"icdesk_begin": "BEGIN IMMEDIATE"}
POLL_MS = 5


KEYS_AT_END = {"icdesk_keys": "at_end"}  # see Database.transaction(keys_checked_at_end=True)
NO_JOURNAL = {"icdesk_journal": "off"}  # see Database.scratch


def _on_begin(connection: Any) -> None:
    # Writes start with BEGIN IMMEDIATE: a deferred BEGIN that later needs to write cannot wait
    # for another writer (SQLite fails it at once, busy_timeout or not), so two programs saving
    # side by side would refuse each other's changes. Reads stay deferred and never wait.
    options = connection.get_execution_options()
    if options.get("icdesk_keys") == KEYS_AT_END["icdesk_keys"]:
        # only outside a transaction does SQLite take this; ``_on_checkin`` turns the checks back on
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        connection.connection.info["icdesk_keys_off"] = True
    if options.get("icdesk_journal") == NO_JOURNAL["icdesk_journal"]:
        # a file nobody else has yet, discarded unless complete (Database.scratch): its pages go
        # straight into it, once, instead of into the log and again into the file at the commit
        driver = connection.connection.driver_connection
        driver.execute("PRAGMA journal_mode=OFF").fetchall()
        driver.execute("PRAGMA synchronous=OFF")
        connection.connection.info["icdesk_journal_off"] = True
    if options.get("icdesk_begin") == WRITE["icdesk_begin"]:
        _begin_writing(connection.connection.driver_connection)
    else:
        connection.exec_driver_sql("BEGIN")


def _on_checkin(dbapi_connection: sqlite3.Connection | None, record: Any) -> None:
    """A connection back in the pool (its transaction ended) checks every reference again."""
    if record.info.pop("icdesk_keys_off", False) and dbapi_connection is not None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
    if record.info.pop("icdesk_journal_off", False) and dbapi_connection is not None:
        dbapi_connection.execute("PRAGMA journal_mode=WAL").fetchall()
        dbapi_connection.execute("PRAGMA synchronous=FULL")


def _begin_writing(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, waiting up to the busy timeout for another writer to finish.

    SQLite's own wait asks again only every 100 ms once it has waited a little: a program saving in
    a loop takes the lock back between two of those asks, again and again, and the waiting one
    gives up after 5 s with its change refused. Asking every few milliseconds gives both a turn.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    conn.execute(f"PRAGMA busy_timeout={POLL_MS}")
    try:
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                busy = "locked" in str(error) or "busy" in str(error)
                if not busy or time.monotonic() >= deadline:
                    raise
            time.sleep(random.uniform(0, POLL_MS / 1000))  # apart from the other waiter's asks
    finally:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI for SQLite; as_uri() quotes ``%``, ``?`` and ``#`` so they stay part of the name.

    On read-only media (a CD, a write-protected stick, a read-only share) SQLite cannot make the shared
    memory file a file in WAL mode needs beside it, and said "unable to open database file", which read
    as damage: there, with no unsaved changes waiting in a -wal file, nothing can change the file, and
    SQLite is told so (``immutable``)."""
    uri = f"{path.absolute().as_uri()}?mode=ro"
    if not os.access(path.absolute().parent, os.W_OK):
        wal = path.with_name(path.name + "-wal")
        if not (wal.exists() and wal.stat().st_size):
            uri += "&immutable=1"
    return uri


class _HintedCompiler(SQLiteCompiler):
    """SQLite's compiler writing a table's ``with_hint(table, "INDEXED BY ix", "sqlite")`` after its name:
    SQLAlchemy's own leaves every hint out on SQLite, so the few places that name an index SQLite's
    planner would pass over (services/network.py: the partial index of open requests, 10x faster) had
    it written in vain."""

    def get_from_hint_text(self, table: Any, text: str | None) -> str | None:
        return text


def make_engine(path: Path, read_only: bool = False) -> Engine:
    # The path goes to the driver as it is: in a "sqlite:///..." URL, "%20", "?" and "#" in a file
    # name would be read as URL syntax and another file opened (or created) than the one named.
    if read_only:
        uri = read_only_uri(path)
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
                               poolclass=QueuePool)
        event.listen(engine, "connect", _on_connect_read_only)
    else:
        name = str(path)
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(name, check_same_thread=False),
                               poolclass=QueuePool)
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "checkin", _on_checkin)
    event.listen(engine, "begin", _on_begin)
    engine.dialect.statement_compiler = _HintedCompiler
    return engine


def storage_error(error: BaseException, path: Path, read_only: bool) -> StorageError:
    """Say in plain words why a write failed. SQLite rolled it back, so nothing saved is lost."""
    text = str(getattr(error, "orig", error)).lower()
    if read_only or "readonly" in text or "read-only" in text:
        return StorageError("This file is open read-only, so changes cannot be saved. "
                            "Open it normally to make changes.")
    if "full" in text:
        return StorageError("The change was not saved: the disk is full. Everything saved before is still "
                            "there. Free some space and try again.")
    if not path.exists() or "unable to open" in text or "i/o" in text:
        return StorageError("The change was not saved: the data file {path} cannot be reached (was a drive or USB "
                            "stick removed?). Everything saved before is still there.", path=path)
    if "locked" in text or "busy" in text:
        return StorageError("The change was not saved: another program is using the data file. Try again.")
    return StorageError("The change was not saved: {text}. Everything saved before is still there.", text=text)


def unreachable(path: Path) -> StorageError:
    return StorageError("The data file {path} cannot be reached (was a drive or USB stick removed?). Everything "
                        "saved before is still in it; put it back and refresh (F5).", path=path)


def is_damage(error: sqlite3.DatabaseError) -> bool:
    """SQLITE_CORRUPT: an SQLite file whose pages no longer fit together (not merely a foreign file)."""
    return "malformed" in str(error) or getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_CORRUPT


def damaged_while_reading(path: Path, problem: object) -> StorageError:
    return StorageError("{name} is damaged ({problem}). Save nothing more in it: put a backup in its place "
                        "with File \u2192 Restore from backup\u2026", name=path.name, problem=problem)


def server_storage_error(error: BaseException, location: str, read_only: bool) -> StorageError:
    """The server rolled the change back; say why in a sentence."""
    said = str(getattr(error, "orig", None) or error).strip()
    text = said.splitlines()[0] if said else type(error).__name__
    if read_only:
        return StorageError("This company is open read-only, so changes cannot be saved. "
                            "Open it normally to make changes.")
    if "connect" in text.lower() or "terminat" in text.lower() or "closed" in text.lower():
        return StorageError("The change was not saved: the server {location} cannot be reached. Everything "
                            "saved before is still there; try again when the network is back.", location=location)
    return StorageError("The change was not saved: {text}. Everything saved before is still there.", text=text)


def server_unreachable(location: str) -> StorageError:
    return StorageError("The server {location} cannot be reached. Everything saved before is still there; "
                        "refresh (F5) when the network is back.", location=location)


ChangeListener = Callable[[frozenset[str]], None]
CHANGED = "icdesk_changed_tables"


def _record_flush(session: Session, _flush: UOWTransaction) -> None:
    tables = session.info.setdefault(CHANGED, set())
    for record in (*session.new, *session.dirty, *session.deleted):
        table = getattr(record, "__tablename__", None)
        if table:
            tables.add(table)


def wrote(session: Session, *tables: str) -> None:
    """Note tables written through the session's connection (Core, not the ORM, where a save must be
    quick): the unit of work tells its listeners, and on a server the other PCs, as for any other."""
    session.info.setdefault(CHANGED, set()).update(tables)


def _record_statement(state: ORMExecuteState) -> None:
    """Bulk INSERT/UPDATE/DELETE statements bypass the flush; note their tables too."""
    statement = state.statement
    if isinstance(statement, Insert | Update | Delete):
        table = getattr(statement.table, "name", None)
        if table:
            state.session.info.setdefault(CHANGED, set()).add(table)


WRITERS_TAKE_TURNS = "SELECT pg_advisory_xact_lock(7101987)"  # any number; the same in every icdesk
# The same lock, shared: request saves hold it side by side and still keep every other writer out
REQUEST_SAVES_SIDE_BY_SIDE = "SELECT pg_advisory_xact_lock_shared(7101987)"
# The server gave up one of two saves that waited for each other (deadlock, serialization failure)
SAVES_COLLIDED = frozenset({"40P01", "40001"})
CHANNEL = "icdesk_changes"  # NOTIFY channel: "ORIGIN|table,table" after every commit on a server
LISTEN_RECONNECT_S = 5.0


class ServerListener:
    """Hears what other PCs commit: a dedicated connection LISTENs on ``CHANNEL`` in a thread of
    its own. The thread only queues the table names; ``Database.deliver_remote_changes()`` hands
    them to the listeners on the caller's thread (the window's timer), because Qt signals must
    not be emitted from another thread. A lost connection is made again; whatever may have been
    missed meanwhile is reported as every table changed."""

    def __init__(self, engine: Engine, origin: str, everything: frozenset[str]) -> None:
        self.origin = origin
        self.everything = everything
        self.queue: queue.SimpleQueue[frozenset[str]] = queue.SimpleQueue()
        self._conninfo = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="icdesk-listen", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psycopg

        first = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=10,
                                     application_name="icdesk listening") as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    if not first:
                        self.queue.put(self.everything)  # changes made while we were away
                    first = False
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=0.5):
                            self._heard(note.payload)
            except Exception:  # noqa: BLE001 - a server away for a moment: listen again soon
                self._stop.wait(LISTEN_RECONNECT_S)

    def _heard(self, payload: str) -> None:
        origin, _, tables = payload.partition("|")
        if origin != self.origin and tables:
            self.queue.put(frozenset(tables.split(",")))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)


def out_of_store_range(error: OverflowError | UnicodeEncodeError) -> ValidationError:
    """A number past what the store holds (a record number of 2**63), a date past year 9999, or half of a
    character pair (text cut in the middle of an emoji): said in words; the unit of work is rolled back."""
    if isinstance(error, UnicodeEncodeError):
        return ValidationError("A text holds a broken character (half of an emoji or a symbol, from a cut copy "
                               "and paste), which cannot be stored or looked up; type it again.")
    return ValidationError("A number or a date is beyond what can be stored (a record number that does not "
                           "exist, or a year far outside 1990-2100).")


def _check_references(session: Session) -> None:
    """Every reference written with the row checks off still points at a row: the same refusal
    (and rollback) the per-row check would have given."""
    dangling = session.connection().exec_driver_sql("PRAGMA foreign_key_check").first()
    if dangling is not None:
        raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed: {dangling[0]} row {dangling[1]} "
                                     f"refers to a missing {dangling[2]} row")


class Database:
    """An open company: a data file (``path``) or a database on a server (``path`` is None).
    Services get their sessions from here, one per unit of work.

    After each committed unit of work the listeners hear which tables changed, so a window can
    refresh only what a change affects.
    """

    def __init__(self, engine: Engine, path: Path | None, read_only: bool = False, *,
                 location: str | None = None, name: str | None = None) -> None:
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self.location = location if location is not None else str(path)
        self.name = name if name is not None else (path.name if path is not None else self.location)
        self.on_server = engine.dialect.name != "sqlite"
        self.lock: FileLock | None = None
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(engine.execution_options(**WRITE), expire_on_commit=False)
        self._bulk_sessions = sessionmaker(engine.execution_options(**WRITE, **KEYS_AT_END), expire_on_commit=False)
        self._scratch_sessions = sessionmaker(engine.execution_options(**WRITE, **KEYS_AT_END, **NO_JOURNAL),
                                              expire_on_commit=False)
        # a new file built beside its final name and renamed to it only when complete (db/scratch.py):
        # its bulk loads write without a journal, since a failed one is thrown away with the file
        self.scratch = False
        for sessions in (self._write_sessions, self._bulk_sessions, self._scratch_sessions):
            event.listen(sessions, "after_flush", _record_flush)
            event.listen(sessions, "do_orm_execute", _record_statement)
        self._listeners: list[ChangeListener] = []
        self.origin = uuid.uuid4().hex[:12]  # tells this window's own NOTIFY apart from the other PCs'
        self._server_listener: ServerListener | None = None
        self._held = path if path is not None and not self.on_server else None
        if self._held is not None:  # its bytes are read without dropping SQLite's locks (db/held_files.py)
            held_files.hold(self._held)

    def listen_to_server(self) -> bool:
        """On a server, start hearing the other PCs' commits (see ServerListener); False on a file."""
        if not self.on_server:
            return False
        if self._server_listener is None:
            from icdesk.domain.models import Base

            self._server_listener = ServerListener(self.engine, self.origin, frozenset(Base.metadata.tables))
        return True

    def deliver_remote_changes(self) -> frozenset[str]:
        """Tell the listeners, on this thread, what other PCs committed since the last call."""
        if self._server_listener is None:
            return frozenset()
        heard: set[str] = set()
        while True:
            try:
                heard |= self._server_listener.queue.get_nowait()
            except queue.Empty:
                break
        if heard:
            self._notify(frozenset(heard))
        return frozenset(heard)

    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, tables: frozenset[str]) -> None:
        for listener in list(self._listeners):
            listener(tables)

    @contextmanager
    def transaction(self, *, side_by_side: bool = False, keys_checked_at_end: bool = False) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        A write the disk refuses becomes a StorageError with a sentence for the user.
        ``side_by_side``: a unit whose only rules between PCs are ones the store keeps by itself
        (numbers from a sequence, version checks, figures added with ON CONFLICT); on a server such
        units run at the same time as each other, never beside any other writer (``_begin_writing``).
        ``keys_checked_at_end``: on a file, the references are checked once before the commit
        (``PRAGMA foreign_key_check``) instead of row by row: for a bulk load into a new file, where
        a million rows each look their department, people and standard up again (demo_bulk.py).
        """
        if self.read_only:
            raise self._write_error(Exception("readonly"))
        if self.path is not None and not self.path.exists():  # the folder or USB stick is gone
            raise self._write_error(Exception("unable to open"))
        try:
            bulk = keys_checked_at_end and not self.on_server
            sessions = self._write_sessions
            if bulk:
                sessions = self._scratch_sessions if self.scratch else self._bulk_sessions
            with self._values_in_words(), sessions() as session:
                with session.begin():
                    self._begin_writing(session, side_by_side)
                    yield session
                    if bulk:
                        _check_references(session)
                    if self.on_server:
                        self._tell_other_pcs(session)
                changed = frozenset(session.info.pop(CHANGED, ()))
        except (OperationalError, sqlite3.OperationalError, StaleDataError) as error:
            # a versioned row changed under this very unit of work, or the server gave up this save of
            # two that waited for each other: the same for the person saving
            if isinstance(error, StaleDataError) or getattr(getattr(error, "orig", None), "sqlstate",
                                                            None) in SAVES_COLLIDED:
                raise ConflictError("Someone else saved the same record at the same moment, so your change was not "
                                    "saved. Refresh (F5) to see what is saved, then make your change again.") from error
            raise self._write_error(error) from error
        if changed:
            self._notify(changed)

    @contextmanager
    def rehearsal(self) -> Iterator[Session]:
        """A unit of work that is always rolled back: run the real writes to see what they would do."""
        if self.read_only:
            raise self._write_error(Exception("readonly"))
        try:
            with self._write_sessions() as session:
                session.begin()
                try:
                    self._begin_writing(session)
                    yield session
                finally:
                    session.rollback()
                    session.info.pop(CHANGED, None)
        except (OperationalError, sqlite3.OperationalError) as error:
            raise self._write_error(error) from error

    def _begin_writing(self, session: Session, side_by_side: bool = False) -> None:
        """Wait here for another writer, not halfway through the work. On SQLite the connection's
        BEGIN IMMEDIATE waits; on a server, an advisory lock held to the end of the transaction
        lets writers take turns the same way, so every read-then-write rule (a name checked before
        it is saved, an award per month, the next edition number) holds with several PCs too.
        Readers never wait for it.

        Request saves (``side_by_side``) hold that lock shared: they wait for, and hold off, every
        other writer, so each rule above still sees no request save half done, but not for each
        other. Between two of them the store keeps the rules: numbers come from the sequences
        (RETURNING), two saves of one request meet the version check (a ConflictError, nothing
        saved), and the network figures are added by INSERT ... ON CONFLICT DO UPDATE, whose rows
        are locked in one order (``network_figures.Changes.write``). One lock, taken first in every
        write transaction, so writers can never wait for each other in a circle over it."""
        connection = session.connection()
        if self.on_server:
            connection.exec_driver_sql(REQUEST_SAVES_SIDE_BY_SIDE if side_by_side else WRITERS_TAKE_TURNS)

    def _tell_other_pcs(self, session: Session) -> None:
        """NOTIFY in the same transaction: the server sends it to the other PCs only if it commits."""
        session.flush()
        tables = session.info.get(CHANGED)
        if tables:
            session.connection().exec_driver_sql(
                "SELECT pg_notify(%(channel)s, %(payload)s)",
                {"channel": CHANNEL, "payload": f"{self.origin}|{','.join(sorted(tables))}"})

    def _write_error(self, error: BaseException) -> StorageError:
        if self.path is None:
            return server_storage_error(error, self.location, self.read_only)
        return storage_error(error, self.path, self.read_only)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work (never commits). A file that cannot be reached is a StorageError."""
        with self._reads(), self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def reading_rows(self) -> Iterator[Connection]:
        """A read of a few Core statements in one snapshot with no ORM session, for a list's page: the
        session's set-up and tear-down took as long as SQLite took to find 200 ratings (issue 21).
        The same errors as ``reading``."""
        with self._reads(), self.engine.connect() as connection:
            transaction = connection.begin()
            try:
                yield connection
            finally:
                transaction.rollback()

    @contextmanager
    def _reads(self) -> Iterator[None]:
        path = self.path
        if path is not None and not path.exists():  # a pooled connection could still read the vanished file's old pages
            raise unreachable(path)
        try:
            with self._values_in_words():
                yield
        except (OperationalError, sqlite3.OperationalError) as error:
            if path is None:
                raise server_unreachable(self.location) from error
            text = str(getattr(error, "orig", error)).lower()
            if path.exists() and "unable to open" not in text and "i/o" not in text:
                raise
            raise unreachable(path) from error
        except (DatabaseError, sqlite3.DatabaseError) as error:
            found = getattr(error, "orig", error)
            if path is None or not isinstance(found, sqlite3.DatabaseError) or not is_damage(found):
                raise
            # pages that no longer fit together, met while reading (the full check runs after the
            # window is shown): said in words, with the way out, instead of an error nobody foresaw
            raise damaged_while_reading(path, found) from error

    @contextmanager
    def _values_in_words(self) -> Iterator[None]:
        """A value the store cannot hold (from a caller that skipped the forms' checks) or a stored value
        icdesk cannot read back: said in words, for reads and writes alike."""
        try:
            yield
        except (OverflowError, UnicodeEncodeError) as error:
            raise out_of_store_range(error) from error
        except (LookupError, ValueError) as error:
            if not (is_unknown_value(error) or is_unreadable_date(error)):
                raise
            raise self._unknown_value(error) from error

    def _unknown_value(self, error: LookupError | ValueError) -> StorageError:
        """A status, priority or kind outside its list, or a date that is no date, written into the file by hand
        or by another program and met while reading a row: said with the way to find every such value."""
        return StorageError("{name} holds a value icdesk does not know ({error}). Nothing was changed; "
                            "'icdesk check' lists every such value, or put a backup in its place with "
                            "File \u2192 Restore from backup\u2026", name=self.name, error=str(error).split(". ")[0])

    def close(self) -> None:
        if self._server_listener is not None:
            self._server_listener.stop()
            self._server_listener = None
        self.engine.dispose()
        if self._held is not None:
            held_files.let_go(self._held)
            self._held = None
        if self.lock is not None:
            self.lock.release()
