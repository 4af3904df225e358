"""A company on a PostgreSQL server: connect, check it is icdesk's, upgrade it, hand out a Database.

Unlike a data file there is nothing to lock or copy aside here: the server lets several PCs work
at once (writers take turns inside it, see Database._begin_writing) and its administrator backs it
up. An upgrade runs in one transaction, so a failed one leaves the database as it was.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from icdesk.db import migrate
from icdesk.db.engine import WRITE, WRITERS_TAKE_TURNS, Database
from icdesk.db.errors import EmptyServerDatabaseError, NewerDataFileError, NotADataFileError, ServerError
from icdesk.db.passwords import with_remembered_password
from icdesk.db.server_refusals import refused

CONNECT_TIMEOUT_S = 10


def server_url(address: str) -> URL:
    """The address for SQLAlchemy with psycopg 3 as the driver, whichever scheme was typed."""
    try:
        url = make_url(address.strip())
    except ArgumentError as exc:
        raise ServerError(address, "{address} is not a server address (postgresql://user@host/database).",
                          address=address) from exc
    if not url.database:
        raise ServerError(shown(url), "{address} names no database (postgresql://user@host/database).",
                          address=shown(url))
    return url.set(drivername="postgresql+psycopg")


def shown(url: URL) -> str:
    """The address as people may see it: in a title bar, a message, the settings. Never a password."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True).replace(":***@", "@")


def make_server_engine(url: URL) -> Engine:
    return create_engine(
        url,
        pool_pre_ping=True,  # a server restarted overnight: the window's next click reconnects, no error
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "icdesk"},
    )


def open_server(address: str, *, create: bool = True, read_only: bool = False) -> Database:
    """Open (and if ``create``, set up or upgrade) the icdesk company in a server database.

    The database itself is made by the server's administrator (see the README); an empty one
    becomes a new company. ``read_only`` sets up and upgrades nothing. Raises DataFileError with
    one sentence; the database is then unchanged.
    """
    url = with_remembered_password(server_url(address))
    where = shown(url)
    engine = make_server_engine(url)
    try:
        revision = _inspect(engine, where)
        if revision is None and (not create or read_only):
            raise EmptyServerDatabaseError(where, "{address} holds no icdesk company yet.", address=where)
        if read_only and revision != migrate.head_revision():
            raise ServerError(where, "{address} was saved by an older icdesk and must be opened normally once (to "
                                     "update it) before it can be opened read-only.", address=where)
        if revision != migrate.head_revision():
            with engine.execution_options(**WRITE).begin() as connection:
                # two PCs opening a new company at once: the second waits, then finds it upgraded
                connection.exec_driver_sql(WRITERS_TAKE_TURNS)
                if migrate.current_revision(connection) != migrate.head_revision():
                    migrate.upgrade(connection)
    except ServerError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise _refused(url, where, exc) from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        raise ServerError(where, "{address} could not be prepared: {exc}.", address=where, exc=exc) from exc
    return Database(engine, None, read_only, location=where, name=f"{url.database} \u2014 {url.host or 'localhost'}")


def probe_server(address: str) -> str | None:
    """Whether ``address`` can be opened, changing nothing: the schema revision of its company,
    None for an empty database; raises ServerError (a subclass saying why) otherwise."""
    url = with_remembered_password(server_url(address))
    where = shown(url)
    engine = make_server_engine(url)
    try:
        return _inspect(engine, where)
    except DBAPIError as exc:
        raise _refused(url, where, exc) from exc
    finally:
        engine.dispose()


def _inspect(engine: Engine, where: str) -> str | None:
    """The schema revision, read without writing; refuse a database of another program or a newer icdesk."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise NotADataFileError(where, "{address} is a database of another program, not an icdesk company.",
                                    address=where)
        revision = migrate.current_revision(connection)
    if revision is not None and revision not in migrate.known_revisions():
        raise NewerDataFileError(where, "{address} was saved by a newer version of icdesk; install the newer "
                                        "version to open it.", address=where)
    return revision


def _refused(url: URL, where: str, exc: DBAPIError) -> ServerError:
    said = str(exc.orig or exc).strip()
    return refused(url, where, said.splitlines()[0] if said else type(exc).__name__)
