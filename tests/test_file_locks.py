"""An icdesk command run while the window has the file open must leave the window's work alone.

SQLite keeps a data file's recent changes in its ``-wal`` file; the last program to close the file
folds them in and deletes it. On Linux and macOS a process's locks on a file go as soon as it closes
*any* descriptor of that file: the window's background page check read the file's first and last
pages with an open()/close() of its own, its SQLite lock went with it, and the next ``icdesk backup``
(export, survey list...) took itself for the last user and deleted the ``-wal`` the window was still
writing to. Backups then missed what the window showed as saved, and a crash lost it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from icdesk.db import checked_files
from icdesk.db.store import check_pages
from icdesk.services import Services
from icdesk.services.requests import RequestDraft
from tests.helpers import small_org

ROOT = Path(__file__).resolve().parent.parent


def icdesk_command(db: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "icdesk", "--db", str(db), *args], capture_output=True, text=True,
                          timeout=300, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, done.stderr
    return done.stdout


def titles_seen_by_another_program(db: Path) -> set[str]:
    reader = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in reader.execute("SELECT title FROM requests")}
    finally:
        reader.close()


def test_a_backup_made_while_the_window_is_open_holds_what_the_window_saved(
        services: Services, db_path: Path, tmp_path: Path) -> None:
    org = small_org(services, with_standard=False)
    services.requests.create(RequestDraft("Printer jam", org["it"], requester_id=org["anna"]))
    assert check_pages(db_path) is None  # what the window does in the background once it is shown
    checked_files.passed_recently(db_path)  # and on the next start
    icdesk_command(db_path, "backup", "--to", str(tmp_path / "nightly-1.sqlite"))
    assert Path(f"{db_path}-wal").exists()  # the window's changes still have their file
    services.requests.create(RequestDraft("Entered after the nightly backup", org["it"], requester_id=org["anna"]))
    assert "Entered after the nightly backup" in titles_seen_by_another_program(db_path)
    icdesk_command(db_path, "backup", "--to", str(tmp_path / "nightly-2.sqlite"))
    assert "Entered after the nightly backup" in titles_seen_by_another_program(tmp_path / "nightly-2.sqlite")


def test_reading_the_open_files_header_leaves_the_windows_lock_in_place(services: Services, db_path: Path,
                                                                        tmp_path: Path) -> None:
    """Every place that reads the data file's bytes while it is open: the header checks of opening,
    backing up and refusing to export over it, and the page check's fingerprint."""
    from icdesk.db.copies import verify
    from icdesk.db.peek import peek
    from icdesk.domain.errors import ValidationError
    from icdesk.services.output_paths import check_output_path

    small_org(services, with_standard=False)
    verify(db_path)
    peek(db_path, ["requests"])
    checked_files.fingerprint(db_path)
    try:
        check_output_path(db_path, None)
    except ValidationError:
        pass
    icdesk_command(db_path, "backup", "--to", str(tmp_path / "copy.sqlite"))
    assert Path(f"{db_path}-wal").exists()


def test_the_kept_descriptor_goes_when_the_company_is_closed(services: Services, db_path: Path) -> None:
    """Nothing of the file stays open once the window has closed it: it can be replaced, and the
    program does not collect descriptors of every file it opened in a day."""
    def descriptors() -> int:
        return sum(1 for entry in os.listdir("/proc/self/fd") if _names(entry) == str(db_path.resolve()))

    small_org(services, with_standard=False)
    before = descriptors()  # SQLite's own
    checked_files.fingerprint(db_path)
    checked_files.fingerprint(db_path)
    assert descriptors() == before + 1  # read through one kept descriptor while open
    services.close()
    assert descriptors() == 0


def _names(descriptor: str) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{descriptor}")
    except OSError:
        return ""
