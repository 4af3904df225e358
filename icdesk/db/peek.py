"""What a data file holds, read with the sqlite3 module alone, for ``icdesk info``.

Opening a file the full way (SQLAlchemy, the store's checks) costs more than the answer; this reads
the same figures read-only. Anything unusual (no such file, not a database, too new, damaged,
older and due for an upgrade) returns None, and the caller opens the file the full way, which says
what is wrong in its usual sentences.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from icdesk.db import migrate
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
    """Counts of ``tables``, the schema revision and the company's name; None when the file needs the full way."""
    try:
        path = real_path(target)
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
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
        if row is None or row[0] != migrate.head_revision():  # an older file is upgraded by the full way
            return None
        company = conn.execute("SELECT name FROM company ORDER BY id LIMIT 1").fetchone()
        # the table names are the caller's own constants, never text a person typed
        counts = {table: int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]) for table in tables}
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return Peek(path, str(row[0]), size, company[0] if company else None, counts)
