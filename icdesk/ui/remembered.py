"""What the window remembers between sessions.

Choices that belong to one data file, not to the PC: a person's number means someone else in
another file, so "Done by" is remembered per file and only offered again if that number still names
the same person; so are a screen's choices that name records (the Reports screen's document, its
period and departments). Sizes belong to the PC and its screen: the size a dialog was last given, the widths
a list's columns were dragged to.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSize
from PySide6.QtWidgets import QHeaderView, QTableView

if TYPE_CHECKING:  # ui/forms imports this module: a form must not load the database code with it
    from icdesk.services import Services


def _key(services: Services, what: str) -> str:
    path = services.db.location if services.db.path is None else str(services.db.path.resolve())
    return f"files/{hashlib.sha1(path.encode('utf-8')).hexdigest()[:16]}/{what}"


def remembered_person(services: Services, what: str) -> int | None:
    value = str(QSettings().value(_key(services, what), "") or "")
    person_id, _, name = value.partition("\t")
    if not person_id.isdecimal():
        return None
    found = [p for p in services.people.list() if p.id == int(person_id)]
    return found[0].id if found and found[0].full_name == name else None


def remember_person(services: Services, what: str, person_id: int | None) -> None:
    names = {p.id: p.full_name for p in services.people.list()} if person_id is not None else {}
    value = f"{person_id}\t{names[person_id]}" if person_id in names else ""
    QSettings().setValue(_key(services, what), value)


def remembered_choices(services: Services, what: str) -> dict[str, object]:
    """A screen's choices kept for this data file; empty when none are, or when what is kept cannot
    be read (a settings file edited by hand): the screen then starts as it always did."""
    try:
        value = json.loads(str(QSettings().value(_key(services, what), "") or "{}"))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def remember_choices(services: Services, what: str, choices: Mapping[str, object]) -> None:
    QSettings().setValue(_key(services, what), json.dumps(dict(choices), sort_keys=True))


# -- sizes: they belong to this PC and its screen, not to a data file ------------------------------

def remembered_size(what: str) -> QSize | None:
    value = QSettings().value(f"sizes/{what}")
    return value if isinstance(value, QSize) and value.isValid() else None


def remember_size(what: str, size: QSize) -> None:
    QSettings().setValue(f"sizes/{what}", size)


class RememberedColumns(QObject):
    """The widths a person dragged a list's columns to, kept for the next time (per list). Only
    columns dragged by hand: the others keep sharing the room as the list does by itself."""

    def __init__(self, table: QTableView, what: str) -> None:
        super().__init__(table)
        self.header = table.horizontalHeader()
        self.key = f"columns/{what}"
        self._dragging = False
        stored = QSettings().value(self.key, "")
        self.widths: dict[int, int] = {}
        for pair in str(stored or "").split(","):
            column, _, width = pair.partition(":")
            if column.isdecimal() and width.isdecimal():
                self.widths[int(column)] = int(width)
        self.header.viewport().installEventFilter(self)
        self.header.sectionResized.connect(self._on_header_section_resized)

    def apply(self) -> None:
        """Give the dragged columns their widths again (after the list sized its columns itself)."""
        for column, width in self.widths.items():
            if column < self.header.count() and \
                    self.header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                self.header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.MouseButtonPress:
            self._dragging = True
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self._dragging = False
        return False

    def _on_header_section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._dragging:
            return
        self.widths[column] = new
        QSettings().setValue(self.key, ",".join(f"{c}:{w}" for c, w in sorted(self.widths.items())))
