"""A company on a PostgreSQL server: the same migrations, the same rules and the same window as a
data file; request numbers stay unique when several PCs log requests at once."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from icdesk.app import open_services
from icdesk.cli import main as cli
from icdesk.db import migrate
from icdesk.db.errors import DataFileError, NotADataFileError
from icdesk.db.migrate import is_search_index
from icdesk.db.server import open_server, server_url, shown
from icdesk.db.store import open_store
from icdesk.domain.errors import DuplicateError
from icdesk.domain.models import Base
from icdesk.paths import is_server_address
from icdesk.services import Services
from icdesk.services.request_queries import RequestFilter
from icdesk.services.requests import RequestDraft
from icdesk.ui.dialogs.request_form import RequestFormDialog
from icdesk.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.gui_helpers import type_text, when_modal
from tests.helpers import ON_BOTH_STORES, small_org
from tests.pg_server import PgServer


def company_of(request: pytest.FixtureRequest, services: Services) -> Path | str:
    """Where the test's company is, to open it a second time as another PC would."""
    return services.db.path if services.db.path is not None else str(request.getfixturevalue("pg_url"))


def test_addresses_are_told_from_paths() -> None:
    assert is_server_address("postgresql://anna@db.local:5433/hotel")
    assert is_server_address("postgres://anna@db.local/hotel")
    assert not is_server_address("C:/data/postgresql/hotel.sqlite")
    assert not is_server_address(Path("postgresql:/x"))
    url = server_url("postgresql://anna:secret@db.local:5433/hotel")
    assert url.drivername == "postgresql+psycopg"
    assert shown(url) == "postgresql://anna@db.local:5433/hotel"  # never the password
    with pytest.raises(DataFileError, match="names no database"):
        server_url("postgresql://anna@db.local:5433")


def test_a_new_database_is_built_by_the_migrations_to_head_and_matches_the_models(pg_server: PgServer) -> None:
    name = pg_server.create_database()
    try:
        db = open_server(pg_server.url_of(name))
        try:
            assert db.on_server and db.path is None and db.name.startswith(name)
            with db.engine.connect() as conn:
                assert migrate.current_revision(conn) == migrate.head_revision()
                context = MigrationContext.configure(conn, opts={
                    "compare_type": True,
                    "include_name": lambda n, type_, _parent: not (type_ in ("table", "index") and is_search_index(n))})
                assert compare_metadata(context, Base.metadata) == []
        finally:
            db.close()
        again = open_server(pg_server.url_of(name))  # at head: opened as it is
        again.close()
    finally:
        pg_server.drop_database(name)


def test_a_database_of_another_program_is_refused_and_left_alone(pg_server: PgServer) -> None:
    name = pg_server.create_database()
    try:
        import psycopg

        with psycopg.connect(pg_server.url_of(name), autocommit=True) as conn:
            conn.execute("CREATE TABLE invoices (id integer)")
        with pytest.raises(NotADataFileError, match="another program"):
            open_server(pg_server.url_of(name))
        with psycopg.connect(pg_server.url_of(name), autocommit=True) as conn:
            tables = [row[0] for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        assert tables == ["invoices"]
    finally:
        pg_server.drop_database(name)


def test_an_empty_database_becomes_a_company_only_where_asked(pg_server: PgServer) -> None:
    name = pg_server.create_database()
    try:
        with pytest.raises(DataFileError, match="holds no icdesk company yet"):
            open_store(pg_server.url_of(name), create=False)
        assert cli(["--db", pg_server.url_of(name), "info"]) == 2
    finally:
        pg_server.drop_database(name)


def test_a_database_that_is_not_there_is_said_in_a_sentence(pg_server: PgServer) -> None:
    address = pg_server.url_of("icdesk_no_such_database")
    with pytest.raises(DataFileError, match="has no database named icdesk_no_such_database"):
        open_store(address)


@ON_BOTH_STORES
def test_request_history_cannot_be_rewritten(services: Services, store: str) -> None:
    org = small_org(services)
    services.requests.create(RequestDraft(title="Printer", provider_id=org["it"], requester_id=org["anna"]))
    for statement in ("UPDATE request_events SET text = 'rewritten'", "DELETE FROM request_events"):
        with pytest.raises(IntegrityError, match="append-only"), services.db.transaction() as s:
            s.execute(text(statement))
    if store == "postgresql":  # a server can also empty a table at once; not this one
        with pytest.raises(IntegrityError, match="append-only"), services.db.transaction() as s:
            s.execute(text("TRUNCATE request_events"))
    assert [e.text for e in services.requests.get(1).events] == [""]


@ON_BOTH_STORES
def test_names_are_unique_ignoring_case_in_any_alphabet(services: Services) -> None:
    services.departments.create("Кухня")
    with pytest.raises(DuplicateError):
        services.departments.create("КУХНЯ")
    services.departments.create("Straße")
    assert [d.name for d in services.departments.list(text="кух")] == ["Кухня"]
    assert [d.name for d in services.departments.list(text="STRA")] == ["Straße"]


@ON_BOTH_STORES
def test_search_finds_requests_by_title_details_and_notes_in_any_case(services: Services) -> None:
    org = small_org(services)
    first = services.requests.create(RequestDraft(title="Принтер на втором этаже", provider_id=org["it"],
                                                  requester_id=org["anna"])).row.id
    second = services.requests.create(RequestDraft(title="Badge", description="The PRINTER room door",
                                                   provider_id=org["it"], requester_id=org["anna"])).row.id
    third = services.requests.create(RequestDraft(title="Login", provider_id=org["it"],
                                                  requester_id=org["anna"])).row.id
    services.requests.add_note(third, "Also the printer in 2% of cases")

    def found(needle: str) -> set[int]:
        return {r.id for r in services.requests.list(RequestFilter(text=needle))}

    assert found("принтер") == {first}
    assert found("printer") == {second, third}
    assert found("2% of") == {third}  # % is a letter here, not a wildcard
    assert found("2_ of") == set()
    assert found("Anna") == {first, second, third}  # who asked
    assert found("xyz") == set()


@ON_BOTH_STORES
def test_numbers_stay_unique_when_two_pcs_log_requests_at_once(request: pytest.FixtureRequest,
                                                                services: Services, clock: FakeClock) -> None:
    org = small_org(services)
    other = Services(open_store(company_of(request, services)), clock=clock)  # the second PC
    made: dict[str, list[int]] = {"here": [], "there": []}
    failures: list[BaseException] = []

    def log(name: str, svc: Services) -> None:
        try:
            for i in range(15):
                draft = RequestDraft(title=f"{name} {i}", provider_id=org["it"], requester_id=org["anna"])
                made[name].append(svc.requests.create(draft).row.id)
        except BaseException as error:  # reported below, with the numbers each side got
            failures.append(error)

    try:
        workers = [threading.Thread(target=log, args=("here", services)),
                   threading.Thread(target=log, args=("there", other))]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=300)
    finally:
        other.close()
    assert failures == []
    numbers = made["here"] + made["there"]
    assert len(numbers) == len(set(numbers)) == 30
    assert services.requests.count() == 30
    titles = {r.id: r.title for r in services.requests.list(RequestFilter(), limit=100)}
    assert all(titles[n].startswith("here") for n in made["here"])


