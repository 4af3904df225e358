"""How the files icdesk makes beside a data file are named after it."""

from __future__ import annotations

from pathlib import Path

STEM_BYTES = 175  # a file name holds 255 bytes; a backup's adds up to some 75 (stamp, number, label, .partial)


def short_stem(data_file: Path) -> str:
    """The data file's name without its suffix, as the names of its backups and copies begin: cut to
    STEM_BYTES (at a whole letter) so a long but legal file name still leaves room for theirs."""
    stem = data_file.stem
    while len(stem.encode("utf-8", "surrogateescape")) > STEM_BYTES:
        stem = stem[:-1]
    return stem
