"""One writer per data file: a lock file beside it, held with the system's file lock for as long as
the file is open, and naming the computer, user, program and process that holds it.

The system lock (``flock`` on Linux and macOS, ``LockFileEx`` on Windows) is what admits one writer:
taking it is atomic, and it ends when its process does, even after a crash. The JSON inside is only
for saying who has the file, and for a lock left by another computer, which the person may take over.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import icdesk
from icdesk.db.errors import DataFileError

ATTEMPTS = 20  # only repeated when the lock file was swapped while we took it: never in a loop of waiting
WINDOWS_LOCK_OFFSET = 1 << 30  # Windows locks are mandatory: lock a byte far past the JSON, so it stays readable


@dataclass(frozen=True)
class LockOwner:
    host: str
    pid: int
    since: str
    user: str = ""
    program: str = ""  # e.g. "icdesk 1.4.0"; notes written before it was recorded say nothing

    def program_name(self) -> str:
        return self.program or "icdesk"

    def moment(self) -> datetime | str:
        """Since when, as a moment the window writes in its own language (the note's text if unreadable)."""
        try:
            noted = datetime.fromisoformat(self.since)
        except ValueError:
            return self.since[:16].replace("T", " ")
        return noted if noted.tzinfo is not None else noted.replace(tzinfo=UTC)


READ_ONLY_WAY = ", or open it read-only."  # the window's way out; the command line reads a file in use as it is


class FileInUseError(DataFileError):
    """Another icdesk has the file open; ``owner`` says which, when it could be read."""

    def __init__(self, path: Path, owner: LockOwner | None) -> None:
        if owner is None:  # caught in the instant between its lock and its note of who it is
            super().__init__(path, "{name} is already open in another icdesk. Close it there first, or open it "
                                   "read-only.", name=path.name)
        elif owner.user:  # each part a value of its own: the window says the words around them in its language
            super().__init__(path, "{name} is already open in {program} on {host} (user {user}, process {pid}, since "
                                   "{since}). Close it there first, or open it read-only.", name=path.name,
                             program=owner.program_name(), host=owner.host, user=owner.user, pid=str(owner.pid),
                             since=owner.moment())
        else:
            super().__init__(path, "{name} is already open in {program} on {host} (process {pid}, since {since}). "
                                   "Close it there first, or open it read-only.", name=path.name,
                             program=owner.program_name(), host=owner.host, pid=str(owner.pid), since=owner.moment())
        self.owner = owner


class LockedElsewhereError(FileInUseError):
    """The lock was left by icdesk on another computer, which this one cannot ask whether it still
    runs. The person may take the file over (``open_data_file(..., take_over=True)``)."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        super(FileInUseError, self).__init__(  # past FileInUseError's own sentence, to DataFileError's
            path, "{name} is marked as open in {program} on the computer {host} by {user} since {since}. If "
                  "icdesk is no longer running there (the computer was switched off or crashed), the file can "
                  "be taken over; otherwise close it there first.",
            name=path.name, program=owner.program_name(), host=owner.host, user=owner.user or "?",
            since=owner.moment())
        self.owner = owner


def real_path(path: Path) -> Path:
    """The file itself: a symbolic link to a data file is the same data file, with the same lock.
    Windows paths stay as given: resolving there turns a drive letter into a network path."""
    path = Path(path).expanduser().absolute()
    if os.name != "posix":
        return path
    try:
        return path.resolve()
    except RuntimeError as loop:  # links that point at each other: no file at the end of them
        raise FileNotFoundError(f"{path} is a loop of links that leads to no file") from loop


def lock_path(data_file: Path) -> Path:
    return data_file.with_name(data_file.name + ".lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def _parse(text: str) -> LockOwner | None:
    try:
        data = json.loads(text)
        return LockOwner(str(data["host"]), int(data["pid"]), str(data.get("since", "")), str(data.get("user", "")),
                         str(data.get("program", "")))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def read_owner(data_file: Path) -> LockOwner | None:
    try:
        return _parse(lock_path(data_file).read_text(encoding="utf-8"))
    except OSError:
        return None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock, not fcntl/lockf: those locks belong to the process and vanish when any of its
        # descriptors of the file closes, e.g. when reading the JSON of the owner
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    """Is the file we hold still the one at ``path`` (not removed by an owner that just let go)?"""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _read(fd: int) -> LockOwner | None:
    os.lseek(fd, 0, os.SEEK_SET)
    return _parse(os.read(fd, 65536).decode("utf-8", errors="replace"))


def _write(fd: int) -> None:
    # the program (and version) is named in the note, so a manager sees which one has the file
    note = json.dumps({"host": socket.gethostname(), "user": _user(), "pid": os.getpid(),
                       "program": f"icdesk {icdesk.__version__}",
                       "since": datetime.now(UTC).isoformat(timespec="seconds")}).encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, note)
    os.fsync(fd)


class FileLock:
    """Held while a window has the file open for writing; released on close."""

    def __init__(self, data_file: Path) -> None:
        self.data_file = real_path(data_file)
        self.path = lock_path(self.data_file)
        self.held = False
        self._fd: int | None = None

    def acquire(self, take_over: bool = False) -> None:
        """Become the file's one writer, or raise FileInUseError (LockedElsewhereError: a lock left by
        another computer, taken over only with ``take_over``)."""
        for _attempt in range(ATTEMPTS):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
            except OSError as error:
                raise DataFileError(self.data_file, "Cannot mark {name} as in use: {value}.",
                                    name=self.data_file.name, value=error.strerror or error) from error
            try:
                if not _try_lock(fd):
                    raise FileInUseError(self.data_file, read_owner(self.data_file))
                if not _same_file(fd, self.path):
                    os.close(fd)  # its owner let go and removed it meanwhile: take the new one
                    continue
                owner = _read(fd)
                # A lock of this computer that we could take is a crash's: its process is gone.
                # One of another computer may still be in use there: only the person can tell.
                if owner is not None and owner.host != socket.gethostname() and not take_over:
                    raise LockedElsewhereError(self.data_file, owner)
                _write(fd)
            except OSError as error:
                os.close(fd)
                raise DataFileError(self.data_file, "Cannot mark {name} as in use: {value}.",
                                    name=self.data_file.name, value=error.strerror or error) from error
            except BaseException:
                os.close(fd)  # also ends the system lock
                raise
            self._fd = fd
            self.held = True
            return
        raise DataFileError(self.data_file, "Cannot mark {name} as in use.", name=self.data_file.name)

    def release(self) -> None:
        fd, self._fd, self.held = self._fd, None, False
        if fd is None:
            return
        try:
            if _same_file(fd, self.path):
                # emptied, then removed while still held, so nobody can be half-way through taking
                # it. Windows refuses to remove an open file: the empty note left names nobody, so
                # the next start, here or on another computer, takes it without a question.
                os.ftruncate(fd, 0)
                self.path.unlink()
        except OSError:
            pass
        finally:
            try:
                _unlock(fd)
            except OSError:
                pass
            os.close(fd)
