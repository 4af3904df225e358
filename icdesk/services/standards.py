"""SOP service standards: drafting, review and approval, putting versions in force, retiring, listing.

A version goes draft -> in review (sent to a named approver: the head of the department or the
owner-manager) -> approved (the approver says whether it is a minor or a major revision) ->
active. A minor revision keeps earlier acknowledgements current; a major one asks everyone to
acknowledge again (see ``ack_baseline`` and icdesk.services.acknowledgements).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, aliased, object_session, selectinload

from icdesk.domain.enums import PENDING_STANDARD_STATUSES, PersonKind, RevisionKind, StandardStatus
from icdesk.domain.errors import DuplicateError, RuleError, TransitionError, ValidationError
from icdesk.domain.models import (
    CorrectiveAction,
    Department,
    Idea,
    Person,
    ServiceStandard,
    StandardStep,
    StandardVersion,
    TrainingSession,
    training_standards,
)
from icdesk.domain.rules import (
    TEXT_MAX,
    TITLE_MAX,
    check_day,
    check_standard_publishable,
    check_target_minutes,
    clean_text,
    document_id,
    name_key,
    utcnow,
)
from icdesk.services.base import (
    ServiceBase,
    at_work,
    check_version,
    contains_text,
    get_or_fail,
    optional,
)
from icdesk.services.dashboard_sql import REVIEW_REMINDER_DAYS
from icdesk.services.dto import ApproverChoice, Revision, StandardControl, StandardRow, StandardVersionDetail


@dataclass
class StandardContent:
    """What the manager writes in a standard; the same for a new one and a draft edit."""

    title: str
    purpose: str = ""
    serves: str = ""
    steps: list[str] = field(default_factory=list)
    first_response_minutes: int | None = None
    resolution_minutes: int | None = None
    owner_id: int | None = None
    effective_on: date | None = None
    next_review_on: date | None = None
    change_note: str = ""

    def cleaned(self) -> StandardContent:
        if isinstance(self.steps, str):  # one text would be read letter by letter, a step each
            raise ValidationError("Write each step on a line of its own.", field="steps")
        steps = [clean_text(step, f"Step {i}", required=False, max_len=TEXT_MAX, field="steps")
                 for i, step in enumerate(self.steps, start=1)]
        content = StandardContent(
            title=clean_text(self.title, "The title", required=True, max_len=TITLE_MAX, field="title",
                             single_line=True),
            purpose=clean_text(self.purpose, "The purpose", required=False, max_len=TEXT_MAX, field="purpose"),
            serves=clean_text(self.serves, "Who it serves", required=False, max_len=TEXT_MAX, field="serves"),
            steps=[step for step in steps if step],
            first_response_minutes=check_target_minutes(
                self.first_response_minutes, "The first-response target", "first_response_minutes"
            ),
            resolution_minutes=check_target_minutes(self.resolution_minutes, "The resolution target",
                                                    "resolution_minutes"),
            owner_id=self.owner_id,
            effective_on=check_day(self.effective_on, "effective_on"),
            next_review_on=check_day(self.next_review_on, "next_review_on"),
            change_note=clean_text(self.change_note, "The change note", required=False, max_len=TEXT_MAX,
                                   field="change_note"),
        )
        if (content.first_response_minutes and content.resolution_minutes
                and content.first_response_minutes > content.resolution_minutes):
            raise ValidationError(
                "The first response cannot be due after the resolution; lower the first-response target.",
                field="first_response_minutes",
            )
        if content.effective_on and content.next_review_on and content.next_review_on <= content.effective_on:
            raise ValidationError("The next review must come after the date the standard takes effect.",
                                  field="next_review_on")
        return content


def _apply(version: StandardVersion, content: StandardContent) -> None:
    version.title = content.title
    version.purpose = content.purpose
    version.serves = content.serves
    version.first_response_minutes = content.first_response_minutes
    version.resolution_minutes = content.resolution_minutes
    version.owner_id = content.owner_id
    version.effective_on = content.effective_on
    version.next_review_on = content.next_review_on
    version.change_note = content.change_note
    if [step.text for step in version.steps] == content.steps:
        return
    session = object_session(version)
    if version.steps and session is not None:
        # delete the old steps first: (version, position) is unique, and the unit of work
        # would otherwise insert the new step 1 before deleting the old one
        version.steps.clear()
        session.flush()
    version.steps = [StandardStep(position=i, text=text) for i, text in enumerate(content.steps, start=1)]


def _detail(s: Session, version: StandardVersion) -> StandardVersionDetail:
    department = s.get(Department, version.standard.department_id)
    owner = s.get(Person, version.owner_id) if version.owner_id else None
    approver = s.get(Person, version.approver_id) if version.approver_id else None
    readers = sorted(version.standard.readers, key=lambda d: d.name_key)
    return StandardVersionDetail(
        id=version.id,
        standard_id=version.standard_id,
        number=version.number,
        status=version.status,
        department_id=version.standard.department_id,
        department_name=department.name if department else "",
        title=version.title,
        purpose=version.purpose,
        serves=version.serves,
        steps=tuple(step.text for step in version.steps),
        first_response_minutes=version.first_response_minutes,
        resolution_minutes=version.resolution_minutes,
        owner_id=version.owner_id,
        owner_name=owner.full_name if owner else "",
        effective_on=version.effective_on,
        next_review_on=version.next_review_on,
        change_note=version.change_note,
        published_at=version.published_at,
        retired_at=version.retired_at,
        document_id=document_id(department.code, version.standard.number) if department else "",
        approver_id=version.approver_id,
        approver_name=approver.full_name if approver else "",
        submitted_at=version.submitted_at,
        approved_at=version.approved_at,
        revision=version.revision,
        review_note=version.review_note or "",
        action_id=version.action_id,
        idea_id=version.idea_id,
        reader_ids=tuple(d.id for d in readers),
        reader_names=tuple(d.name for d in readers),
        version=version.version,
    )


def add_standard(s: Session, now: datetime, department_id: int, content: StandardContent,
                 reader_ids: list[int] | None = None) -> StandardVersion:
    """The one way a standard comes into a file: a draft version 1 of a new standard."""
    content = content.cleaned()
    department = get_or_fail(s, Department, department_id, "department")
    if department.archived_at is not None:
        raise RuleError("{name} is archived; it cannot get new service standards.", name=department.name)
    optional(s, Person, content.owner_id, "owner")
    _check_title_free(s, department, content.title)
    # the next number in the department, never reused: archived standards keep theirs
    number = (s.scalar(select(func.max(ServiceStandard.number)).where(
        ServiceStandard.department_id == department_id)) or 0) + 1
    standard = ServiceStandard(department_id=department_id, number=number, created_at=now)
    version = StandardVersion(number=1, status=StandardStatus.DRAFT, created_at=now)
    _apply(version, content)
    standard.versions.append(version)
    s.add(standard)
    if reader_ids:
        set_readers(s, standard, reader_ids)
    s.flush()
    return version


def _check_title_free(s: Session, department: Department, title: str, own_standard_id: int | None = None) -> None:
    """Two standards of one department whose titles differ only in capitals ("Room check", "ROOM CHECK")
    cannot be told apart on a request, a sign sheet or an import row."""
    key = name_key(title)
    latest: dict[int, tuple[int, str]] = {}
    for standard_id, number, other in s.execute(
            select(StandardVersion.standard_id, StandardVersion.number, StandardVersion.title)
            .join(ServiceStandard, ServiceStandard.id == StandardVersion.standard_id)
            .where(ServiceStandard.department_id == department.id, ServiceStandard.id != (own_standard_id or 0))):
        if standard_id not in latest or number > latest[standard_id][0]:
            latest[standard_id] = (number, other)
    for _number, other in latest.values():
        if name_key(other) == key:
            raise DuplicateError("{name} already has a standard called “{title}”; open that one, or give this one "
                                 "another title.", name=department.name, title=other, field="title")


def set_readers(s: Session, standard: ServiceStandard, department_ids: list[int]) -> None:
    """The departments besides its own whose people must read and acknowledge the standard.
    Changing them needs no new version: who reads a standard is not what it says."""
    chosen = []
    for department_id in dict.fromkeys(department_ids):
        if department_id == standard.department_id:
            continue  # its own people read it anyway
        chosen.append(get_or_fail(s, Department, department_id, "department"))
    standard.readers = chosen


def edit_draft(s: Session, version: StandardVersion, content: StandardContent) -> None:
    content = content.cleaned()
    if version.status in (StandardStatus.IN_REVIEW, StandardStatus.APPROVED):
        raise TransitionError("This version is with its approver; send it back to draft to change it.")
    if version.status is not StandardStatus.DRAFT:
        raise TransitionError("A published version cannot be edited; make a new version and publish it instead.")
    optional(s, Person, content.owner_id, "owner")
    if name_key(content.title) != name_key(version.title):
        _check_title_free(s, version.standard.department, content.title, version.standard_id)
    _apply(version, content)
    version.changed_at = utcnow()  # the row changes even when only its steps did: its version goes up


def eligible_approvers(s: Session, department_id: int) -> list[ApproverChoice]:
    """Who may approve a department's standards: its head, and the owner-manager(s)."""
    department = get_or_fail(s, Department, department_id, "department")
    choices: list[ApproverChoice] = []
    head = s.get(Person, department.head_id) if department.head_id else None
    if head is not None and head.active:
        choices.append(ApproverChoice(head.id, head.full_name, True))
    for person in s.scalars(select(Person).where(Person.kind == PersonKind.OWNER, Person.active.is_(True))
                            .order_by(Person.full_name)):
        if head is None or person.id != head.id:
            choices.append(ApproverChoice(person.id, person.full_name, False))
    return choices


