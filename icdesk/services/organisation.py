"""The company record, departments and people."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from icdesk.db.localzone import local_zone_name
from icdesk.db.portable import average
from icdesk.domain.enums import OPEN_REQUEST_STATUSES, Award, PersonKind, RequestStatus, StandardStatus
from icdesk.domain.errors import ConflictError, DuplicateError, RuleError, ValidationError
from icdesk.domain.models import Company, Department, Feedback, Person, Recognition, Request, StandardVersion
from icdesk.domain.rules import (
    TEXT_MAX,
    clean_code,
    clean_name,
    clean_text,
    look_alike_key,
    name_key,
    one_of,
    search_key,
    suggested_code,
)
from icdesk.domain.sla import DEFAULT_ZONE, ServiceClock, check_zone, zone_named
from icdesk.services.base import ServiceBase, check_version, contains_text, get_or_fail, optional
from icdesk.services.calendars import Progress, recompute_due_times
from icdesk.services.columns import CsvColumn
from icdesk.services.dto import CompanyInfo, DepartmentRow, PersonOverview, PersonRow
from icdesk.services.network_figures import rebuild as rebuild_network_figures
from icdesk.services.request_name_keys import rekey_department_requests, rekey_person_requests


class CompanyService(ServiceBase):
    def get(self) -> CompanyInfo | None:
        with self.db.reading() as s:
            company = s.scalars(select(Company).limit(1)).first()
            return None if company is None else _company_info(company)

    def save(
        self,
        name: str,
        address_line: str = "",
        service_vision: str = "",
        logo_png: bytes | None = None,
        time_zone: str | None = None,
        progress: Progress | None = None,
        *,
        expected: CompanyInfo | None = None,
    ) -> CompanyInfo:
        """Save the company's details; a new time zone recomputes the due times of open requests
        (``progress`` hears how far that got). ``expected``: the details the form read; a save made
        since by someone else is a ConflictError, not undone without a word."""
        with self.db.transaction() as s:
            before = s.scalar(select(Company.time_zone).limit(1))
            stored = s.scalars(select(Company).limit(1)).first()
            if expected is not None and stored is not None and expected != _company_info(stored):
                raise ConflictError("The company's details were changed by someone else after you opened them, so "
                                    "your change was not saved. The form now shows what is saved; make your change "
                                    "again if it is still needed.")
            company = save_company(s, self.clock(), name, address_line, service_vision, logo_png, time_zone)
            info = _company_info(company)
            if before is not None and before != info.time_zone:
                # working hours are wall-clock times of the company's zone: their instants moved
                recompute_due_times(s, ServiceClock(zone_named(info.time_zone)), progress=progress)
        self.ctx.zone_changed(info.time_zone)
        return info


def _company_info(company: Company) -> CompanyInfo:
    return CompanyInfo(company.name, company.address_line, company.service_vision, company.logo_png,
                       company.time_zone)


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LOGO_MAX_BYTES = 5_000_000


def check_png(data: bytes) -> None:
    """A logo is a PNG picture of a sensible size: other bytes stored as one stopped every handbook."""
    if not isinstance(data, bytes | bytearray):
        raise ValidationError("The logo is not a PNG picture; choose a .png file.", field="logo")
    width, height = (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) \
        if len(data) >= 24 else (0, 0)
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR" or not (0 < width <= 10_000 and
                                                                            0 < height <= 10_000):
        raise ValidationError("The logo is not a PNG picture; choose a .png file.", field="logo")
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError("The logo is larger than 5 MB; choose a smaller picture.", field="logo")


def save_company(s: Session, now: datetime, name: str, address_line: str = "", service_vision: str = "",
                 logo_png: bytes | None = None, time_zone: str | None = None) -> Company:
    name = clean_name(name, "The company name")
    address_line = clean_text(address_line, "The address", required=False, max_len=300, field="address_line",
                              single_line=True)
    service_vision = clean_text(service_vision, "The service vision", required=False, max_len=TEXT_MAX,
                                field="service_vision")
    zone = check_zone(time_zone) if time_zone is not None else None
    if logo_png:
        check_png(logo_png)
    company = s.scalars(select(Company).limit(1)).first()
    counted_in = company.time_zone if company else DEFAULT_ZONE  # the zone the network figures use now
    if company is None:
        company = Company(created_at=now, time_zone=zone or local_zone_name())
        s.add(company)
    company.name = name
    company.address_line = address_line
    company.service_vision = service_vision
    if zone is not None:
        company.time_zone = zone
    if company.time_zone != counted_in:
        s.flush()
        rebuild_network_figures(s)  # months are the company's: they move with its time zone
    if logo_png is not None:
        company.logo_png = logo_png
    s.flush()
    return company


def _department_rows(s: Session, *conditions: object) -> list[DepartmentRow]:
    head = aliased(Person)
    people = (
        select(Person.department_id, func.count().label("n"))
        .where(Person.active.is_(True))
        .group_by(Person.department_id)
        .subquery()
    )
    query = (
        select(Department, head.full_name, func.coalesce(people.c.n, 0))
        .outerjoin(head, head.id == Department.head_id)
        .outerjoin(people, people.c.department_id == Department.id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(Department.name_key)
    )
    return [
        DepartmentRow(
            id=d.id,
            name=d.name,
            code=d.code,
            description=d.description,
            head_id=d.head_id,
            head_name=head_name or "",
            people_count=count,
            archived=d.archived_at is not None,
            version=d.version,
        )
        for d, head_name, count in sorted(s.execute(query), key=lambda found: (search_key(found[0].name),
                                                                                found[0].name_key))
    ]


def _check_unique_department(s: Session, name: str, own_id: int | None = None) -> str:
    key = name_key(name)
    clash = s.scalars(select(Department).where(Department.name_key == key)).first()
    if clash is not None and clash.id != own_id:
        if clash.archived_at:
            raise DuplicateError("An archived department called “{name}” already exists; restore it instead.",
                                 name=clash.name, field="name")
        raise DuplicateError("A department called “{name}” already exists.", name=clash.name, field="name")
    for other_id, other in _department_looks(s).get(look_alike_key(name), []):
        if other_id != own_id and name_key(other) != key:
            raise _looks_the_same(name, other, "name")
    return key


# Read once per unit of work, kept up to date by the writes below: an import of 8,000 departments read and
# folded every name again for each row (89 s; quadratic)
_LOOKS, _CODES, _NAMES = "department_looks", "department_codes", "people_by_department"


def _department_looks(s: Session) -> dict[str, list[tuple[int, str]]]:
    """Every department's name by its look-alike key."""
    looks: dict[str, list[tuple[int, str]]] | None = s.info.get(_LOOKS)
    if looks is None:
        looks = s.info[_LOOKS] = {}
        for department_id, name in s.execute(select(Department.id, Department.name)):
            looks.setdefault(look_alike_key(name), []).append((department_id, name))
    return looks


