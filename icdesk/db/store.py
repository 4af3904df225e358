"""Opening a data file safely: check it, back it up, upgrade it, then hand out a Database.

Every check that can refuse the file runs before anything is written, so a file we refuse is
left byte for byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from icdesk.db import checked_files, held_files, migrate
from icdesk.db.copies import (
    ONE_PASS_CACHE_KIB,
    SQLITE_HEADER,
    copy_database,
    discard,
    stale_partials,
    write_verified_copy,
)
from icdesk.db.engine import WRITE, Database, is_damage, make_engine, read_only_uri
from icdesk.db.errors import (
    DamagedDataFileError,
    DataFileAccessError,
    DataFileError,
    DataFileLockedError,
    NetworkShareError,
    NewerDataFileError,
    NotADataFileError,
    ReadOnlyDataFileError,
)
from icdesk.db.lock import FileLock, real_path
from icdesk.db.names import short_stem
from icdesk.db.network_share import network_files_allowed, network_share_of
from icdesk.db.server import open_server
from icdesk.paths import is_server_address

LOCK_PROBE_TIMEOUT_S = 1.0


def _is_writable(path: Path) -> bool:
    """Writable for us, and not marked read-only by its owner (which root would ignore)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _check_access(path: Path) -> None:
    folder = path.parent
    if path.is_dir():
        raise DataFileAccessError(path, "{path} is a folder, not a data file.", path=path)
    if not folder.is_dir():
        raise DataFileAccessError(path, "The folder {folder} does not exist (was a drive removed?).", folder=folder)
    if path.exists() and not path.is_file():
        # a device or a pipe: opening it would change its permissions (/dev/null for every user)
        raise DataFileAccessError(path, "{path} is not a file that can hold a company.", path=path)
    if path.exists():
        if not os.access(path, os.R_OK):
            raise DataFileAccessError(path, "You are not allowed to read {path}.", path=path)
        if not _is_writable(path):
            raise ReadOnlyDataFileError(path, "{path} is read-only; icdesk needs to save changes to it.", path=path)
    # SQLite writes its journal files beside the data file, so the folder must be writable too; a file
    # there can still be opened for looking (what only reads it, as for a file marked read-only)
    if not _is_writable(folder):
        error = ReadOnlyDataFileError if path.is_file() else DataFileAccessError
        raise error(path, "The folder {folder} is read-only; icdesk cannot save there.", folder=folder)


def check_not_on_network(path: Path) -> None:
    """Refuse to write a file on a network share (SMB, NFS, sshfs...): SQLite's locks do not hold
    there, and several PCs writing one file can damage it. ICDESK_ALLOW_NETWORK_FILE=1 lets an
    expert who knows the share (and that only one PC uses the file) take the risk."""
    if network_files_allowed():
        return
    share = network_share_of(path)
    if share is not None:
        raise NetworkShareError(path, share)


def _check_header(path: Path) -> bool:
    """True if the file exists and has content; raises if that content is not SQLite."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    header = held_files.read_at(path, 0, len(SQLITE_HEADER))  # the window may have it open (held_files.py)
    if header != SQLITE_HEADER:
        raise NotADataFileError(path, "{name} is not an icdesk data file (it is not a database at all).",
                                name=path.name)
    return True


def damaged(path: Path, problem: object) -> DamagedDataFileError:
    return DamagedDataFileError(
        path, "{name} is damaged ({problem}), so icdesk did not open it and changed nothing. Put a backup in its "
              "place: File \u2192 Restore from backup\u2026 in the window, or icdesk restore on the command line.",
        name=path.name, problem=problem)


def _inspect(path: Path, check_pages: bool = True) -> str | None:
    """Read the schema revision without writing; refuse files that are damaged, not ours or too new.
    ``check_pages=False`` leaves reading every page to check_pages() once the window is shown."""
    try:
        probe = sqlite3.connect(read_only_uri(path), uri=True, timeout=LOCK_PROBE_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise DataFileAccessError(path, "{name} cannot be opened: {exc}.", name=path.name, exc=exc) from exc
    try:
        tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            # no tables yet, but marked by the program that made it: its database, not an empty company
            marks = [probe.execute(f"PRAGMA {mark}").fetchone()[0] for mark in ("application_id", "user_version")]
            if any(marks):
                raise NotADataFileError(
                    path, "{name} is a database of another program, not an icdesk data file.", name=path.name)
            return None
        if "alembic_version" not in tables:
            raise NotADataFileError(
                path, "{name} is a database of another program, not an icdesk data file.", name=path.name
            )
        row = probe.execute("SELECT version_num FROM alembic_version").fetchone()
        # Pages flipped by a failing disk or a bad copy would open "fine" and fail later in the
        # middle of the work; quick_check reads every page once (see docs/architecture.md for its cost),
        # unless the file passed it recently and has not changed since (db/checked_files.py).
        problem = "ok"
        if check_pages and not checked_files.passed_recently(path):
            before = checked_files.fingerprint(path)
            problem = read_every_page(probe)
            if problem == "ok":
                checked_files.remember_passed(path, before)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise DataFileLockedError(
                path, "{name} is in use by another program; close it there and try again.", name=path.name
            ) from exc
        if is_damage(exc):
            raise damaged(path, exc) from exc
        raise NotADataFileError(path, "{name} is damaged or not an icdesk data file ({exc}).", name=path.name,
                                exc=exc) from exc
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise damaged(path, exc) from exc
        raise NotADataFileError(path, "{name} is damaged or not an icdesk data file ({exc}).", name=path.name,
                                exc=exc) from exc
    finally:
        probe.close()
    if problem != "ok":
        raise damaged(path, _first_problem(problem))
    revision = row[0] if row else None
    if revision is not None and revision not in migrate.known_revisions():
        raise NewerDataFileError(
            path,
            "{name} was saved by a newer version of icdesk; install the newer version to open it.", name=path.name,
        )
    return revision


def read_every_page(conn: sqlite3.Connection) -> str:
    """SQLite's quick_check: "ok", or the first problem. The one place every page is read on opening."""
    return str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])