def _check_approver(s: Session, version: StandardVersion, approver_id: int | None) -> Person:
    if approver_id is None:
        raise ValidationError("Choose who approves this version: the head of department or the owner-manager.",
                              field="approver")
    person = get_or_fail(s, Person, approver_id, "person")
    department = get_or_fail(s, Department, version.standard.department_id, "department")
    if not person.active:  # still named head of the department, but gone: "is neither" told nothing
        raise RuleError("{full_name} has left; name another approver (and a new head of {department} under "
                        "Departments & People).", full_name=person.full_name, department=department.name,
                        field="approver")
    if approver_id not in {c.person_id for c in eligible_approvers(s, department.id)}:
        raise RuleError("Only the head of {department} or the owner-manager can approve its standards; "
                        "{full_name} is neither.", department=department.name, full_name=person.full_name,
                        field="approver")
    if approver_id == version.owner_id:
        raise RuleError("{full_name} owns this standard and cannot also approve it; choose another approver.",
                        full_name=person.full_name, field="approver")
    return person


def check_reviewable(version: StandardVersion) -> None:
    """What a draft needs before an approver looks at it."""
    if version.status is not StandardStatus.DRAFT:
        raise TransitionError("Only a draft can be sent for review.")
    if not version.steps:
        raise RuleError("A standard needs at least one step before it can be published.")