def _department_codes(s: Session) -> dict[str, int]:
    codes: dict[str, int] | None = s.info.get(_CODES)
    if codes is None:
        codes = s.info[_CODES] = {code: department_id for code, department_id
                                  in s.execute(select(Department.code, Department.id))}
    return codes


def _forget_departments(s: Session) -> None:
    """A department renamed or given another code: read again when next needed."""
    s.info.pop(_LOOKS, None)
    s.info.pop(_CODES, None)


def _looks_the_same(name: str, other: str, field: str) -> DuplicateError:
    return DuplicateError("“{name}” looks the same as “{name2}” but is written with letters of another alphabet (a "
                          "keyboard in another language): use “{name2}”, or type the name again.",
                          name=name, name2=other, field=field)


@dataclass(frozen=True)
class DepartmentDraft:
    """What is typed about a department. A new field: add it here, to the model and to the row."""

    name: str
    description: str = ""
    head_id: int | None = None
    code: str = ""  # names its documents (IT-003); empty: one is made from the name, then kept

    def cleaned(self) -> DepartmentDraft:
        return DepartmentDraft(
            name=clean_name(self.name, "The department name"),
            description=clean_text(self.description, "The description", required=False, max_len=TEXT_MAX,
                                   field="description"),
            head_id=self.head_id,
            code=clean_code(self.code),
        )


