"""Whole copies of a data file: written beside their place as NAME.partial, verified, then put in
place in one step, so a full disk or a killed program never costs the last good copy."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from icdesk.db import held_files, migrate
from icdesk.db.engine import read_only_uri
from icdesk.db.errors import NewerDataFileError, NotADataFileError
from icdesk.db.names import short_stem
from icdesk.db.stored_values import content_problems

SQLITE_HEADER = b"SQLite format 3\x00"
PARTIAL = ".partial"
STEP_PAGES = 4096  # a copy that may be cancelled goes 16 MiB at a time, looking at the flag in between
CHECK_EVERY = 100_000  # SQLite steps between looks at the flag while a copy is verified
# Work that reads (or writes) each page once, a copy or a check of every page, gains nothing from
# SQLite's usual 2 MiB page cache per connection: it only raised the window's memory while today's
# backup (+4 MiB at its peak) or the background page check (+2 MiB) ran. Measured as fast with this.
ONE_PASS_CACHE_KIB = 256

Cancelled = Callable[[], bool]


class CopyCancelled(Exception):
    """The copy was stopped on request (the window closed); its partial file is gone, nothing else changed."""


def partial_path(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL)


def copy_database(source: Path, target: Path, cancelled: Cancelled | None = None) -> Path:
    """Consistent copy through SQLite's backup API, as one self-contained file for the owner only.
    ``cancelled``: looked at between steps; when it says so, CopyCancelled is raised."""
    source, target = source.absolute(), target.absolute()
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        src.execute(f"PRAGMA cache_size=-{ONE_PASS_CACHE_KIB}")  # reads the schema: a damaged file fails here
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        dst = sqlite3.connect(str(target))
        try:
            dst.execute(f"PRAGMA cache_size=-{ONE_PASS_CACHE_KIB}")
            if cancelled is None:
                src.backup(dst)
            else:
                src.backup(dst, pages=STEP_PAGES, progress=lambda *_: _stop_if(cancelled))
            # the copy must not depend on -wal/-shm side files: a backup is one file to carry away
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _stop_if(cancelled: Cancelled) -> None:
    if cancelled():
        raise CopyCancelled()


def verify(path: Path, cancelled: Cancelled | None = None, *, values: bool = False) -> None:
    """The copy must be a whole, sound icdesk database this icdesk can open, or it is no backup at all.

    With ``values`` (a file about to replace the company's), it must also be one every list can read and
    every save can trust, not only one SQLite finds sound: every reference pointing somewhere, every column
    there, every status and date readable, no trigger icdesk did not make. (A backup of the company's own
    file is never refused for them: a copy of what there is beats no copy.)"""
    if held_files.read_at(path, 0, len(SQLITE_HEADER)) != SQLITE_HEADER:
        raise NotADataFileError(path, "{name} is not a database.", name=path.name)
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    if cancelled is not None:  # a non-zero answer interrupts the check
        conn.set_progress_handler(lambda: int(cancelled()), CHECK_EVERY)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables \
            else None
        unknown = _first_content_problem(conn, row[0]) if values and result == "ok" and row is not None else None
    except sqlite3.DatabaseError as error:
        if cancelled is not None and cancelled():
            raise CopyCancelled() from error
        raise NotADataFileError(path, "{name} is damaged: {error}.", name=path.name, error=error) from error
    finally:
        conn.close()
    if result != "ok":
        raise NotADataFileError(path, "{name} failed its integrity check: {result}.", name=path.name,
                                result=result)
    if row is None:
        raise NotADataFileError(path, "{name} is not an icdesk data file.", name=path.name)
    if row[0] not in migrate.known_revisions():
        raise NewerDataFileError(
            path, "{name} was saved by a newer version of icdesk; install the newer version to open it.",
            name=path.name)
    if row[0] == migrate.head_revision():
        # sound as a database is not yet a whole company: a copy with a table dropped restored "fine"
        # and then no screen could open it
        from icdesk.domain.models import Base

        missing = sorted(set(Base.metadata.tables) - tables)
        if missing:
            raise NotADataFileError(path, "{name} is not a whole icdesk data file: it has no table {table}.",
                                    name=path.name, table=", ".join(missing))
    if unknown:
        raise NotADataFileError(path, "{name} cannot be used: {problem}", name=path.name, problem=unknown)


def _first_content_problem(conn: sqlite3.Connection, revision: str) -> str | None:
    """The first reference pointing nowhere, else the first value, column or trigger icdesk cannot live with."""
    found = content_problems(conn, at_head=revision == migrate.head_revision(), limit=1)
    return found[0] if found else None


def write_verified_copy(source: Path, target: Path, cancelled: Cancelled | None = None) -> Path:
    """Copy ``source`` to ``target``: an existing ``target`` is replaced only by a verified whole copy."""
    partial = partial_path(target)
    try:
        partial.unlink(missing_ok=True)  # left by a copy that was killed: never a starting point
        copy_database(source, partial, cancelled)
        verify(partial, cancelled)
        os.replace(partial, target)  # one step: the old copy or the new one, never neither
    except BaseException:
        discard(partial)
        raise
    return target


# what SQLite may leave beside a copy it was writing: with a small page cache the copy spills into its
# rollback journal, which stays behind when the disk fills up or the copy is killed
SIDE_FILES = ("-journal", "-wal", "-shm")


def discard(partial: Path) -> None:
    for path in (partial, *(partial.with_name(partial.name + side) for side in SIDE_FILES)):
        try:
            if path.is_file():
                path.unlink()
        except OSError:
            pass  # removed at the next opening of the data file


def stale_partials(data_file: Path, backup_folder: Path) -> list[Path]:
    """Partial copies of ``data_file`` a killed backup, upgrade or restore left behind."""
    stem, found = short_stem(data_file), []
    beside = [p for p in _files(data_file.parent) if p.name == data_file.name + PARTIAL or
              (p.name.startswith(stem + ".") and p.name.endswith(f".bak{data_file.suffix}{PARTIAL}"))]
    found += beside
    found += [p for p in _files(backup_folder) if p.name.startswith(stem + ".")
              and (p.name.endswith(PARTIAL) or p.name.endswith(".sqlite") and _abandoned_claim(p))]
    return found + [side for p in found for side in _files_beside(p)]


CLAIM_KEPT_S = 3600  # a backup's name is held by an empty file while it is made (backup.claimed)


def _abandoned_claim(path: Path) -> bool:
    """An empty file named like a backup, an hour old: the name a backup killed midway held."""
    try:
        info = path.stat()
    except OSError:
        return False
    return info.st_size == 0 and time.time() - info.st_mtime > CLAIM_KEPT_S


def _files_beside(partial: Path) -> list[Path]:
    return [side for side in (partial.with_name(partial.name + s) for s in SIDE_FILES) if side.is_file()]


def _files(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_file()]
    except OSError:
        return []

