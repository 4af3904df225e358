"""Handbook editions: issuing one, and what changed in the standards since the last."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from icdesk.domain.errors import RuleError
from icdesk.domain.models import Department, HandbookEdition, ServiceStandard, StandardVersion
from icdesk.domain.rules import document_id
from icdesk.services.base import ServiceBase
from icdesk.services.dto import EditionChange, EditionRow


def _row(edition: HandbookEdition) -> EditionRow:
    return EditionRow(edition.id, edition.number, edition.issued_on, edition.issued_at)


def add_edition(s: Session, now: datetime, today: date, number: int) -> HandbookEdition:
    """The one way an edition is recorded: the next number, issued now."""
    latest = s.scalar(select(func.max(HandbookEdition.number))) or 0
    if number != latest + 1:
        raise RuleError("Edition {number} of the handbook has already been issued; make the handbook again to "
                        "issue edition {next}.", number=latest, next=latest + 1)
    edition = HandbookEdition(number=number, issued_on=today, issued_at=now)
    s.add(edition)
    s.flush()
    return edition


# (standard id) -> (version id, version number, effective on, change note)
InForce = dict[int, tuple[int, int, date | None, str]]


def _in_force(s: Session, at: datetime | None, department_ids: list[int] | None) -> InForce:
    """The version of each standard in force at an instant, or now when ``at`` is None."""
    query = select(StandardVersion.standard_id, StandardVersion.id, StandardVersion.number,
                   StandardVersion.effective_on, StandardVersion.change_note).join(ServiceStandard)
    if at is None:
        query = query.where(StandardVersion.retired_at.is_(None), StandardVersion.published_at.is_not(None),
                            ServiceStandard.archived_at.is_(None))
    else:
        query = query.where(StandardVersion.published_at <= at,
                            or_(StandardVersion.retired_at.is_(None), StandardVersion.retired_at > at),
                            or_(ServiceStandard.archived_at.is_(None), ServiceStandard.archived_at > at))
    if department_ids is not None:
        query = query.where(ServiceStandard.department_id.in_(department_ids))
    return {standard: (version, number, effective, note) for standard, version, number, effective, note
            in s.execute(query)}


class EditionService(ServiceBase):
    def latest(self) -> EditionRow | None:
        with self.db.reading() as s:
            edition = s.scalars(select(HandbookEdition).order_by(HandbookEdition.number.desc()).limit(1)).first()
            return _row(edition) if edition else None

    def all(self) -> list[EditionRow]:
        with self.db.reading() as s:
            return [_row(e) for e in s.scalars(select(HandbookEdition).order_by(HandbookEdition.number))]

    def issue(self, number: int, at: datetime | None = None, then: Callable[[], None] | None = None) -> EditionRow:
        """Record edition ``number`` (the next one) as issued at ``at`` (now).

        ``then`` runs before the commit (e.g. putting the edition's PDF in place): if it fails,
        no edition is recorded.
        """
        at = at or self.clock()
        with self.db.transaction() as s:
            edition = _row(add_edition(s, at, self.sla.today(at), number))
            self.check_something_to_issue()  # (read apart: the edition just added is not among them yet)
            if then is not None:
                then()
            return edition

    def check_something_to_issue(self) -> None:
        """A new edition says the standards changed: one with nothing changed since the last used up a
        number for a copy of it (three "editions" in minutes, each saying nothing had changed)."""
        latest = self.latest()
        if latest is not None and not self.changes_since(latest.issued_at):
            raise RuleError("No service standard has changed since edition {n} of {date}: it is still the current "
                            "edition. Print it again without \u201cIssue as a new edition\u201d.",
                            n=latest.number, date=latest.issued_on)

    def changes_since(self, since: datetime | None, department_ids: list[int] | None = None) -> list[EditionChange]:
        """Standards new, revised or withdrawn since an instant (all in force now when None)."""
        with self.db.reading() as s:
            before = _in_force(s, since, department_ids) if since is not None else {}
            now = _in_force(s, None, department_ids)
            names = {sid: (code, number, dept, title) for sid, code, number, dept, title in s.execute(
                select(ServiceStandard.id, Department.code, ServiceStandard.number, Department.name,
                       StandardVersion.title)
                .join(Department, Department.id == ServiceStandard.department_id)
                .join(StandardVersion, StandardVersion.standard_id == ServiceStandard.id)
                .where(StandardVersion.id.in_([v[0] for v in (*before.values(), *now.values())])))}
        changes = []
        for standard in before.keys() | now.keys():
            old, new = before.get(standard), now.get(standard)
            if old and new and old[0] == new[0]:
                continue
            kind = "revised" if old and new else "new" if new else "withdrawn"
            code, number, department, title = names[standard]
            changes.append(EditionChange(
                kind=kind, document_id=document_id(code, number), title=title, department_name=department,
                old_version=old[1] if old else None, new_version=new[1] if new else None,
                effective_on=new[2] if new else None, change_note=new[3] if new else ""))
        return sorted(changes, key=lambda c: (c.department_name.casefold(), c.document_id))
