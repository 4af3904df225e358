"""Why a server could not be opened, in a sentence a manager can act on.

libpq reports a failed connection as text only (no SQLSTATE before the session exists), so the
text is read for the well-known cases: no password or a wrong one, a PC the server does not let
in, a database that is not there, a name nobody answers to. Anything else keeps the server's own
words. A server set up in another language answers in it; those fall back to its own words too.
"""

from __future__ import annotations

from sqlalchemy.engine import URL

from icdesk.db.errors import (
    NoSuchServerDatabaseError,
    ServerError,
    ServerLoginError,
    ServerUnreachableError,
)
from icdesk.db.passwords import DEFAULT_PORT, account_of

UNKNOWN_HOST = ("failed to resolve host", "could not translate host name", "name or service not known",
                "nodename nor servname", "no such host is known", "temporary failure in name resolution")
UNREACHABLE = ("connection refused", "timeout expired", "timed out", "no route to host", "network is unreachable",
               "is the server running", "could not connect", "connection reset")


def refused(url: URL, where: str, reason: str) -> ServerError:
    """The error for a connection to ``url`` that failed with libpq's ``reason``."""
    text = reason.lower()
    host, port = url.host or "localhost", url.port or DEFAULT_PORT
    user = account_of(url).partition("@")[0]
    if "no password supplied" in text:
        return ServerLoginError(where, "The server {host} needs the password of {user}: type it in File \u2192 "
                                       "Connect to a server\u2026, or keep it in this PC's pgpass file.",
                                host=host, user=user)
    if "password authentication failed" in text or "authentication failed" in text:
        return ServerLoginError(where, "The server {host} did not accept the password of {user}. Check the user "
                                       "name and the password (capital letters count) and try again.",
                                host=host, user=user)
    if 'role "' in text and "does not exist" in text:
        return ServerLoginError(where, "The server {host} has no login named {user}. Check the user name.",
                                host=host, user=user)
    if "pg_hba.conf" in text:
        return ServerLoginError(where, "The server {host} does not let {user} in from this PC. Whoever looks "
                                       "after the server must allow this computer in its pg_hba.conf file (see "
                                       "the README).", host=host, user=user)
    if 'database "' in text and "does not exist" in text:
        return NoSuchServerDatabaseError(where, "The server {host} has no database named {database}. Check the "
                                                "name, or ask whoever looks after the server to create it.",
                                         host=host, database=url.database)
    if any(words in text for words in UNKNOWN_HOST):
        return ServerUnreachableError(where, "No computer named {host} was found on the network. Check the "
                                             "server's name, or type its address (for example 192.168.1.20).",
                                      host=host)
    if any(words in text for words in UNREACHABLE):
        return ServerUnreachableError(where, "The server {host} cannot be reached on port {port}. Check that "
                                             "the server computer is on, that PostgreSQL runs there and that it "
                                             "accepts connections from the office network.", host=host, port=port)
    return ServerError(where, "Cannot open {address}: {reason}.", address=where, reason=reason.rstrip("."))
