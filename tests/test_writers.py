"""Several programs on one file: writers wait their turn, and only one window writes at a time."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from icdesk.domain.errors import StorageError
from icdesk.services import Services
from tests.concurrency import concurrent_writers


def test_two_writing_processes_wait_for_each_other_and_save_everything(tmp_path: Path) -> None:
    report = concurrent_writers(tmp_path / "shared.sqlite", processes=2, each=300)
    assert report.messages == []
    assert report.saved == report.asked == 600


def test_a_write_transaction_takes_the_write_lock_when_it_starts(services: Services, db_path: Path) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        with services.db.transaction():
            # the writer's lock is already held, so the other program cannot start a write now
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("PRAGMA busy_timeout = 0")
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


def test_past_the_timeout_a_write_is_refused_in_words_and_nothing_is_half_done(services: Services,
                                                                                 db_path: Path) -> None:
    services.departments.create("IT")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock beyond busy_timeout
    try:
        assert [d.name for d in services.departments.list()] == ["IT"]  # reading does not wait
        with pytest.raises(StorageError, match="another program is using the data file"):
            services.departments.create("HR")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [d.name for d in services.departments.list()] == ["IT"]
    services.departments.create("HR")
    assert [d.name for d in services.departments.list()] == ["HR", "IT"]