# the spreadsheet columns of the department list (CSV export and import)
DEPARTMENT_CSV: tuple[CsvColumn[DepartmentRow], ...] = (
    CsvColumn("name", "Name", lambda d: d.name, required=True),
    CsvColumn("description", "Description", lambda d: d.description),
    CsvColumn("head", "Head", lambda d: d.head_name, plain=False),
    CsvColumn("code", "Code", lambda d: d.code),
)


def _check_head(s: Session, head_id: int | None) -> None:
    head = optional(s, Person, head_id, "person")
    if head is not None and not head.active:
        raise RuleError("{full_name} has left the company and cannot be named head; choose someone still here.",
                        full_name=head.full_name, field="head")


def _check_code(s: Session, code: str, name: str, own_id: int | None = None) -> str:
    """The code typed, if no other department has it; none typed: one made from the name."""
    codes = _department_codes(s)
    if not code:
        return suggested_code(name, {c for c, i in codes.items() if i != own_id})
    if codes.get(code, own_id) != own_id:
        raise DuplicateError("Another department already has the code “{code}”.", code=code, field="code")
    return code


def add_department(s: Session, now: datetime, draft: DepartmentDraft) -> Department:
    """The one way a department comes into a file: window, import and example company alike."""
    draft = draft.cleaned()
    key = _check_unique_department(s, draft.name)
    _check_head(s, draft.head_id)
    code = _check_code(s, draft.code, draft.name)
    department = Department(name_key=key, created_at=now, **{**vars(draft), "code": code})
    s.add(department)
    s.flush()
    _department_looks(s).setdefault(look_alike_key(draft.name), []).append((department.id, draft.name))
    _department_codes(s)[code] = department.id
    return department


def change_department(s: Session, department: Department, draft: DepartmentDraft) -> bool:
    """Apply an edit; False when nothing differs. An archived department must be restored first."""
    draft = draft.cleaned()
    if department.archived_at is not None:
        raise RuleError("{name} is archived; restore it before changing it.", name=department.name)
    key = _check_unique_department(s, draft.name, department.id)
    if draft.head_id != department.head_id:  # a head who has left since stays until someone else is named
        _check_head(s, draft.head_id)
    # no code typed (an import without the column, an old form): the department keeps its own
    draft = replace(draft, code=_check_code(s, draft.code, draft.name, department.id) if draft.code
                    else department.code)
    if all(getattr(department, name) == value for name, value in vars(draft).items()):
        return False
    department.name_key = key
    renamed = draft.name != department.name
    _forget_departments(s)
    for name, value in vars(draft).items():
        setattr(department, name, value)
    if renamed:
        rekey_department_requests(s, department.id, draft.name)
    return True


