"""Which data files passed a full page check, and as what they were then: a small record kept in the
user's data folder, so an unchanged file is not read page by page at every opening.

Reading every page (``PRAGMA quick_check``) takes seconds on a file of a million requests, and every
command and every start of the window did it. After a check passes, the file's fingerprint is noted
here; the next opening with the same fingerprint, within FULL_CHECK_EVERY, only reads the header and
the schema (which opening does anyway). Any difference means a full check, as before.

The fingerprint: the file's device and inode, size, mtime and ctime (nanoseconds), the same for its
``-wal`` when that holds anything, and a hash of the first page (the header: change counter, schema
cookie, page count) and of the last page. What it catches: a file written, truncated, extended,
replaced, restored, moved or copied since its check; bytes changed with the mtime put back by hand
(``os.utime``) too, since that sets the ctime, which no program can set back (on Linux and macOS;
on Windows the ctime is the creation time, so there only the size and the two hashed pages see it).
What it does not catch: pages that rot on the disk without any write through the file system (a
failing disk, a bit flipped in storage) between two checks: the weekly full check, ``icdesk check``
and SQLite itself when it reads such a page find those.

The record lives outside the data file on purpose: writing into the file would change what the
fingerprint looks at. It is written whole to a temporary file and moved into place, and a record
that is missing, unreadable or garbled counts as empty (a full check, nothing worse).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icdesk.db import held_files
from icdesk.paths import default_data_dir

FULL_CHECK_EVERY = timedelta(days=7)
RECORD_ENV = "ICDESK_CHECK_RECORD"  # another place for the record (tests give each test its own)
RECORD_NAME = "checked-files.json"
KEEP = 32  # files remembered; the ones checked longest ago are forgotten first
FORMAT = 1

Fingerprint = dict[str, object]


def record_path() -> Path:
    env = os.environ.get(RECORD_ENV)
    return Path(env) if env else default_data_dir() / RECORD_NAME


def _stat_of(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _key(path: Path) -> str:
    return os.path.realpath(path)  # a link to the file and the file are one entry


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def fingerprint(path: Path) -> Fingerprint | None:
    """What the file is now, or None when it cannot be read (then nothing is skipped)."""
    try:
        stat = _stat_of(path)
        # through held_files: the window has the file open, and closing a descriptor of it of our own
        # would take SQLite's locks away (see there)
        first = held_files.read_at(path, 0, 4096)
        page = _page_size(first)
        if page < 512 or len(first) < 100:
            return None
        first = held_files.read_at(path, 0, page)
        last = held_files.read_at(path, max(0, stat[2] - page), page)
        wal = Path(f"{path}-wal")
        wal_stat = _stat_of(wal) if wal.exists() else None
    except OSError:
        return None
    return {
        "file": stat,
        # an empty -wal holds nothing: each connection makes one anew, so only one with frames counts
        "wal": wal_stat if wal_stat is not None and wal_stat[2] > 0 else None,
        "pages": hashlib.sha256(first + last).hexdigest(),
    }


def _read() -> dict[str, dict[str, object]]:
    try:
        data = json.loads(record_path().read_text(encoding="utf-8"))
        files = data["files"] if isinstance(data, dict) and data.get("format") == FORMAT else None
        return {str(k): v for k, v in files.items() if isinstance(v, dict)} if isinstance(files, dict) else {}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def passed_recently(path: Path, now: datetime | None = None) -> bool:
    """True when ``path`` passed a full check within FULL_CHECK_EVERY and is unchanged since."""
    entry = _read().get(_key(path))
    if entry is None:
        return False
    try:
        checked = datetime.fromisoformat(str(entry["checked_at"]))
        age = (now or datetime.now(UTC)) - checked
    except (KeyError, ValueError, TypeError):
        return False
    if not timedelta(0) <= age < FULL_CHECK_EVERY:  # also a clock put back: check
        return False
    current = fingerprint(path)
    return current is not None and entry.get("fingerprint") == current


def remember_passed(path: Path, before: Fingerprint | None, now: datetime | None = None) -> None:
    """Note that ``path`` passed a full check that began when it was ``before``; nothing when it changed
    meanwhile (the pages read may not be the ones there now). A record that cannot be written is let be."""
    if before is None or fingerprint(path) != before:
        return
    files = _read()
    files[_key(path)] = {"fingerprint": before, "checked_at": (now or datetime.now(UTC)).isoformat()}
    newest = sorted(files.items(), key=lambda item: str(item[1].get("checked_at", "")), reverse=True)[:KEEP]
    _write({"format": FORMAT, "files": dict(newest)})


def _write(data: dict[str, object]) -> None:
    target = record_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(partial, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(partial)
