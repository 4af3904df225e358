"""File → Connect to a server…: the dialog, the password in the PC's keyring (never in the
settings), sentences for what goes wrong, and an empty database receiving the company open now."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from icdesk.app import choose_start_file, open_or_ask, open_services
from icdesk.cli import main as cli
from icdesk.db.errors import (
    EmptyServerDatabaseError,
    NoSuchServerDatabaseError,
    ServerLoginError,
    ServerUnreachableError,
)
from icdesk.db.server_refusals import refused
from icdesk.db.store import open_data_file, open_store
from icdesk.services import Services
from icdesk.services.server_connection import ServerLogin
from icdesk.ui.dialogs.connect_server import ConnectServerDialog
from icdesk.ui.main_window import MainWindow
from icdesk.ui.working_person import WhoIsWorkingDialog
from tests.gui_helpers import answer_message_box, type_text, when_modal
from tests.helpers import small_org
from tests.pg_server import PgServer


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its passwords in this process, as the PC's own would."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError("not kept")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A headless Linux PC: keyring finds no backend."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def login_of(url: str) -> ServerLogin:
    parsed = make_url(url)
    return ServerLogin(host=parsed.host or "", port=parsed.port or 5432, database=parsed.database or "",
                       user=parsed.username or "", password=parsed.password or "")


def needs_a_password(url: str) -> None:
    if not make_url(url).password:
        pytest.skip("the test server lets its login in without a password (a private server started with trust)")


def type_login(qtbot: QtBot, dialog: ConnectServerDialog, login: ServerLogin, password: str) -> None:
    for edit in (dialog.host_edit, dialog.database_edit, dialog.user_edit, dialog.password_edit):
        edit.clear()
    type_text(qtbot, dialog.host_edit, login.host)
    dialog.port_edit.setValue(login.port)
    type_text(qtbot, dialog.database_edit, login.database)
    type_text(qtbot, dialog.user_edit, login.user)
    if password:
        type_text(qtbot, dialog.password_edit, password)


def company_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / "hotel.sqlite"
    services = Services(open_data_file(path))
    services.company.save(name)
    small_org(services, with_standard=False)
    services.close()
    return path


def company_on_server(url: str, name: str) -> None:
    services = Services(open_store(url))
    services.company.save(name)
    services.close()


def settings_text() -> str:
    settings = QSettings()
    settings.sync()
    written = Path(settings.fileName())
    return written.read_text(encoding="utf-8") if written.exists() else ""


# -- sentences ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("said", "kind", "words"), [
    ('connection to server at "10.0.0.5", port 5432 failed: fe_sendauth: no password supplied',
     ServerLoginError, "needs the password of anna"),
    ('connection to server at "10.0.0.5", port 5432 failed: FATAL:  password authentication failed for user "anna"',
     ServerLoginError, "did not accept the password of anna"),
    ('FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "anna", database "hotel", no encryption',
     ServerLoginError, "does not let anna in from this PC"),
    ('FATAL:  database "hotel" does not exist', NoSuchServerDatabaseError, "has no database named hotel"),
    ("failed to resolve host 'office-server': [Errno -2] Name or service not known",
     ServerUnreachableError, "No computer named office-server"),
    ('connection to server at "10.0.0.5", port 5432 failed: Connection refused',
     ServerUnreachableError, "cannot be reached on port 5432"),
    ('connection to server at "10.0.0.5", port 5432 failed: timeout expired',
     ServerUnreachableError, "cannot be reached on port 5432"),
])
def test_what_the_server_said_becomes_a_sentence(said: str, kind: type, words: str) -> None:
    address = "postgresql://anna@office-server:5432/hotel"
    error = refused(make_url(address), address, said)
    assert type(error) is kind and words in str(error)
    assert "FATAL" not in str(error)


def test_refusals_of_a_real_server_are_told_apart(pg_url: str, pg_server: PgServer) -> None:
    login = login_of(pg_url)
    with pytest.raises(NoSuchServerDatabaseError, match="has no database named icdesk_no_such_database"):
        ServerLogin(login.host, "icdesk_no_such_database", login.user, login.port, login.password).probe()
    with pytest.raises(ServerUnreachableError, match="cannot be reached on port 1\\b"):
        ServerLogin("127.0.0.1", login.database, login.user, 1, login.password).probe()
    assert login.probe() is not None  # a company there
    empty = pg_server.create_database()
    try:
        assert ServerLogin(login.host, empty, login.user, login.port, login.password).probe() is None
        with pytest.raises(EmptyServerDatabaseError, match="holds no icdesk company yet"):
            open_store(pg_server.url_of(empty), create=False)
    finally:
        pg_server.drop_database(empty)


# -- the dialog and the keyring ---------------------------------------------------------------------

def test_the_password_goes_to_the_keyring_never_to_the_settings(qtbot: QtBot, tmp_path: Path, pg_url: str,
                                                                memory_keyring: MemoryKeyring,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    login = login_of(pg_url)
    company_on_server(pg_url, "Hotel Aurora on the server")
    path = company_file(tmp_path, "Hotel Aurora in a file")
    window = MainWindow(open_services(path), opener=open_services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    try:
        def connect(dialog: QWidget) -> None:
            assert isinstance(dialog, ConnectServerDialog)
            assert dialog.remember_box.isEnabled() and not dialog.keyring_note.isVisibleTo(dialog)
            type_login(qtbot, dialog, login, login.password)
            dialog.remember_box.setChecked(True)
            dialog.connect_button.click()

        errors = when_modal(connect)
        window.connect_action.trigger()
        assert errors == []
        assert window.services.db.on_server
        assert window.dashboard.heading.text() == "Hotel Aurora on the server"
        assert window.status_file.text() == login.address and ":" + login.password + "@" not in login.address
        if login.password:
            assert memory_keyring.kept == {("icdesk", f"{login.user}@{login.host}:{login.port}/{login.database}"):
                                           login.password}
            assert login.password not in settings_text()
        settings = QSettings()
        assert settings.value("last_file") == login.address  # opened again at the next start
        assert settings.value("servers/recent") == [login.address]

        # --db with the address alone finds the password in the keyring, like the next start does
        again = open_services(login.address)
        again.close()
        capsys.readouterr()
        assert cli(["--db", login.address, "info"]) == 0
        assert "Hotel Aurora on the server" in capsys.readouterr().out

        window.switch_to(path)  # File → Open a data file… goes back to a file
        assert not window.services.db.on_server
        assert window.dashboard.heading.text() == "Hotel Aurora in a file"
    finally:
        window.services.close()


def test_a_wrong_password_is_said_and_nothing_is_kept(qtbot: QtBot, pg_url: str,
                                                      memory_keyring: MemoryKeyring) -> None:
    needs_a_password(pg_url)
    login = login_of(pg_url)
    dialog = ConnectServerDialog(QSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    type_login(qtbot, dialog, login, "not-the-password")
    dialog.remember_box.setChecked(True)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert dialog.isVisible() and dialog.address_to_open() == ""
    assert dialog.status.text() == (f"The server {login.host} did not accept the password of {login.user}. Check "
                                    "the user name and the password (capital letters count) and try again.")
    assert dialog.password_edit.hasFocus()
    assert memory_keyring.kept == {}
    assert "not-the-password" not in settings_text()
    dialog.password_edit.clear()
    type_text(qtbot, dialog.password_edit, login.password)
    dialog.test_button.click()  # Test says it works and changes nothing
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert dialog.status.text().startswith("Connected:") and dialog.isVisible() and memory_keyring.kept == {}


def test_without_a_keyring_the_dialog_says_so_and_asks_each_time(qtbot: QtBot, tmp_path: Path, pg_url: str,
                                                                 no_keyring: None,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    needs_a_password(pg_url)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    login = login_of(pg_url)
    company_on_server(pg_url, "Hotel Aurora on the server")
    window = MainWindow(open_services(company_file(tmp_path, "Hotel Aurora in a file")), opener=open_services,
                        settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    try:
        def connect(dialog: QWidget) -> None:
            assert isinstance(dialog, ConnectServerDialog)
            assert not dialog.remember_box.isEnabled() and not dialog.remember_box.isChecked()
            assert dialog.keyring_note.isVisibleTo(dialog)
            assert "cannot remember the password here" in dialog.keyring_note.text()
            type_login(qtbot, dialog, login, login.password)
            dialog.connect_button.click()

        errors = when_modal(connect)
        window.connect_action.trigger()
        assert errors == [] and window.services.db.on_server

        with pytest.raises(ServerLoginError, match="needs the password of"):
            open_store(login.address)  # nothing kept anywhere: the next opening must ask

        window.switch_to(tmp_path / "hotel.sqlite")
        asked: list[str] = []

        def type_password(dialog: QWidget) -> None:  # Open recent → the server: the dialog asks for it
            assert isinstance(dialog, ConnectServerDialog)
            asked.append(dialog.status.text())
            assert dialog.host_edit.text() == login.host and dialog.user_edit.text() == login.user
            type_text(qtbot, dialog.password_edit, login.password)
            dialog.connect_button.click()

        errors = when_modal(type_password)
        assert window.switch_to(login.address)
        assert errors == [] and window.services.db.on_server
        assert asked and "needs the password of" in asked[0]
    finally:
        window.services.close()


@pytest.mark.timeout(300)  # the empty database is built by the migrations first, slow on a busy machine
def test_an_empty_database_receives_a_copy_of_the_company_open_now(qtbot: QtBot, tmp_path: Path,
                                                                   pg_server: PgServer,
                                                                   memory_keyring: MemoryKeyring) -> None:
    empty = pg_server.create_database()
    try:
        login = login_of(pg_server.url_of(empty))
        path = company_file(tmp_path, "Hotel Aurora")
        window = MainWindow(open_services(path), opener=open_services, settings=QSettings())
        qtbot.addWidget(window)
        window.show()
        reports: list[str] = []
        try:
            def report_read(box: QWidget) -> None:
                assert isinstance(box, QMessageBox)
                if "records were copied" not in box.text():  # still the question, closing
                    errors.extend(when_modal(report_read, kind=QMessageBox, timeout_ms=240000))
                    return
                reports.append(box.text())
                errors.extend(when_modal(say_who, kind=WhoIsWorkingDialog, timeout_ms=240000))
                answer_message_box("OK")(box)

            def say_who(dialog: QWidget) -> None:  # a company with people on a server: who works on this PC
                assert isinstance(dialog, WhoIsWorkingDialog)
                names = [dialog.person.itemText(i) for i in range(dialog.person.count())]
                dialog.person.setCurrentIndex(next(i for i, name in enumerate(names) if "Anna Romano" in name))
                dialog.save_button.click()

            def copy(box: QWidget) -> None:
                assert isinstance(box, QMessageBox) and "holds no icdesk company yet" in box.text()
                errors.extend(when_modal(report_read, kind=QMessageBox, timeout_ms=240000))
                answer_message_box("Copy this company into it")(box)

            def connect(dialog: QWidget) -> None:
                assert isinstance(dialog, ConnectServerDialog)
                type_login(qtbot, dialog, login, login.password)
                errors.extend(when_modal(copy, kind=QMessageBox))
                dialog.connect_button.click()

            errors = when_modal(connect)
            window.connect_action.trigger()
            assert errors == []
            assert window.services.db.on_server and window.dashboard.heading.text() == "Hotel Aurora"
            assert sorted(d.name for d in window.services.departments.list()) == ["Accounting", "IT"]
            assert "records were copied to " + login.address in reports[0]
            assert window.status_person.text().endswith("Anna Romano")  # asked once, then named
        finally:
            window.services.close()
        kept = Services(open_data_file(path))  # the file stays as it was
        assert kept.company.get() is not None and len(kept.departments.list()) == 2
        kept.close()
    finally:
        pg_server.drop_database(empty)


def test_the_next_start_asks_for_a_password_that_is_not_kept(qtbot: QtBot, tmp_path: Path, pg_url: str,
                                                             no_keyring: None, monkeypatch: pytest.MonkeyPatch) -> None:
    needs_a_password(pg_url)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    login = login_of(pg_url)
    company_on_server(pg_url, "Hotel Aurora on the server")
    settings = QSettings()
    settings.setValue("last_file", login.address)  # where the window was when it was closed

    def type_password(dialog: QWidget) -> None:
        assert isinstance(dialog, ConnectServerDialog)
        assert "needs the password of" in dialog.status.text() and dialog.database_edit.text() == login.database
        type_text(qtbot, dialog.password_edit, login.password)
        dialog.connect_button.click()

    errors = when_modal(type_password)
    services = open_or_ask(choose_start_file(None, settings))
    assert errors == [] and services is not None
    try:
        company = services.company.get()
        assert services.db.on_server and company is not None and company.name == "Hotel Aurora on the server"
    finally:
        services.close()


def test_cancel_while_a_server_is_being_tried_closes_the_dialog_at_once(qtbot: QtBot) -> None:
    """A server that takes the connection and never answers: Cancel did nothing until the try gave up
    (ten seconds and more); the person had no way out of the dialog. The answer, when it comes, is let go."""
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # takes the connection, never says a word
    try:
        dialog = ConnectServerDialog(QSettings())
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(qtbot, dialog.host_edit, "127.0.0.1")
        dialog.port_edit.setValue(silent.getsockname()[1])
        type_text(qtbot, dialog.database_edit, "hotel")
        type_text(qtbot, dialog.user_edit, "anna")
        dialog.test_button.click()
        assert dialog.busy and dialog.cancel_button.isEnabled()
        dialog.cancel_button.click()
        assert not dialog.isVisible() and dialog.result() == 0 and dialog.address_to_open() == ""
    finally:
        silent.close()
