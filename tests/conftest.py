from __future__ import annotations

import os
import shutil
import tempfile

# Must be set before Qt is imported anywhere: tests run without a display, on the screen of an
# ordinary laptop (1366x768) rather than the plugin's default, so that what does not fit shows.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen:configfile=" + os.path.join(
    os.path.dirname(__file__), "fixtures", "laptop-screen.json"))

# the session's own record of checked files, for session fixtures (each test then gets its own)
os.environ["ICDESK_CHECK_RECORD"] = os.path.join(tempfile.mkdtemp(prefix="icdesk-checked-"), "checked-files.json")

from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from icdesk.db.checked_files import RECORD_ENV  # noqa: E402
from icdesk.db.store import open_data_file, open_store  # noqa: E402
from icdesk.services import Services  # noqa: E402
from tests.pg_server import NoServer, PgServer, available_server  # noqa: E402


class FakeClock:
    """A clock the test moves by hand, so deadlines can be crossed without waiting."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


@pytest.fixture(autouse=True)
def own_check_record(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test its own record of files that passed a page check (db/checked_files.py), never the
    user's: a file one test checked is not taken as checked by another."""
    monkeypatch.setenv(RECORD_ENV, str(tmp_path_factory.mktemp("checked") / "checked-files.json"))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "company.sqlite"


@pytest.fixture(scope="session")
def empty_data_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One new data file, migrated once per test session; tests get byte copies of it."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    open_data_file(path).close()
    return path


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server for the whole session (see tests/pg_server.py), or a skip saying why not."""
    try:
        with available_server() as server:
            yield server
    except NoServer as reason:
        pytest.skip(f"PostgreSQL tests skipped: {reason}")


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> Iterator[str]:
    """A company database migrated once per session; each test gets a copy (CREATE DATABASE ... TEMPLATE)."""
    name = pg_server.create_database()
    try:
        open_store(pg_server.url_of(name)).close()  # closed: a template may have no one connected
        yield name
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def pg_url(pg_server: PgServer, pg_template: str) -> Iterator[str]:
    """The address of a fresh, empty company database of its own on the test server."""
    name = pg_server.create_database(template=pg_template)
    try:
        yield pg_server.url_of(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def store() -> str:
    """Where ``services`` keeps the company: "sqlite" unless a test says otherwise, e.g. with
    tests.helpers.ON_BOTH_STORES, which runs it on "postgresql" too."""
    return "sqlite"


@pytest.fixture
def services(request: pytest.FixtureRequest, store: str, db_path: Path, clock: FakeClock,
             empty_data_file: Path) -> Iterator[Services]:
    if store == "postgresql":
        svc = Services(open_store(request.getfixturevalue("pg_url")), clock=clock)
    else:
        shutil.copyfile(empty_data_file, db_path)
        os.chmod(db_path, 0o600)
        svc = Services(open_data_file(db_path), clock=clock)
    yield svc
    svc.close()


@pytest.fixture
def hotel(tmp_path: Path) -> Iterator[Services]:
    """The example hotel, open in a data file of its own."""
    from icdesk.app import open_services

    services = open_services(tmp_path / "hotel.sqlite")
    services.demo.fill()
    yield services
    services.close()


@pytest.fixture(scope="session", autouse=True)
def english_window(qapp: object) -> None:
    """The window in English with its catalogue of plural forms, as the application starts it."""
    from icdesk.ui.language import apply_language

    apply_language("en")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Window geometry and recent files go to a throw-away folder, never the developer's own."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A test that failed with a form still edited leaves pytest-qt's closing of that form to ask
    "discard your changes?", a question nobody answers, after pytest-timeout stopped watching:
    CI hung instead of reporting the failure. Such a question is answered No here."""
    if "qtbot" not in getattr(item, "fixturenames", ()):
        yield
        return
    from tests.gui_helpers import dismiss_questions_during

    with dismiss_questions_during():
        yield


@pytest.fixture(autouse=True)
def modal_polls_end_with_their_test() -> Iterator[None]:
    from tests.gui_helpers import end_of_test

    yield
    end_of_test()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 20 MB disk of its own (tmpfs) that a test can fill up, as a full USB stick or drive."""
    import shutil
    import subprocess

    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a full disk is simulated with a tmpfs mount, which needs root on Linux")
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(folder)], capture_output=True,
                             text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_disk(folder: Path, leave_bytes: int) -> Path:
    """Fill ``folder``'s disk until only about ``leave_bytes`` are free."""
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    filler = folder / "filler.bin"
    with filler.open("wb") as handle:
        chunk = b"\0" * 65536
        remaining = max(0, free - leave_bytes)
        while remaining > 0:
            remaining -= handle.write(chunk[: min(len(chunk), remaining)])
    return filler
