"""A new data file built beside its final name and renamed to it only when complete.

``icdesk demo`` writes a million requests into a file nobody has yet: built as ``name.partial``
(which the next opening of ``name`` throws away if a build was killed) and renamed to ``name`` in one
step once it is whole and closed, a half-built file never takes a name, let alone replaces a file.
Its bulk load may then write without a journal (``Database.scratch``): a failed one goes with the file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from icdesk.db.copies import PARTIAL, discard

SIDE_FILES = ("-journal", "-wal", "-shm")


def _discard_all(partial: Path) -> None:
    for leftover in (partial, *(partial.with_name(partial.name + side) for side in SIDE_FILES)):
        discard(leftover)


@contextmanager
def built_beside(target: Path) -> Iterator[Path]:
    """The path to build ``target`` at; named ``target`` when the block ends without an error (the
    file closed by then), thrown away otherwise."""
    partial = target.with_name(target.name + PARTIAL)
    _discard_all(partial)
    try:
        yield partial
        # a link, not a rename: it refuses (FileExistsError) to take the name of a file made meanwhile;
        # the log goes along if closing left one (it never does when the file was closed alone)
        os.link(partial, target)
        log = partial.with_name(partial.name + "-wal")
        if log.exists():
            os.link(log, target.with_name(target.name + "-wal"))
    finally:
        _discard_all(partial)


__all__ = ["built_beside"]
