"""What a file manager or a desktop starts icdesk with: ``icdesk file.sqlite`` (a double-click, "Open
with", a drag onto the launcher) opens that file in the window, as ``icdesk --db file.sqlite`` does.

A command's name always wins over a file of the same name in the current folder: ``icdesk ./demo``
opens a file called "demo"."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

from icdesk.paths import is_server_address

DATA_FILE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def looks_like_data_file(text: str) -> bool:
    return is_server_address(text) or text.lower().endswith(DATA_FILE_SUFFIXES) or Path(text).expanduser().is_file()


def data_file_as_option(argv: Sequence[str], commands: Collection[str]) -> list[str]:
    """``[FILE, options...]`` -> ``[--db, FILE, options...]`` when the first word is no command but a
    data file (one that exists, or a name ending like one, so a new file can be made too)."""
    args = list(argv)
    for index, word in enumerate(args):
        if word == "--":
            break
        if word.startswith("-"):
            if word == "--db":  # its value is the next word
                return args
            continue
        if word in commands or not looks_like_data_file(word):
            return args
        return [*args[:index], "--db", word, *args[index + 1:]]
    return args
