"""Import of departments, people, requests and service standards from CSV files and workbooks.

The file is read by tabular.py as a stream of rows numbered as the spreadsheet numbers them; each
row is checked and written through the same session-level helpers the window uses. plan() runs
the real import inside a transaction that is always rolled back (Database.rehearsal), so the
plan and the import cannot disagree; apply() writes every row in one transaction, or none: any
problem, a Cancel or an error rolls it all back. A 'before-import' backup is made just before
the commit.

Rows are matched on a natural key, so importing the same file twice updates instead of
duplicating: departments by name, people by e-mail (else by name), requests by title, providing
department and the day they were logged, standards by department and title. A column the file
does not have leaves that field of a matched record as it is.

Memory stays flat whatever the size of the file: rows are read one at a time, new requests are
written in batches as they pass, and only the first problems and preview rows are kept.
"""

from __future__ import annotations

import copy
import enum
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from icdesk.domain.enums import PersonKind, Priority, RequestStatus, StandardStatus
from icdesk.domain.errors import DomainError, RuleError, ValidationError
from icdesk.domain.models import Department, Person, Request, ServiceStandard, StandardVersion
from icdesk.domain.rules import TEXT_MAX, TITLE_MAX, clean_name, clean_text, name_key
from icdesk.domain.sla import ServiceClock
from icdesk.i18n.system_notes import IMPORTED_NOTE
from icdesk.services.backups import BackupService
from icdesk.services.base import ServiceBase
from icdesk.services.import_kinds import KINDS, MINUTES, STEPS, ImportKind, guess_mapping
from icdesk.services.import_values import (
    header_unit,
    numbered_columns,
    parse_choice,
    parse_day,
    parse_moment,
    parse_steps,
    parse_target,
)
from icdesk.services.organisation import (
    DepartmentDraft,
    PersonDraft,
    add_department,
    add_person,
    change_department,
    change_person,
)
from icdesk.services.request_writes import (
    Move,
    NewRequest,
    PreparedRequest,
    RequestDraft,
    RequestReferences,
    change_request,
    insert_requests,
    prepare_request,
)
from icdesk.services.standards import (
    StandardContent,
    add_standard,
    edit_draft,
    publish_version,
    retire_standard,
    start_new_version,
)
from icdesk.services.tabular import TableSource, open_table

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
Progress = Callable[[str, int, int], None]  # phase ("reading", "checking", "saving"), rows done, rows in all
COUNTERS = {"create": "creates", "update": "updates", "same": "unchanged"}
PREVIEW_ROWS = 200
LISTED_PROBLEMS = 1000  # beyond this the plan only counts them: the first thousand say what to fix
WRITE_BATCH = 2000  # new requests written at a time, so memory does not grow with the file
TICK = 500  # rows between two progress reports (and looks at the Cancel button)
CANCELLED_NOTE = "Cancelled before it was imported"

# where a write helper's error names a field, the import names the file's column for it
FIELD_COLUMNS = {"department_id": "department", "head_id": "head", "requester_department_id": "requester_department",
                 "provider_id": "provider", "requester_id": "requester", "owner_id": "owner",
                 "next_review_on": "next_review", "name": "name"}


@dataclass(frozen=True)
class ReadOptions:
    """How to read the file; None means "as detected" (the first sheet with data)."""

    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1, blank rows count
    column: str  # the file's column name, "" when the problem is the whole row
    letter: str  # the column as the spreadsheet labels it ("B"), "" for the whole row
    reason: str  # English
    error: DomainError | None = None  # the same reason, for showing it in the user's language
    field: str = ""  # the import's field


@dataclass(frozen=True)
class PreviewRow:
    row: int
    action: str  # "create", "update" or "same"
    values: dict[str, str]  # field -> value as understood: targets in minutes, steps one per line


LISTED_WARNINGS = 20  # notes about single rows listed under a plan
UNTIMED_LISTED = 10  # rows named in the note of requests resolved without a time


@dataclass
class ImportPlan:
    kind: str
    path: Path
    header: list[str]
    mapping: dict[str, str]  # field -> the column read for it (the first of numbered step columns)
    ignored: list[str] = field(default_factory=list)  # columns of the file no field reads
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    warnings: list[DomainError] = field(default_factory=list)
    rows: int = 0
    creates: int = 0
    updates: int = 0
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)  # the first LISTED_PROBLEMS
    problem_count: int = 0
    preview: list[PreviewRow] = field(default_factory=list)  # the first PREVIEW_ROWS
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problem_count


class ImportRefused(ValidationError):
    """Some rows have problems: nothing was written. ``plan`` says which."""

    def __init__(self, plan: ImportPlan) -> None:
        super().__init__("Nothing was imported; rows with problems: {count}.", count=plan.problem_count)
        self.plan = plan


class ImportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was written.")


