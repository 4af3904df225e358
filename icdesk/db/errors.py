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


class ServerError(DataFileError):
    """The database server cannot be reached, refuses the login, or the database is not icdesk's.
    ``path`` is then the server's address (without a password)."""


class DamagedDataFileError(DataFileError):
    """The file is an icdesk data file, but parts of it are damaged; a backup must take its place."""
