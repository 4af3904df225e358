"""Read-and-acknowledge: who has read the version in force of each standard that applies to them.

A standard applies to every active person of its own department and of the departments it names
as readers. For each such person it is *current* when they acknowledged a version at or after
the version's ``ack_baseline`` (the last major revision), *outdated* when they acknowledged only
an earlier one, and *missing* when they never did. Nothing about the state is stored: it follows
from the acknowledgements, so publishing a version changes it at once, in SQL.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, Subquery, case, delete, func, insert, select, union
from sqlalchemy.orm import Session, aliased

from icdesk.domain.enums import AckMethod, AckState, StandardStatus
from icdesk.domain.errors import DuplicateError, RuleError, ValidationError
from icdesk.domain.models import (
    Acknowledgement,
    Department,
    Person,
    ServiceStandard,
    StandardVersion,
    TrainingSession,
    standard_readers,
)
from icdesk.domain.rules import TEXT_MAX, check_day, clean_text, one_of
from icdesk.domain.sla import ServiceClock
from icdesk.services.base import ServiceBase, get_or_fail, gone
from icdesk.services.dto import (
    AckCell,
    AckMatrix,
    AckPerson,
    AckRecordRow,
    AckStandard,
    DepartmentAckSummary,
)

CHUNK = 900  # ids per IN (...): below SQLite's limit on bound parameters


@dataclass(frozen=True)
class AckDraft:
    """One person acknowledging one version: typed in, ticked on a returned sheet, or at a training."""

    person_id: int
    version_id: int
    acknowledged_on: date | None = None  # the day it was signed; today when not given
    method: AckMethod = AckMethod.SIGNED_SHEET
    training_id: int | None = None
    note: str = ""


class AckReferences:
    """What the rules about acknowledgements look at, for a batch, read in a few queries."""

    def __init__(self, s: Session, sla: ServiceClock, drafts: Sequence[AckDraft]) -> None:
        version_ids = sorted({d.version_id for d in drafts})
        person_ids = sorted({d.person_id for d in drafts})
        # version -> standard, number, status, title, the day it came into force
        self.versions: dict[int, tuple[int, int, StandardStatus, str, date | None]] = {}
        for start in range(0, len(version_ids), CHUNK):
            for vid, sid, number, status, title, published in s.execute(
                    select(StandardVersion.id, StandardVersion.standard_id, StandardVersion.number,
                           StandardVersion.status, StandardVersion.title, StandardVersion.published_at)
                    .where(StandardVersion.id.in_(version_ids[start:start + CHUNK]))):
                self.versions[vid] = (sid, number, status, title, sla.local_date(published) if published else None)
        self.people: dict[int, tuple[str, bool]] = {}
        self.existing: set[tuple[int, int]] = set()  # (person, version) already acknowledged
        for start in range(0, len(person_ids), CHUNK):
            chunk = person_ids[start:start + CHUNK]
            for pid, name, active in s.execute(select(Person.id, Person.full_name, Person.active)
                                               .where(Person.id.in_(chunk))):
                self.people[pid] = (name, bool(active))
            self.existing |= {(int(p), int(v)) for p, v in s.execute(
                select(Acknowledgement.person_id, Acknowledgement.version_id)
                .where(Acknowledgement.person_id.in_(chunk), Acknowledgement.version_id.in_(version_ids)))}
        training_ids = sorted({d.training_id for d in drafts if d.training_id is not None})
        self.trainings = set(s.scalars(select(TrainingSession.id).where(TrainingSession.id.in_(training_ids))))



def prepare_acknowledgement(refs: AckReferences, now: datetime, today: date, draft: AckDraft) -> dict[str, Any]:
    """Check one acknowledgement against every rule; returns the row to insert."""
    if draft.version_id not in refs.versions:
        raise gone("standard version")
    if draft.person_id not in refs.people:
        raise gone("person")
    standard_id, number, status, title, in_force_on = refs.versions[draft.version_id]
    name, active = refs.people[draft.person_id]
    if status is not StandardStatus.ACTIVE:
        raise RuleError("Only the version in force can be acknowledged; version {n} of “{title}” is {status}.",
                        n=number, title=title, status=status)
    if not active:
        raise RuleError("{full_name} has left the company; only people still here acknowledge standards.",
                        full_name=name)
    if (draft.person_id, draft.version_id) in refs.existing:
        raise DuplicateError("{full_name} has already acknowledged version {n} of “{title}”.", full_name=name,
                             n=number, title=title)
    on = check_day(draft.acknowledged_on, "acknowledged_on") or today
    if on > today:
        raise ValidationError("An acknowledgement cannot be dated in the future.", field="acknowledged_on")
    if in_force_on is not None and on < in_force_on:
        raise ValidationError("Version {n} of “{title}” came into force on {date}; it cannot have been "
                              "acknowledged before.", n=number, title=title, date=in_force_on,
                              field="acknowledged_on")
    method = one_of(AckMethod, draft.method, "method")
    if draft.training_id is not None and draft.training_id not in refs.trainings:
        raise gone("training session")
    note = clean_text(draft.note, "The note", required=False, max_len=TEXT_MAX, field="note")
    refs.existing.add((draft.person_id, draft.version_id))  # a second tick in the same batch is a duplicate
    return dict(person_id=draft.person_id, standard_id=standard_id, version_id=draft.version_id,
                acknowledged_on=on, method=method, training_id=draft.training_id, note=note, recorded_at=now)


def insert_acknowledgements(s: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    statement = insert(Acknowledgement).returning(Acknowledgement.id, sort_by_parameter_order=True)
    ids: list[int] = []
    for start in range(0, len(rows), 500):
        ids += s.scalars(statement, list(rows[start:start + 500]))
    return ids


def acknowledge(s: Session, sla: ServiceClock, now: datetime, today: date,
                drafts: Sequence[AckDraft]) -> list[int]:
    """The one way acknowledgements come into a file: all of them, or none when one breaks a rule."""
    s.flush()  # the rules read versions and people from the file: pending changes go first
    refs = AckReferences(s, sla, drafts)
    return insert_acknowledgements(s, [prepare_acknowledgement(refs, now, today, d) for d in drafts])


# -- who has to acknowledge what ------------------------------------------------------------------

def _applies() -> Subquery:
    """(standard, department): a standard applies to its own department and to its readers."""
    own = select(ServiceStandard.id.label("standard_id"), ServiceStandard.department_id.label("department_id"))
    readers = select(standard_readers.c.standard_id.label("standard_id"),
                     standard_readers.c.department_id.label("department_id"))
    return union(own, readers).subquery("applies")


def _newest_numbers() -> Subquery:
    """Per person and standard, only the highest version number they acknowledged: enough to count."""
    return (
        select(Acknowledgement.person_id, Acknowledgement.standard_id,
               func.max(StandardVersion.number).label("number"))
        .join(StandardVersion, StandardVersion.id == Acknowledgement.version_id)
        .group_by(Acknowledgement.person_id, Acknowledgement.standard_id)
        .subquery("newest")
    )


def _newest_acknowledged() -> Subquery:
    """Per person and standard, their acknowledgement of the highest version: its number, day and how."""
    ranked = (
        select(Acknowledgement.person_id, Acknowledgement.standard_id, StandardVersion.number.label("number"),
               Acknowledgement.acknowledged_on, Acknowledgement.method,
               func.row_number().over(partition_by=(Acknowledgement.person_id, Acknowledgement.standard_id),
                                      order_by=StandardVersion.number.desc()).label("rank"))
        .join(StandardVersion, StandardVersion.id == Acknowledgement.version_id)
        .subquery("ranked")
    )
    return select(ranked).where(ranked.c.rank == 1).subquery("newest")


def state_expr(newest: ColumnElement[int | None], version: type[StandardVersion] = StandardVersion,
               ) -> ColumnElement[str]:
    baseline = func.coalesce(version.ack_baseline, version.number)
    return case((newest.is_(None), AckState.MISSING.value), (newest < baseline, AckState.OUTDATED.value),
                else_=AckState.CURRENT.value)


def requirements(*conditions: ColumnElement[bool], details: bool = True) -> Select[*tuple[Any, ...]]:
    """Every (person, standard in force) that applies, with where the person stands; ``details``
    adds the day and the way of their newest acknowledgement (the grid and the printed list)."""
    return _requirements(details).where(*conditions)


@functools.cache
def _requirements(details: bool) -> Select[*tuple[Any, ...]]:
    # built once and narrowed with .where(): building its subqueries took longer than running it
    applies = _applies()
    newest = _newest_acknowledged() if details else _newest_numbers()
    own = aliased(Department)
    extra = (newest.c.acknowledged_on, newest.c.method) if details else ()
    return (
        select(Person.id.label("person_id"), Person.full_name, Person.department_id, Department.name.label("dept"),
               ServiceStandard.id.label("standard_id"), StandardVersion.id.label("version_id"),
               StandardVersion.number, StandardVersion.title, ServiceStandard.department_id.label("std_dept_id"),
               own.name.label("std_dept"), newest.c.number.label("newest"),
               state_expr(newest.c.number).label("state"), *extra)
        .select_from(Person)
        .join(Department, Department.id == Person.department_id)
        .join(applies, applies.c.department_id == Person.department_id)
        .join(ServiceStandard, ServiceStandard.id == applies.c.standard_id)
        .join(own, own.id == ServiceStandard.department_id)
        .join(StandardVersion, (StandardVersion.standard_id == ServiceStandard.id)
              & (StandardVersion.status == StandardStatus.ACTIVE))
        .outerjoin(newest, (newest.c.person_id == Person.id) & (newest.c.standard_id == ServiceStandard.id))
        .where(Person.active.is_(True), Department.archived_at.is_(None), own.archived_at.is_(None),
               ServiceStandard.archived_at.is_(None))
    )


@functools.cache
def _still_to_sign_query() -> Select[*tuple[Any, ...]]:
    # built once: the dashboard asks after every save, and building this statement cost more than
    # running it
    req = requirements(details=False).subquery()
    return select(
        func.coalesce(func.sum(case((req.c.state == AckState.MISSING.value, 1), else_=0)), 0),
        func.coalesce(func.sum(case((req.c.state == AckState.OUTDATED.value, 1), else_=0)), 0))


def still_to_sign(s: Session) -> tuple[int, int]:
    """(missing, outdated) over the whole company: the dashboard's figure, in one query."""
    missing, outdated = s.execute(_still_to_sign_query()).one()
    return int(missing), int(outdated)


