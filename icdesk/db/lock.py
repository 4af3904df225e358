"""One writer per data file: a lock file beside it naming the host and process that has it open."""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from icdesk.db.errors import DataFileError


@dataclass(frozen=True)
class LockOwner:
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.host} (process {self.pid}, since {self.since[:16].replace('T', ' ')} UTC)"


class FileInUseError(DataFileError):
    """Another icdesk has the file open; ``owner`` says which."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        super().__init__(path, "{name} is already open in icdesk on {owner}. Close it there first, or open it "
                               "read-only.", name=path.name, owner=owner.describe())
        self.owner = owner


def lock_path(data_file: Path) -> Path:
    return data_file.with_name(data_file.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def read_owner(data_file: Path) -> LockOwner | None:
    try:
        data = json.loads(lock_path(data_file).read_text(encoding="utf-8"))
        return LockOwner(str(data["host"]), int(data["pid"]), str(data.get("since", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(owner: LockOwner) -> bool:
    """A lock left by a crash on this machine: its process is gone."""
    return owner.host == socket.gethostname() and (owner.pid == os.getpid() or not _alive(owner.pid))


class FileLock:
    """Held while a window has the file open for writing; released on close."""

    def __init__(self, data_file: Path) -> None:
        self.data_file = data_file
        self.path = lock_path(data_file)
        self.held = False

    def acquire(self) -> None:
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                owner = read_owner(self.data_file)
                if owner is None or is_stale(owner):
                    self.path.unlink(missing_ok=True)  # crashed or unreadable: take it over
                    continue
                raise FileInUseError(self.data_file, owner) from None
            except OSError as error:
                raise DataFileError(self.data_file, "Cannot mark {name} as in use: {value}.", name=self.data_file.name,
                                    value=error.strerror or error) from error
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"host": socket.gethostname(), "pid": os.getpid(),
                           "since": datetime.now(UTC).isoformat(timespec="seconds")}, handle)
            self.held = True
            return
        raise DataFileError(self.data_file, "Cannot mark {name} as in use.", name=self.data_file.name)

    def release(self) -> None:
        if self.held:
            owner = read_owner(self.data_file)
            if owner is not None and owner.pid == os.getpid() and owner.host == socket.gethostname():
                self.path.unlink(missing_ok=True)
            self.held = False
