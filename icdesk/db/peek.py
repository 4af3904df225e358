"""What a data file holds, read with the sqlite3 module alone, for ``icdesk info``.

Opening a file the full way (SQLAlchemy, the store's checks) costs more than the answer; this reads
the same figures read-only. Anything unusual (no such file, not a database, too new, damaged,
without the tables asked about) returns None, and the caller opens the file the full way, which says
what is wrong in its usual sentences.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from icdesk.db import held_files, migrate
from icdesk.db.lock import real_path

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Peek:
    path: Path
    revision: str
    size_bytes: int
    company: str | None  # None: not set up yet
    counts: dict[str, int]


def peek(target: Path, tables: list[str]) -> Peek | None:
    """Counts of ``tables``, the schema revision (the newest, or an older one this icdesk upgrades) and the
    company's name; None when the file needs the full way."""
    try:
        path = real_path(target)
        if not path.is_file():  # a pipe's read would wait forever: the full way says what it is
            return None
        if held_files.read_at(path, 0, len(SQLITE_HEADER)) != SQLITE_HEADER:
            return None
        size = path.stat().st_size
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1.0)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in present or not set(tables) <= present:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        # an older file is told as it is: looking is no reason to upgrade it (the window or a command
        # that writes does, after a backup); one too new or unknown is said by the full way
        if row is None or row[0] not in migrate.known_revisions():
            return None
        company = conn.execute("SELECT name FROM company ORDER BY id LIMIT 1").fetchone()
        # the table names are the caller's own constants, never text a person typed
        counts = {table: int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]) for table in tables}
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return Peek(path, str(row[0]), size, company[0] if company else None, counts)


def open_for_light_start(target: Path) -> sqlite3.Connection | None:
    """A read-only ``sqlite3`` connection to ``target`` for the light start (app.py, issue 21), or None
    when the start must go the full way: no such file, not a database, on a network share, not
    writable for us (the full way says so), marked as in use (by another icdesk, or left by one:
    the full way asks or takes it over), older or newer than this program, or damaged.

    The lock is only read, never taken: the full way takes it moments later, and says who has the
    file if someone took it meanwhile."""
    from icdesk.db.lock import read_owner
    from icdesk.db.network_share import network_files_allowed, network_share_of

    try:
        path = real_path(target)
        if not path.is_file() or not os.access(path, os.R_OK | os.W_OK) or not os.access(path.parent, os.W_OK):
            return None
        if not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            return None  # marked read-only by its owner (root would write it anyway): the full way says so
        if held_files.read_at(path, 0, len(SQLITE_HEADER)) != SQLITE_HEADER:
            return None
        if read_owner(path) is not None:
            return None
        if not network_files_allowed() and network_share_of(path) is not None:
            return None
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1.0)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is not None and row[0] == migrate.head_revision():
            return conn
    except sqlite3.Error:
        pass
    conn.close()
    return None