def version_progress(s: Session, sla: ServiceClock, version_id: int) -> tuple[int, list[date]]:
    """For one published version: how many people it applies to now, and for each of them who is
    current, the day they first acknowledged a version that counts for it."""
    version = get_or_fail(s, StandardVersion, version_id, "standard version")
    baseline = version.ack_baseline or version.number
    applies = _applies()
    people = list(s.scalars(
        select(Person.id).join(applies, applies.c.department_id == Person.department_id)
        .join(Department, Department.id == Person.department_id)
        .where(applies.c.standard_id == version.standard_id, Person.active.is_(True),
               Department.archived_at.is_(None)).distinct()))
    firsts: dict[int, date] = {}
    for chunk in _in_chunks(people):
        firsts.update({person: first for person, first in s.execute(
            select(Acknowledgement.person_id, func.min(Acknowledgement.acknowledged_on))
            .join(StandardVersion, StandardVersion.id == Acknowledgement.version_id)
            .where(Acknowledgement.standard_id == version.standard_id, StandardVersion.number >= baseline,
                   Acknowledgement.person_id.in_(chunk))
            .group_by(Acknowledgement.person_id))})
    in_force_on = sla.local_date(version.published_at) if version.published_at else None
    # after a minor revision earlier acknowledgements count from the day the revision took force
    dates = [max(d, in_force_on) if in_force_on else d for d in firsts.values()]
    return len(people), sorted(dates)