class ImportService(ServiceBase):
    def plan(self, kind: str, path: Path, mapping: dict[str, str] | None = None,
             options: ReadOptions | None = None, *, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None,
             opened: Callable[[ImportPlan], None] | None = None) -> ImportPlan:
        """What the import would do, row by row: the real import, rehearsed and rolled back.

        ``mapping`` (field -> column) None: guessed from the column names. ``opened`` hears how
        the file was read (header, columns, character set...) before the rows are checked.
        Raises ValidationError for a file that cannot be read as a table, ImportCancelled when
        ``cancelled()`` turns true.
        """
        source, plan = self._open(kind, Path(path), mapping, options or ReadOptions())
        if opened is not None:
            opened(copy.copy(plan))
        run = _Run(self, plan, source, _Ticker(progress, cancelled), write=False)
        total = run.count()
        with self.db.rehearsal() as s:
            run.rows(s, total)
        return plan

    def apply(self, kind: str, path: Path, mapping: dict[str, str] | None = None,
              options: ReadOptions | None = None, *, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> ImportPlan:
        """Write every row in one transaction, or none: raises ImportRefused (with the plan) if any
        row has a problem, ImportCancelled if cancelled; the file is then exactly as it was."""
        source, plan = self._open(kind, Path(path), mapping, options or ReadOptions())
        ticker = _Ticker(progress, cancelled)
        run = _Run(self, plan, source, ticker, write=True)
        total = run.count()
        with self.db.transaction() as s:
            run.rows(s, total)
            if not plan.ok:  # raising rolls the whole import back
                raise ImportRefused(plan)
            ticker.phase("saving", total)
            # the copy reads the file as last committed, so it holds everything before this import;
            # a server keeps its own backups, and this transaction is all or nothing there too
            if self.db.path is not None:
                BackupService(self.ctx).make("before-import")
            ticker.check()  # the last moment Cancel can still leave the file untouched
            plan.written = True
        return plan

    def mapping(self, kind: str, path: Path, overrides: dict[str, str], options: ReadOptions | None = None
                ) -> dict[str, str]:
        """The columns guessed from their names, then ``overrides`` (column -> field; an empty field
        leaves the column out). Raises ValidationError for a column or field that does not exist."""
        spec = _kind(kind)
        options = options or ReadOptions()
        header = open_table(Path(path), sheet=options.sheet, encoding=options.encoding,
                            delimiter=options.delimiter).header
        mapping = guess_mapping(kind, header)
        for column, key in overrides.items():
            if column not in header:
                raise ValidationError("The file has no column “{column}”; its columns are: {join}.", column=column,
                                      join=", ".join(header), field="mapping")
            mapping = {k: c for k, c in mapping.items() if c != column}
            if key:
                _field(spec, key)
                mapping[key] = column
        return mapping

    def _open(self, kind: str, path: Path, mapping: dict[str, str] | None,
              options: ReadOptions) -> tuple[TableSource, ImportPlan]:
        spec = _kind(kind)
        source = open_table(path, sheet=options.sheet, encoding=options.encoding, delimiter=options.delimiter)
        chosen = guess_mapping(kind, source.header) if mapping is None else dict(mapping)
        for key, column in chosen.items():
            _field(spec, key)
            if column not in source.header:
                raise ValidationError("The file has no column “{column}”; its columns are: {join}.", column=column,
                                      join=", ".join(source.header), field=key)
        used = {c for key, column in chosen.items() for c in _columns(spec, key, column, source.header)}
        plan = ImportPlan(kind, path, list(source.header), chosen,
                          ignored=[c for c in source.header if c not in used], encoding=source.encoding,
                          delimiter=source.delimiter, sheet=source.sheet, sheets=list(source.sheets),
                          warnings=list(source.warnings))
        return source, plan


def _kind(kind: str) -> ImportKind:
    if kind not in KINDS:
        raise ValidationError("Only {join} can be imported, not “{kind}”.", kind=kind, join=", ".join(KINDS),
                              field="kind")
    return KINDS[kind]


def _field(spec: ImportKind, key: str) -> None:
    if spec.field(key) is None:
        raise ValidationError("An import of {kind} has no field “{name}”; the fields are: {join}.", kind=spec.key,
                              name=key, join=", ".join(f.key for f in spec.fields), field="mapping")


def _columns(spec: ImportKind, key: str, column: str, header: list[str]) -> list[str]:
    """The columns a field reads: one, or for steps a run of numbered ones."""
    found = spec.field(key)
    return numbered_columns(header, column) if found is not None and found.shows == STEPS else [column]


class _Ticker:
    """Progress every TICK rows, and the Cancel button looked at just as often."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.name = "reading"

    def phase(self, name: str, total: int) -> None:
        self.name = name
        self.tick(0, total)

    def tick(self, done: int, total: int) -> None:
        self.check()
        if self.progress is not None:
            self.progress(self.name, done, total)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()


class _ColumnProblem(Exception):
    def __init__(self, field: str, error: DomainError) -> None:
        super().__init__(error.message)
        self.field, self.error = field, error


def _request_number(text: str) -> int | None:
    """A request's number as the list and the export write it ("1005", "#1005"); None for an empty cell.
    "-5", "1.5" or "abc" were passed over without a word, and the row added as a new request."""
    typed = text.strip().lstrip("#").strip()
    if not typed:
        return None
    if not (typed.isdecimal() and typed.isascii() and 0 < int(typed) < 2**63):
        raise _ColumnProblem("number", ValidationError(
            "“{text}” is not a request's number (a whole number such as 1005).", text=text.strip()[:40],
            field="number"))
    return int(typed)


def _check(field: str, action: Callable[[], T]) -> T:
    try:
        return action()
    except DomainError as error:
        raise _ColumnProblem(field, error) from error


class _Run:
    """One pass over the rows of a file, in one session."""

    known: _Lookup

    def __init__(self, service: ImportService, plan: ImportPlan, source: TableSource, ticker: _Ticker,
                 write: bool) -> None:
        self.service = service
        self.plan = plan
        self.source = source
        self.ticker = ticker
        self.write = write
        self.spec = KINDS[plan.kind]
        self.now = service.clock()
        self.sla = service.sla
        self.seen: dict[bytes, int] = {}  # natural key (digested) -> the row that had it first
        self.pending: list[PreparedRequest] = []
        self.untimed: list[int] = []  # rows of requests resolved without saying when
        self.made_here: set[int] = set()  # people this import added
        header = source.header
        self.index = {key: [header.index(c) for c in _columns(self.spec, key, column, header)]
                      for key, column in plan.mapping.items()}
        self.units = {key: header_unit(column) for key, column in plan.mapping.items()}

    def count(self) -> int:
        """About how many data rows there are, so progress can say how far along it is.

        A CSV file's line breaks are counted in its bytes (a cell on two lines or a blank row
        counts one too many, which progress can bear): reading every row twice would cost the
        time of reading the file again. A workbook's sheet is already in memory: its rows are counted.
        """
        self.ticker.phase("reading", 0)
        source = self.source
        if source.encoding is None:
            total = 0
            for total, _row in enumerate(source.iter_rows(), start=1):
                if total % (TICK * 10) == 0:
                    self.ticker.tick(0, 0)
            return total
        # UTF-16 stays aligned: chunks of an even size never cut a two-byte line break in two
        newline = {"utf-16": b"\n\x00", "utf-16-le": b"\n\x00", "utf-16-be": b"\x00\n"}.get(source.encoding, b"\n")
        lines, last = 0, newline
        try:
            with source.path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    lines += chunk.count(newline)
                    last = chunk[-len(newline):]
                    self.ticker.check()
        except OSError:
            return 0
        return max(1, lines + (last != newline) - source.header_row)

    def rows(self, s: Session, total: int) -> None:
        plan = self.plan
        for spec in self.spec.fields:
            if spec.required and spec.key not in plan.mapping:
                error = ValidationError("Choose the column that holds “{label}”; it is required.", label=spec.label)
                self._problem(self.source.header_row, spec.key, error)
        if not plan.ok:
            return
        self.known = _Lookup(s)
        handler = {"departments": self._department, "people": self._person, "requests": self._request,
                   "standards": self._standard}[plan.kind]
        self.ticker.phase("checking", total)
        for done, row in enumerate(self.source.iter_rows(), start=1):
            if done % TICK == 0:
                total = max(total, done)  # the count was an estimate
                self.ticker.tick(done, total)
            plan.rows = done
            values = {key: "\n".join(row.cells[i] for i in indexes if i < len(row.cells) and row.cells[i])
                      if len(indexes) > 1 else (row.cells[indexes[0]].strip() if indexes[0] < len(row.cells) else "")
                      for key, indexes in self.index.items()}
            try:
                self._no_cells_past_the_header(row.cells)
                action = handler(s, row.number, values)
            except _ColumnProblem as problem:
                self._problem(row.number, problem.field, problem.error)
                continue
            except DomainError as error:
                self._problem(row.number, FIELD_COLUMNS.get(error.field or "", error.field or ""), error)
                continue
            counter = COUNTERS[action]
            setattr(plan, counter, getattr(plan, counter) + 1)
            if len(plan.preview) < PREVIEW_ROWS:
                plan.preview.append(PreviewRow(row.number, action, values))
        self.ticker.tick(plan.rows, plan.rows)
        self._flush(s)
        s.flush()
        if len(self.untimed) == 1:
            plan.warnings.append(ValidationError(
                "Row {row}: resolved, but not said when; kept without a service time and outside the target "
                "figures.", row=self.untimed[0]))
        elif self.untimed:
            shown = ", ".join(str(r) for r in self.untimed[:UNTIMED_LISTED])
            plan.warnings.append(ValidationError(
                "Rows {rows}: resolved, but not said when; kept without a service time and outside the target "
                "figures.", rows=shown + (", …" if len(self.untimed) > UNTIMED_LISTED else "")))
        if plan.kind == "requests" and plan.creates and not plan.mapping.get("created"):
            # a request is the same one by its title, who asked whom, and the day: without a day in the
            # file each row is today's, and the same file imported tomorrow adds every row again
            plan.warnings.append(ValidationError(
                "The file does not say when its requests were logged, so each is logged as today; the same file "
                "imported again on another day would add them again. A column with the date logged (created) "
                "makes it safe to import twice."))

    def _no_cells_past_the_header(self, cells: list[str]) -> None:
        """A text file's row longer than its header: a separator inside an unquoted text split it, and
        what came after went to the next columns or nowhere ("Invoices, purchasing" kept "Invoices")."""
        source = self.source
        width = len(source.header)
        if source.delimiter and any(cell.strip() for cell in cells[width:]):
            count = max(i for i, cell in enumerate(cells) if cell.strip()) + 1
            raise _ColumnProblem("", ValidationError(
                "This row has {count} cells but the header has {columns}: a text holding “{separator}” needs "
                "quotes around it.", count=count, columns=width, separator=source.delimiter))

    def _problem(self, row: int, key: str, error: DomainError) -> None:
        plan = self.plan
        plan.problem_count += 1
        self.pending.clear()  # nothing will be written: stop holding rows for it
        if len(plan.problems) < LISTED_PROBLEMS:
            column = plan.mapping.get(key, "") if key in self.index else ""
            letter = self.source.column_letter(self.source.header.index(column)) if column else ""
            plan.problems.append(RowProblem(row, column, letter, error.message, error, key))

    def _not_twice(self, key: object, row: int, error: Callable[[int], DomainError]) -> None:
        # a 12-byte digest of the key rather than the key: half a million rows stay a few dozen MB
        first = self.seen.setdefault(hashlib.blake2b(repr(key).encode(), digest_size=12).digest(), row)
        if first != row:
            raise _ColumnProblem("", error(first))

    def _flush(self, s: Session) -> None:
        """Write the requests checked so far. The plan does not write them only to roll them back:
        prepare_request() has checked everything the insert relies on."""
        if self.pending and self.write and self.plan.ok:
            insert_requests(s, self.pending)
        self.pending.clear()

    # -- one row of each kind, written through the same helpers as the window ------------------------
    def _department(self, s: Session, row: int, v: dict[str, str]) -> str:
        known = self.known
        name = clean_name(v.get("name"), "The department name")
        key = name_key(name)
        self._not_twice(key, row, lambda first: ValidationError(
            "Row {row} already has the department “{name}”; each may appear once in the file.", row=first,
            name=name))
        head = known.person_named(v["head"], "head") if v.get("head") else None
        existing = known.departments.get(key)
        if existing is None:
            department = add_department(s, self.now, DepartmentDraft(
                name, v.get("description", ""), head.id if head else None, v.get("code", "")))
            known.departments[key] = department
            return "create"
        # the name matched case-insensitively: the spelling already in the file stays; what the
        # file does not say (a column it lacks, an empty head) stays as it is
        draft = DepartmentDraft(existing.name, v.get("description", existing.description),
                                head.id if head else existing.head_id, v.get("code", "")).cleaned()
        if (draft.description, draft.head_id, draft.code or existing.code) == (
                existing.description, existing.head_id, existing.code):
            return "same"  # an archived department listed unchanged (as an export lists it) is fine
        return "update" if change_department(s, existing, draft) else "same"

    def _person(self, s: Session, row: int, v: dict[str, str]) -> str:
        known = self.known
        department = known.department_named(v.get("department", ""), "department")
        kind = _check("kind", lambda: parse_choice(v.get("kind", ""), PersonKind, PersonKind.FULL_TIME))
        draft = PersonDraft(v.get("full_name", ""), kind, department.id if department else None,
                            v.get("job_title", ""), v.get("email", "")).cleaned()
        # two people of one name in two departments are two people (the window allows it): without an
        # e-mail, the name and the department tell a person; two night porters may share the desk's address
        key = (draft.email.casefold(), name_key(draft.full_name)) if draft.email else (name_key(draft.full_name),
                                                                                        draft.department_id)
        self._not_twice(key, row, lambda first: ValidationError(
            "Row {row} already has this person (the same e-mail, or the same name without one).", row=first))
        existing = known.person_with(draft.email, draft.full_name, draft.department_id if department else None)
        if existing is not None and existing.id in self.made_here and department is not None and \
                existing.department_id != department.id:
            existing = None  # two rows of one name in two departments of one file: two people, not one moved
        if existing is None:
            made = add_person(s, self.now, draft)
            self.made_here.add(made.id)
            known.add_person(made)
            return "create"
        # what the file does not say stays as it is
        keep = PersonDraft(draft.full_name,
                           draft.kind if v.get("kind") else existing.kind,
                           draft.department_id if v.get("department") else existing.department_id,
                           draft.job_title if "job_title" in v else existing.job_title,
                           draft.email if "email" in v else existing.email)
        return "update" if change_person(s, existing, keep) else "same"

    def _request(self, s: Session, row: int, v: dict[str, str]) -> str:
        known = self.known
        provider = known.department_named(v.get("provider", ""), "provider")
        if provider is None:
            raise _ColumnProblem("provider", ValidationError("Say which department provides it."))
        requester_dept = known.department_named(v.get("requester_department", ""), "requester_department")
        requester = None
        if v.get("requester"):
            try:
                requester = known.person_named(v["requester"], "requester",
                                               requester_dept.id if requester_dept else None)
            except _ColumnProblem:
                # a department asking as a whole: the Requests export names it as the requester
                asking = known.department_called(v["requester"])
                if asking is None or (requester_dept is not None and requester_dept.id != asking.id):
                    raise
                requester_dept = asking
        assignee = known.person_named(v["assignee"], "assignee") if v.get("assignee") else None
        priority = _check("priority", lambda: parse_choice(v.get("priority", ""), Priority, Priority.NORMAL))
        created = _check("created", lambda: parse_moment(v.get("created", ""), self.sla.zone, self.now)) or self.now
        title = clean_text(v.get("title"), "The title", required=True, max_len=TITLE_MAX, field="title",
                           single_line=True)
        # the requester is part of it: two people asking the kitchen for the same thing on one day
        # are two requests (an export of a busy company lists such pairs)
        key = (name_key(title), provider.id, _requester_key(requester.id if requester else None,
                                                           requester_dept.id if requester_dept else None),
               self.sla.today(created))
        # a number says which request a row is (the export lists one asked twice in a day twice): the
        # file's own request of that number and title, else the row is told by what it says
        number = _request_number(v.get("number", ""))
        numbered = known.request_numbered(number, provider.id, title) if number is not None else None
        self._not_twice(("number", number) if number is not None else key, row, lambda first: ValidationError(
            "Row {row} already has this request (the same title, department, requester and day).", row=first)
            if number is None else ValidationError("Row {row} already has request number {n}.", row=first, n=number))
        existing = numbered or known.request_on(key, self.sla)
        if number is not None and existing is None and len(self.plan.warnings) < LISTED_WARNINGS:
            # a file of another company, or a number typed by hand: said, not passed over without a word
            self.plan.warnings.append(ValidationError(
                "Row {row}: number {n} is no request of this title and department here; the row is added as a new "
                "request, with a number of its own.", row=row, n=number))
        if existing is not None:
            status = _check("status", lambda: parse_choice(v.get("status", ""), RequestStatus, existing.status))
            if status is not existing.status and len(self.plan.warnings) < LISTED_WARNINGS:
                # a request moves on through its window, where each step has a time, a person and a note;
                # said, rather than counted "already the same" without a word
                self.plan.warnings.append(ValidationError(
                    "Row {row}: this request is already in the file as {status}; an import does not move it "
                    "on to {target}: move it in its window.", row=row, status=existing.status.value,
                    target=status.value))
            draft = RequestDraft(title=title, provider_id=provider.id,
                                 description=clean_text(v.get("description", existing.description), "The description",
                                                        required=False, max_len=TEXT_MAX, field="description"),
                                 priority=priority if v.get("priority") else existing.priority,
                                 assignee_id=assignee.id if assignee else existing.assignee_id)
            if (title, draft.description, draft.priority, draft.assignee_id) == (
                    existing.title, existing.description, existing.priority, existing.assignee_id):
                return "same"  # a closed request listed unchanged (as an export lists it) is fine
            return "update" if change_request(s, self.now, existing, draft) else "same"
        status = _check("status", lambda: parse_choice(v.get("status", ""), RequestStatus, RequestStatus.NEW))
        responded = self._later("first_response_at", v, created)
        resolved = self._later("resolved_at", v, responded or created)
        if resolved is not None and status not in (RequestStatus.RESOLVED, RequestStatus.CLOSED):
            # one of the two is wrong, and dropping the time would hide which
            raise _ColumnProblem("resolved_at", ValidationError(
                "The row has a resolved time, but its status is {status}: give the status resolved or closed, "
                "or leave the time out.", status=status.value))
        draft = RequestDraft(title=title, provider_id=provider.id, description=v.get("description", ""),
                             requester_id=requester.id if requester else None,
                             requester_department_id=requester_dept.id if requester_dept else None,
                             priority=priority, assignee_id=assignee.id if assignee else None,
                             standard_id=known.standard_in_force(v["standard"], provider) if v.get("standard")
                             else None)
        item = NewRequest(created, draft, created_note=IMPORTED_NOTE, old_log=True,
                          moves=_moves(status, created, responded, resolved))
        prepared = prepare_request(known.references(), self.sla, item)
        if status in (RequestStatus.RESOLVED, RequestStatus.CLOSED) and resolved is None:
            # resolved "the minute it was logged" would be a service time nobody knows, within every target
            prepared.life.service_seconds = prepared.life.resolution_due_at = None
            if responded is None:
                prepared.fixed["response_due_at"] = None
            self.untimed.append(row)
        if self.plan.ok and self.write:
            self.pending.append(prepared)
            if len(self.pending) >= WRITE_BATCH:
                self._flush(s)
        return "create"

    def _later(self, key: str, v: dict[str, str], since: datetime) -> datetime | None:
        moment = _check(key, lambda: parse_moment(v.get(key, ""), self.sla.zone, self.now))
        if moment is not None and moment < since:
            raise _ColumnProblem(key, ValidationError("“{text}” is before the request was logged or answered.",
                                                      text=v[key]))
        return moment

    def _standard(self, s: Session, row: int, v: dict[str, str]) -> str:
        known = self.known
        department = known.department_named(v.get("department", ""), "department")
        if department is None:
            raise _ColumnProblem("department", ValidationError("Say which department the standard belongs to."))
        title = clean_text(v.get("title"), "The title", required=True, max_len=TITLE_MAX, field="title")
        key = (department.id, name_key(title))
        self._not_twice(key, row, lambda first: ValidationError(
            "Row {row} already has the standard “{title}” of this department.", row=first, title=title))
        state = _check("state", lambda: parse_choice(v.get("state", ""), StandardStatus, StandardStatus.DRAFT,
                                                     extra=_IN_FORCE)) if v.get("state") else None
        standard = known.standards.get(key)
        shown = _shown_version(standard) if standard is not None else None
        content = self._content(v, title, shown)
        self._shown_content(v, content)
        if standard is None or shown is None:
            version = add_standard(s, self.now, department.id, content)
            known.standards[key] = version.standard
            self._set_state(s, version, state)
            return "create"
        changed = _content_of(shown) != _content_of_draft(content)
        if standard.archived_at is not None and (changed or state not in (None, shown.status)):
            raise RuleError("The standard “{title}” of {name} is archived; it cannot be changed.", title=shown.title,
                            name=department.name)
        target = shown
        if changed:  # a standard in force is changed by a new draft version; it stays in force until published
            target = next((v for v in standard.versions if v.status is StandardStatus.DRAFT), None) \
                or start_new_version(s, self.now, standard)
            edit_draft(s, target, content)
        return "update" if self._set_state(s, target, state) or changed else "same"

    def _content(self, v: dict[str, str], title: str, latest: StandardVersion | None) -> StandardContent:
        known = self.known
        owner = known.person_named(v["owner"], "owner") if v.get("owner") else None

        def target(key: str, label: str) -> int | None:
            if key not in v:
                return getattr(latest, key) if latest is not None else None
            return _check(key, lambda: parse_target(v[key], label, key, self.units.get(key)))

        return StandardContent(
            title=title,
            purpose=v.get("purpose", latest.purpose if latest else ""),
            serves=v.get("serves", latest.serves if latest else ""),
            steps=parse_steps([v["steps"]]) if "steps" in v else [step.text for step in latest.steps] if latest else [],
            first_response_minutes=target("first_response_minutes", "The first-response target"),
            resolution_minutes=target("resolution_minutes", "The resolution target"),
            owner_id=owner.id if owner else (latest.owner_id if latest else None),
            effective_on=latest.effective_on if latest else None,
            next_review_on=_check("next_review", lambda: parse_day(v["next_review"])) if "next_review" in v
            else latest.next_review_on if latest else None,
            change_note=IMPORTED_NOTE,
        ).cleaned()

    def _shown_content(self, v: dict[str, str], content: StandardContent) -> None:
        """The preview shows what was understood: targets in minutes, steps one per line."""
        for spec in self.spec.fields:
            if spec.shows == MINUTES and spec.key in v:
                minutes = getattr(content, spec.key)
                v[spec.key] = "" if minutes is None else str(minutes)
        if "steps" in v:
            v["steps"] = "\n".join(content.steps)

    def _set_state(self, s: Session, version: StandardVersion, state: StandardStatus | None) -> bool:
        """Bring a standard to the state the file names; True if that changed anything."""
        if state is None or state is StandardStatus.DRAFT or version.status is state:
            return False  # an imported standard is never taken back out of force into a draft
        if state in (StandardStatus.IN_REVIEW, StandardStatus.APPROVED):
            # steps of the approval an import cannot take for someone: they read as "retired" and took a
            # standard in force out of force
            raise _ColumnProblem("state", ValidationError(
                "“{state}” is a step of the approval done on the Standards screen; a file can make a standard "
                "draft, active or retired.", state=state, field="state"))
        today = self.service.today()
        if state is StandardStatus.ACTIVE:
            _check("state", lambda: publish_version(s, self.now, today, version, approved_elsewhere=True))
            return True
        if version.status is StandardStatus.DRAFT:  # retired: it was in force once, and is kept as history
            _check("state", lambda: publish_version(s, self.now, today, version, approved_elsewhere=True))
        return retire_standard(self.now, version.standard)


# "in force" as the five languages say it, besides the state names the Standards screen shows
_IN_FORCE = dict.fromkeys(["in force", "published", "in vigore", "pubblicato", "voimassa", "julkaistu", "en vigor",
                           "publicado", "действует", "опубликован"], StandardStatus.ACTIVE)


def _shown_version(standard: ServiceStandard) -> StandardVersion | None:
    """The version the Standards list (and the export) shows: the one in force, else the newest."""
    active = [v for v in standard.versions if v.status is StandardStatus.ACTIVE]
    return active[-1] if active else (standard.versions[-1] if standard.versions else None)


def _content_of(version: StandardVersion) -> tuple[object, ...]:
    return (version.title, version.purpose, version.serves, [step.text for step in version.steps],
            version.first_response_minutes, version.resolution_minutes, version.owner_id, version.next_review_on)


def _content_of_draft(content: StandardContent) -> tuple[object, ...]:
    return (content.title, content.purpose, content.serves, content.steps, content.first_response_minutes,
            content.resolution_minutes, content.owner_id, content.next_review_on)


RequestKey = tuple[str, int, tuple[str, int] | None, date]  # title folded, provider, requester, day


def _requester_key(person_id: int | None, department_id: int | None) -> tuple[str, int] | None:
    """Who asked, as a request stores it: the person, or a department asking as a whole."""
    if person_id is not None:
        return ("person", person_id)
    return None if department_id is None else ("department", department_id)


def _moves(status: RequestStatus, created: datetime, responded: datetime | None,
           resolved: datetime | None) -> list[Move]:
    """The steps an old request went through to reach ``status``, at the times the file gives."""
    S = RequestStatus
    started = responded or created
    done = resolved or started
    if status is S.NEW:
        return []
    if status is S.CANCELLED:
        # the window asks why; a log from elsewhere rarely says, so the history says where it came from
        return [Move(done, S.CANCELLED, note=CANCELLED_NOTE)]
    moves = [Move(started, S.IN_PROGRESS)]
    if status is S.WAITING:
        moves.append(Move(started, S.WAITING))
    elif status in (S.RESOLVED, S.CLOSED):
        moves.append(Move(done, S.RESOLVED))
        if status is S.CLOSED:
            moves.append(Move(done, S.CLOSED))
    return moves


class _Lookup:
    """The records rows refer to by name, loaded once per import (and grown as rows add more)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._keys: dict[str, str] = {}
        self.departments = {d.name_key: d for d in s.scalars(select(Department))}
        self.people: list[Person] = []
        self._by_name: dict[str, list[Person]] = {}
        self._by_email: dict[str, list[Person]] = {}
        for person in s.scalars(select(Person)):
            self.add_person(person)
        self._request_ids: dict[RequestKey, int] | None = None
        self._numbers: dict[int, tuple[int, str]] | None = None  # number -> provider and title
        self._references: RequestReferences | None = None
        self._standards: dict[tuple[int, str], ServiceStandard] | None = None

    @property
    def standards(self) -> dict[tuple[int, str], ServiceStandard]:
        if self._standards is None:  # by the title of the newest version
            self._standards = {}
            for standard in self.s.scalars(select(ServiceStandard).options(
                    selectinload(ServiceStandard.versions).selectinload(StandardVersion.steps))):
                shown = _shown_version(standard)
                if shown is not None:
                    self._standards[(standard.department_id, name_key(shown.title))] = standard
        return self._standards

    def _key(self, name: str) -> str:
        """name_key() of a name rows repeat (a department, a requester), worked out once."""
        key = self._keys.get(name)
        if key is None:
            key = name_key(name)
            if len(self._keys) < 50_000:  # a file of names all different only fills it so far
                self._keys[name] = key
        return key

    def add_person(self, person: Person) -> None:
        self.people.append(person)
        self._by_name.setdefault(name_key(person.full_name), []).append(person)
        if person.email:
            self._by_email.setdefault(person.email.casefold(), []).append(person)

    def references(self) -> RequestReferences:
        """Departments (with their working calendars), people and standards in force, read once:
        due times are computed by prepare_request as when a request is logged in the window."""
        if self._references is None:
            in_force = [st.id for st in self.standards.values()
                        if st.archived_at is None and any(v.status is StandardStatus.ACTIVE for v in st.versions)]
            self._references = RequestReferences(self.s, [d.id for d in self.departments.values()],
                                                 [p.id for p in self.people], in_force)
        return self._references

    def standard_in_force(self, title: str, provider: Department) -> int:
        """The providing department's standard in force with this title: its targets set the due times."""
        found = self.standards.get((provider.id, self._key(title)))
        if found is None or found.archived_at is not None or not any(
                v.status is StandardStatus.ACTIVE for v in found.versions):
            raise _ColumnProblem("standard", ValidationError(
                "{name} has no service standard in force called \u201c{title}\u201d.", name=provider.name,
                title=title.strip()))
        return found.id

    def department_called(self, name: str) -> Department | None:
        return self.departments.get(self._key(name))

    def department_named(self, name: str, column: str) -> Department | None:
        if not name.strip():
            return None
        found = self.departments.get(self._key(name))
        if found is None:
            raise _ColumnProblem(column, ValidationError("There is no department called \u201c{name}\u201d.",
                                                         name=name.strip()))
        return found

    def person_named(self, name: str, column: str, department_id: int | None = None) -> Person:
        """The one person of this name; of those of one name, the one in ``department_id``."""
        matches = self._by_name.get(self._key(name), [])
        if len(matches) > 1 and department_id is not None:
            matches = [p for p in matches if p.department_id == department_id] or matches
        if len(matches) != 1:
            if not matches:
                raise _ColumnProblem(column, ValidationError("\u201c{name}\u201d is not in the list of people.",
                                                             name=name.strip()))
            raise _ColumnProblem(column, ValidationError("\u201c{name}\u201d matches more than one person.",
                                                         name=name.strip()))
        return matches[0]

    def person_with(self, email: str, full_name: str, department_id: int | None) -> Person | None:
        """The person a row of the people list is about: by e-mail; without one by name, in the row's
        department when several share the name (one alone elsewhere: the row moves them)."""
        if email:
            sharing = self._by_email.get(email.casefold(), [])
            if not sharing:
                # an address new to this file: the person of that name who has none yet is given it
                # ("the same e-mail, else the same name"); one with another address is someone else
                return self._named(full_name, department_id, without_email=True)
            # the address and the name together: an address alone renamed Marco Bianchi "Anna Romano" (one
            # row with his address) or made the second of two porters sharing the desk's address the first
            named = [p for p in sharing if name_key(p.full_name) == name_key(full_name)]
            if len(named) > 1 and department_id is not None:
                named = [p for p in named if p.department_id == department_id] or named
            if len(named) == 1:
                return named[0]
            if len(sharing) == 1:
                raise _ColumnProblem("email", ValidationError(
                    "“{email}” is the address of {name2}, and the row names {name}: to rename {name2}, change the "
                    "name in the window; someone else needs an address of their own.", email=email,
                    name=full_name, name2=sharing[0].full_name))
            raise _ColumnProblem("email", ValidationError(
                "“{email}” is the address of several people ({names}); the row's name is none of them, so it "
                "cannot say whom it is about.", email=email, names=", ".join(p.full_name for p in sharing)))
        return self._named(full_name, department_id)

    def _named(self, full_name: str, department_id: int | None, without_email: bool = False) -> Person | None:
        matches = self._by_name.get(name_key(full_name), [])
        if without_email:
            matches = [p for p in matches if not p.email]
        if len(matches) <= 1:
            return matches[0] if matches else None
        if department_id is None:
            raise _ColumnProblem("full_name", ValidationError(
                "\u201c{name}\u201d matches more than one person; add a department column to tell them apart.",
                name=full_name))
        here = [p for p in matches if p.department_id == department_id]
        return here[0] if here else None

    def request_numbered(self, number: int, provider_id: int, title: str) -> Request | None:
        """The request of this number in this file, if it is the one a row describes (same provider and
        title): a number from another company's export names some other request, or none."""
        if self._numbers is None:  # read once, as request_on's keys are: a row without a match asks nothing more
            self._numbers = {rid: (provider, said) for rid, provider, said in self.s.execute(
                select(Request.id, Request.provider_id, Request.title))}
        if self._numbers.get(number, (None, ""))[0] != provider_id or \
                name_key(self._numbers[number][1]) != name_key(title):
            return None
        return self.s.get(Request, number)

    def request_on(self, key: RequestKey, sla: ServiceClock) -> Request | None:
        """A request logged the same day with the same title, provider and requester: the row updates it."""
        if self._request_ids is None:  # only the columns of the key, not whole requests
            self._request_ids = {(name_key(title), provider, _requester_key(person, department),
                                  sla.today(created)): rid
                                 for rid, title, provider, person, department, created
                                 in self.s.execute(select(Request.id, Request.title, Request.provider_id,
                                                          Request.requester_id, Request.requester_department_id,
                                                          Request.created_at))}
        found = self._request_ids.get(key)
        return None if found is None else self.s.get(Request, found)


__all__ = ["ImportCancelled", "ImportPlan", "ImportRefused", "ImportService", "PreviewRow", "Progress",
           "ReadOptions", "RowProblem", "guess_mapping"]
