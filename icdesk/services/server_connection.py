"""Connecting a PC to the company on a server: the login typed in File → Connect to a server…,
its password in the PC's keyring, and copying the company open now into an empty server database.

The address shown, remembered and written to the settings never holds the password; only the
address handed to the opener does, for the moment it takes to open it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy.engine import URL

from icdesk.db import passwords
from icdesk.db.engine import Database
from icdesk.db.server import probe_server, server_url
from icdesk.db.store import open_store
from icdesk.domain.errors import ValidationError
from icdesk.services.transfer import CopyReport, copy_company

DEFAULT_PORT = passwords.DEFAULT_PORT


@dataclass(frozen=True)
class ServerLogin:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    password: str = ""  # "" : the one kept in the keyring, in pgpass or PGPASSWORD, if any

    @classmethod
    def from_address(cls, address: str) -> ServerLogin:
        url = server_url(address)
        return cls(host=url.host or "", database=url.database or "", user=url.username or "",
                   port=url.port or DEFAULT_PORT, password=url.password or "")

    def checked(self) -> ServerLogin:
        """The login with spaces trimmed; ValidationError names what is missing."""
        login = replace(self, host=self.host.strip(), database=self.database.strip(), user=self.user.strip())
        if not login.host:
            raise ValidationError("Type the name or the address of the server computer.", field="host")
        # a network name: 253 characters at most, each part at most 63 (a pasted paragraph failed deep
        # in the network code with "encoding with 'idna' codec failed")
        if len(login.host) > 253 or any(len(part) > 63 or not part for part in login.host.split(".")) \
                or any(ch.isspace() for ch in login.host):
            raise ValidationError("“{host}” is not a server name or address a network knows.", host=login.host[:80],
                                  field="host")
        if not login.database:
            raise ValidationError("Type the name of the company's database on the server.", field="database")
        if not login.user:
            raise ValidationError("Type the login (user name) to connect with.", field="user")
        if not 0 < login.port < 65536:
            raise ValidationError("The port is a number from 1 to 65535 (PostgreSQL's own is 5432).", field="port")
        return login

    def _url(self, with_password: bool) -> URL:
        return URL.create("postgresql", username=self.user, host=self.host, port=self.port, database=self.database,
                          password=self.password if with_password and self.password else None)

    @property
    def address(self) -> str:
        """``postgresql://user@host:port/database``: what is shown and remembered, never a password."""
        return self._url(False).render_as_string(hide_password=True)

    @property
    def address_to_open(self) -> str:
        """The address with the password typed, for opening it now; never shown, logged or stored."""
        return self._url(True).render_as_string(hide_password=False)

    @property
    def account(self) -> str:
        return passwords.account_of(self._url(False))

    def has_remembered_password(self) -> bool:
        return passwords.remembered_password(self._url(False)) is not None

    def probe(self) -> str | None:
        """The schema revision of the company there, None for an empty database; changes nothing.
        Raises a ServerError subclass saying why it cannot be opened."""
        return probe_server(self.address_to_open)

    def keep_password(self, remember: bool) -> bool:
        """After a good connection: keep the typed password in the keyring, or forget any kept
        one when the person did not ask for it. True if the password is now kept."""
        url = self._url(False)
        if not remember:
            passwords.forget_password(url)
            return False
        if not self.password:
            return passwords.remembered_password(url) is not None
        return passwords.remember_password(url, self.password)


def can_remember_passwords() -> bool:
    """False on a PC without a keyring (a headless Linux machine): the window asks each time."""
    return passwords.can_remember()


def copy_company_to(source: Database, login: ServerLogin, progress: Callable[[int], None] | None = None) -> CopyReport:
    """Copy the company of ``source`` (open in the window) into the empty database of ``login``,
    counts checked (see copy_company). The source is read through a connection of its own, so the
    copy may run on another thread while the window keeps its own."""
    if source.path is not None:
        reading = open_store(source.path, read_only=True)
    else:
        reading = open_store(source.engine.url.set(drivername="postgresql").render_as_string(hide_password=False),
                             read_only=True)
    try:
        destination = open_store(login.address_to_open, create=True)
        try:
            done: dict[str, int] = {}

            def counted(table: str, rows: int) -> None:
                done[table] = rows
                if progress is not None:
                    progress(sum(done.values()))

            return copy_company(reading, destination, counted)
        finally:
            destination.close()
    finally:
        reading.close()