class DepartmentService(ServiceBase):
    def add(self, draft: DepartmentDraft) -> DepartmentRow:
        with self.db.transaction() as s:
            department = add_department(s, self.clock(), draft)
            return _department_rows(s, Department.id == department.id)[0]

    def edit(self, department_id: int, draft: DepartmentDraft, *, expected_version: int | None = None) -> DepartmentRow:
        """``expected_version``: the version the form read; someone else's save since is a ConflictError."""
        with self.db.transaction() as s:
            department = get_or_fail(s, Department, department_id, "department")
            if department.archived_at is not None and expected_version not in (None, department.version):
                # archived from another window while this form was open: said so, and what was typed stays
                raise RuleError("{name} was archived meanwhile; nothing was saved. Restore it with Show archived "
                                "to change it.", name=department.name)
            check_version(department.name, department.version, department.changed_at, expected_version)
            change_department(s, department, draft)
            s.flush()
            return _department_rows(s, Department.id == department.id)[0]

    def create(self, name: str, description: str = "", head_id: int | None = None, code: str = "") -> DepartmentRow:
        return self.add(DepartmentDraft(name, description, head_id, code))

    def update(self, department_id: int, name: str, description: str = "", head_id: int | None = None,
               code: str = "") -> DepartmentRow:
        return self.edit(department_id, DepartmentDraft(name, description, head_id, code))

    def archive(self, department_id: int) -> None:
        """Hide a department from pickers; its requests, standards and feedback stay."""
        with self.db.transaction() as s:
            get_or_fail(s, Department, department_id, "department").archived_at = self.clock()

    def restore(self, department_id: int) -> None:
        with self.db.transaction() as s:
            get_or_fail(s, Department, department_id, "department").archived_at = None

    def get(self, department_id: int) -> DepartmentRow:
        with self.db.reading() as s:
            rows = _department_rows(s, Department.id == department_id)
            if not rows:
                get_or_fail(s, Department, None, "department")
            return rows[0]

    def list(self, text: str = "", include_archived: bool = False) -> list[DepartmentRow]:
        conditions: list[ColumnElement[bool]] = []
        if not include_archived:
            conditions.append(Department.archived_at.is_(None))
        if text.strip():
            conditions.append(contains_text(Department.name, text))
        with self.db.reading() as s:
            return _department_rows(s, *conditions)

    def find_by_name(self, name: str) -> DepartmentRow:
        with self.db.reading() as s:
            rows = _department_rows(s, Department.name_key == name_key(name))
        if not rows:
            raise ValidationError("There is no department called “{name}”.", name=name, field="department")
        return rows[0]


