"""Backups of a company on a PostgreSQL server: a portable data file written through the same copy as
``icdesk copy`` (every table counted), which Restore and every other icdesk can open; and restoring one
into the server in one transaction, after a backup of what it replaces.

The backups go where a data file's would if the company were a file in icdesk's data folder
(``<data folder>/servers/<company>-backups/<company>.<when>.<kind>.sqlite``), so they are listed,
named and pruned like a file's.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from icdesk.db.backup import backup_target, claimed
from icdesk.db.copies import copy_database, discard, partial_path, verify
from icdesk.db.engine import Database
from icdesk.db.errors import DataFileError
from icdesk.db.store import open_data_file
from icdesk.domain.errors import StorageError
from icdesk.domain.models import Company
from icdesk.paths import default_data_dir
from icdesk.services.transfer import CopyReport, copy_rows, counted, replace_server_company, snapshot

NOT_IN_A_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


@dataclass(frozen=True)
class ServerRestore:
    kept: Path | None  # the backup of what the server held before (None: it held no company)
    report: CopyReport  # what the server holds now, per table


def company_name(s: Session) -> str:
    return str(s.scalar(select(Company.name).order_by(Company.id).limit(1)) or "")


def backups_base(name: str, folder: Path | None = None) -> Path:
    """The data file a server company would be in icdesk's data folder; its backup folder and the
    names of its backups are those of that file (see icdesk.db.backup). Never created itself."""
    stem = NOT_IN_A_NAME.sub("-", name).strip(" .-") or "company"
    return (folder or default_data_dir() / "servers") / f"{stem}.sqlite"


def backup_server(db: Database, label: str, target: Path | None = None, now: datetime | None = None,
                  folder: Path | None = None) -> Path:
    """Write the company on the server as a verified data file; returns where. ``target``: a file or
    a folder (``--to``), else the usual backup folder. The server is read as one moment."""
    with snapshot(db) as read:
        return _write_backup(read, label, target, now, folder)


def _write_backup(read: Session, label: str, target: Path | None, now: datetime | None,
                  folder: Path | None) -> Path:
    named = target is None or target.is_dir()  # icdesk names it: it never takes the place of another backup
    target = backup_target(backups_base(company_name(read), folder), label, target, now or datetime.now(UTC))
    if not named:
        return _write_backup_to(read, target)
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with claimed(target) as free:
            return _write_backup_to(read, free)
    except OSError as error:
        raise StorageError("The backup was not made: it could not be written to {parent}: {value}.",
                           parent=target.parent, value=error.strerror or error) from error


def _write_backup_to(read: Session, target: Path) -> Path:
    partial = partial_path(target)
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        discard(partial)  # left by a backup that was killed: never a starting point
        copy = open_data_file(partial, create=True)  # a new data file at this icdesk's schema
        try:
            with copy.transaction() as write:
                copy_rows(read, write)
        finally:
            copy.close()
        single = sqlite3.connect(partial)  # one file to carry away: no -wal beside it
        try:
            single.execute("PRAGMA journal_mode=DELETE")
        finally:
            single.close()
        verify(partial)
        os.replace(partial, target)
    except OSError as error:
        discard(partial)
        raise StorageError("The backup was not made: it could not be written to {parent}: {value}.",
                           parent=target.parent, value=error.strerror or error) from error
    except (DataFileError, sqlite3.Error) as error:
        discard(partial)
        raise StorageError("The backup was not made: {error}", error=error) from error
    except BaseException:
        discard(partial)
        raise
    return target


def restore_server(db: Database, backup: Path, now: datetime | None = None,
                   folder: Path | None = None) -> ServerRestore:
    """Replace the company on the server by the one in ``backup``, in one transaction.

    A backup this icdesk could not open is refused before anything is touched; an older one is
    brought up to date in a copy (the backup file stays as it was). The restore takes the writers'
    turn first, so no other PC saves in between: the copy kept of the server is exactly what is
    replaced. Then every table is emptied and filled from the backup, counted, and committed at once.
    """
    backup = backup.expanduser().absolute()
    try:
        verify(backup, values=True)
    except (DataFileError, sqlite3.Error, OSError) as error:
        raise StorageError("Nothing was restored: {error}", error=error) from error
    with tempfile.TemporaryDirectory(prefix="icdesk-restore-") as staging:
        staged = Path(staging) / "backup.sqlite"
        try:
            copy_database(backup, staged)
            source = open_data_file(staged, create=False)  # an older backup is upgraded here, in the copy
        except (DataFileError, sqlite3.Error, OSError) as error:
            raise StorageError("Nothing was restored: {error}", error=error) from error
        try:
            with db.transaction() as write, snapshot(source) as read:
                held = any(counted(write).values())
                kept = _write_backup(write, "before-restore", None, now, folder) if held else None
                try:
                    report = replace_server_company(read, write)
                except DBAPIError as error:  # said here: transaction() would call it a change not saved
                    raise _not_restored(db, error) from error
        finally:
            source.close()
    return ServerRestore(kept, report)


def _not_restored(db: Database, error: BaseException) -> StorageError:
    said = str(getattr(error, "orig", None) or error).strip().splitlines()
    if said and "lock timeout" in said[0]:
        return StorageError("Nothing was restored: other PCs kept reading the company on {server}. Try again in a "
                            "moment, or when fewer people are working.", server=db.location)
    return StorageError("Nothing was restored: {reason}.", reason=said[0].rstrip(".") if said else type(error).__name__)
