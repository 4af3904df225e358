"""SOP service standards: drafting, publishing new versions, retiring, listing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session, selectinload

from icdesk.domain.enums import StandardStatus
from icdesk.domain.errors import RuleError, TransitionError, ValidationError
from icdesk.domain.models import (
    Department,
    Person,
    ServiceStandard,
    StandardStep,
    StandardVersion,
)
from icdesk.domain.rules import (
    TEXT_MAX,
    TITLE_MAX,
    check_standard_publishable,
    check_target_minutes,
    clean_text,
)
from icdesk.services.base import ServiceBase, contains_text, get_or_fail, optional
from icdesk.services.dto import StandardRow, StandardVersionDetail


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
        steps = [clean_text(step, f"Step {i}", required=False, max_len=TEXT_MAX, field="steps")
                 for i, step in enumerate(self.steps, start=1)]
        content = StandardContent(
            title=clean_text(self.title, "The title", required=True, max_len=TITLE_MAX, field="title"),
            purpose=clean_text(self.purpose, "The purpose", required=False, max_len=TEXT_MAX, field="purpose"),
            serves=clean_text(self.serves, "Who it serves", required=False, max_len=TEXT_MAX, field="serves"),
            steps=[step for step in steps if step],
            first_response_minutes=check_target_minutes(
                self.first_response_minutes, "The first-response target", "first_response_minutes"
            ),
            resolution_minutes=check_target_minutes(self.resolution_minutes, "The resolution target",
                                                    "resolution_minutes"),
            owner_id=self.owner_id,
            effective_on=self.effective_on,
            next_review_on=self.next_review_on,
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
    )


def add_standard(s: Session, now: datetime, department_id: int, content: StandardContent) -> StandardVersion:
    """The one way a standard comes into a file: a draft version 1 of a new standard."""
    content = content.cleaned()
    department = get_or_fail(s, Department, department_id, "department")
    if department.archived_at is not None:
        raise RuleError("{name} is archived; it cannot get new service standards.", name=department.name)
    optional(s, Person, content.owner_id, "owner")
    standard = ServiceStandard(department_id=department_id, created_at=now)
    version = StandardVersion(number=1, status=StandardStatus.DRAFT, created_at=now)
    _apply(version, content)
    standard.versions.append(version)
    s.add(standard)
    s.flush()
    return version


def edit_draft(s: Session, version: StandardVersion, content: StandardContent) -> None:
    content = content.cleaned()
    if version.status is not StandardStatus.DRAFT:
        raise TransitionError("A published version cannot be edited; make a new version and publish it instead.")
    optional(s, Person, content.owner_id, "owner")
    _apply(version, content)


def publish_version(s: Session, now: datetime, today: date, version: StandardVersion) -> None:
    """The draft comes into force; the version it replaces is retired and kept as history."""
    check_standard_publishable(version.status)
    if not version.steps:
        raise RuleError("A standard needs at least one step before it can be published.")
    for other in version.standard.versions:
        if other.status is StandardStatus.ACTIVE:
            other.status = StandardStatus.RETIRED
            other.retired_at = now
    version.status = StandardStatus.ACTIVE
    version.published_at = now
    if version.effective_on is None:
        version.effective_on = today


def start_new_version(s: Session, now: datetime, standard: ServiceStandard) -> StandardVersion:
    """A draft copied from the newest version; it takes effect when published, not before."""
    if any(v.status is StandardStatus.DRAFT for v in standard.versions):
        raise RuleError("This standard already has a draft; finish or publish that one first.")
    latest = standard.versions[-1]
    draft = StandardVersion(number=latest.number + 1, status=StandardStatus.DRAFT, created_at=now)
    _apply(draft, StandardContent(
        title=latest.title, purpose=latest.purpose, serves=latest.serves,
        steps=[step.text for step in latest.steps],
        first_response_minutes=latest.first_response_minutes, resolution_minutes=latest.resolution_minutes,
        owner_id=latest.owner_id, next_review_on=latest.next_review_on,
    ))
    standard.versions.append(draft)
    return draft


def retire_standard(now: datetime, standard: ServiceStandard) -> bool:
    """Take a standard out of force without a successor; False if none of its versions was in force."""
    active = [v for v in standard.versions if v.status is StandardStatus.ACTIVE]
    for version in active:
        version.status = StandardStatus.RETIRED
        version.retired_at = now
    return bool(active)


class StandardService(ServiceBase):
    def create(self, department_id: int, content: StandardContent) -> StandardVersionDetail:
        """A new standard starts as draft version 1."""
        with self.db.transaction() as s:
            return _detail(s, add_standard(s, self.clock(), department_id, content))

    def update_draft(self, version_id: int, content: StandardContent) -> StandardVersionDetail:
        with self.db.transaction() as s:
            version = get_or_fail(s, StandardVersion, version_id, "standard version")
            edit_draft(s, version, content)
            s.flush()
            return _detail(s, version)

    def publish(self, version_id: int) -> StandardVersionDetail:
        """The draft comes into force; the version it replaces is retired and kept as history."""
        with self.db.transaction() as s:
            version = get_or_fail(s, StandardVersion, version_id, "standard version")
            publish_version(s, self.clock(), self.today(), version)
            s.flush()
            return _detail(s, version)

    def new_version(self, standard_id: int) -> StandardVersionDetail:
        """Start a draft from the newest version, to change a standard already in force."""
        with self.db.transaction() as s:
            standard = get_or_fail(s, ServiceStandard, standard_id, "standard")
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

    def active_versions(self, department_ids: list[int] | None = None) -> list[StandardVersionDetail]:
        """Standards in force, by department then title: the content of the SOP handbook."""
        query = (
            select(StandardVersion)
            .join(ServiceStandard)
            .join(Department, Department.id == ServiceStandard.department_id)
            .where(StandardVersion.status == StandardStatus.ACTIVE, ServiceStandard.archived_at.is_(None))
            .options(selectinload(StandardVersion.steps), selectinload(StandardVersion.standard))
            .order_by(Department.name_key, StandardVersion.title)
        )
        if department_ids is not None:
            query = query.where(ServiceStandard.department_id.in_(department_ids))
        with self.db.reading() as s:
            return [_detail(s, v) for v in s.scalars(query)]

    def list(
        self,
        text: str = "",
        department_id: int | None = None,
        status: StandardStatus | None = None,
        include_archived: bool = False,
    ) -> list[StandardRow]:
        """One row per standard, showing its active version, or else its newest one."""
        rank = func.row_number().over(
            partition_by=StandardVersion.standard_id,
            order_by=((StandardVersion.status == StandardStatus.ACTIVE).desc(), StandardVersion.number.desc()),
        ).label("rank")
        drafts = (
            select(StandardVersion.standard_id)
            .where(StandardVersion.status == StandardStatus.DRAFT)
            .scalar_subquery()
        )
        inner = select(StandardVersion.id, rank).subquery()
        # plain columns, not mapped objects: building 500 ORM pairs took longer than the query
        query = (
            select(ServiceStandard.id, StandardVersion.id, StandardVersion.number, StandardVersion.status,
                   StandardVersion.title, ServiceStandard.department_id, Department.name, Person.full_name,
                   StandardVersion.first_response_minutes, StandardVersion.resolution_minutes,
                   StandardVersion.next_review_on, ServiceStandard.id.in_(drafts), ServiceStandard.archived_at)
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
        if status is not None:
            query = query.where(StandardVersion.status == status)
        if text.strip():
            query = query.where(contains_text(StandardVersion.title, text))
        with self.db.reading() as s:
            return [
                StandardRow(
                    standard_id=standard_id, version_id=version_id, number=number, status=status, title=title,
                    department_id=department_id, department_name=dept, owner_name=owner or "",
                    first_response_minutes=first, resolution_minutes=resolution, next_review_on=review,
                    has_draft=bool(has_draft), archived=archived_at is not None,
                )
                for (standard_id, version_id, number, status, title, department_id, dept, owner, first, resolution,
                     review, has_draft, archived_at) in s.execute(query)
            ]


def _shown(value: object) -> str:
    return "\u2013" if value in (None, "") else str(value)


def version_changes(old: StandardVersionDetail, new: StandardVersionDetail) -> list[str]:
    """What changed from one version to another, in sentences a manager can read."""
    import difflib

    changes: list[str] = []
    fields = [("title", "Title"), ("purpose", "Purpose"), ("serves", "Who it serves"),
              ("first_response_minutes", "First-response target (min)"),
              ("resolution_minutes", "Resolution target (min)"),
              ("owner_name", "Owner"), ("next_review_on", "Next review")]
    for attr, label in fields:
        before, after = getattr(old, attr), getattr(new, attr)
        if before != after:
            changes.append(f"{label}: \u201c{_shown(before)}\u201d \u2192 \u201c{_shown(after)}\u201d")
    matcher = difflib.SequenceMatcher(a=list(old.steps), b=list(new.steps), autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            changes += [f"Step removed: \u201c{text}\u201d" for text in old.steps[a1:a2]]
        if op in ("insert", "replace"):
            changes += [f"Step {b1 + i + 1} added: \u201c{text}\u201d" for i, text in enumerate(new.steps[b1:b2])]
    return changes