def _person_rows(s: Session, *conditions: object) -> list[PersonRow]:
    query = (
        select(Person, Department.name)
        .outerjoin(Department, Department.id == Person.department_id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(Person.full_name)
    )
    # in the order a reader expects in any language: "Íñigo" among the I's, not after "Zoe" (SQL compares bytes)
    found = sorted(s.execute(query), key=lambda pd: (search_key(pd[0].full_name), pd[0].full_name))
    return [
        PersonRow(
            id=p.id,
            full_name=p.full_name,
            kind=p.kind,
            job_title=p.job_title,
            email=p.email,
            department_id=p.department_id,
            department_name=dept or "",
            active=p.active,
            version=p.version,
        )
        for p, dept in found
    ]


# one @ between a name and a domain of dot-separated labels, in any alphabet: what a person
# types, not the whole of RFC 5322 (quoted names and IP literals are not how offices write addresses)
_EMAIL = re.compile(r"[^\s@<>()\[\],;:\"]+@(?:[^\s@<>()\[\],;:\".]+\.)+[^\s@<>()\[\],;:\".]{2,}")


def _clean_email(email: str) -> str:
    email = clean_text(email, "The e-mail address", required=False, max_len=200, field="email", single_line=True)
    if email and not _EMAIL.fullmatch(email):
        raise ValidationError("“{email}” does not look like an e-mail address.", email=email, field="email")
    return email


@dataclass(frozen=True)
class PersonDraft:
    """What is typed about a person."""

    full_name: str
    kind: PersonKind = PersonKind.FULL_TIME
    department_id: int | None = None
    job_title: str = ""
    email: str = ""

    def cleaned(self) -> PersonDraft:
        kind = one_of(PersonKind, self.kind, "kind")
        return PersonDraft(
            full_name=clean_name(self.full_name, "The name", "full_name"), kind=kind,
            department_id=self.department_id,
            job_title=clean_text(self.job_title, "The job title", required=False, max_len=120, field="job_title",
                                 single_line=True),
            email=_clean_email(self.email),
        )


def _check_department(s: Session, department_id: int | None) -> None:
    department = optional(s, Department, department_id, "department")
    if department is not None and department.archived_at is not None:
        raise RuleError("{name} is archived; people cannot be added to it.", name=department.name)


def _people_in(s: Session, department_id: int | None) -> list[tuple[int, str, str, str]]:
    """The people at work in a department (id, name, name key, look-alike key), read once per unit of work."""
    by_department: dict[int | None, list[tuple[int, str, str, str]]] = s.info.setdefault(_NAMES, {})
    if department_id not in by_department:
        here = (Person.department_id == department_id if department_id is not None
                else Person.department_id.is_(None))
        by_department[department_id] = [(person_id, name, name_key(name), look_alike_key(name)) for person_id, name
                                         in s.execute(select(Person.id, Person.full_name).where(
                                             here, Person.active.is_(True)))]
    return by_department[department_id]


def _check_name_free(s: Session, draft: PersonDraft, person_id: int | None = None) -> None:
    """Two people of one name in one department cannot be told apart on a request, a list or an import
    ("matches more than one person"): the second must differ somehow. In another department the same
    name is another person."""
    key, look = name_key(draft.full_name), look_alike_key(draft.full_name)
    for other_id, other_name, other_key, other_look in _people_in(s, draft.department_id):
        if other_id == person_id:
            continue
        if other_key != key and other_look == look:
            raise _looks_the_same(draft.full_name, other_name, "full_name")
        if other_key == key:
            department = s.get(Department, draft.department_id) if draft.department_id is not None else None
            raise DuplicateError(
                "{name} is already in {department}. If this is someone else of the same name, add what tells them "
                "apart (a middle initial, a second surname).", name=other_name,
                department=department.name if department is not None else "(no department)", field="full_name")


def add_person(s: Session, now: datetime, draft: PersonDraft) -> Person:
    """The one way a person comes into a file: window, import and example company alike."""
    draft = draft.cleaned()
    _check_department(s, draft.department_id)
    _check_name_free(s, draft)
    person = Person(full_name=draft.full_name, kind=draft.kind, department_id=draft.department_id,
                    job_title=draft.job_title, email=draft.email, active=True, created_at=now)
    s.add(person)
    s.flush()
    _people_in(s, draft.department_id).append((person.id, draft.full_name, name_key(draft.full_name),
                                                look_alike_key(draft.full_name)))
    return person


def change_person(s: Session, person: Person, draft: PersonDraft) -> bool:
    """Apply an edit; False when nothing differs."""
    draft = draft.cleaned()
    if draft.department_id != person.department_id:
        _check_department(s, draft.department_id)
    new = (draft.full_name, draft.kind, draft.department_id, draft.job_title, draft.email)
    if (person.full_name, person.kind, person.department_id, person.job_title, person.email) == new:
        return False
    renamed = draft.full_name != person.full_name
    if name_key(draft.full_name) != name_key(person.full_name) or draft.department_id != person.department_id:
        _check_name_free(s, draft, person.id)
    person.full_name, person.kind, person.department_id, person.job_title, person.email = new
    s.info.pop(_NAMES, None)  # renamed or moved: read again when next needed
    if renamed:
        rekey_person_requests(s, person.id, draft.full_name)
    return True


class PersonService(ServiceBase):
    def create(
        self,
        full_name: str,
        kind: PersonKind = PersonKind.FULL_TIME,
        department_id: int | None = None,
        job_title: str = "",
        email: str = "",
    ) -> PersonRow:
        with self.db.transaction() as s:
            person = add_person(s, self.clock(), PersonDraft(full_name, kind, department_id, job_title, email))
            return _person_rows(s, Person.id == person.id)[0]

    def update(
        self,
        person_id: int,
        full_name: str,
        kind: PersonKind,
        department_id: int | None,
        job_title: str = "",
        email: str = "",
        *,
        expected_version: int | None = None,
    ) -> PersonRow:
        with self.db.transaction() as s:
            person = get_or_fail(s, Person, person_id, "person")
            if not person.active and expected_version not in (None, person.version):
                raise RuleError("{full_name} was marked as having left meanwhile; nothing was saved.",
                                full_name=person.full_name)
            check_version(person.full_name, person.version, person.changed_at, expected_version)
            change_person(s, person, PersonDraft(full_name, kind, department_id, job_title, email))
            s.flush()
            return _person_rows(s, Person.id == person.id)[0]

    def archive(self, person_id: int) -> None:
        """Someone who left: kept for the history, hidden from pickers."""
        with self.db.transaction() as s:
            get_or_fail(s, Person, person_id, "person").active = False

    def restore(self, person_id: int) -> None:
        with self.db.transaction() as s:
            person = get_or_fail(s, Person, person_id, "person")
            department = s.get(Department, person.department_id) if person.department_id is not None else None
            if department is not None and department.archived_at is not None:
                raise RuleError("{full_name} was in {department}, which is archived: restore {department} first, or "
                                "edit {full_name} to move them to another department.", full_name=person.full_name,
                                department=department.name)
            # someone of the same name may have joined the department meanwhile: two of one name there
            # could not be told apart, so the one coming back is named first
            _check_name_free(s, PersonDraft(person.full_name, person.kind, person.department_id), person.id)
            person.active = True

    def get(self, person_id: int) -> PersonRow:
        with self.db.reading() as s:
            get_or_fail(s, Person, person_id, "person")
            return _person_rows(s, Person.id == person_id)[0]

    def overview(self, person_id: int) -> PersonOverview:
        """A person's page, read at once: requests asked and handled, ratings given and received for
        what they handled, recognitions, and the standards in force they own."""
        with self.db.reading() as s:
            get_or_fail(s, Person, person_id, "person")
            row = _person_rows(s, Person.id == person_id)[0]

            def count(*conditions: ColumnElement[bool]) -> int:
                return int(s.scalar(select(func.count()).select_from(Request).where(*conditions)) or 0)

            given_n, given_avg = s.execute(select(func.count(), average(Feedback.rating))
                                           .where(Feedback.author_id == person_id)).one()
            received_n, received_avg = s.execute(
                select(func.count(), average(Feedback.rating)).select_from(Feedback)
                .join(Request, Request.id == Feedback.request_id).where(Request.assignee_id == person_id)).one()
            thanks = s.execute(select(Recognition.given_on, Recognition.award, Recognition.message)
                               .where(Recognition.to_person_id == person_id)
                               .order_by(Recognition.given_on.desc(), Recognition.id.desc()).limit(10)).all()
            owned = s.scalars(select(StandardVersion.title).where(
                StandardVersion.owner_id == person_id, StandardVersion.status == StandardStatus.ACTIVE)
                .order_by(StandardVersion.title)).all()
            recent = s.execute(select(Request.id, Request.title, Request.status).where(Request.assignee_id == person_id)
                               .order_by(Request.created_at.desc()).limit(5)).all()
            return PersonOverview(
                person=row, requests_asked=count(Request.requester_id == person_id),
                requests_handled=count(Request.assignee_id == person_id),
                handled_still_open=count(Request.assignee_id == person_id,
                                         Request.status.in_(list(OPEN_REQUEST_STATUSES))),
                ratings_given=int(given_n), average_given=None if given_avg is None else float(given_avg),
                ratings_received=int(received_n),
                average_received=None if received_avg is None else float(received_avg),
                recognitions=tuple((d, Award(a), m) for d, a, m in thanks), standards_owned=tuple(owned),
                recent_handled=tuple((i, title, RequestStatus(status)) for i, title, status in recent))

    def list(
        self, text: str = "", department_id: int | None = None, include_inactive: bool = False
    ) -> list[PersonRow]:
        conditions: list[ColumnElement[bool]] = []
        if not include_inactive:
            conditions.append(Person.active.is_(True))
        if department_id is not None:
            conditions.append(Person.department_id == department_id)
        if text.strip():
            conditions.append(contains_text(Person.full_name, text))
        with self.db.reading() as s:
            return _person_rows(s, *conditions)
