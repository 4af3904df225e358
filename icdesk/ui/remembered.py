"""Choices the window remembers between sessions that belong to one data file, not to the PC.

A person's number means someone else in another file: "Done by" is remembered per file and only
offered again if that number still names the same person.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSettings

from icdesk.services import Services


def _key(services: Services, what: str) -> str:
    path = services.db.location if services.db.path is None else str(services.db.path.resolve())
    return f"files/{hashlib.sha1(path.encode('utf-8')).hexdigest()[:16]}/{what}"


def remembered_person(services: Services, what: str) -> int | None:
    value = str(QSettings().value(_key(services, what), "") or "")
    person_id, _, name = value.partition("\t")
    if not person_id.isdigit():
        return None
    found = [p for p in services.people.list() if p.id == int(person_id)]
    return found[0].id if found and found[0].full_name == name else None


def remember_person(services: Services, what: str, person_id: int | None) -> None:
    names = {p.id: p.full_name for p in services.people.list()} if person_id is not None else {}
    value = f"{person_id}\t{names[person_id]}" if person_id in names else ""
    QSettings().setValue(_key(services, what), value)
