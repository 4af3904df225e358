"""Where icdesk may write a document, a list or a backup: never over the company's own files."""

from __future__ import annotations

from pathlib import Path

from icdesk.db import held_files
from icdesk.db.backup import backup_folder
from icdesk.domain.errors import ValidationError

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal", ".lock")


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve(strict=False) == b.resolve(strict=False)
    except (OSError, RuntimeError):  # a loop of links: compared as written
        return a.absolute() == b.absolute()


def _is_database(path: Path) -> bool:
    try:
        # the data file itself, named as the place to write to, is open in this window (db/held_files.py)
        return held_files.read_at(path, 0, len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_output_path(out: Path, data_file: Path | None, *, field: str = "out") -> None:
    """Refuse to write over the data file, the files SQLite keeps beside it, its backups, or any
    other database: a mistyped --out must not turn a company into a PDF."""
    out = Path(out).expanduser().absolute()
    if data_file is not None:
        data_file = Path(data_file).absolute()
        company = [data_file, *(data_file.with_name(data_file.name + side) for side in SIDE_FILES)]
        if any(_same(out, kept) for kept in company):
            raise ValidationError("{name} is the company's data file (or kept beside it); choose another name "
                                  "for what you write.", name=out.name, field=field)
        folder = backup_folder(data_file)
        if _same(out, folder) or _same(out.parent, folder):
            raise ValidationError("{name} is in the folder of the company's backups; choose another folder for "
                                  "what you write.", name=out.name, field=field)
    if out.is_dir():
        raise ValidationError("{name} is a folder; give the name of the file to write in it too.", name=out.name,
                              field=field)
    if out.exists() and not out.is_file():  # a pipe or a device: written "to" by replacing it
        raise ValidationError("{name} is not a file icdesk can write into; choose another name.", name=out.name,
                              field=field)
    if out.name.endswith(SIDE_FILES):
        raise ValidationError("{name} is a file a database keeps beside itself; choose another name.",
                              name=out.name, field=field)
    if out.is_file() and _is_database(out):
        raise ValidationError("{name} is a database, perhaps another company's data file; icdesk does not write "
                              "over it.", name=out.name, field=field)


def written_path(out: Path) -> Path:
    """Where a file named ``out`` is written: through a link, the file it points to (replacing the link
    itself by a file of its own left the file meant unchanged)."""
    out = Path(out).expanduser().absolute()
    try:
        return out.resolve(strict=False) if out.is_symlink() else out
    except (OSError, RuntimeError):  # a loop of links: as written
        return out


__all__ = ["check_output_path", "written_path"]
