"""Reading bytes of a data file this process has open in SQLite, without taking SQLite's locks away.

On Linux and macOS a process's record locks on a file (fcntl) go as soon as the process closes *any*
descriptor of that file, not only the one that took them. SQLite's connections hold such a lock
on the data file for as long as they are open; the last program to close the file takes that as
the sign that nobody else uses it, folds the ``-wal`` in and deletes it. The window's background
page check read the file's first and last pages (db/checked_files.py) with an open()/close() of
its own: the window's lock went with it, and the next ``icdesk backup`` (export, survey list...)
closed the file as its "last user" and deleted the ``-wal`` the window kept writing to — backups
then missed what the window showed as saved, and a crash lost it.

So while a Database has a data file open (``hold``/``let_go``, db/engine.py), bytes of that file
are read through one descriptor kept open until the Database closes; files nobody holds here are
opened and closed as usual. On Windows a lock belongs to the handle that took it, and nothing is
kept.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

_POSIX_LOCKS = os.name != "nt"
_guard = threading.Lock()
_held: dict[str, int] = {}  # the real path of a file a Database has open -> how many Databases
_kept: dict[str, list[tuple[tuple[int, int], int]]] = {}  # real path -> ((device, inode), descriptor)


def _name(path: Path) -> str:
    return os.path.realpath(path)


def hold(path: Path) -> None:
    """A Database opens ``path``: from now on its bytes are read without closing a descriptor."""
    if not _POSIX_LOCKS:
        return
    with _guard:
        name = _name(path)
        _held[name] = _held.get(name, 0) + 1


def let_go(path: Path) -> None:
    """That Database has closed: once none holds ``path``, the kept descriptors close."""
    if not _POSIX_LOCKS:
        return
    with _guard:
        name = _name(path)
        left = _held.get(name, 0) - 1
        if left > 0:
            _held[name] = left
            return
        _held.pop(name, None)
        for _file, descriptor in _kept.pop(name, []):
            os.close(descriptor)


def read_at(path: Path, offset: int, size: int) -> bytes:
    """Up to ``size`` bytes of ``path`` from ``offset`` (fewer at its end). Raises OSError as open() does."""
    with _guard:
        name = _name(path)
        if name in _held:
            return os.pread(_descriptor(name), size, offset)
    with open(path, "rb") as handle:
        handle.seek(offset)
        return handle.read(size)


def _descriptor(name: str) -> int:
    """The kept descriptor of the file now at ``name``; one is opened (and kept) for a file not seen yet."""
    kept = _kept.setdefault(name, [])
    st = os.stat(name)
    for file, descriptor in kept:
        if file == (st.st_dev, st.st_ino):
            return descriptor
    descriptor = os.open(name, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    opened = os.fstat(descriptor)
    # closing it would be the very fault this module is for: even a file put in its place between
    # the stat and the open is kept (and read: it is the one there now)
    kept.append(((opened.st_dev, opened.st_ino), descriptor))
    return descriptor