def submit_for_review(s: Session, now: datetime, version: StandardVersion, approver_id: int | None) -> None:
    """The owner sends the draft to a named approver; nobody else can approve it."""
    check_reviewable(version)
    _check_approver(s, version, approver_id)
    version.approver_id = approver_id
    version.submitted_at = now
    version.status = StandardStatus.IN_REVIEW


def send_back(s: Session, version: StandardVersion, note: str = "") -> None:
    """Back to draft, with what has to change; an approval given is withdrawn."""
    note = clean_text(note, "The note", required=False, max_len=TEXT_MAX, field="review_note")
    if version.status not in (StandardStatus.IN_REVIEW, StandardStatus.APPROVED):
        raise TransitionError("Only a version in review or approved can be sent back to draft.")
    version.status = StandardStatus.DRAFT
    version.review_note = note
    version.submitted_at = version.approved_at = None
    version.revision = None


def _previous_published(version: StandardVersion) -> StandardVersion | None:
    earlier = [v for v in version.standard.versions if v.published_at is not None and v.number < version.number]
    return earlier[-1] if earlier else None


def approve_version(s: Session, now: datetime, version: StandardVersion, approver_id: int | None,
                    revision: RevisionKind) -> None:
    """The named approver approves, saying whether it is a minor or a major revision."""
    if version.status is not StandardStatus.IN_REVIEW:
        raise TransitionError("Only a version in review can be approved; send the draft for review first.")
    if approver_id != version.approver_id:
        named = s.get(Person, version.approver_id) if version.approver_id else None
        raise RuleError("Only {full_name}, the approver named for this version, can approve it.",
                        full_name=named.full_name if named else "?", field="approver")
    approver = get_or_fail(s, Person, approver_id, "person")
    if not approver.active:
        raise RuleError("{full_name} has left; send the version back to draft and name another approver.",
                        full_name=approver.full_name, field="approver")
    version.status = StandardStatus.APPROVED
    version.approved_at = now
    # the first version replaces nothing: everyone acknowledges it
    version.revision = RevisionKind(revision) if _previous_published(version) else RevisionKind.MAJOR


