"""The ideas board: anyone's idea for better cooperation between two or more departments.

Ideas are proposed, tried, then adopted or declined with a reason; colleagues support them. An
idea can open a corrective action or the revision of a standard. An anonymous idea keeps no trace
of who proposed it (the same rule, and the same CHECK constraint, as anonymous feedback).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session, aliased

from icdesk.domain.enums import IdeaStatus
from icdesk.domain.errors import DuplicateError, RuleError, ValidationError
from icdesk.domain.models import (
    CorrectiveAction,
    Department,
    Idea,
    IdeaSupport,
    Person,
    ServiceStandard,
    StandardVersion,
    idea_departments,
)
from icdesk.domain.rules import TEXT_MAX, TITLE_MAX, check_day, check_idea_transition, clean_text, one_of, utcnow
from icdesk.services.actions import ActionService, open_action
from icdesk.services.base import (
    ServiceBase,
    archived,
    at_work,
    check_version,
    contains_text,
    get_or_fail,
    still_here,
)
from icdesk.services.dto import ActionRow, IdeaRow, StandardVersionDetail
from icdesk.services.standards import revise_standard

OPEN_IDEAS = (IdeaStatus.PROPOSED, IdeaStatus.UNDER_TRIAL)


@dataclass
class IdeaDraft:
    title: str
    description: str = ""
    department_ids: list[int] = field(default_factory=list)  # the departments that would work together
    author_id: int | None = None
    author_department_id: int | None = None
    anonymous: bool = False
    proposed_on: date | None = None


def _departments(s: Session, department_ids: list[int]) -> list[Department]:
    chosen = [get_or_fail(s, Department, d, "department") for d in dict.fromkeys(department_ids)]
    if len(chosen) < 2:
        raise ValidationError("An idea for working better together names at least two departments.",
                              field="departments")
    return chosen


def _text(draft: IdeaDraft) -> tuple[str, str]:
    return (clean_text(draft.title, "The idea", required=True, max_len=TITLE_MAX, field="title", single_line=True),
            clean_text(draft.description, "The description", required=False, max_len=TEXT_MAX, field="description"))


def propose_idea(s: Session, now: datetime, today: date, draft: IdeaDraft) -> Idea:
    """The one way an idea comes into a file. Anonymous: who proposed it is never stored."""
    title, description = _text(draft)
    departments = _departments(s, draft.department_ids)
    proposed_on = check_day(draft.proposed_on, "proposed_on") or today
    if proposed_on > today:
        raise ValidationError("An idea cannot be proposed in the future.", field="proposed_on")
    for department in departments:
        if department.archived_at is not None:
            raise archived(department.name, "departments")
    author = still_here(s, draft.author_id, "author")
    author_department_id = draft.author_department_id or (author.department_id if author else None)
    at_work(s, author_department_id, "author_department")
    idea = Idea(title=title, description=description, proposed_on=proposed_on, anonymous=bool(draft.anonymous),
                # anonymous: checked above, then forgotten, never stored
                author_id=None if draft.anonymous else draft.author_id,
                author_department_id=None if draft.anonymous else author_department_id,
                status=IdeaStatus.PROPOSED, status_note="", created_at=now)
    idea.departments = departments
    s.add(idea)
    s.flush()
    return idea


def change_idea(s: Session, idea: Idea, draft: IdeaDraft) -> None:
    """Its words and departments; who proposed it (or that nobody is to know) stays as it was."""
    idea.title, idea.description = _text(draft)
    before = {d.id for d in idea.departments}
    idea.departments = _departments(s, draft.department_ids)
    if {d.id for d in idea.departments} != before:
        idea.changed_at = utcnow()  # only its departments changed: still a change, its version goes up


def set_idea_status(idea: Idea, today: date, status: IdeaStatus, note: str = "") -> None:
    status = one_of(IdeaStatus, status, "status")
    note = clean_text(note, "The reason", required=False, max_len=TEXT_MAX, field="status_note")
    check_idea_transition(idea.status, status)
    if status is IdeaStatus.DECLINED and not note:
        raise ValidationError("Say why the idea is declined: whoever proposed and supported it deserves the reason.",
                              field="status_note")
    idea.status, idea.status_note, idea.decided_on = status, note, today


def support_idea(s: Session, today: date, idea: Idea, person_id: int | None) -> None:
    if person_id is None:
        raise ValidationError("Choose who supports the idea.", field="person")
    person = get_or_fail(s, Person, person_id, "person")
    if idea.status not in OPEN_IDEAS:
        raise RuleError("This idea is {status}; support is given while it is proposed or on trial.",
                        status=idea.status)
    if idea.author_id == person.id:
        raise RuleError("{full_name} proposed this idea; support comes from others.", full_name=person.full_name)
    if s.get(IdeaSupport, (idea.id, person.id)) is not None:
        raise DuplicateError("{full_name} already supports this idea.", full_name=person.full_name)
    s.add(IdeaSupport(idea_id=idea.id, person_id=person.id, supported_on=today))
    s.flush()


def _rows(s: Session, *conditions: ColumnElement[bool]) -> list[IdeaRow]:
    author_dept = aliased(Department)
    query = (
        select(Idea, Person.full_name, author_dept.name)
        .outerjoin(Person, Person.id == Idea.author_id)
        .outerjoin(author_dept, author_dept.id == Idea.author_department_id)
        .where(Idea.archived_at.is_(None), *conditions)
        .order_by(Idea.proposed_on.desc(), Idea.id.desc())
    )
    found = s.execute(query).all()
    ids = [i.id for i, _a, _d in found]
    departments: dict[int, list[tuple[int, str]]] = {}
    supporters: dict[int, list[str]] = {}
    actions: dict[int, list[int]] = {}
    revisions: dict[int, list[tuple[str, int]]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        for idea_id, dept_id, name in s.execute(
                select(idea_departments.c.idea_id, Department.id, Department.name)
                .join(Department, Department.id == idea_departments.c.department_id)
                .where(idea_departments.c.idea_id.in_(chunk)).order_by(Department.name_key)):
            departments.setdefault(idea_id, []).append((dept_id, name))
        for idea_id, name in s.execute(select(IdeaSupport.idea_id, Person.full_name)
                                       .join(Person, Person.id == IdeaSupport.person_id)
                                       .where(IdeaSupport.idea_id.in_(chunk)).order_by(Person.full_name)):
            supporters.setdefault(idea_id, []).append(name)
        for idea_id, action_id in s.execute(select(CorrectiveAction.idea_id, CorrectiveAction.id)
                                            .where(CorrectiveAction.idea_id.in_(chunk))):
            actions.setdefault(int(idea_id), []).append(action_id)  # type: ignore[arg-type]
        for idea_id, title, number in s.execute(select(StandardVersion.idea_id, StandardVersion.title,
                                                       StandardVersion.number)
                                                .where(StandardVersion.idea_id.in_(chunk))):
            revisions.setdefault(int(idea_id), []).append((title, number))  # type: ignore[arg-type]
    return [IdeaRow(
        id=i.id, title=i.title, description=i.description, proposed_on=i.proposed_on, anonymous=i.anonymous,
        author_name=author or "", author_department_name=author_dept_name or "", status=i.status,
        status_note=i.status_note, decided_on=i.decided_on,
        department_ids=tuple(d for d, _n in departments.get(i.id, [])),
        department_names=tuple(n for _d, n in departments.get(i.id, [])),
        supporters=len(supporters.get(i.id, [])), supporter_names=tuple(supporters.get(i.id, [])),
        action_ids=tuple(actions.get(i.id, [])), revisions=tuple(revisions.get(i.id, [])), version=i.version,
    ) for i, author, author_dept_name in found]


def _live_idea(s: Session, idea_id: int, expected_version: int | None = None) -> Idea:
    idea = get_or_fail(s, Idea, idea_id, "idea")
    if idea.archived_at is not None:  # archived from another window while this one had it open
        raise RuleError("This idea was archived meanwhile; nothing was saved.")
    check_version(idea.title, idea.version, idea.changed_at, expected_version)
    return idea


class IdeaService(ServiceBase):
    def propose(self, draft: IdeaDraft) -> IdeaRow:
        with self.db.transaction() as s:
            return _rows(s, Idea.id == propose_idea(s, self.clock(), self.today(), draft).id)[0]

    def update(self, idea_id: int, draft: IdeaDraft, *, expected_version: int | None = None) -> IdeaRow:
        """``expected_version``: the version the form read; someone else's save since is a ConflictError."""
        with self.db.transaction() as s:
            idea = _live_idea(s, idea_id, expected_version)
            change_idea(s, idea, draft)
            s.flush()
            return _rows(s, Idea.id == idea.id)[0]

    def set_status(self, idea_id: int, status: IdeaStatus, note: str = "", *,
                   expected_version: int | None = None) -> IdeaRow:
        with self.db.transaction() as s:
            idea = _live_idea(s, idea_id, expected_version)
            set_idea_status(idea, self.today(), status, note)
            s.flush()
            return _rows(s, Idea.id == idea.id)[0]

    def support(self, idea_id: int, person_id: int | None) -> IdeaRow:
        with self.db.transaction() as s:
            idea = _live_idea(s, idea_id)
            support_idea(s, self.today(), idea, person_id)
            return _rows(s, Idea.id == idea.id)[0]

    def archive(self, idea_id: int) -> None:
        with self.db.transaction() as s:
            get_or_fail(s, Idea, idea_id, "idea").archived_at = self.clock()

    def get(self, idea_id: int) -> IdeaRow:
        with self.db.reading() as s:
            get_or_fail(s, Idea, idea_id, "idea")
            return _rows(s, Idea.id == idea_id)[0]

    def list(self, status: IdeaStatus | None = None, department_id: int | None = None, text: str = "",
             open_only: bool = False) -> list[IdeaRow]:
        conditions: list[ColumnElement[bool]] = []
        if status is not None:
            conditions.append(Idea.status == status)
        if open_only:
            conditions.append(Idea.status.in_(OPEN_IDEAS))
        if department_id is not None:
            conditions.append(exists(select(idea_departments.c.idea_id).where(
                idea_departments.c.idea_id == Idea.id, idea_departments.c.department_id == department_id)))
        if text.strip():
            conditions.append(contains_text(Idea.title, text) | contains_text(Idea.description, text))
        with self.db.reading() as s:
            return _rows(s, *conditions)

    def count_open(self) -> int:
        with self.db.reading() as s:
            return int(s.scalar(select(func.count()).where(Idea.status.in_(OPEN_IDEAS),
                                                           Idea.archived_at.is_(None))) or 0)

    def open_action(self, idea_id: int, description: str, due_on: date, owner_id: int | None = None,
                    department_id: int | None = None) -> ActionRow:
        """A corrective action that puts the idea into practice, linked to it."""
        with self.db.transaction() as s:
            idea = _live_idea(s, idea_id)
            action = open_action(s, self.clock(), self.today(), description, due_on, owner_id,
                                 department_id=department_id, idea_id=idea.id)
            s.flush()
            action_id = action.id
        return ActionService(self.ctx).get(action_id)

    def revise_standard(self, idea_id: int, standard_id: int, change_note: str) -> StandardVersionDetail:
        """The draft revision of a standard that the idea asks for, linked to the idea."""
        from icdesk.services.standards import StandardService

        with self.db.transaction() as s:
            idea = _live_idea(s, idea_id)
            standard = get_or_fail(s, ServiceStandard, standard_id, "standard")
            draft_id = revise_standard(s, self.clock(), standard, change_note, idea=idea).id
        return StandardService(self.ctx).version(draft_id)


__all__ = ["IdeaService", "IdeaDraft", "propose_idea", "change_idea", "set_idea_status", "support_idea"]