@ON_BOTH_STORES
def test_a_request_after_an_import_gets_the_next_free_number(services: Services, tmp_path: Path) -> None:
    org = small_org(services)
    rows = "\n".join(f"Import {i},IT,Anna Romano" for i in range(3))
    source = tmp_path / "requests.csv"
    source.write_text(f"title,provider,requester\n{rows}\n", encoding="utf-8")
    plan = services.imports.apply("requests", source)
    assert plan.written and not plan.problems
    later = services.requests.create(RequestDraft(title="By hand", provider_id=org["it"], requester_id=org["anna"]))
    assert later.row.id not in {r.id for r in services.requests.list(RequestFilter(text="Import"))}
    assert services.requests.count() == 4


@ON_BOTH_STORES
def test_the_window_opens_and_a_logged_request_shows_in_the_list(qtbot: QtBot, request: pytest.FixtureRequest,
                                                                  services: Services, store: str) -> None:
    org = small_org(services)
    target = company_of(request, services)
    window = MainWindow(open_services(target), opener=open_services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    try:
        if store == "postgresql":
            assert window.windowTitle().startswith("icdesk \u2014 icdesk_test_")
            assert window.status_file.text().startswith("postgresql://")
        window.show_screen("requests")
        screen = window.requests_screen

        def fill(dialog: QWidget) -> None:
            assert isinstance(dialog, RequestFormDialog)
            type_text(qtbot, dialog.title_edit, "Не могу войти в PMS")
            dialog.provider.setCurrentIndex(dialog.provider.findData(org["it"]))
            dialog.requester.setCurrentIndex(dialog.requester.findData(org["anna"]))
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

        errors = when_modal(fill)
        qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
        assert errors == []
        qtbot.waitUntil(lambda: screen.request_model.rowCount() == 1, timeout=30000)
        row = screen.request_model.row_at(0)
        assert row is not None and row.title == "Не могу войти в PMS" and row.requester_department_name == "Accounting"
    finally:
        window.services.close()


def test_the_command_line_works_on_a_server_address(pg_url: str, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--db", pg_url, "demo", "--requests", "20"]) == 0
    monkeypatch.setenv("ICDESK_DB", pg_url)  # the address may also come from the environment
    capsys.readouterr()
    assert cli(["info"]) == 0
    shown_info = capsys.readouterr().out
    assert "Server:    postgresql://" in shown_info and "Internal requests" in shown_info
    assert cli(["check"]) == 2  # a server checks itself; the command says so instead of reading a file
    assert "looked after on the server" in capsys.readouterr().err


def test_a_company_moves_to_a_server_and_back_with_every_record(pg_url: str, tmp_path: Path, clock: FakeClock,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    source, back = tmp_path / "hotel.sqlite", tmp_path / "back.sqlite"
    assert cli(["--db", str(source), "demo", "--requests", "40"]) == 0
    assert cli(["copy", str(source), pg_url]) == 0
    said = capsys.readouterr().out
    assert "every table holds as many rows as in the source" in said and "Internal requests" in said
    assert cli(["copy", pg_url, str(back)]) == 0
    for kind in ("requests", "feedback", "pairs", "acknowledgements"):
        exports = []
        for where in (source, pg_url, back):
            out = tmp_path / f"{kind}-{len(exports)}.csv"
            assert cli(["--db", str(where), "export", kind, "--out", str(out)]) == 0
            exports.append(out.read_bytes())
        assert exports[0] == exports[1] == exports[2], kind
    assert cli(["copy", str(source), pg_url]) == 2  # never into a company that is already there
    assert "already holds a company" in capsys.readouterr().err
    on_server = Services(open_store(pg_url), clock=clock)
    try:
        someone = on_server.people.list()[0]
        provider = on_server.departments.list()[0]
        made = on_server.requests.create(RequestDraft(title="After the move", provider_id=provider.id,
                                                      requester_id=someone.id))
        assert made.row.id == 41  # the numbers go on after the highest one copied
    finally:
        on_server.close()
