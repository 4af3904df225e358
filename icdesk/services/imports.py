"""CSV import of departments, people and requests: map columns, preview, then all or nothing.

Rows are matched on a natural key, so importing the same file twice updates instead of
duplicating: departments by name, people by e-mail (else by name), requests by title, providing
department and the day they were logged.
"""

from __future__ import annotations

import csv
import enum
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from icdesk.domain.enums import PersonKind, Priority, StandardStatus
from icdesk.domain.errors import DomainError, DuplicateError, ValidationError
from icdesk.domain.models import Department, Person, Request, ServiceStandard, StandardVersion
from icdesk.domain.rules import TITLE_MAX, clean_text, name_key
from icdesk.domain.sla import ServiceClock
from icdesk.services.backups import BackupService
from icdesk.services.base import ServiceBase
from icdesk.services.organisation import (
    DEPARTMENT_CSV,
    DepartmentDraft,
    PersonDraft,
    add_department,
    add_person,
    change_department,
    change_person,
)
from icdesk.services.request_writes import (
    NewRequest,
    PreparedRequest,
    RequestDraft,
    RequestReferences,
    change_request,
    insert_requests,
    prepare_request,
)

FIELDS: dict[str, list[tuple[str, str, bool]]] = {  # kind -> (field, label, required)
    "departments": [(c.key, c.label, c.required) for c in DEPARTMENT_CSV],
    "people": [("full_name", "Name", True), ("department", "Department", False), ("kind", "Kind", False),
               ("job_title", "Job title", False), ("email", "E-mail", False)],
    "requests": [("title", "Title", True), ("provider", "Provided by (department)", True),
                 ("requester", "Asked by (person)", False), ("requester_department", "Asked by (department)", False),
                 ("priority", "Priority", False), ("description", "Details", False), ("created", "Logged on", False),
                 ("standard", "Service standard", False)],
}
T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
COUNTERS = {"create": "creates", "update": "updates", "same": "unchanged"}
SYNONYMS = {
    "name": ["name", "department", "nome", "nimi", "nombre", "название"],
    "full_name": ["full_name", "full name", "name", "person", "nome", "nimi", "nombre", "имя"],
    "email": ["email", "e-mail", "mail"], "job_title": ["job_title", "job title", "title", "role"],
    "provider": ["provider", "provided by", "department"], "title": ["title", "subject", "what"],
    "created": ["created", "created_at", "date", "logged", "logged on"],
    "standard": ["standard", "service standard", "sop"],
}


@dataclass(frozen=True)
class RowProblem:
    row: int  # as a spreadsheet numbers it: the header is row 1
    column: str
    reason: str
    error: DomainError | None = None  # the same reason, for showing it in the user's language


@dataclass
class ImportPlan:
    kind: str
    header: list[str]
    creates: int = 0
    updates: int = 0
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    preview: list[tuple[int, str, dict[str, str]]] = field(default_factory=list)  # row, action, values

    @property
    def ok(self) -> bool:
        return not self.problems


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows; UTF-8 with or without BOM, comma or semicolon (as European spreadsheets save)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise ValidationError("{path} cannot be read: {value}.", path=path, value=error.strerror or error,
                              field="file") from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows = [r for r in csv.reader(io.StringIO(text), delimiter=delimiter) if any(c.strip() for c in r)]
    if not rows:
        raise ValidationError("{name} is empty.", name=Path(path).name, field="file")
    return [h.strip() for h in rows[0]], rows[1:]


def guess_mapping(kind: str, header: list[str]) -> dict[str, str]:
    folded = {h.casefold(): h for h in header}
    mapping = {}
    for name, label, _required in FIELDS[kind]:
        for candidate in [name, label.casefold(), *SYNONYMS.get(name, [])]:
            if candidate.casefold() in folded:
                mapping[name] = folded[candidate.casefold()]
                break
    return mapping


def _enum(value: str, enum_cls: type[E], default: E) -> E:
    text = value.strip().casefold().replace("-", "_").replace(" ", "_").replace("/", "_")
    if not text:
        return default
    for member in enum_cls:
        if text in (member.value, member.name.casefold()):
            return member
    if enum_cls is PersonKind and text.startswith("owner"):
        return cast(E, PersonKind.OWNER)
    raise ValidationError("“{value}” is not one of: {join}.", value=value, join=", ".join(m.value for m in enum_cls))


EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)


def _when(value: str, sla: ServiceClock, now: datetime) -> datetime | None:
    """A date or date and time as spreadsheets write it, in the company's time zone."""
    text = value.strip()
    if not text:
        return None
    for parse in (datetime.fromisoformat, lambda t: datetime.strptime(t, "%d/%m/%Y"),
                  lambda t: datetime.strptime(t, "%d.%m.%Y")):
        try:
            moment = parse(text)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=sla.zone)
            moment = moment.astimezone(UTC)
        except (ValueError, OverflowError):
            continue
        if not EARLIEST <= moment <= now:
            raise ValidationError("“{text}” is not a date between 1990 and today.", text=text)
        return moment
    raise ValidationError("“{text}” is not a date like 2026-03-31.", text=text)