def publish_version(s: Session, now: datetime, today: date, version: StandardVersion, *,
                    approved_elsewhere: bool = False) -> None:
    """The approved version comes into force; the version it replaces is retired and kept as history.

    ``approved_elsewhere``: a file being imported says the standard is in force already, approved
    before icdesk kept it. No approver or approval is made up for it; everyone acknowledges it.
    """
    if approved_elsewhere and version.status in PENDING_STANDARD_STATUSES:
        version.revision = RevisionKind.MAJOR
    else:
        check_standard_publishable(version.status)
    if not version.steps:
        raise RuleError("A standard needs at least one step before it can be published.")
    previous = _previous_published(version)
    for other in version.standard.versions:
        if other.status is StandardStatus.ACTIVE:
            other.status = StandardStatus.RETIRED
            other.retired_at = now
    version.status = StandardStatus.ACTIVE
    version.published_at = now
    if version.effective_on is None:
        version.effective_on = today
    _sessions_to_come_teach(s, version, today)
    # a minor revision keeps what was acknowledged before it; a major one starts again
    if version.revision is RevisionKind.MINOR and previous is not None:
        version.ack_baseline = previous.ack_baseline or previous.number
    else:
        version.ack_baseline = version.number


def _sessions_to_come_teach(s: Session, version: StandardVersion, today: date) -> None:
    """Training sessions still to come teach the version now in force: one planned on version 1 kept it
    after version 2 was published, and its attendance sheet had people sign a version no longer in force.
    Sessions held keep what they taught: their history."""
    older = [v.id for v in version.standard.versions if v.id is not None and v.id != version.id]
    if not older:
        return
    s.flush()
    has_new = select(training_standards.c.session_id).where(training_standards.c.version_id == version.id)
    to_come = select(TrainingSession.id).where(TrainingSession.held_on > today, TrainingSession.id.not_in(has_new))
    s.execute(update(training_standards).where(training_standards.c.version_id.in_(older),
                                               training_standards.c.session_id.in_(to_come))
              .values(version_id=version.id))


def start_new_version(s: Session, now: datetime, standard: ServiceStandard) -> StandardVersion:
    """A draft copied from the newest version; it takes effect when approved and published, not before."""
    if any(v.status in PENDING_STANDARD_STATUSES for v in standard.versions):
        raise RuleError("This standard already has a draft; finish or publish that one first.")
    latest = standard.versions[-1]
    draft = StandardVersion(number=latest.number + 1, status=StandardStatus.DRAFT, created_at=now)
    _apply(draft, StandardContent(
        title=latest.title, purpose=latest.purpose, serves=latest.serves,
        steps=[step.text for step in latest.steps],
        first_response_minutes=latest.first_response_minutes, resolution_minutes=latest.resolution_minutes,
        # a review date already past is no plan for the new version: left for the person to set
        owner_id=latest.owner_id,
        next_review_on=latest.next_review_on if latest.next_review_on and latest.next_review_on > now.date() else None,
    ))
    standard.versions.append(draft)
    return draft


def revise_standard(s: Session, now: datetime, standard: ServiceStandard, change_note: str, *,
                    action: CorrectiveAction | None = None, idea: Idea | None = None) -> StandardVersion:
    """The draft of a revision asked for by a corrective action or an idea, linked to it, with
    the change note written. A draft nobody has sent for review yet is used as it is."""
    change_note = clean_text(change_note, "The change note", required=True, max_len=TEXT_MAX, field="change_note")
    if standard.archived_at is not None:
        raise RuleError("That standard is archived; restore it or revise another.")
    pending = [v for v in standard.versions if v.status in PENDING_STANDARD_STATUSES]
    if pending and pending[0].status is not StandardStatus.DRAFT:
        raise RuleError("Version {n} of this standard is already with its approver; finish that one first.",
                        n=pending[0].number)
    if pending and (pending[0].action_id is not None or pending[0].idea_id is not None):
        raise RuleError("The draft of this standard already answers another action or idea; finish that one "
                        "first.")
    draft = pending[0] if pending else start_new_version(s, now, standard)
    draft.change_note = change_note if not draft.change_note else f"{draft.change_note}\n{change_note}"
    draft.action_id = action.id if action is not None else None
    draft.idea_id = idea.id if idea is not None else None
    s.flush()
    return draft