def _first_problem(result: str) -> str:
    return result.replace("*** in database main ***", "").strip().splitlines()[0]


def check_pages(path: Path, cancelled: Callable[[], bool] | None = None) -> str | None:
    """Every page of a file already open read once (PRAGMA quick_check), through a read-only connection
    of its own: None when all are sound (or ``cancelled`` stopped it), else the first problem.
    A file that passed recently and is unchanged since is not read again (db/checked_files.py)."""
    if checked_files.passed_recently(path):
        return None
    before = checked_files.fingerprint(path)
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=LOCK_PROBE_TIMEOUT_S)
    if cancelled is not None:  # a non-zero answer interrupts the check
        conn.set_progress_handler(lambda: int(cancelled()), 100_000)
    try:
        conn.execute(f"PRAGMA cache_size=-{ONE_PASS_CACHE_KIB}")  # reads the schema: damage may show here
        result = read_every_page(conn)
    except sqlite3.DatabaseError as exc:
        if cancelled is not None and cancelled():
            return None
        if is_damage(exc):
            return str(exc)
        raise
    finally:
        conn.close()
    if result != "ok":
        return _first_problem(result)
    if cancelled is None or not cancelled():
        checked_files.remember_passed(path, before)
    return None


def _check_not_locked(path: Path, damaged_ok: bool = False) -> None:
    """Refuse a file another process is writing to, instead of waiting on it forever."""
    probe = sqlite3.connect(str(path), timeout=LOCK_PROBE_TIMEOUT_S, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if damaged_ok and not any(word in str(exc) for word in ("locked", "busy")):
            return
        raise DataFileLockedError(
            path, "{name} is in use by another program; close it there and try again.", name=path.name
        ) from exc
    except sqlite3.DatabaseError:
        if not damaged_ok:
            raise
    finally:
        probe.close()


@contextmanager
def held_for_replacing(path: Path, *, missing_ok: bool = False) -> Iterator[Path]:
    """Be the one writer of ``path`` without opening it, for Restore: a file that is damaged or was
    written by a newer icdesk cannot be opened, and is exactly the file that needs replacing; a file
    that was deleted or lost (``missing_ok``) is the other reason to restore."""
    path = real_path(path)
    check_not_on_network(path)
    _check_access(path)
    if not path.is_file() and not (missing_ok and not path.exists()):
        raise DataFileAccessError(path, "{path} does not exist.", path=path)
    lock = FileLock(path)
    lock.acquire()
    try:
        _check_not_locked(path, damaged_ok=True)
        yield path
    finally:
        lock.release()


def backup_path_for(path: Path, label: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{short_stem(path)}.{stamp}.{label}.bak{path.suffix}")


def remove_stale_partials(path: Path) -> None:
    """Partial copies left by a backup, upgrade or restore that was killed: they can be huge."""
    from icdesk.db.backup import backup_folder

    for partial in stale_partials(path, backup_folder(path)):
        discard(partial)


def open_data_file(path: Path | str, *, create: bool = True, read_only: bool = False,
                   lock: bool = False, take_over: bool = False, check_pages: bool = True) -> Database:
    """Open (and if needed create or upgrade) an icdesk data file.

    ``lock`` marks the file as in use by this process (the window does; one writer per file);
    ``take_over`` also takes a lock left by another computer (after asking the person).
    ``read_only`` opens it for looking only: nothing is created, upgraded or locked.
    Raises DataFileError with a one-sentence message; the file is then unchanged. A file on a
    network share is refused for writing (NetworkShareError) and may be opened ``read_only``.
    ``check_pages=False``: every page is not read now; the caller runs check_pages() soon after (the
    window does, in the background, so that it starts at once also on a file of a million requests).
    """
    path = real_path(Path(path))
    if read_only:
        return _open_read_only(path)
    check_not_on_network(path)
    _check_access(path)
    has_content = _check_header(path)
    if not has_content and not create:
        if path.exists():
            raise NotADataFileError(path, "{name} is empty: there is nothing to look at.", name=path.name)
        raise DataFileAccessError(path, "{path} does not exist.", path=path)
    revision = _inspect(path, check_pages) if has_content else None
    if has_content and revision is None and not create:
        # an empty database: a command that only looks (info, export) must not make a company in it
        raise NotADataFileError(path, "{name} holds no company yet: there is nothing to look at.", name=path.name)
    if has_content:
        _check_not_locked(path)
    # an upgrade is a write, whoever asks: it waits for a window that holds the file (an older icdesk,
    # whose next start would refuse the file upgraded underneath it), even for a command that only reads
    upgrading = revision is not None and revision != migrate.head_revision()
    file_lock = FileLock(path) if lock or upgrading else None
    if file_lock is not None:
        file_lock.acquire(take_over)
    try:
        remove_stale_partials(path)
        db = _prepare(path, revision)
    except BaseException:
        if file_lock is not None:
            file_lock.release()
        raise
    if file_lock is not None and not lock:
        file_lock.release()  # held for the upgrade only
        file_lock = None
    db.lock = file_lock
    return db


def open_store(target: Path | str, *, create: bool = True, read_only: bool = False,
               lock: bool = False, take_over: bool = False, check_pages: bool = True) -> Database:
    """Open a company wherever it is: ``postgresql://user@host:port/dbname`` on a server, anything else
    as a data file (see open_data_file). A server needs no lock: several PCs work on it at once."""
    if is_server_address(target):
        return open_server(str(target), create=create, read_only=read_only)
    return open_data_file(target, create=create, read_only=read_only, lock=lock, take_over=take_over,
                          check_pages=check_pages)


def _prepare(path: Path, revision: str | None) -> Database:
    head = migrate.head_revision()
    if not path.exists():
        # created by us, readable by the owner only: it holds the business's feedback and names
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    elif revision is None and path.stat().st_size == 0:
        os.chmod(path, 0o600)  # an empty file made elsewhere (umask 022, 000) becomes a company's file
    kept: Path | None = None
    if revision is not None and revision != head:
        try:
            kept = write_verified_copy(path, backup_path_for(path, f"before-upgrade-from-{revision}"))
        except (OSError, sqlite3.Error, DataFileError) as exc:
            raise DataFileAccessError(
                path, "Could not make a backup of {name} before upgrading it: {exc}.", name=path.name, exc=exc
            ) from exc
    engine = make_engine(path)
    try:
        with (engine.execution_options(**WRITE) if revision != head else engine).begin() as connection:
            if revision != head:
                migrate.upgrade(connection)
    except SQLAlchemyError as exc:
        engine.dispose()
        if kept is not None and _stored_revision(path) == revision:
            # the upgrade was rolled back as a whole, the file still at its old revision: its copy would be one
            # more of the same at every try (three runs of a command left three copies of the whole file)
            kept.unlink(missing_ok=True)
        orig = exc.orig if isinstance(exc, OperationalError) else exc
        raise DataFileError(path, "{name} could not be prepared: {orig}.", name=path.name, orig=orig) from exc
    return Database(engine, path)


def _stored_revision(path: Path) -> str | None:
    try:
        probe = sqlite3.connect(read_only_uri(path), uri=True, timeout=LOCK_PROBE_TIMEOUT_S)
        try:
            row = probe.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            probe.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _open_read_only(path: Path) -> Database:
    if not path.is_file():
        raise DataFileAccessError(path, "{path} does not exist.", path=path)
    if not _check_header(path):
        raise NotADataFileError(path, "{name} is empty: there is nothing to look at.", name=path.name)
    revision = _inspect(path)
    if revision != migrate.head_revision():
        raise DataFileError(path, "{name} was saved by an older icdesk and must be opened normally once (to update it) "
                                  "before it can be opened read-only.", name=path.name)
    return Database(make_engine(path, read_only=True), path, read_only=True)


__all__ = ["open_data_file", "open_store", "is_server_address", "copy_database", "backup_path_for", "DataFileError",
           "SQLITE_HEADER"]
