"""Folders for documents shown in the window: made when a document is made, removed when it is
no longer shown and, at the latest, when icdesk ends. Company PDFs do not pile up in the temp folder."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

_folders: set[Path] = set()


def new_folder(purpose: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=f"icdesk-{purpose}-"))
    _folders.add(folder)
    return folder


def remove(folder: Path | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
        _folders.discard(folder)


@atexit.register
def remove_all() -> None:
    for folder in list(_folders):
        remove(folder)