def retire_standard(now: datetime, standard: ServiceStandard) -> bool:
    """Take a standard out of force without a successor; False if none of its versions was in force."""
    active = [v for v in standard.versions if v.status is StandardStatus.ACTIVE]
    for version in active:
        version.status = StandardStatus.RETIRED
        version.retired_at = now
    return bool(active)


class StandardService(ServiceBase):
    def create(self, department_id: int, content: StandardContent,
               reader_ids: list[int] | None = None) -> StandardVersionDetail:
        """A new standard starts as draft version 1."""
        with self.db.transaction() as s:
            return _detail(s, add_standard(s, self.clock(), department_id, content, reader_ids))

    def update_draft(self, version_id: int, content: StandardContent, *,
                     expected_version: int | None = None) -> StandardVersionDetail:
        with self.db.transaction() as s:
            version = get_or_fail(s, StandardVersion, version_id, "standard version")
            check_version(version.title, version.version, version.changed_at, expected_version)
            edit_draft(s, version, content)
            s.flush()
            return _detail(s, version)

    def set_readers(self, standard_id: int, department_ids: list[int]) -> StandardVersionDetail:
        with self.db.transaction() as s:
            standard = get_or_fail(s, ServiceStandard, standard_id, "standard")
            set_readers(s, standard, department_ids)
            s.flush()
            return _detail(s, standard.versions[-1])

    def approvers(self, department_id: int) -> list[ApproverChoice]:
        with self.db.reading() as s:
            return eligible_approvers(s, department_id)

    def check_reviewable(self, version_id: int) -> None:
        """Raises what would stop the draft being sent for review (before an approver is chosen)."""
        with self.db.reading() as s:
            check_reviewable(get_or_fail(s, StandardVersion, version_id, "standard version"))

    def submit(self, version_id: int, approver_id: int | None) -> StandardVersionDetail:
        """Send the draft to its approver."""
        with self.db.transaction() as s:
            version = get_or_fail(s, StandardVersion, version_id, "standard version")
            submit_for_review(s, self.clock(), version, approver_id)
            s.flush()
            return _detail(s, version)

    def send_back(self, version_id: int, note: str = "") -> StandardVersionDetail:
        with self.db.transaction() as s:
            version = get_or_fail(s, StandardVersion, version_id, "standard version")
            send_back(s, version, note)
            s.flush()
            return _detail(s, version)

    def approve(self, version_id: int, approver_id: int | None, revision: RevisionKind,
                publish: bool = False) -> StandardVersionDetail:
        """The named approver approves; ``publish`` also puts the version in force at once."""
        with self.db.transaction() as s:
            version = get_or_fail(s, StandardVersion, version_id, "standard version")
            approve_version(s, self.clock(), version, approver_id, revision)
            if publish:
                publish_version(s, self.clock(), self.today(), version)
            s.flush()
            return _detail(s, version)

    def publish(self, version_id: int) -> StandardVersionDetail:
        """The approved version comes into force; the version it replaces is retired and kept as history."""
        with self.db.transaction() as s:
            version = get_or_fail(s, StandardVersion, version_id, "standard version")
            publish_version(s, self.clock(), self.today(), version)
            s.flush()
            return _detail(s, version)

    def new_version(self, standard_id: int) -> StandardVersionDetail:
        """Start a draft from the newest version, to change a standard already in force."""
        with self.db.transaction() as s:
            standard = get_or_fail(s, ServiceStandard, standard_id, "standard")
            at_work(s, standard.department_id)
            draft = start_new_version(s, self.clock(), standard)
            s.flush()
            return _detail(s, draft)

    def retire(self, standard_id: int) -> None:
        """Take a standard out of force without a successor."""
        with self.db.transaction() as s:
            standard = get_or_fail(s, ServiceStandard, standard_id, "standard")
            if not retire_standard(self.clock(), standard):
                raise TransitionError("This standard is not in force, so there is nothing to retire.")

    def archive(self, standard_id: int) -> None:
        with self.db.transaction() as s:
            get_or_fail(s, ServiceStandard, standard_id, "standard").archived_at = self.clock()

    def versions(self, standard_id: int) -> list[StandardVersionDetail]:
        with self.db.reading() as s:
            standard = get_or_fail(s, ServiceStandard, standard_id, "standard")
            return [_detail(s, v) for v in standard.versions]

    def version(self, version_id: int) -> StandardVersionDetail:
        with self.db.reading() as s:
            return _detail(s, get_or_fail(s, StandardVersion, version_id, "standard version"))

    def control(self, version_id: int) -> StandardControl:
        """The document-control facts of one version: see ``controls``."""
        found = self.controls([version_id])
        if version_id not in found:
            with self.db.reading() as s:
                get_or_fail(s, StandardVersion, None, "standard version")
        return found[version_id]

    def controls(self, version_ids: list[int]) -> dict[int, StandardControl]:
        """Document ID, approval, review and revision history of each version, read at once.

        Approval is the approver named when the version was approved and the day it was; versions put
        in force before approvals were kept show the day they were published and no name.
        """
        if not version_ids:
            return {}
        today = self.today()
        with self.db.reading() as s:
            rows = s.execute(
                select(StandardVersion, ServiceStandard.number, Department.code, Department.name, Person.full_name)
                .join(ServiceStandard, ServiceStandard.id == StandardVersion.standard_id)
                .join(Department, Department.id == ServiceStandard.department_id)
                .outerjoin(Person, Person.id == StandardVersion.owner_id)
                .where(StandardVersion.id.in_(version_ids))).all()
            published = list(s.scalars(select(StandardVersion).where(
                StandardVersion.standard_id.in_({row[0].standard_id for row in rows}),
                StandardVersion.published_at.is_not(None)).order_by(StandardVersion.number.desc())))
            approver_ids = {v.approver_id for v in [*published, *(row[0] for row in rows)] if v.approver_id}
            approvers: dict[int, str] = {pid: name for pid, name in s.execute(
                select(Person.id, Person.full_name).where(Person.id.in_(approver_ids)))} if approver_ids else {}
            history: dict[int, list[Revision]] = {}
            for v in published:
                history.setdefault(v.standard_id, []).append(Revision(
                    v.id, v.number, v.effective_on, self._approved_by(v, approvers), self._approved_on(v),
                    v.change_note))
            out = {}
            for version, number, code, department, owner in rows:
                out[version.id] = StandardControl(
                    version_id=version.id, document_id=document_id(code, number), version=version.number,
                    title=version.title, department_name=department,
                    effective_on=version.effective_on, approved_by=self._approved_by(version, approvers),
                    approved_on=self._approved_on(version),
                    owner_name=owner or "", next_review_on=version.next_review_on,
                    review_overdue=version.next_review_on is not None and version.next_review_on < today,
                    revisions=tuple(history.get(version.standard_id, [])))
            return out

    def _approved_on(self, version: StandardVersion) -> date | None:
        moment = version.approved_at or version.published_at
        return self.sla.today(moment) if moment else None

    @staticmethod
    def _approved_by(version: StandardVersion, names: dict[int, str]) -> str:
        return names.get(version.approver_id, "") if version.approver_id and version.approved_at else ""

    def active_versions(self, department_ids: list[int] | None = None) -> list[StandardVersionDetail]:
        """Standards in force, by department then title: the content of the SOP handbook."""
        query = (
            select(StandardVersion)
            .join(ServiceStandard)
            .join(Department, Department.id == ServiceStandard.department_id)
            .where(StandardVersion.status == StandardStatus.ACTIVE, ServiceStandard.archived_at.is_(None))
            .options(selectinload(StandardVersion.steps),
                     selectinload(StandardVersion.standard).selectinload(ServiceStandard.readers))
            .order_by(Department.name_key, StandardVersion.title)
        )
        if department_ids is not None:
            query = query.where(ServiceStandard.department_id.in_(department_ids))
        with self.db.reading() as s:
            return [_detail(s, v) for v in s.scalars(query)]

    def review_due_before(self) -> date:
        """Standards in force with a review on or before this day are on the reminder list."""
        return self.sla.horizon(self.today(), REVIEW_REMINDER_DAYS)

    def list(
        self,
        text: str = "",
        department_id: int | None = None,
        status: StandardStatus | None = None,
        include_archived: bool = False,
        review_due: bool = False,
    ) -> list[StandardRow]:
        """One row per standard, showing its active version, or else its newest one.
        ``review_due``: only standards in force whose review date is past or near (the reminders)."""
        rank = func.row_number().over(
            partition_by=StandardVersion.standard_id,
            order_by=((StandardVersion.status == StandardStatus.ACTIVE).desc(), StandardVersion.number.desc()),
        ).label("rank")
        pending_version = aliased(StandardVersion)
        pending = (
            select(pending_version.status)
            .where(pending_version.standard_id == ServiceStandard.id,
                   pending_version.status.in_(PENDING_STANDARD_STATUSES))
            .limit(1)
            .scalar_subquery()
        )
        inner = select(StandardVersion.id, rank).subquery()
        # plain columns, not mapped objects: building 500 ORM pairs took longer than the query
        query = (
            select(ServiceStandard.id, StandardVersion.id, StandardVersion.number, StandardVersion.status,
                   StandardVersion.title, ServiceStandard.department_id, Department.name, Person.full_name,
                   StandardVersion.first_response_minutes, StandardVersion.resolution_minutes,
                   StandardVersion.next_review_on, pending, ServiceStandard.archived_at)
            .join(inner, (inner.c.id == StandardVersion.id) & (inner.c.rank == 1))
            .join(ServiceStandard, ServiceStandard.id == StandardVersion.standard_id)
            .join(Department, Department.id == ServiceStandard.department_id)
            .outerjoin(Person, Person.id == StandardVersion.owner_id)
            .order_by(Department.name_key, StandardVersion.title)
        )
        if not include_archived:
            query = query.where(ServiceStandard.archived_at.is_(None))
        if department_id is not None:
            query = query.where(ServiceStandard.department_id == department_id)
        if status is not None and status in PENDING_STANDARD_STATUSES:
            # "in review" also finds a standard in force whose next version is with its approver
            query = query.where(or_(StandardVersion.status == status, pending == status))
        elif status is not None:
            query = query.where(StandardVersion.status == status)
        if text.strip():
            query = query.where(contains_text(StandardVersion.title, text))
        if review_due:
            query = query.where(StandardVersion.status == StandardStatus.ACTIVE,
                                StandardVersion.next_review_on <= self.review_due_before())
        with self.db.reading() as s:
            return [
                StandardRow(
                    standard_id=standard_id, version_id=version_id, number=number, status=status, title=title,
                    department_id=department_id, department_name=dept, owner_name=owner or "",
                    first_response_minutes=first, resolution_minutes=resolution, next_review_on=review,
                    has_draft=pending_status is not None, archived=archived_at is not None,
                    pending_status=StandardStatus(pending_status) if pending_status else None,
                )
                for (standard_id, version_id, number, status, title, department_id, dept, owner, first, resolution,
                     review, pending_status, archived_at) in s.execute(query)
            ]


