"""Training sessions and cross-training: who learned what, from whom, and when.

A session is given by a department (topic, date, duration, trainer, attendees) and may cover
standards in force; its attendance can record the attendees' acknowledgements of those versions.
Cross-training is one person learning another department's service.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import ColumnElement, delete, exists, func, insert, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from icdesk.domain.enums import AckMethod, StandardStatus
from icdesk.domain.errors import RuleError, ValidationError
from icdesk.domain.models import (
    Acknowledgement,
    CrossTraining,
    Department,
    Person,
    StandardVersion,
    TrainingSession,
    training_attendees,
    training_standards,
)
from icdesk.domain.rules import TEXT_MAX, TITLE_MAX, check_day, clean_text
from icdesk.domain.sla import ServiceClock
from icdesk.services.acknowledgements import AckDraft, acknowledge
from icdesk.services.base import ServiceBase, check_version, contains_text, get_or_fail, optional
from icdesk.services.dto import CrossTrainingRow, TrainingDetail, TrainingRow

MAX_TRAINING_MINUTES = 7 * 24 * 60
SESSION, CROSS = "session", "cross"


@dataclass
class TrainingDraft:
    """What is typed about a training session."""

    topic: str
    held_on: date
    duration_minutes: int
    department_id: int | None
    trainer_id: int | None = None
    attendee_ids: list[int] = field(default_factory=list)
    version_ids: list[int] = field(default_factory=list)  # standards covered: the versions taught
    notes: str = ""
    record_acknowledgements: bool = False  # attending counts as acknowledging the versions covered

    def cleaned(self) -> TrainingDraft:
        duration = self.duration_minutes
        if isinstance(duration, bool) or not isinstance(duration, int) or not 0 < duration <= MAX_TRAINING_MINUTES:
            raise ValidationError("The duration must be more than zero and at most a week.", field="duration")
        if self.department_id is None:
            raise ValidationError("Choose the department that gives the training.", field="department")
        return TrainingDraft(
            topic=clean_text(self.topic, "The topic", required=True, max_len=TITLE_MAX, field="topic",
                             single_line=True),
            held_on=check_day(self.held_on, "held_on", required=True) or self.held_on, duration_minutes=duration,
            department_id=self.department_id,
            trainer_id=self.trainer_id, attendee_ids=list(dict.fromkeys(self.attendee_ids)),
            version_ids=list(dict.fromkeys(self.version_ids)),
            notes=clean_text(self.notes, "The notes", required=False, max_len=TEXT_MAX, field="notes"),
            record_acknowledgements=self.record_acknowledgements,
        )


@dataclass
class CrossTrainingDraft:
    person_id: int | None
    department_id: int | None  # the department whose service the person learned
    learned_on: date
    trainer_id: int | None = None
    session_id: int | None = None
    note: str = ""


def _fill(s: Session, sla: ServiceClock, now: datetime, today: date, session: TrainingSession,
          draft: TrainingDraft) -> int:
    draft = draft.cleaned()
    department = get_or_fail(s, Department, draft.department_id, "department")
    if department.archived_at is not None and department.id != session.department_id:
        raise RuleError("{name} is archived; it cannot give new training.", name=department.name)
    trainer = optional(s, Person, draft.trainer_id, "person")
    if trainer is not None and trainer.id in draft.attendee_ids:
        raise RuleError("{full_name} gives this training and cannot also attend it.", full_name=trainer.full_name,
                        field="attendees")
    attendees = [get_or_fail(s, Person, pid, "person") for pid in draft.attendee_ids]
    for version_id in draft.version_ids:
        get_or_fail(s, StandardVersion, version_id, "standard version")
    if draft.record_acknowledgements and draft.held_on > today:
        raise ValidationError("A session still to come cannot record acknowledgements; record them once it has "
                              "been held.", field="record_acknowledgements")
    session.topic, session.held_on, session.duration_minutes = draft.topic, draft.held_on, draft.duration_minutes
    session.department_id, session.trainer_id, session.notes = department.id, draft.trainer_id, draft.notes
    session.attendees = attendees
    s.add(session)
    s.flush()
    s.execute(delete(training_standards).where(training_standards.c.session_id == session.id))
    if draft.version_ids:
        s.execute(insert(training_standards), [{"session_id": session.id, "version_id": v}
                                                for v in draft.version_ids])
    if not draft.record_acknowledgements:
        return 0
    return len(_acknowledge_attendance(s, sla, now, today, session, draft))


def _acknowledge_attendance(s: Session, sla: ServiceClock, now: datetime, today: date, session: TrainingSession,
                            draft: TrainingDraft) -> list[int]:
    """Each attendee acknowledges each version covered that is in force, unless already done.
    Versions no longer in force are left out: only the version in force is ever acknowledged."""
    in_force = set(s.scalars(select(StandardVersion.id).where(StandardVersion.id.in_(draft.version_ids),
                                                              StandardVersion.status == StandardStatus.ACTIVE)))
    done = {(p, v) for p, v in s.execute(select(Acknowledgement.person_id, Acknowledgement.version_id).where(
        Acknowledgement.person_id.in_(draft.attendee_ids), Acknowledgement.version_id.in_(draft.version_ids)))}
    active = set(s.scalars(select(Person.id).where(Person.id.in_(draft.attendee_ids), Person.active.is_(True))))
    drafts = [AckDraft(person_id, version_id, session.held_on, AckMethod.TRAINING, session.id)
              for person_id in draft.attendee_ids if person_id in active
              for version_id in draft.version_ids if version_id in in_force and (person_id, version_id) not in done]
    return acknowledge(s, sla, now, today, drafts)


def add_training(s: Session, sla: ServiceClock, now: datetime, today: date,
                 draft: TrainingDraft) -> tuple[TrainingSession, int]:
    """The one way a training session comes into a file; returns it and the acknowledgements recorded."""
    session = TrainingSession(created_at=now, notes="")
    recorded = _fill(s, sla, now, today, session, draft)
    return session, recorded


def change_training(s: Session, sla: ServiceClock, now: datetime, today: date, session: TrainingSession,
                    draft: TrainingDraft) -> int:
    before = ({p.id for p in session.attendees}, set(s.scalars(
        select(training_standards.c.version_id).where(training_standards.c.session_id == session.id))))
    recorded = _fill(s, sla, now, today, session, draft)
    if before != (set(draft.attendee_ids), set(draft.version_ids)):
        session.changed_at = now  # only who attended or what was taught changed: still a change
        s.flush()
    return recorded


def _check_cross(s: Session, today: date, draft: CrossTrainingDraft) -> tuple[Person, Department]:
    check_day(draft.learned_on, "learned_on")
    if draft.person_id is None:
        raise ValidationError("Choose who was cross-trained.", field="person")
    if draft.department_id is None:
        raise ValidationError("Choose the department whose service was learned.", field="department")
    person = get_or_fail(s, Person, draft.person_id, "person")
    department = get_or_fail(s, Department, draft.department_id, "department")
    if person.department_id == department.id:
        raise RuleError("{full_name} already works in {department}; cross-training is learning another "
                        "department's service.", full_name=person.full_name, department=department.name,
                        field="department")
    if draft.learned_on > today:
        raise ValidationError("Cross-training is recorded once it has happened; the date cannot be in the future.",
                              field="learned_on")
    trainer = optional(s, Person, draft.trainer_id, "person")
    if trainer is not None and trainer.id == person.id:
        raise RuleError("People cannot cross-train themselves.", field="trainer")
    optional(s, TrainingSession, draft.session_id, "training session")
    return person, department


def add_cross_training(s: Session, now: datetime, today: date, draft: CrossTrainingDraft) -> CrossTraining:
    """The one way a cross-training comes into a file."""
    _check_cross(s, today, draft)
    assert draft.person_id is not None and draft.department_id is not None
    record = CrossTraining(person_id=draft.person_id, department_id=draft.department_id, learned_on=draft.learned_on,
                           trainer_id=draft.trainer_id, session_id=draft.session_id,
                           note=clean_text(draft.note, "The note", required=False, max_len=TEXT_MAX, field="note"),
                           created_at=now)
    s.add(record)
    s.flush()
    return record


def _cross_rows(s: Session, *conditions: ColumnElement[bool]) -> list[CrossTrainingRow]:
    person, trainer = aliased(Person), aliased(Person)
    own, learned = aliased(Department), aliased(Department)
    query = (
        select(CrossTraining, person.full_name, own.name, learned.name, trainer.full_name)
        .join(person, person.id == CrossTraining.person_id)
        .outerjoin(own, own.id == person.department_id)
        .join(learned, learned.id == CrossTraining.department_id)
        .outerjoin(trainer, trainer.id == CrossTraining.trainer_id)
        .where(CrossTraining.archived_at.is_(None), *conditions)
        .order_by(CrossTraining.learned_on.desc(), CrossTraining.id.desc())
    )
    return [CrossTrainingRow(c.id, c.person_id, name, own_name or "", c.department_id, learned_name, c.learned_on,
                             c.trainer_id, trainer_name or "", c.note, c.version)
            for c, name, own_name, learned_name, trainer_name in s.execute(query)]


class TrainingService(ServiceBase):
    def create(self, draft: TrainingDraft) -> tuple[TrainingDetail, int]:
        """A new session; returns it and how many acknowledgements its attendance recorded."""
        with self.db.transaction() as s:
            session, recorded = add_training(s, self.sla, self.clock(), self.today(), draft)
            return self._detail(s, session), recorded

    def update(self, session_id: int, draft: TrainingDraft, *,
               expected_version: int | None = None) -> tuple[TrainingDetail, int]:
        """``expected_version``: the version the form read; someone else's save since is a ConflictError."""
        with self.db.transaction() as s:
            session = get_or_fail(s, TrainingSession, session_id, "training session")
            if session.archived_at is not None:  # archived from another window meanwhile
                raise RuleError("This training session was archived meanwhile; nothing was saved.")
            check_version(session.topic, session.version, session.changed_at, expected_version)
            recorded = change_training(s, self.sla, self.clock(), self.today(), session, draft)
            return self._detail(s, session), recorded

    def archive(self, session_id: int) -> None:
        with self.db.transaction() as s:
            get_or_fail(s, TrainingSession, session_id, "training session").archived_at = self.clock()

    def get(self, session_id: int) -> TrainingDetail:
        with self.db.reading() as s:
            return self._detail(s, get_or_fail(s, TrainingSession, session_id, "training session"))

    @staticmethod
    def _detail(s: Session, session: TrainingSession) -> TrainingDetail:
        department = s.get(Department, session.department_id)
        trainer = s.get(Person, session.trainer_id) if session.trainer_id else None
        departments = {d: name for d, name in s.execute(select(Department.id, Department.name))}
        covered = s.execute(
            select(StandardVersion.id, StandardVersion.title, StandardVersion.number)
            .join(training_standards, training_standards.c.version_id == StandardVersion.id)
            .where(training_standards.c.session_id == session.id).order_by(StandardVersion.title)).all()
        recorded = s.scalar(select(func.count()).where(Acknowledgement.training_id == session.id)) or 0
        attendees = sorted(session.attendees, key=lambda p: p.full_name.casefold())
        return TrainingDetail(
            id=session.id, topic=session.topic, held_on=session.held_on, duration_minutes=session.duration_minutes,
            department_id=session.department_id, department_name=department.name if department else "",
            trainer_id=session.trainer_id, trainer_name=trainer.full_name if trainer else "", notes=session.notes,
            attendee_ids=tuple(p.id for p in attendees), attendee_names=tuple(p.full_name for p in attendees),
            attendee_departments=tuple(departments.get(p.department_id, "") if p.department_id else ""
                                       for p in attendees),
            version_ids=tuple(v for v, _t, _n in covered), standards=tuple(t for _v, t, _n in covered),
            standard_numbers=tuple(n for _v, _t, n in covered),
            acknowledgements=recorded, version=session.version)

    def sessions(self) -> list[TrainingDetail]:
        """Every session not archived, newest first (the attendance sheet picker)."""
        with self.db.reading() as s:
            found = s.scalars(select(TrainingSession).where(TrainingSession.archived_at.is_(None))
                              .options(selectinload(TrainingSession.attendees))
                              .order_by(TrainingSession.held_on.desc(), TrainingSession.id.desc()))
            return [self._detail(s, session) for session in found]

    def history(self, person_id: int | None = None, department_id: int | None = None, kind: str | None = None,
                text: str = "") -> list[TrainingRow]:
        """Sessions and cross-training, newest first: a person's (attended, gave or learned) or a
        department's (gave, or its people attended or learned; or its service was learned)."""
        rows: list[TrainingRow] = []
        with self.db.reading() as s:
            if kind in (None, SESSION):
                rows += self._session_rows(s, person_id, department_id, text)
            if kind in (None, CROSS):
                rows += self._cross_history(s, person_id, department_id, text)
        rows.sort(key=lambda r: (r.on, r.id), reverse=True)
        return rows

    @staticmethod
    def _session_rows(s: Session, person_id: int | None, department_id: int | None, text: str) -> list[TrainingRow]:
        attendee = aliased(Person)
        conditions: list[ColumnElement[bool]] = [TrainingSession.archived_at.is_(None)]
        attended = select(training_attendees.c.session_id).join(attendee, attendee.id == training_attendees.c.person_id)
        if person_id is not None:
            conditions.append(or_(TrainingSession.trainer_id == person_id, exists(attended.where(
                training_attendees.c.session_id == TrainingSession.id, attendee.id == person_id))))
        if department_id is not None:
            conditions.append(or_(TrainingSession.department_id == department_id, exists(attended.where(
                training_attendees.c.session_id == TrainingSession.id, attendee.department_id == department_id))))
        if text.strip():
            conditions.append(contains_text(TrainingSession.topic, text))
        trainer = aliased(Person)
        query = (
            select(TrainingSession, Department.name, trainer.full_name)
            .join(Department, Department.id == TrainingSession.department_id)
            .outerjoin(trainer, trainer.id == TrainingSession.trainer_id)
            .where(*conditions)
            .options(selectinload(TrainingSession.attendees))
        )
        found = s.execute(query).all()
        ids = [t.id for t, _d, _n in found]
        covered: dict[int, list[str]] = {}
        for sid, title in s.execute(select(training_standards.c.session_id, StandardVersion.title)
                                    .join(StandardVersion, StandardVersion.id == training_standards.c.version_id)
                                    .where(training_standards.c.session_id.in_(ids))):
            covered.setdefault(sid, []).append(title)
        acks = {t: n for t, n in s.execute(select(Acknowledgement.training_id, func.count()).where(
            Acknowledgement.training_id.in_(ids)).group_by(Acknowledgement.training_id))}
        return [TrainingRow(SESSION, t.id, t.held_on, t.topic, t.department_id, dept, trainer_name or "",
                            tuple(sorted((p.full_name for p in t.attendees), key=str.casefold)), t.duration_minutes,
                            tuple(sorted(covered.get(t.id, []))), int(acks.get(t.id, 0)))
                for t, dept, trainer_name in found]

    @staticmethod
    def _cross_history(s: Session, person_id: int | None, department_id: int | None, text: str) -> list[TrainingRow]:
        learner = aliased(Person)
        conditions: list[ColumnElement[bool]] = []
        if person_id is not None:
            conditions.append(or_(CrossTraining.person_id == person_id, CrossTraining.trainer_id == person_id))
        if department_id is not None:
            conditions.append(or_(CrossTraining.department_id == department_id, exists(
                select(learner.id).where(learner.id == CrossTraining.person_id,
                                         learner.department_id == department_id))))
        rows = _cross_rows(s, *conditions)
        if text.strip():
            needle = text.strip().casefold()
            rows = [r for r in rows if needle in r.department_name.casefold() or needle in r.person_name.casefold()]
        return [TrainingRow(CROSS, r.id, r.learned_on, r.department_name, r.department_id, r.department_name,
                            r.trainer_name, (r.person_name,), None) for r in rows]

    # -- cross-training ------------------------------------------------------------------------
    def cross_train(self, draft: CrossTrainingDraft) -> CrossTrainingRow:
        with self.db.transaction() as s:
            record = add_cross_training(s, self.clock(), self.today(), draft)
            return _cross_rows(s, CrossTraining.id == record.id)[0]

    def update_cross(self, cross_id: int, draft: CrossTrainingDraft, *,
                     expected_version: int | None = None) -> CrossTrainingRow:
        with self.db.transaction() as s:
            record = get_or_fail(s, CrossTraining, cross_id, "cross-training")
            if record.archived_at is not None:
                raise RuleError("This cross-training was archived meanwhile; nothing was saved.")
            learner = get_or_fail(s, Person, record.person_id, "person")
            check_version(learner.full_name, record.version, record.changed_at, expected_version)
            _check_cross(s, self.today(), draft)
            assert draft.person_id is not None and draft.department_id is not None
            record.person_id, record.department_id, record.learned_on = (draft.person_id, draft.department_id,
                                                                         draft.learned_on)
            record.trainer_id, record.session_id = draft.trainer_id, draft.session_id
            record.note = clean_text(draft.note, "The note", required=False, max_len=TEXT_MAX, field="note")
            s.flush()
            return _cross_rows(s, CrossTraining.id == record.id)[0]

    def archive_cross(self, cross_id: int) -> None:
        with self.db.transaction() as s:
            get_or_fail(s, CrossTraining, cross_id, "cross-training").archived_at = self.clock()

    def cross_get(self, cross_id: int) -> CrossTrainingRow:
        with self.db.reading() as s:
            get_or_fail(s, CrossTraining, cross_id, "cross-training")
            return _cross_rows(s, CrossTraining.id == cross_id)[0]

    def cross_trainings(self, person_id: int | None = None, department_id: int | None = None
                        ) -> list[CrossTrainingRow]:
        conditions: list[ColumnElement[bool]] = []
        if person_id is not None:
            conditions.append(CrossTraining.person_id == person_id)
        if department_id is not None:
            conditions.append(CrossTraining.department_id == department_id)
        with self.db.reading() as s:
            return _cross_rows(s, *conditions)


__all__ = ["TrainingService", "TrainingDraft", "CrossTrainingDraft", "add_training", "change_training",
           "add_cross_training", "SESSION", "CROSS"]
