"""Backups of a data file: made with SQLite's online backup API, verified, pruned, restored."""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from icdesk.db.copies import Cancelled, copy_database, discard, partial_path, verify, write_verified_copy
from icdesk.db.errors import DataFileError
from icdesk.db.names import short_stem
from icdesk.db.store import held_for_replacing

STAMP = "%Y%m%d-%H%M%S"
# a second backup in the same second takes the next free number after its stamp ("…-134742-2.manual…")
NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6})(?:-(?P<n>[0-9]{1,4}))?\.(?P<label>[a-z0-9-]+)\.sqlite$")


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
    return data_file.with_name(f"{short_stem(data_file)}-backups")


def make_backup(data_file: Path, label: str, target: Path | None = None, now: datetime | None = None,
                cancelled: Cancelled | None = None) -> Path:
    """Copy ``data_file`` (consistent even while it is being written) and verify the copy.
    ``cancelled`` may stop it (CopyCancelled): then no backup and no partial file are left."""
    data_file = data_file.absolute()
    named = target is None or target.is_dir()  # icdesk names it: it never takes the place of another backup
    target = backup_target(data_file, label, target, now or datetime.now(UTC))
    try:
        target.parent.mkdir(mode=0o700, exist_ok=True)
        if not named:
            return write_verified_copy(data_file, target, cancelled)
        with claimed(target) as free:
            return write_verified_copy(data_file, free, cancelled)
    except OSError as error:
        raise DataFileError(target, "The backup could not be written to {parent}: {value}.", parent=target.parent,
                            value=error.strerror or error) from error
    except sqlite3.OperationalError as error:  # a full disk, a removed drive: said as for a file error
        raise DataFileError(target, "The backup could not be written to {parent}: {value}.", parent=target.parent,
                            value=error) from error


def backup_target(data_file: Path, label: str, target: Path | None, now: datetime) -> Path:
    name = f"{short_stem(data_file)}.{now.strftime(STAMP)}.{label}.sqlite"
    if target is None:
        target = backup_folder(data_file) / name
        if target.parent.exists() and not target.parent.is_dir():
            raise DataFileError(target.parent, "icdesk keeps the backups of {name} in a folder {folder}, but there is "
                                "a file with that name. Rename or move that file.", name=data_file.name,
                                folder=target.parent)
    elif target.is_dir():  # "--to /media/usb": into that folder, under the usual name
        target = target / name
    return target


@contextmanager
def claimed(target: Path) -> Iterator[Path]:
    """``target``, or the first free name after it, held from the first moment by an empty file of that
    name: two backups in the same second (two companies whose files share a name, backed up to one USB
    stick; two restores one after the other) each keep their own copy, where the second used to replace
    the first without a word. The empty file goes again if the backup is not made."""
    stamp = NAME.match(target.name)
    for n in range(1, 10_000):
        name = target if n == 1 or stamp is None else target.with_name(
            f"{stamp['stem']}.{stamp['stamp']}-{n}.{stamp['label']}.sqlite")
        try:
            os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            if stamp is None:
                break
            continue
        try:
            yield name
        except BaseException:
            with suppress(OSError):
                if name.stat().st_size == 0:  # still the empty claim: no backup was made
                    name.unlink()
            raise
        return
    raise FileExistsError(errno.EEXIST, "a backup of that name is already there", str(target))


def list_backups(data_file: Path) -> list[BackupInfo]:
    """Backups in the file's backup folder, newest first."""
    folder = backup_folder(data_file)
    found: list[tuple[int, BackupInfo]] = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = NAME.match(path.name)
            if not match or match["stem"] != short_stem(data_file):
                continue
            try:
                made = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
                if not path.is_file():  # a folder or a broken link named like a backup: no backup, never pruned
                    continue
                size = path.stat().st_size
                if not size:  # a name claimed by a backup being made now (or killed while it was): no backup
                    continue
                found.append((int(match["n"] or 1), BackupInfo(path, made, match["label"], size)))
            except (OSError, ValueError):  # gone meanwhile, or a stamp of no real day: passed over, not a stop
                continue
    # two in one second: the one numbered after the other was made after it
    return [b for _n, b in sorted(found, key=lambda nb: (nb[1].made_at, nb[0]), reverse=True)]


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


def restore(data_file: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Put ``backup`` in place of ``data_file``. The current file is first kept as a backup.

    A backup this icdesk could not open is refused before anything is touched. The current file
    may be damaged or written by a newer icdesk: it is not opened, only kept. The caller must have
    closed its own connections to ``data_file``. Returns the copy kept of the file as it was (None
    when there was no file).
    """
    backup = backup.expanduser().absolute()
    verify(backup, values=True)
    existed = data_file.exists()
    with held_for_replacing(data_file, missing_ok=True) as current:
        # a data file that was deleted or lost has nothing to keep: the backup simply takes its place
        kept = keep_as_it_is(current, now) if existed and current.stat().st_size else None
        staged = partial_path(current)
        try:
            staged.unlink(missing_ok=True)
            copy_database(backup, staged)
            verify(staged)
            # The replaced file's -wal and -shm would be replayed onto the new one: its content is
            # safe in ``kept``, so they go first, then the new file takes the name in one step.
            for side in ("-wal", "-shm"):
                current.with_name(current.name + side).unlink(missing_ok=True)
            os.replace(staged, current)
        except OSError as error:
            discard(staged)
            raise DataFileError(current, "{name} could not be replaced: {value}.", name=current.name,
                                value=error.strerror or error) from error
        except BaseException:
            discard(staged)
            raise
    return kept


def keep_as_it_is(data_file: Path, now: datetime | None = None) -> Path:
    """The copy kept before a restore: a verified backup, or the very bytes of a file that cannot be
    copied through SQLite (damaged) or judged by this icdesk (written by a newer one)."""
    try:
        verify(data_file)
    except (DataFileError, sqlite3.DatabaseError):
        target = backup_target(data_file, "before-restore", None, now or datetime.now(UTC))
        try:
            target.parent.mkdir(mode=0o700, exist_ok=True)
            with claimed(target) as free:
                return _raw_copy(data_file, free)
        except OSError as error:
            raise DataFileError(target, "The backup could not be written to {parent}: {value}.",
                                parent=target.parent, value=error.strerror or error) from error
    return make_backup(data_file, "before-restore", now=now)


def _raw_copy(data_file: Path, target: Path) -> Path:
    try:
        target.parent.mkdir(mode=0o700, exist_ok=True)
        wal = data_file.with_name(data_file.name + "-wal")
        pairs = [(wal, target.with_name(target.name + "-wal"))] if wal.is_file() and wal.stat().st_size else []
        for source, copy in [*pairs, (data_file, target)]:  # the main file last: it marks the copy whole
            partial = partial_path(copy)
            try:
                with source.open("rb") as src, os.fdopen(
                        os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
                    shutil.copyfileobj(src, out)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(partial, copy)
            finally:
                discard(partial)
    except OSError as error:
        raise DataFileError(target, "The backup could not be written to {parent}: {value}.", parent=target.parent,
                            value=error.strerror or error) from error
    return target
