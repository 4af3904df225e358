"""Why a data file could not be opened, in words for the person who picked it."""

from __future__ import annotations

from pathlib import Path

from icdesk.domain.errors import render


class DataFileError(Exception):
    """The file cannot be used. It has been left exactly as it was.

    Like DomainError it keeps its sentence as a template and values, for translation.
    """

    def __init__(self, path: Path | str, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params
        self.message = render(template, params)
        super().__init__(self.message)
        self.path = path
        self.field: str | None = None

    def __str__(self) -> str:
        return self.message


class NotADataFileError(DataFileError):
    """The file is not SQLite, or is SQLite written by another program."""


class NewerDataFileError(DataFileError):
    """The file was written by a newer icdesk whose schema this one does not know."""


class DataFileLockedError(DataFileError):
    """Another program is writing to the file right now."""


class DataFileAccessError(DataFileError):
    """The file or its folder is missing, read-only or not reachable."""


class ReadOnlyDataFileError(DataFileAccessError):
    """The file itself may not be written (marked read-only): it can still be opened for looking."""


class ServerError(DataFileError):
    """The database server cannot be reached, refuses the login, or the database is not icdesk's.
    ``path`` is then the server's address (without a password)."""


class ServerLoginError(ServerError):
    """The server wants a password it was not given, or refused the one it was given: the window
    then asks for it (File \u2192 Connect to a server\u2026)."""


class ServerUnreachableError(ServerError):
    """No server answers at that name and port."""


class NoSuchServerDatabaseError(ServerError):
    """The server answers but has no database of that name."""


class EmptyServerDatabaseError(ServerError):
    """The database exists and holds nothing yet: a new company can be set up there, or one copied in."""


class DamagedDataFileError(DataFileError):
    """The file is an icdesk data file, but parts of it are damaged; a backup must take its place."""


class NetworkShareError(DataFileError):
    """The file lies on a network share (SMB, NFS...), where SQLite's locks do not hold: it may be
    opened read-only, not for writing. ``share`` names the share as the system mounted it."""

    def __init__(self, path: Path, share: str) -> None:
        super().__init__(
            path, "{name} is in a shared folder on another computer ({share}). When several PCs write to one "
                  "data file over the network, it can be damaged beyond repair, so icdesk opens it there for "
                  "reading only. To work on it, copy it to this PC; for several PCs at once, a shared database "
                  "server is the safe way.", name=path.name, share=share)
        self.share = share
