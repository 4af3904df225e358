"""The shipped migrations build exactly the schema the models describe, and carry old data over."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from icdesk.db import migrate
from icdesk.db.engine import make_engine
from icdesk.db.migrate import is_search_index
from icdesk.db.store import open_data_file
from icdesk.domain.enums import AckState, RevisionKind, StandardStatus
from icdesk.domain.errors import DuplicateError
from icdesk.domain.models import Base
from icdesk.services import Services
from icdesk.services.acknowledgements import AckDraft


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    db = open_data_file(tmp_path / "head.sqlite")
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={
                "compare_type": True,
                "include_name": lambda name, type_, _parent: not (type_ == "table" and is_search_index(name))})
            differences = compare_metadata(context, Base.metadata)
    finally:
        db.close()
    assert differences == []


def test_targets_become_exact_minutes_and_resolved_requests_get_their_service_time(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0002")
        run = conn.exec_driver_sql
        run("INSERT INTO departments (id, name, name_key, description, created_at) "
            "VALUES (1, 'IT', 'it', '', '2026-01-01 08:00:00.000000')")
        run("INSERT INTO service_standards (id, department_id, created_at) VALUES (1, 1, '2026-01-01 08:00:00')")
        run("INSERT INTO standard_versions (id, standard_id, number, status, title, purpose, serves, "
            "first_response_hours, resolution_hours, change_note, created_at) "
            "VALUES (1, 1, 1, 'active', 'Printers', '', '', 0.25, 1.5, '', '2026-01-01 08:00:00')")
        run("INSERT INTO standard_steps (version_id, position, text) VALUES (1, 1, 'Clear the jam')")
        run("INSERT INTO requests (id, title, description, requester_department_id, provider_id, priority, status, "
            "created_at, resolved_at, paused_seconds, updated_at) VALUES (1, 'Jam', '', 1, 1, 'normal', "
            "'resolved', '2026-02-02 09:00:00.000000', '2026-02-02 13:00:00.000000', 3600, "
            "'2026-02-02 13:00:00.000000')")
    engine.dispose()

    services = Services(open_data_file(path))
    try:
        [standard] = services.standards.list()
        assert (standard.first_response_minutes, standard.resolution_minutes) == (15, 90)
    finally:
        services.close()
    conn = sqlite3.connect(path)
    try:
        # four hours elapsed, one of them waiting on the requester
        assert conn.execute("SELECT service_seconds FROM requests").fetchone() == (3 * 3600,)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(standard_versions)")}
        assert "first_response_hours" not in columns
        # the columns were dropped in place: a table rebuild would have cascade-deleted the steps
        assert conn.execute("SELECT text FROM standard_steps").fetchall() == [("Clear the jam",)]
    finally:
        conn.close()


def test_departments_of_an_older_file_keep_counting_every_hour(tmp_path: Path) -> None:
    path = tmp_path / "before-calendars.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0004")
        run = conn.exec_driver_sql
        run("INSERT INTO company (id, name, address_line, service_vision, time_zone, created_at) "
            "VALUES (1, 'Hotel', '', '', 'Europe/Rome', '2026-01-01 08:00:00.000000')")
        run("INSERT INTO departments (id, name, name_key, description, created_at) "
            "VALUES (1, 'IT', 'it', '', '2026-01-01 08:00:00.000000')")
        run("INSERT INTO service_standards (id, department_id, created_at) VALUES (1, 1, '2026-01-01 08:00:00')")
        run("INSERT INTO standard_versions (id, standard_id, number, status, title, purpose, serves, "
            "resolution_minutes, change_note, created_at) "
            "VALUES (1, 1, 1, 'active', 'Printers', '', '', 240, '', '2026-01-01 08:00:00')")
        run("INSERT INTO requests (id, title, description, requester_department_id, provider_id, priority, status, "
            "standard_version_id, created_at, resolution_due_at, paused_seconds, updated_at) VALUES (1, 'Jam', '', "
            "1, 1, 'normal', 'new', 1, '2026-03-06 15:30:00.000000', '2026-03-06 19:30:00.000000', 0, "
            "'2026-03-06 15:30:00.000000')")
    engine.dispose()

    services = Services(open_data_file(path))
    try:
        assert services.calendars.calendars()[1].always_open
        assert services.calendars.recompute() == 1  # recomputing in the calendar it got changes nothing
        [row] = services.requests.list()
        assert row.resolution_due_at is not None and row.resolution_due_at.isoformat() == "2026-03-06T19:30:00+00:00"
    finally:
        services.close()


def test_departments_get_codes_and_standards_numbers_that_name_their_documents(tmp_path: Path) -> None:
    path = tmp_path / "before-codes.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0004")
        run = conn.exec_driver_sql
        for i, name in enumerate(["IT", "Front Office", "Housekeeping", "Hospitality"], start=1):
            run(f"INSERT INTO departments (id, name, name_key, description, created_at) "
                f"VALUES ({i}, '{name}', '{name.lower()}', '', '2026-01-01 08:00:00.000000')")
        for sid, dept in [(1, 1), (2, 3), (3, 1), (4, 1)]:
            run(f"INSERT INTO service_standards (id, department_id, created_at) VALUES ({sid}, {dept}, "
                "'2026-01-01 08:00:00.000000')")
            run(f"INSERT INTO standard_versions (standard_id, number, status, title, purpose, serves, change_note, "
                f"created_at) VALUES ({sid}, 1, 'active', 'Standard {sid}', '', '', '', '2026-01-01 08:00:00')")
            run(f"INSERT INTO standard_steps (version_id, position, text) VALUES ({sid}, 1, 'Step')")
    engine.dispose()

    services = Services(open_data_file(path))
    try:
        assert {d.name: d.code for d in services.departments.list()} == {
            "IT": "IT", "Front Office": "FO", "Housekeeping": "HOU", "Hospitality": "HOS"}
        ids = {v.title: v.document_id for v in services.standards.active_versions()}
        assert ids == {"Standard 1": "IT-001", "Standard 3": "IT-002", "Standard 4": "IT-003",
                       "Standard 2": "HOU-001"}
    finally:
        services.close()
    conn = sqlite3.connect(path)
    try:  # added in place: nothing that refers to a department or a standard was lost
        assert conn.execute("SELECT COUNT(*) FROM standard_steps").fetchone() == (4,)
    finally:
        conn.close()


def test_standards_in_force_before_approvals_keep_their_steps_and_count_as_major(tmp_path: Path) -> None:
    """A file from before approvals and acknowledgements: its versions in force stay in force, with
    their steps; they count as major revisions (everyone acknowledges the one in force) and carry no
    invented approval."""
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0004")
        run = conn.exec_driver_sql
        run("INSERT INTO departments (id, name, name_key, description, created_at) "
            "VALUES (1, 'IT', 'it', '', '2026-01-01 08:00:00.000000')")
        run("INSERT INTO people (id, full_name, kind, job_title, email, department_id, active, created_at) "
            "VALUES (1, 'Laura Colombo', 'full_time', '', '', 1, 1, '2026-01-01 08:00:00.000000')")
        run("INSERT INTO service_standards (id, department_id, created_at) VALUES (1, 1, '2026-01-01 08:00:00')")
        for vid, number, status, published in ((1, 1, "retired", "2026-01-02 08:00:00.000000"),
                                               (2, 2, "active", "2026-02-02 08:00:00.000000"),
                                               (3, 3, "draft", None)):
            run("INSERT INTO standard_versions (id, standard_id, number, status, title, purpose, serves, change_note, "
                f"created_at, published_at) VALUES ({vid}, 1, {number}, '{status}', 'Printers', '', '', '', "
                f"'2026-01-01 08:00:00', {repr(published) if published else 'NULL'})")
            run(f"INSERT INTO standard_steps (version_id, position, text) VALUES ({vid}, 1, 'Clear the jam')")
        run("INSERT INTO requests (id, title, description, requester_department_id, provider_id, priority, status, "
            "created_at, paused_seconds, updated_at, standard_version_id) VALUES (1, 'Jam', '', 1, 1, 'normal', "
            "'new', '2026-02-03 09:00:00.000000', 0, '2026-02-03 09:00:00.000000', 2)")
        run("INSERT INTO recognitions (id, award, title, message, given_on, created_at, to_person_id) "
            "VALUES (1, 'thanks', '', 'Thanks', '2026-02-04', '2026-02-04 09:00:00.000000', 1)")
    engine.dispose()

    services = Services(open_data_file(path))
    try:
        versions = services.standards.versions(1)
        assert [(v.number, v.status, v.revision, v.approved_at, v.approver_name) for v in versions] == [
            (1, StandardStatus.RETIRED, RevisionKind.MAJOR, None, ""),
            (2, StandardStatus.ACTIVE, RevisionKind.MAJOR, None, ""),
            (3, StandardStatus.DRAFT, None, None, "")]
        assert all(v.steps == ("Clear the jam",) for v in versions)
        [cell] = services.acknowledgements.matrix().cells.values()  # Laura must read version 2
        assert (cell.state, cell.version_id) == (AckState.MISSING, 2)
        services.acknowledgements.record(AckDraft(1, 2, date(2026, 2, 10)))
        assert services.acknowledgements.still_to_sign() == (0, 0)
        assert services.recognition.list()[0].request_id is None
    finally:
        services.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM standard_steps").fetchone() == (3,)
        assert conn.execute("SELECT revision, ack_baseline FROM standard_versions ORDER BY id").fetchall() == [
            ("major", 1), ("major", 2), (None, None)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_names_typed_in_two_ways_become_one_name_and_duplicates_are_kept_and_reported(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """"Café" typed as é or as e + accent, "Kitchen" with a zero-width space: stored as they look;
    two departments that turn out to share a name are both kept, the second renamed, and logged."""
    path = tmp_path / "before-clean-names.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0009")
        run = conn.exec_driver_sql
        names = ["Caf\u00e9", "Cafe\u0301", "Kitchen\u200b", "Kitchen", "Front  Office"]
        for i, name in enumerate(names, start=1):
            run("INSERT INTO departments (id, name, name_key, code, description, created_at) "
                "VALUES (?, ?, ?, ?, '', '2026-01-01 08:00:00.000000')", (i, name, name.lower(), f"D{i}"))
        run("INSERT INTO people (id, full_name, kind, department_id, job_title, email, active, created_at) "
            "VALUES (1, 'Anna\u00a0 Rossi\u200d', 'full_time', 4, '', '', 1, '2026-01-01 08:00:00.000000')")
    engine.dispose()

    with caplog.at_level("WARNING", logger="icdesk.migrations"):
        services = Services(open_data_file(path))
    try:
        assert sorted(d.name for d in services.departments.list()) == [
            "Caf\u00e9", "Caf\u00e9 (2)", "Front Office", "Kitchen", "Kitchen (2)"]
        assert [p.full_name for p in services.people.list()] == ["Anna Rossi"]
        # the cleaned names are found as they are typed now, in either way
        assert services.departments.find_by_name("Cafe\u0301").name == "Caf\u00e9"
        with pytest.raises(DuplicateError):
            services.departments.create("Kitchen\u200b")
    finally:
        services.close()
    reported = [r.getMessage() for r in caplog.records if r.name == "icdesk.migrations"]
    assert len(reported) == 2 and any("Kitchen (2)" in m for m in reported)
