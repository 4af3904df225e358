"""``icdesk check``: SQLite's full integrity check and every reference, read without writing a byte.

Opening refuses a damaged file; checking must still look at it and say what is wrong, in words.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from icdesk.db import checked_files, migrate
from icdesk.db.engine import is_damage, read_only_uri
from icdesk.db.errors import DataFileAccessError, NotADataFileError
from icdesk.db.store import LOCK_PROBE_TIMEOUT_S, _check_header
from icdesk.db.stored_values import content_problems

MAX_LINES = 20  # a badly damaged file can list thousands; the first ones tell the story


def check_file(path: Path) -> list[str]:
    """The problems found in the data file at ``path``, one sentence each; empty when it is sound.

    Raises DataFileError when there is nothing to check: no file, or not an icdesk data file.
    """
    path = Path(path).expanduser().absolute()
    if path.exists() and not path.is_file():  # a folder, a device, a pipe (reading one waits forever)
        raise DataFileAccessError(path, "{path} is not a file that can hold a company.", path=path)
    if not path.is_file():
        raise DataFileAccessError(path, "{path} does not exist.", path=path)
    if not _check_header(path):
        raise NotADataFileError(path, "{name} is empty: there is nothing to look at.", name=path.name)
    problems: list[str] = []
    before = checked_files.fingerprint(path)  # this command always reads every page; a pass is noted
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=LOCK_PROBE_TIMEOUT_S)
    try:
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise NotADataFileError(path, "{name} is damaged or not an icdesk data file ({exc}).",
                                        name=path.name, exc=exc) from exc
            return [f"The file is damaged: {exc}."]
        if "alembic_version" not in tables:
            raise NotADataFileError(path, "{name} is a database of another program, not an icdesk data file.",
                                    name=path.name)
        try:
            lines = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
            problems += [f"The file is damaged: {line.replace(chr(10), ' ')}." for line in lines
                         if line not in ("ok", "*** in database main ***")]
            if lines == ["ok"]:
                checked_files.remember_passed(path, before)
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            problems += content_problems(conn, at_head=revision is not None and revision[0] == migrate.head_revision())
        except sqlite3.DatabaseError as exc:
            problems.append(f"The file is damaged: {exc}.")
    finally:
        conn.close()
    if len(problems) > MAX_LINES:
        problems = problems[:MAX_LINES] + [f"... and {len(problems) - MAX_LINES} more problems."]
    return problems