def _record_rows(s: Session, *conditions: ColumnElement[bool]) -> list[AckRecordRow]:
    query = (
        select(Acknowledgement, Person.full_name, Department.name, StandardVersion.title, StandardVersion.number,
               TrainingSession.topic)
        .join(Person, Person.id == Acknowledgement.person_id)
        .outerjoin(Department, Department.id == Person.department_id)
        .join(StandardVersion, StandardVersion.id == Acknowledgement.version_id)
        .outerjoin(TrainingSession, TrainingSession.id == Acknowledgement.training_id)
        .where(*conditions)
        .order_by(Acknowledgement.acknowledged_on.desc(), Person.full_name, StandardVersion.title)
    )
    return [AckRecordRow(id=a.id, person_id=a.person_id, person_name=name, department_name=dept or "",
                         standard_id=a.standard_id, standard_title=title, version_number=number,
                         acknowledged_on=a.acknowledged_on, method=a.method, training_topic=topic or "")
            for a, name, dept, title, number, topic in s.execute(query)]


class StatusRow(NamedTuple):
    """One person and one standard in force that applies to them (the printed list, the export).
    A named tuple: the grid of a large company builds thousands of them on every refresh."""

    person_id: int
    person_name: str
    department_id: int
    department_name: str
    standard_id: int
    standard_title: str
    standard_department_id: int
    standard_department: str
    version_id: int
    number: int
    state: AckState
    acknowledged_number: int | None
    acknowledged_on: date | None
    method: AckMethod | None


