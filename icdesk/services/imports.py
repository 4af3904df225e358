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
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from icdesk.domain.enums import EventKind, PersonKind, Priority, RequestStatus
from icdesk.domain.errors import DomainError, ValidationError
from icdesk.domain.models import Department, Person, Request, RequestEvent
from icdesk.domain.rules import TEXT_MAX, TITLE_MAX, clean_name, clean_text, name_key
from icdesk.services.base import ServiceBase

FIELDS: dict[str, list[tuple[str, str, bool]]] = {  # kind -> (field, label, required)
    "departments": [("name", "Name", True), ("description", "Description", False), ("head", "Head", False)],
    "people": [("full_name", "Name", True), ("department", "Department", False), ("kind", "Kind", False),
               ("job_title", "Job title", False), ("email", "E-mail", False)],
    "requests": [("title", "Title", True), ("provider", "Provided by (department)", True),
                 ("requester", "Asked by (person)", False), ("requester_department", "Asked by (department)", False),
                 ("priority", "Priority", False), ("description", "Details", False), ("created", "Logged on", False)],
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
    raise ValidationError("“{value}” is not one of: {join}.", value=value, join=', '.join(m.value for m in enum_cls))


def _when(value: str) -> datetime | None:
    text = value.strip()
    if not text:
        return None
    for parse in (datetime.fromisoformat, lambda t: datetime.strptime(t, "%d/%m/%Y"),
                  lambda t: datetime.strptime(t, "%d.%m.%Y")):
        try:
            moment = parse(text)
        except ValueError:
            continue
        return moment if moment.tzinfo else moment.astimezone()
    raise ValidationError("“{text}” is not a date like 2026-03-31.", text=text)


class ImportService(ServiceBase):
    def plan(self, kind: str, path: Path, mapping: dict[str, str]) -> ImportPlan:
        header, rows = read_csv(path)
        with self.db.reading() as s:
            return self._run(s, kind, header, rows, mapping, write=False)

    def apply(self, kind: str, path: Path, mapping: dict[str, str]) -> ImportPlan:
        """Write every row in one transaction, or none if any row has a problem."""
        header, rows = read_csv(path)
        with self.db.reading() as s:
            plan = self._run(s, kind, header, rows, mapping, write=False)
        if not plan.ok:
            raise ValidationError("Nothing was imported: {count} problems in the file.", count=len(plan.problems))
        from icdesk.services.backups import BackupService

        BackupService(self.db, self.clock)._make("before-import")
        with self.db.transaction() as s:
            return self._run(s, kind, header, rows, mapping, write=True)

    def _run(self, s: Session, kind: str, header: list[str], rows: list[list[str]], mapping: dict[str, str],
             write: bool) -> ImportPlan:
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
        departments = {name_key(d.name): d for d in s.scalars(select(Department))}
        people = list(s.scalars(select(Person)))
        seen: set[object] = set()
        handler = {"departments": self._department, "people": self._person, "requests": self._request}[kind]
        for number, row in enumerate(rows, start=2):
            values = {name: (row[i].strip() if i < len(row) else "") for name, i in index.items()}
            try:
                key, action = handler(s, values, departments, people, write)
            except _ColumnProblem as problem:
                plan.problems.append(RowProblem(number, problem.column, problem.error.message, problem.error))
                continue
            if key in seen:
                twice = ValidationError("The same record appears twice in the file.")
                plan.problems.append(RowProblem(number, "", twice.message, twice))
                continue
            seen.add(key)
            counter = COUNTERS[action]
            setattr(plan, counter, getattr(plan, counter) + 1)
            if len(plan.preview) < 200:
                plan.preview.append((number, action, values))
        return plan

    # -- one row of each kind: returns (natural key, "create" | "update" | "same") -------------------
    def _department(self, s: Session, v: dict[str, str], departments: dict[str, Department],
                    people: list[Person], write: bool) -> tuple[object, str]:
        name = _check("name", lambda: clean_name(v.get("name"), "The department name"))
        description = _check("description", lambda: clean_text(v.get("description"), "The description",
                                                               required=False, max_len=TEXT_MAX, field="description"))
        head = _person_named(v.get("head", ""), people, "head") if v.get("head") else None
        existing = departments.get(name_key(name))
        if existing is not None:
            same = existing.description == description and (head is None or existing.head_id == head.id)
            if write and not same:
                existing.description = description
                existing.head_id = head.id if head else existing.head_id
            return name_key(name), "same" if same else "update"
        if write:
            department = Department(name=name, name_key=name_key(name), description=description,
                                    head_id=head.id if head else None, created_at=self.clock())
            s.add(department)
            s.flush()
            departments[name_key(name)] = department
        return name_key(name), "create"

    def _person(self, s: Session, v: dict[str, str], departments: dict[str, Department],
                people: list[Person], write: bool) -> tuple[object, str]:
        from icdesk.services.organisation import _clean_email

        full_name = _check("full_name", lambda: clean_name(v.get("full_name"), "The name", "full_name"))
        email = _check("email", lambda: _clean_email(v.get("email", "")))
        kind = _check("kind", lambda: _enum(v.get("kind", ""), PersonKind, PersonKind.FULL_TIME))
        job = _check("job_title", lambda: clean_text(v.get("job_title"), "The job title", required=False,
                                                     max_len=120, field="job_title"))
        department = _department_named(v.get("department", ""), departments, "department")
        key = email.casefold() if email else name_key(full_name)
        existing = next((p for p in people if (p.email.casefold() == key if email else
                                               name_key(p.full_name) == key)), None)
        new = dict(full_name=full_name, email=email, kind=kind, job_title=job,
                   department_id=department.id if department else None)
        if existing is not None:
            same = all(getattr(existing, k) == val for k, val in new.items())
            if write and not same:
                for k, val in new.items():
                    setattr(existing, k, val)
            return key, "same" if same else "update"
        if write:
            person = Person(active=True, created_at=self.clock(), **new)
            s.add(person)
            s.flush()
            people.append(person)
        return key, "create"

    def _request(self, s: Session, v: dict[str, str], departments: dict[str, Department],
                 people: list[Person], write: bool) -> tuple[object, str]:
        title = _check("title", lambda: clean_text(v.get("title"), "The title", required=True, max_len=TITLE_MAX,
                                                   field="title"))
        provider = _department_named(v.get("provider", ""), departments, "provider")
        if provider is None:
            raise _ColumnProblem("provider", ValidationError("Say which department provides it."))
        requester = _person_named(v.get("requester", ""), people, "requester") if v.get("requester") else None
        requester_dept = _department_named(v.get("requester_department", ""), departments, "requester_department")
        if requester is None and requester_dept is None:
            raise _ColumnProblem("requester", ValidationError("Say who is asking: a person or a department."))
        priority = _check("priority", lambda: _enum(v.get("priority", ""), Priority, Priority.NORMAL))
        description = _check("description", lambda: clean_text(v.get("description"), "The details",
                                                               required=False, max_len=TEXT_MAX, field="description"))
        created = _check("created", lambda: _when(v.get("created", ""))) or self.clock()
        created = created.astimezone(UTC)
        day_start = datetime.combine(created.astimezone().date(), time(), created.astimezone().tzinfo)
        key = (title.casefold(), provider.id, created.astimezone().date())
        existing = s.scalars(select(Request).where(
            Request.provider_id == provider.id, Request.title == title,
            Request.created_at >= day_start, Request.created_at < day_start + timedelta(days=1))
        ).first()
        if existing is not None:
            same = existing.description == description and existing.priority == priority
            if write and not same:
                existing.description, existing.priority = description, priority
            return key, "same" if same else "update"
        if write:
            request = Request(
                title=title, description=description, provider_id=provider.id,
                requester_id=requester.id if requester else None,
                requester_department_id=requester_dept.id if requester_dept else
                (requester.department_id if requester else None),
                priority=priority, status=RequestStatus.NEW, created_at=created, updated_at=created, paused_seconds=0)
            s.add(request)
            s.flush()
            s.add(RequestEvent(request_id=request.id, at=created, kind=EventKind.CREATED, to_status=RequestStatus.NEW,
                               text="Imported from CSV"))
        return key, "create"


class _ColumnProblem(Exception):
    def __init__(self, column: str, error: DomainError) -> None:
        super().__init__(error.message)
        self.column, self.error = column, error


def _check(column: str, action: Callable[[], T]) -> T:
    try:
        return action()
    except DomainError as error:
        raise _ColumnProblem(column, error) from error


def _department_named(name: str, departments: dict[str, Department], column: str) -> Department | None:
    if not name.strip():
        return None
    found = departments.get(name_key(name))
    if found is None:
        raise _ColumnProblem(column, ValidationError("There is no department called \u201c{name}\u201d.",
                                                     name=name.strip()))
    return found


def _person_named(name: str, people: list[Person], column: str) -> Person:
    matches = [p for p in people if name_key(p.full_name) == name_key(name)]
    if len(matches) != 1:
        if not matches:
            raise _ColumnProblem(column, ValidationError("\u201c{name}\u201d is not in the list of people.",
                                                         name=name.strip()))
        raise _ColumnProblem(column, ValidationError("\u201c{name}\u201d matches more than one person.",
                                                     name=name.strip()))
    return matches[0]


__all__ = ["ImportService", "ImportPlan", "RowProblem", "FIELDS", "guess_mapping", "read_csv"]
