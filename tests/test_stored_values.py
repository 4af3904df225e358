"""A status or priority written into the file by another program: found by the check, refused by a
restore, said in words by every read that meets it, and never a reason to refuse a backup."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from icdesk.cli import main
from icdesk.db.store import open_data_file
from icdesk.domain.enums import Priority
from icdesk.domain.errors import StorageError
from icdesk.services import Services
from icdesk.services.backups import restore_from_backup
from icdesk.services.request_writes import RequestDraft


def write_by_hand(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def backup_of(path: Path) -> Path:
    """A verified backup of the company at ``path``, as Backup now makes it."""
    services = Services(open_data_file(path))
    try:
        return services.backups.backup_now()
    finally:
        services.close()


@pytest.fixture
def company(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "company.sqlite"
    services = Services(open_data_file(path))
    it = services.departments.create("IT")
    accounting = services.departments.create("Accounting")
    request = services.requests.create(RequestDraft(title="Printer jammed", provider_id=it.id,
                                                    requester_department_id=accounting.id, priority=Priority.HIGH))
    services.close()
    return path, request.row.id


def test_check_names_the_row_and_the_value_it_does_not_know(company: tuple[Path, int],
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path, number = company
    assert main(["--db", str(path), "check"]) == 0
    write_by_hand(path, f"UPDATE requests SET priority = 'zzz' WHERE id = {number}")

    assert main(["--db", str(path), "check"]) != 0
    said = capsys.readouterr().out
    assert f"requests row {number}: priority is 'zzz'" in said
    assert "low, normal, high, urgent" in said

    services = Services(open_data_file(path))
    try:
        result = services.maintenance.check()
    finally:
        services.close()
    assert not result.ok
    assert any("'zzz'" in problem for problem in result.problems)


def test_a_list_that_meets_the_value_says_so_in_words(company: tuple[Path, int], tmp_path: Path) -> None:
    path, number = company
    write_by_hand(path, f"UPDATE requests SET status = 'lost' WHERE id = {number}")
    services = Services(open_data_file(path))
    try:
        with pytest.raises(StorageError) as refused:
            services.exports.export("requests", tmp_path / "requests.csv")
        assert "holds a value icdesk does not know ('lost'" in str(refused.value)
        assert "icdesk check" in str(refused.value)
        assert [d.name for d in services.departments.list()] == ["Accounting", "IT"]  # the rest still reads
    finally:
        services.close()


def test_restore_refuses_a_backup_holding_the_value_and_leaves_the_file_as_it_was(company: tuple[Path, int]) -> None:
    path, number = company
    tampered = backup_of(path)
    write_by_hand(tampered, f"UPDATE requests SET priority = 'zzz' WHERE id = {number}")
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    with pytest.raises(StorageError) as refused:
        restore_from_backup(path, tampered)

    assert "Nothing was restored" in str(refused.value)
    assert "priority is 'zzz'" in str(refused.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_company_own_file_is_still_backed_up_with_such_a_value(company: tuple[Path, int]) -> None:
    path, number = company
    write_by_hand(path, f"UPDATE requests SET priority = 'zzz' WHERE id = {number}")
    services = Services(open_data_file(path))
    try:
        backup = services.backups.backup_now()
    finally:
        services.close()
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("SELECT priority FROM requests WHERE id = ?", (number,)).fetchone() == ("zzz",)
    finally:
        conn.close()


def test_the_known_triggers_are_the_ones_a_new_file_has(empty_data_file: Path) -> None:
    from icdesk.db.stored_values import KNOWN_TRIGGERS

    conn = sqlite3.connect(empty_data_file)
    try:
        made = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        views = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'view'").fetchone()[0]
    finally:
        conn.close()
    assert made == KNOWN_TRIGGERS and views == 0


@pytest.mark.parametrize(("tamper", "said"), [
    ("CREATE TRIGGER wipe AFTER UPDATE ON departments BEGIN DELETE FROM recognitions; END",
     "a trigger icdesk did not make: wipe on departments"),
    ("UPDATE departments SET created_at = 'yesterday' WHERE name = 'IT'",
     "created_at is 'yesterday', which is not a date icdesk can read"),
    ("UPDATE requests SET response_due_at = '2026-13-45 99:99:99'", "response_due_at is '2026-13-45 99:99:99'"),
    ("UPDATE requests SET created_at = '2026-02-30 10:00:00'", "created_at is '2026-02-30 10:00:00'"),
    ("ALTER TABLE departments DROP COLUMN changed_at", "departments has no column changed_at"),
    ("PRAGMA foreign_keys = OFF; DELETE FROM departments WHERE name = 'IT'", "points to a missing departments record"),
    # a history no one may rewrite, rewritable again
    ("DROP TRIGGER request_events_no_update", "the trigger request_events_no_update icdesk keeps is missing"),
    ("PRAGMA ignore_check_constraints = 1; UPDATE requests SET title = title;"
     "INSERT INTO feedback (department_id, rating, comment, comment_key, anonymous, author_key, created_at) "
     "SELECT id, 9, '', '', 0, '', '2026-12-01 10:00:00.000000' FROM departments LIMIT 1",
     "breaks the rule ck_feedback_rating_range"),
])
def test_restore_refuses_what_sqlite_passes_but_icdesk_cannot_live_with_and_check_names_it(
        company: tuple[Path, int], capsys: pytest.CaptureFixture[str], tamper: str, said: str) -> None:
    path, _number = company
    tampered = backup_of(path)
    conn = sqlite3.connect(tampered)
    conn.executescript(tamper)
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    with pytest.raises(StorageError, match="Nothing was restored") as refused:
        restore_from_backup(path, tampered)

    assert said in str(refused.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert main(["--db", str(tampered), "check"]) != 0
    assert said in capsys.readouterr().out


def test_a_date_that_is_no_date_is_said_in_words_by_the_list_that_meets_it(company: tuple[Path, int]) -> None:
    path, _number = company
    write_by_hand(path, "UPDATE departments SET created_at = 'yesterday'")
    services = Services(open_data_file(path))
    try:
        with pytest.raises(StorageError, match="holds a value icdesk does not know"):
            services.departments.list()
    finally:
        services.close()
