"""Backups the manager can see: automatic daily ones, "Backup now", and restoring one."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from icdesk.db import backup as storage
from icdesk.db.backup import BackupPolicy
from icdesk.db.copies import Cancelled, verify
from icdesk.db.errors import DataFileError
from icdesk.db.lock import FileInUseError, FileLock
from icdesk.domain.errors import StorageError, ValidationError
from icdesk.domain.models import Company
from icdesk.services.base import ServiceBase
from icdesk.services.output_paths import check_output_path
from icdesk.services.server_backups import ServerRestore, backup_server, backups_base, company_name, restore_server

COUNTED = {"departments": "departments", "people": "people", "requests": "requests", "feedback": "feedback"}


@dataclass(frozen=True)
class BackupRow:
    path: Path
    made_at: datetime
    label: str
    size_bytes: int
    counts: dict[str, int]


def counts_in(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return {key: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
                for key, table in COUNTED.items()}
    except sqlite3.Error:
        return {}
    finally:
        conn.close()


def other_company(ours: tuple[str, str] | None, backup: Path) -> tuple[str, str] | None:
    """(the backup's company, ours) when a backup holds another company than the one it would replace
    (``ours``: company_of the data file): a copy of another company put in place by mistake replaces
    this one's whole record. Two companies of the same name (two files each started as the example
    hotel) differ by when each was made, which then names them."""
    theirs = company_of(backup, on_disk=True)
    if not theirs or not ours or not theirs[0] or not ours[0]:
        return None
    if theirs[0].casefold() != ours[0].casefold():
        return theirs[0], ours[0]
    made_theirs, made_ours = (made.replace("T", " ")[:19] for made in (theirs[1], ours[1]))  # to the second
    if made_theirs and made_ours and made_theirs != made_ours:
        return f"{theirs[0]} ({made_theirs[:10]})", f"{ours[0]} ({made_ours[:10]})"
    return None


class BackupService(ServiceBase):
    def _data_file(self) -> Path:
        assert self.db.path is not None, "a server's backups are made by make()"
        return self.db.path

    def daily_backup_due(self) -> bool:
        """No automatic backup made today yet (never on a server, nor for a file opened read-only)."""
        path = self.db.path
        return path is not None and not self.db.read_only and storage.needs_daily_backup(path, self.clock())

    def auto_backup(self, policy: BackupPolicy | None = None, cancelled: Cancelled | None = None) -> Path | None:
        """At most one automatic backup a day, then old ones pruned to the policy. None on a server.

        It reads the file through a connection of its own, so it may run on another thread while the
        window works; ``cancelled`` stops it (CopyCancelled), leaving no backup and no partial file."""
        policy = policy or BackupPolicy()
        path = self.db.path
        if path is None or not self.daily_backup_due():
            return None
        made = self.make("daily", cancelled=cancelled)
        storage.prune(path, policy)
        return made

    def backup_now(self, target: Path | None = None) -> Path:
        if target is not None:
            target = Path(target)
            if self.db.path is not None and target.resolve() == self.db.path.resolve():
                raise ValidationError("Choose another file for the backup than the one in use.", field="target")
            if not target.parent.is_dir():
                raise ValidationError("The folder {parent} does not exist.", parent=target.parent, field="target")
            if target.exists() and not target.is_dir():
                return self._replacing(target)
        return self.make("manual", target)

    def _replacing(self, target: Path) -> Path:
        """The backup written over an earlier one, held as in use meanwhile: a file some icdesk has open
        (a window, an import) is never swapped away under it, and none can open it half-way."""
        lock = FileLock(target)
        try:
            lock.acquire()
        except FileInUseError:
            raise ValidationError("{name} is open in icdesk now, so it is in use, not an earlier backup; a backup "
                                  "never replaces it. Give the backup a new name, or a folder to put it in.",
                                  name=target.name, field="target") from None
        except DataFileError as error:
            raise ValidationError(error.template, field="target", **error.params) from error
        try:
            self._check_replaceable(target)
            return self.make("manual", target)
        finally:
            lock.release()

    def _check_replaceable(self, target: Path) -> None:
        """The same file on a USB stick every week replaces the last backup of this company (a verified
        copy takes its place in one step); nothing else is ever written over."""
        try:
            check_output_path(target, self.db.path, field="target")
        except ValidationError:
            held = company_of(target)
            if held is None:  # not a database at all, or the data file's own side files
                raise
            if not self._same_company(held):
                raise ValidationError("{name} holds another company; a backup never replaces it. Give the backup "
                                      "a new name, or a folder to put it in.", name=target.name,
                                      field="target") from None
            if worked_on(target):
                # a copy of the company opened and worked on (another PC's file, a copy taken home) may
                # hold work this file lacks; a backup icdesk writes is never opened that way
                raise ValidationError("{name} is a data file that has been worked on, not an earlier backup; it may "
                                      "hold work this file lacks, and a backup never replaces it. Give the backup a "
                                      "new name, or a folder to put it in.", name=target.name,
                                      field="target") from None
            return
        raise ValidationError("{name} already exists; give the backup a new name, or a folder to put it in.",
                              name=target.name, field="target")

    def _same_company(self, held: tuple[str, str]) -> bool:
        if self.db.path is not None:
            return held == company_of(self.db.path)
        with self.db.reading() as s:  # on a server: the same name is the same company
            return held[0] == company_name(s)

    def make(self, label: str, target: Path | None = None, cancelled: Cancelled | None = None) -> Path:
        if self.db.on_server:  # a portable data file, every table counted (services/server_backups.py)
            return backup_server(self.db, label, target, self.clock())
        try:
            return storage.make_backup(self._data_file(), label, target, self.clock(), cancelled=cancelled)
        except (DataFileError, sqlite3.Error) as error:
            raise StorageError("The backup was not made: {error}", error=error) from error

    def list(self) -> list[BackupRow]:
        return backups_of(self.db.path if self.db.path is not None else self.server_backups_base())

    def suggested_target(self) -> Path:
        """Where File \u2192 Backup now proposes to write: the backups folder, under the name the list
        of backups reads (``co1.20260301-090000.manual.sqlite``), so Restore from backup shows the
        copy just made. The folder is made if it is not there yet (the daily backup makes it too);
        where it cannot be, the data file's own folder is proposed."""
        base = self.db.path if self.db.path is not None else self.server_backups_base()
        target = storage.backup_target(base, "manual", None, self.clock())
        try:
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:  # a read-only folder, a file where the folder should be
            return base.with_name(target.name)
        return target

    def read_backup(self, path: Path) -> BackupRow:
        """A backup picked outside the list (a USB stick, a copy saved by hand): checked as restoring
        it would check it (a whole, sound icdesk file this icdesk can open), and what it holds."""
        path = Path(path).expanduser().absolute()
        if path.is_dir():
            raise ValidationError("{name} is a folder; choose a backup file in it.", name=path.name, field="backup")
        if not path.is_file():
            raise ValidationError("There is no file {name}.", name=path.name, field="backup")
        if self.db.path is not None and path.resolve() == self.db.path.resolve():
            raise ValidationError("{name} is the data file in use, not a backup of it.", name=path.name,
                                  field="backup")
        try:
            verify(path)
        except DataFileError as error:  # its own words: "... is not an icdesk data file."
            raise ValidationError(error.template, field="backup", **error.params) from error
        except (OSError, sqlite3.Error) as error:
            raise ValidationError("{name} cannot be read: {error}", name=path.name, error=error,
                                  field="backup") from error
        stat = path.stat()
        return BackupRow(path, datetime.fromtimestamp(stat.st_mtime, UTC), "chosen", stat.st_size, counts_in(path))

    def server_backups_base(self) -> Path:
        with self.db.reading() as s:
            return backups_base(company_name(s))

    def restore_on_server(self, backup: Path) -> ServerRestore:
        """Replace the company on the server by ``backup`` (see server_backups.restore_server); the
        window's own deadline clock follows the restored company's time zone."""
        restored = restore_server(self.db, backup, self.clock())
        with self.db.reading() as s:
            self.ctx.zone_changed(s.scalar(select(Company.time_zone).limit(1)) or "")
        return restored


