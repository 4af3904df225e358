"""A PostgreSQL server for the tests: the one ICDESK_TEST_PG_URL names (CI sets it), else a private
one started here with initdb and pg_ctl in a temporary folder, else a clear reason to skip."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

URL_ENV = "ICDESK_TEST_PG_URL"
DROP_ATTEMPTS = 150  # 30 s at most: an autovacuum round on a test database takes well under that


class NoServer(Exception):
    """Why the PostgreSQL tests cannot run here; the message becomes the skip reason."""


@dataclass
class PgServer:
    """A server where the tests may create and drop databases (the login needs CREATEDB)."""

    admin: URL  # a database to connect to for CREATE DATABASE / DROP DATABASE

    def url_of(self, database: str) -> str:
        return self.admin.set(drivername="postgresql", database=database).render_as_string(hide_password=False)

    def execute(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(self._conninfo(), autocommit=True, connect_timeout=10) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def _conninfo(self) -> str:
        return self.admin.set(drivername="postgresql").render_as_string(hide_password=False)

    def create_database(self, template: str | None = None) -> str:
        name = f"icdesk_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        # FORCE ends the test's own sessions, but not an autovacuum worker that happens to be tidying
        # the new database (it runs as the server, which a test login may not signal): PostgreSQL then
        # refuses; the worker goes away by itself, so ask again until it has (a bounded number of times)
        for attempt in range(DROP_ATTEMPTS):
            try:
                self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                return
            except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
                if attempt == DROP_ATTEMPTS - 1:
                    raise
                time.sleep(0.2)


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl") or shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def private_server() -> Iterator[PgServer]:
    """initdb + pg_ctl in a temporary folder on a free local port, stopped and removed at the end.
    initdb refuses to run as root: as root the server runs as the 'postgres' user."""
    binaries = _binaries()
    if binaries is None:
        raise NoServer(f"no PostgreSQL server: set {URL_ENV}=postgresql://user@host:port/database (a login with "
                       "CREATEDB), or install PostgreSQL (initdb, pg_ctl) so the tests can start their own")
    run_as: list[str] = []
    owner: pwd.struct_passwd | None = None
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise NoServer("running as root, and there is no 'postgres' user to run a private server as") from exc
        run_as = ["runuser", "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="icdesk-pg-"))
    if owner is not None:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    data, port = folder / "data", _free_port()

    def run(*command: str) -> None:
        done = subprocess.run([*run_as, *command], capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            raise NoServer(f"could not start a private PostgreSQL server: {' '.join(command[:1])} said "
                           f"{(done.stderr or done.stdout).strip()[-300:]}")

    try:
        run(str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
            "--locale=C.UTF-8")
        # a test server: durability off, so hundreds of CREATE DATABASE stay quick on a slow disk
        options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        run(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "-t", "120",
            "start")
        try:
            yield PgServer(make_url(f"postgresql://postgres@127.0.0.1:{port}/postgres"))
        finally:
            subprocess.run([*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                           capture_output=True, timeout=120)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def available_server() -> Iterator[PgServer]:
    """The server named by ICDESK_TEST_PG_URL (which must work: CI that set it wants these tests run,
    not skipped), else a private one; NoServer says why there is none."""
    given = os.environ.get(URL_ENV, "").strip()
    if given:
        server = PgServer(make_url(given))
        server.execute("SELECT 1")
        yield server
        return
    with private_server() as server:
        yield server