@dataclass(frozen=True)
class VersionDifference:
    """One line of a side-by-side comparison of two versions of a standard."""

    kind: str  # "changed", "added", "removed" or "same"
    what: str  # a field name ("title", "first_response_minutes", ...) or "step"
    before: object  # the older version's value (None when added)
    after: object  # the newer version's value (None when removed)
    step_before: int | None = None  # step numbers as each version shows them
    step_after: int | None = None


COMPARED_FIELDS = ("title", "purpose", "serves", "first_response_minutes", "resolution_minutes", "owner_name",
                   "effective_on", "next_review_on")


def compare_versions(old: StandardVersionDetail, new: StandardVersionDetail) -> list[VersionDifference]:
    """Fields and steps side by side: a reworded step is one changed step, not a removed one and an
    added one; steps that only moved are matched by their words."""
    import difflib

    out = [VersionDifference("same" if getattr(old, f) == getattr(new, f) else "changed", f, getattr(old, f),
                             getattr(new, f)) for f in COMPARED_FIELDS]
    matcher = difflib.SequenceMatcher(a=list(old.steps), b=list(new.steps), autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out += [VersionDifference("same", "step", old.steps[a1 + k], new.steps[b1 + k], a1 + k + 1, b1 + k + 1)
                    for k in range(a2 - a1)]
            continue
        paired = min(a2 - a1, b2 - b1) if op == "replace" else 0
        out += [VersionDifference("changed", "step", old.steps[a1 + k], new.steps[b1 + k], a1 + k + 1, b1 + k + 1)
                for k in range(paired)]
        out += [VersionDifference("removed", "step", old.steps[a], None, a + 1, None) for a in range(a1 + paired, a2)]
        out += [VersionDifference("added", "step", None, new.steps[b], None, b + 1) for b in range(b1 + paired, b2)]
    return out