def _in_chunks(values: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start:start + CHUNK]


class AcknowledgementService(ServiceBase):
    def record(self, draft: AckDraft) -> AckRecordRow:
        with self.db.transaction() as s:
            [ack_id] = acknowledge(s, self.sla, self.clock(), self.today(), [draft])
            return _record_rows(s, Acknowledgement.id == ack_id)[0]

    def record_sheet(self, pairs: Sequence[tuple[int, int]], acknowledged_on: date | None = None,
                     method: AckMethod = AckMethod.SIGNED_SHEET, note: str = "") -> int:
        """A returned sign sheet: every (person, version) ticked, in one transaction; returns how many."""
        drafts = [AckDraft(person_id, version_id, acknowledged_on, method, note=note)
                  for person_id, version_id in pairs]
        if not drafts:
            raise ValidationError("Tick at least one name that was signed.", field="grid")
        with self.db.transaction() as s:
            return len(acknowledge(s, self.sla, self.clock(), self.today(), drafts))

    def withdraw(self, acknowledgement_id: int) -> None:
        """Take back an acknowledgement entered by mistake (a wrong tick on a returned sheet)."""
        with self.db.transaction() as s:
            get_or_fail(s, Acknowledgement, acknowledgement_id, "acknowledgement")
            s.execute(delete(Acknowledgement).where(Acknowledgement.id == acknowledgement_id))

    def records(self, person_id: int | None = None, standard_id: int | None = None) -> list[AckRecordRow]:
        """Acknowledgements as recorded, newest first: a person's or a standard's history."""
        conditions: list[ColumnElement[bool]] = []
        if person_id is not None:
            conditions.append(Acknowledgement.person_id == person_id)
        if standard_id is not None:
            conditions.append(Acknowledgement.standard_id == standard_id)
        with self.db.reading() as s:
            return _record_rows(s, *conditions)

    def still_to_sign(self) -> tuple[int, int]:
        with self.db.reading() as s:
            return still_to_sign(s)

    @staticmethod
    def _conditions(department_ids: Sequence[int] | None, person_id: int | None,
                    text: str) -> list[ColumnElement[bool]]:
        from icdesk.services.base import contains_text

        conditions: list[ColumnElement[bool]] = []
        if department_ids:
            conditions.append(Person.department_id.in_(list(department_ids)))
        if person_id is not None:
            conditions.append(Person.id == person_id)
        if text.strip():
            conditions.append(contains_text(Person.full_name, text))
        return conditions

    def status(self, department_ids: Sequence[int] | None = None, person_id: int | None = None,
               text: str = "") -> list[StatusRow]:
        """Every person x standard in force that applies, by department, person and standard."""
        with self.db.reading() as s:
            rows = s.execute(requirements(*self._conditions(department_ids, person_id, text))).all()
        states = {s.value: s for s in AckState}
        out = [StatusRow(r[0], r[1], r[2], r[3], r[4], r[7], r[8], r[9], r[5], r[6], states[r[11]], r[10], r[12],
                         AckMethod(r[13]) if r[13] else None) for r in rows]
        out.sort(key=lambda r: (r.department_name.casefold(), r.person_name.casefold(),
                                r.standard_department.casefold(), r.standard_title.casefold()))
        return out

    def matrix(self, department_id: int | None = None, text: str = "") -> AckMatrix:
        """People (of one department, or all) x the standards in force that apply to them."""
        conditions = self._conditions([department_id] if department_id is not None else None, None, text)
        with self.db.reading() as s:
            rows = s.execute(requirements(*conditions)).all()
        # straight from the rows: the grid of a large company is thousands of cells, read after every
        # save while it is on screen
        states = {s.value: s for s in AckState}
        methods = {m.value: m for m in AckMethod}
        people: dict[int, AckPerson] = {}
        standards: dict[int, AckStandard] = {}
        cells: dict[tuple[int, int], AckCell] = {}
        for (person, name, dept_id, dept, standard, version, number, title, std_dept_id, std_dept, newest, state,
             on, method) in rows:
            if person not in people:
                people[person] = AckPerson(person, name, dept_id, dept)
            if standard not in standards:
                standards[standard] = AckStandard(standard, version, number, title, std_dept_id, std_dept)
            cells[(person, standard)] = AckCell(person, standard, version, states[state], newest, on,
                                                methods[method] if method else None)
        by_person = sorted(people.values(), key=lambda p: (p.department_name.casefold(), p.full_name.casefold()))
        by_standard = sorted(standards.values(), key=lambda st: (st.department_name.casefold(), st.title.casefold()))
        return AckMatrix(tuple(by_person), tuple(by_standard), cells)

    def summary(self, department_ids: Sequence[int] | None = None) -> list[DepartmentAckSummary]:
        """Per department of the people: how many acknowledgements are current, outdated, missing."""
        req = requirements(*([Person.department_id.in_(list(department_ids))] if department_ids else []),
                           details=False).subquery()
        query = (
            select(req.c.department_id, req.c.dept, func.count(func.distinct(req.c.person_id)), func.count(),
                   func.sum(case((req.c.state == AckState.CURRENT.value, 1), else_=0)),
                   func.sum(case((req.c.state == AckState.OUTDATED.value, 1), else_=0)),
                   func.sum(case((req.c.state == AckState.MISSING.value, 1), else_=0)))
            .group_by(req.c.department_id, req.c.dept)
        )
        with self.db.reading() as s:
            rows = [DepartmentAckSummary(int(d), name, int(p), int(n), int(c or 0), int(o or 0), int(m or 0))
                    for d, name, p, n, c, o, m in s.execute(query)]
        return sorted(rows, key=lambda r: r.department_name.casefold())

    def progress(self, version_id: int) -> tuple[int, int]:
        """(people it applies to now, of whom current) for one version."""
        with self.db.reading() as s:
            required, dates = version_progress(s, self.sla, version_id)
        return required, len(dates)


__all__ = ["AcknowledgementService", "AckDraft", "StatusRow", "acknowledge", "requirements", "still_to_sign",
           "version_progress"]
