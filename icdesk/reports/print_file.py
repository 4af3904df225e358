"""A document "printed to a file": the PDF icdesk made, its own pages (text, fonts, vectors), written
where the print dialog was told, never a picture of each page."""

from __future__ import annotations

import errno
import os
import shutil
import uuid
from collections.abc import Sequence
from pathlib import Path

from icdesk.domain.errors import StorageError


def write_pages(source: Path, target: Path, pages: Sequence[int] | None = None) -> Path:
    """Write ``pages`` (0-based, in the order given; a page named twice is printed twice, as copies
    are; None: the whole document once) of the PDF ``source`` to ``target``.

    The file appears whole or not at all: it is written beside the target and then put in its
    place in one step, so a full disk or a removed drive leaves any earlier file of that name as it
    was. Every page is kept as icdesk drew it: the text stays text that can be searched and copied.
    """
    source, target = Path(source), Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise StorageError("The document was not printed to a file: the folder {folder} does not exist.",
                           folder=folder)
    partial = folder / f".{target.name}.{uuid.uuid4().hex[:8]}.partial"
    try:
        _write(source, partial, pages)
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise StorageError("The document was not printed to a file: icdesk may not write in the folder "
                               "{folder}. Choose another folder.", folder=folder) from error
        raise StorageError("The document was not printed to a file: {reason}.",
                           reason=error.strerror or error) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _write(source: Path, partial: Path, pages: Sequence[int] | None) -> None:
    if pages is None:
        # the whole document once, in order: the very bytes icdesk made (links, outline, language kept)
        with source.open("rb") as original, partial.open("xb") as copy:
            shutil.copyfileobj(original, copy)
        return
    from pypdf import PdfReader, PdfWriter  # loaded when some pages are printed to a file, not at start

    reader = PdfReader(source)
    count = len(reader.pages)
    writer = PdfWriter()
    for page in pages:
        if not 0 <= page < count:
            raise ValueError(f"page {page + 1} is not in a document of {count} pages")
        writer.add_page(reader.pages[page])  # pypdf copies the page (and its fonts) anew each time it is named
    if reader.metadata:
        writer.add_metadata(dict(reader.metadata))  # title, author, subject: what a viewer shows
    with partial.open("xb") as handle:
        writer.write(handle)