def worked_on(path: Path) -> bool:
    """True for a data file icdesk has opened to work in: it keeps it in write-ahead-log mode (byte 18
    of the header is 2), while the backups it writes are plain rollback-journal files."""
    try:
        with path.open("rb") as file:
            header = file.read(20)
    except OSError:
        return False
    return len(header) == 20 and header.startswith(b"SQLite format 3\x00") and header[18] == 2

def company_of(path: Path, *, on_disk: bool = False) -> tuple[str, str] | None:
    """Which company a database holds (its name and when it was made), read without changing it;
    None for a file that holds no icdesk company. ``on_disk``: a closed file (a backup, a data file
    to restore over), read as it stands on disk: a read-only connection to a file in WAL mode leaves
    a -wal and a -shm beside it."""
    mode = "ro&immutable=1" if on_disk else "ro"
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True)
        try:
            row = conn.execute("SELECT name, created_at FROM company ORDER BY id LIMIT 1").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return None
    return (str(row[0]), str(row[1])) if row else ("", "")  # a company not named yet


def backups_of(data_file: Path) -> list[BackupRow]:
    """The backups of a data file, also of one that cannot be opened (to restore it)."""
    return [BackupRow(b.path, b.made_at, b.label, b.size_bytes, counts_in(b.path))
            for b in storage.list_backups(data_file)]


def restore_from_backup(data_file: Path, backup: Path) -> Path | None:
    """Replace the (closed) data file by ``backup``; returns the copy kept of the file as it was
    (None when the data file had been deleted or lost)."""
    if data_file.exists() and backup.resolve() == data_file.resolve():
        raise ValidationError("{name} is the data file in use, not a backup of it.", name=backup.name,
                              field="backup")
    try:
        return storage.restore(data_file, backup)
    except DataFileError as error:
        raise StorageError("Nothing was restored: {error}", error=error) from error
    except (OSError, sqlite3.Error) as error:
        raise StorageError("Nothing was restored: {error}.", error=error) from error