# where a write helper's error names a field, the import names the file's column for it
FIELD_COLUMNS = {"department_id": "department", "head_id": "head", "requester_department_id": "requester_department",
                 "provider_id": "provider", "requester_id": "requester"}


class ImportService(ServiceBase):
    def plan(self, kind: str, path: Path, mapping: dict[str, str]) -> ImportPlan:
        """What the import would do, row by row: the real import, rehearsed and rolled back."""
        header, rows = read_csv(path)
        with self.db.rehearsal() as s:
            return self._run(s, kind, header, rows, mapping)

    def apply(self, kind: str, path: Path, mapping: dict[str, str]) -> ImportPlan:
        """Write every row in one transaction, or none if any row has a problem."""
        header, rows = read_csv(path)
        with self.db.transaction() as s:
            plan = self._run(s, kind, header, rows, mapping)
            if not plan.ok:  # raising rolls the whole import back
                raise ValidationError("Nothing was imported: {count} problems in the file.",
                                      count=len(plan.problems))
            # the copy reads the file as last committed, so it holds everything before this import
            BackupService(self.ctx).make("before-import")
            return plan

    def _run(self, s: Session, kind: str, header: list[str], rows: list[list[str]],
             mapping: dict[str, str]) -> ImportPlan:
        if kind not in FIELDS:
            raise ValidationError("Only departments, people and requests can be imported, not “{kind}”.", kind=kind)
        plan = ImportPlan(kind, header)
        for name, label, required in FIELDS[kind]:
            column = mapping.get(name)
            if column is not None and column not in header:
                raise ValidationError("The file has no column “{column}”.", column=column, field=name)
            if required and not column:
                required_error = ValidationError("Choose which column holds this; it is required.")
                plan.problems.append(RowProblem(1, label, required_error.message, required_error))
        if plan.problems:
            return plan
        index = {name: header.index(column) for name, column in mapping.items() if column}
        rows_of = _Lookup(s)
        seen: set[object] = set()
        handler = {"departments": self._department, "people": self._person, "requests": self._request}[kind]
        for number, row in enumerate(rows, start=2):
            values = {name: (row[i].strip() if i < len(row) else "") for name, i in index.items()}
            try:
                key, action = handler(s, values, rows_of, seen)
            except _ColumnProblem as problem:
                plan.problems.append(RowProblem(number, problem.column, problem.error.message, problem.error))
                continue
            except DomainError as error:
                column = FIELD_COLUMNS.get(error.field or "", error.field or "")
                plan.problems.append(RowProblem(number, column, error.message, error))
                continue
            seen.add(key)
            counter = COUNTERS[action]
            setattr(plan, counter, getattr(plan, counter) + 1)
            if len(plan.preview) < 200:
                plan.preview.append((number, action, values))
        if plan.ok:
            insert_requests(s, rows_of.new_requests)
        s.flush()
        return plan

    # -- one row of each kind, written through the same helpers as the window -----------------
    def _department(self, s: Session, v: dict[str, str], known: _Lookup, seen: set[object]) -> tuple[object, str]:
        key = name_key(v.get("name", ""))
        _not_twice(key, seen)
        head = known.person_named(v["head"], "head") if v.get("head") else None
        plain = {c.key: v.get(c.key, "") for c in DEPARTMENT_CSV if c.plain}
        existing = known.departments.get(key)
        if existing is None:
            department = add_department(s, self.clock(), DepartmentDraft(**plain, head_id=head.id if head else None))
            known.departments[key] = department
            return key, "create"
        if existing.archived_at is not None:
            raise DuplicateError("An archived department called “{name}” already exists; restore it instead.",
                                 name=existing.name, field="name")
        # the name matched case-insensitively: the spelling already in the file stays
        plain["name"] = existing.name
        head_id = head.id if head else existing.head_id
        changed = change_department(s, existing, DepartmentDraft(**plain, head_id=head_id))
        return key, "update" if changed else "same"

    def _person(self, s: Session, v: dict[str, str], known: _Lookup, seen: set[object]) -> tuple[object, str]:
        department = known.department_named(v.get("department", ""), "department")
        draft = PersonDraft(v.get("full_name", ""), _check("kind", lambda: _enum(v.get("kind", ""), PersonKind,
                                                                                 PersonKind.FULL_TIME)),
                            department.id if department else None, v.get("job_title", ""), v.get("email", ""))
        draft = draft.cleaned()
        key = draft.email.casefold() if draft.email else name_key(draft.full_name)
        _not_twice(key, seen)
        existing = known.person_with(draft.email, draft.full_name)
        if existing is None:
            known.people.append(add_person(s, self.clock(), draft))
            return key, "create"
        return key, "update" if change_person(s, existing, draft) else "same"

    def _request(self, s: Session, v: dict[str, str], known: _Lookup, seen: set[object]) -> tuple[object, str]:
        provider = known.department_named(v.get("provider", ""), "provider")
        if provider is None:
            raise _ColumnProblem("provider", ValidationError("Say which department provides it."))
        requester = known.person_named(v["requester"], "requester") if v.get("requester") else None
        requester_dept = known.department_named(v.get("requester_department", ""), "requester_department")
        priority = _check("priority", lambda: _enum(v.get("priority", ""), Priority, Priority.NORMAL))
        now = self.clock()
        created = _check("created", lambda: _when(v.get("created", ""), self.sla, now)) or now
        title = clean_text(v.get("title"), "The title", required=True, max_len=TITLE_MAX, field="title",
                           single_line=True)
        key = (name_key(title), provider.id, self.sla.today(created))
        _not_twice(key, seen)
        standard_id = known.standard_named(v["standard"], provider) if v.get("standard") else None
        draft = RequestDraft(title=title, provider_id=provider.id, description=v.get("description", ""),
                             requester_id=requester.id if requester else None,
                             requester_department_id=requester_dept.id if requester_dept else None, priority=priority,
                             standard_id=standard_id)
        existing = known.request_on(key, self.sla)
        if existing is None:
            known.new_requests.append(prepare_request(known.references(), self.sla, NewRequest(
                created, draft, created_note="Imported from a file")))
            return key, "create"
        draft.assignee_id = existing.assignee_id
        return key, "update" if change_request(s, now, existing, draft) else "same"


