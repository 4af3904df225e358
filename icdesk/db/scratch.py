"""A new data file built beside its final name and renamed to it only when complete.

``icdesk demo`` writes a million requests into a file nobody has yet: built as ``name.partial``
(which the next opening of ``name`` throws away if a build was killed) and renamed to ``name`` in one
step once it is whole and closed, a half-built file never takes a name, let alone replaces a file.
Its bulk load may then write without a journal (``Database.scratch``): a failed one goes with the file.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from icdesk.db.copies import PARTIAL, discard


@contextmanager
def built_beside(target: Path) -> Iterator[Path]:
    """The path to build ``target`` at; named ``target`` when the block ends without an error (the
    file closed by then), thrown away otherwise."""
    partial = target.with_name(target.name + PARTIAL)
    discard(partial)
    try:
        yield partial
        if partial.with_name(partial.name + "-wal").exists():  # closing left its log (it never does alone)
            conn = sqlite3.connect(partial)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                conn.close()  # the last connection to close removes the log
        _name(partial, target)
    finally:
        discard(partial)


def _name(built: Path, name: Path) -> None:
    """Give ``built`` the name, never over a file made there meanwhile (FileExistsError)."""
    try:
        os.link(built, name)  # refuses an existing name
    except FileExistsError:
        raise
    except OSError:  # a drive without links (FAT): Windows' rename refuses an existing name too
        if os.name != "nt" and os.path.lexists(name):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(name)) from None
        os.rename(built, name)


__all__ = ["built_beside"]
