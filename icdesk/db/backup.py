"""Backups of a data file: made with SQLite's online backup API, verified, pruned, restored."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from icdesk.db.copies import verify, write_verified_copy
from icdesk.db.errors import DataFileError

STAMP = "%Y%m%d-%H%M%S"
NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6})\.(?P<label>[a-z0-9-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupPolicy:
    """How many automatic backups to keep: the latest ``keep_daily``, and one a month for a year."""

    keep_daily: int = 14
    keep_monthly: int = 12


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    label: str
    size_bytes: int


def backup_folder(data_file: Path) -> Path:
    return data_file.with_name(f"{data_file.stem}-backups")


def make_backup(data_file: Path, label: str, target: Path | None = None, now: datetime | None = None) -> Path:
    """Copy ``data_file`` (consistent even while it is being written) and verify the copy."""
    now = now or datetime.now(UTC)
    data_file = data_file.absolute()
    name = f"{data_file.stem}.{now.strftime(STAMP)}.{label}.sqlite"
    if target is None:
        target = backup_folder(data_file) / name
        if target.parent.exists() and not target.parent.is_dir():
            raise DataFileError(target.parent, "icdesk keeps the backups of {name} in a folder {folder}, but there is "
                                "a file with that name. Rename or move that file.", name=data_file.name,
                                folder=target.parent)
    elif target.is_dir():  # "--to /media/usb": into that folder, under the usual name
        target = target / name
    try:
        target.parent.mkdir(mode=0o700, exist_ok=True)
        return write_verified_copy(data_file, target)
    except OSError as error:
        raise DataFileError(target, "The backup could not be written to {parent}: {value}.", parent=target.parent,
                            value=error.strerror or error) from error
    except sqlite3.OperationalError as error:  # a full disk, a removed drive: said as for a file error
        raise DataFileError(target, "The backup could not be written to {parent}: {value}.", parent=target.parent,
                            value=error) from error


def list_backups(data_file: Path) -> list[BackupInfo]:
    """Backups in the file's backup folder, newest first."""
    folder = backup_folder(data_file)
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = NAME.match(path.name)
            if match and match["stem"] == data_file.stem:
                made = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
                found.append(BackupInfo(path, made, match["label"], path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def needs_daily_backup(data_file: Path, now: datetime | None = None) -> bool:
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    return not any(b.label == "daily" and b.made_at.astimezone().date() == today for b in list_backups(data_file))


def prune(data_file: Path, policy: BackupPolicy) -> list[Path]:
    """Delete daily backups beyond the policy; returns what was deleted. Others are never pruned."""
    daily = [b for b in list_backups(data_file) if b.label == "daily"]
    keep = {b.path for b in daily[: policy.keep_daily]}
    months: set[str] = set()
    for backup in daily:  # newest first: the first seen of a month is that month's newest
        month = backup.made_at.strftime("%Y-%m")
        if month not in months and len(months) < policy.keep_monthly:
            months.add(month)
            keep.add(backup.path)
    removed = []
    for backup in daily:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def restore(data_file: Path, backup: Path) -> Path:
    """Put ``backup`` in place of ``data_file``. The current file is first kept as a backup.

    The caller must have closed every connection to ``data_file``. Returns the safety copy.
    """
    data_file, backup = data_file.absolute(), backup.absolute()
    verify(backup)
    safety = make_backup(data_file, "before-restore")
    source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(str(data_file))
    try:
        source.backup(target)  # page by page inside one transaction: all or nothing
        target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        target.close()
        source.close()
    verify(data_file)
    return safety