class _Lookup:
    """The records rows refer to by name, loaded once per import (and grown as rows add more)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.departments = {d.name_key: d for d in s.scalars(select(Department))}
        self.people = list(s.scalars(select(Person)))
        self._request_ids: dict[tuple[str, int, date], int] | None = None
        self._references: RequestReferences | None = None
        self._standards: dict[tuple[int, str], int] | None = None
        self.new_requests: list[PreparedRequest] = []

    def references(self) -> RequestReferences:
        """Departments (with their working calendars), people and standards in force, read once:
        due times are computed by prepare_request as when a request is logged in the window."""
        if self._references is None:
            self._references = RequestReferences(self.s, [d.id for d in self.departments.values()],
                                                 [p.id for p in self.people], self.standards().values())
        return self._references

    def standards(self) -> dict[tuple[int, str], int]:
        """(providing department, title key) -> standard in force."""
        if self._standards is None:
            self._standards = {(dept, name_key(title)): standard_id for standard_id, dept, title in self.s.execute(
                select(ServiceStandard.id, ServiceStandard.department_id, StandardVersion.title)
                .join(StandardVersion, StandardVersion.standard_id == ServiceStandard.id)
                .where(StandardVersion.status == StandardStatus.ACTIVE, ServiceStandard.archived_at.is_(None)))}
        return self._standards

    def standard_named(self, title: str, provider: Department) -> int:
        found = self.standards().get((provider.id, name_key(title)))
        if found is None:
            raise _ColumnProblem("standard", ValidationError(
                "{name} has no service standard in force called \u201c{title}\u201d.", name=provider.name,
                title=title.strip()))
        return found

    def department_named(self, name: str, column: str) -> Department | None:
        if not name.strip():
            return None
        found = self.departments.get(name_key(name))
        if found is None:
            raise _ColumnProblem(column, ValidationError("There is no department called \u201c{name}\u201d.",
                                                         name=name.strip()))
        return found

    def person_named(self, name: str, column: str) -> Person:
        matches = [p for p in self.people if name_key(p.full_name) == name_key(name)]
        if len(matches) != 1:
            if not matches:
                raise _ColumnProblem(column, ValidationError("\u201c{name}\u201d is not in the list of people.",
                                                             name=name.strip()))
            raise _ColumnProblem(column, ValidationError("\u201c{name}\u201d matches more than one person.",
                                                         name=name.strip()))
        return matches[0]

    def person_with(self, email: str, full_name: str) -> Person | None:
        if email:
            return next((p for p in self.people if p.email.casefold() == email.casefold()), None)
        return next((p for p in self.people if name_key(p.full_name) == name_key(full_name)), None)

    def request_on(self, key: tuple[str, int, date], sla: ServiceClock) -> Request | None:
        """A request logged the same day with the same title and provider: the row updates it."""
        if self._request_ids is None:  # only the three columns of the key, not whole requests
            self._request_ids = {(name_key(title), provider, sla.today(created)): rid for rid, title, provider, created
                                 in self.s.execute(select(Request.id, Request.title, Request.provider_id,
                                                          Request.created_at))}
        found = self._request_ids.get(key)
        return None if found is None else self.s.get(Request, found)


def _not_twice(key: object, seen: set[object]) -> None:
    if key in seen:
        raise _ColumnProblem("", ValidationError("The same record appears twice in the file."))


class _ColumnProblem(Exception):
    def __init__(self, column: str, error: DomainError) -> None:
        super().__init__(error.message)
        self.column, self.error = column, error


def _check(column: str, action: Callable[[], T]) -> T:
    try:
        return action()
    except DomainError as error:
        raise _ColumnProblem(column, error) from error


__all__ = ["ImportService", "ImportPlan", "RowProblem", "FIELDS", "guess_mapping", "read_csv"]
