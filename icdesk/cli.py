"""Command line: ``icdesk`` opens the window; sub-commands do headless work on a data file."""

from __future__ import annotations

import argparse
import csv
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from icdesk.db.errors import DataFileError, DataFileLockedError, NetworkShareError, ReadOnlyDataFileError
from icdesk.db.lock import READ_ONLY_WAY, LockedElsewhereError
from icdesk.domain.errors import DomainError, NotFoundError
from icdesk.paths import DB_ENV, default_company, default_db_path, is_server_address

if TYPE_CHECKING:
    from icdesk.services import Services
    from icdesk.services.imports import ImportPlan
    from icdesk.services.light_read import LightRead

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
EXIT_BUG = 70  # EX_SOFTWARE: an error in icdesk itself, not in what it was asked
EXIT_PIPE = 141  # as a program ended by SIGPIPE: the reader of its output had read enough (| head)
DEBUG_ENV = "ICDESK_DEBUG"

TABLE_LABELS = {
    "company": "Company record",
    "departments": "Departments",
    "people": "People",
    "service_standards": "Service standards",
    "standard_versions": "  versions",
    "standard_steps": "  steps",
    "service_agreements": "Service agreements",
    "agreement_standards": "  linked standards",
    "requests": "Internal requests",
    "request_events": "  history entries",
    "feedback": "Feedback",
    "corrective_actions": "Corrective actions",
    "recognitions": "Recognitions",
    "acknowledgements": "Acknowledgements",
    "training_sessions": "Training sessions",
    "cross_trainings": "Cross-training",
    "ideas": "Ideas",
    "survey_rounds": "Survey rounds",
    "survey_answers": "  answers",
}


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # one line, so scripts and people both see at once what was wrong
        raise UsageError(f"{message} (see 'icdesk --help')")


class _Version(argparse.Action):
    """--version, reading the installed version only when asked (importing the metadata takes time)."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:  # noqa: A002
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        from icdesk import __version__

        print(f"icdesk {__version__}")
        parser.exit()


# Commands whose arguments come from the reports, exports or import kinds: building them imports those
# modules (ReportLab, the services), so they are built in full only when the command line names them.
HEAVY_COMMANDS = {
    "report": "write a PDF document",
    "export": "write one list as a CSV file for spreadsheets",
    "import": "read departments, people, requests or standards from a CSV file or a workbook",
}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; given ``argv``, only the commands it names are built in full (the
    others keep their name and help line for ``icdesk --help``), so ``icdesk info`` starts quickly."""
    words = set(argv) if argv is not None else set(HEAVY_COMMANDS)
    parser = _Parser(prog="icdesk", usage="icdesk [--db PATH | FILE] [options] [COMMAND ...]",
                     description="icdesk: the internal customer service desk. Without a command it opens the "
                     "application window, on FILE (a data file, as a file manager starts it) if given.")
    parser.add_argument("--version", action=_Version, help="show the version of icdesk and exit")
    parser.add_argument("--self-check", action="store_true",
                        help="check that this installation works (database, PDF, window) and exit")
    parser.add_argument("--db", type=_company, default=None, metavar="PATH",
                        help=f"data file (default: ${DB_ENV}, else {default_db_path()}), or a company on a "
                             "PostgreSQL server: postgresql://user@host:port/database")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="fill an empty file with the example hotel")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    # the largest files anyone tests with: more would fill the memory before the disk
    demo.add_argument("--requests", type=_at_most(2_000_000), default=300, help="number of requests (default 300)")
    demo.add_argument("--departments", type=_at_most(500), default=9, help="number of departments (default 9)")
    demo.add_argument("--standards", type=_at_most(5_000), default=20, help="number of standards (default 20)")

    if "report" in words:
        _add_report_parser(commands)
    else:
        commands.add_parser("report", help=HEAVY_COMMANDS["report"])
    backup = commands.add_parser("backup", help="make a verified backup of the file now (of a company on a server: "
                                                "a data file, every table counted)")
    backup.add_argument("--to", type=Path, metavar="PATH", help="where to write it (default: the backup folder)")
    restore = commands.add_parser("restore", help="put a backup back in place of the file (or of the company on a "
                                                  "server, after asking)")
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.add_argument("--yes", action="store_true", help="on a server: replace its company without asking")
    restore.add_argument("--other-company", action="store_true",
                         help="put in place a backup that holds another company than the file")
    if "export" in words:
        _add_export_parser(commands)
    else:
        commands.add_parser("export", help=HEAVY_COMMANDS["export"])
    if "import" in words:
        _add_import_parser(commands)
    else:
        commands.add_parser("import", help=HEAVY_COMMANDS["import"])
    _add_survey_parser(commands)
    copy = commands.add_parser(
        "copy", help="copy a company into an empty PostgreSQL database or a new data file, counts checked",
        description="Copy everything from SOURCE into DESTINATION, each a data file or a postgresql:// address. "
                    "DESTINATION must hold nothing yet (a new file, or an empty database made by the server's "
                    "administrator). The rows of every table are counted on both sides; the copy is kept only if "
                    "they agree. --db is not used.")
    copy.add_argument("source", type=_company, metavar="SOURCE")
    copy.add_argument("destination", type=_company, metavar="DESTINATION")
    commands.add_parser("info", help="show the file, its schema revision and what it holds")
    commands.add_parser("check", help="check the file's integrity")
    commands.add_parser("install-desktop", help="add icdesk to this Linux desktop's menu and open *.sqlite data "
                        "files with it (in your own folders; no administrator needed)")
    return parser


def _add_export_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    from icdesk.services.exports import EXPORTS

    export = commands.add_parser("export", help=HEAVY_COMMANDS["export"])
    export.add_argument("kind", choices=list(EXPORTS))
    export.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    export.add_argument("--delimiter", type=_delimiter, metavar="CHAR",
                        help="what separates the columns: ',' ';' or tab (default: ',' as the export is in English; "
                             "';' for a spreadsheet that writes 2,5)")
    _period_arguments(export)  # the figures of 'pairs' are for a period (default: the last twelve months)


def _add_import_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    from icdesk.services.import_kinds import KINDS

    fields = "; ".join(f"{kind.key}: {', '.join(f.key for f in kind.fields)}" for kind in KINDS.values())
    sub = commands.add_parser(
        "import", help=HEAVY_COMMANDS["import"],
        description="Read a CSV file (any of UTF-8, UTF-16, Windows-1252 or -1251; comma, semicolon or tab) or a "
                    "workbook (.xlsx, .xls, .ods). Every row is checked first: if any row has a problem, the problems "
                    "are listed and nothing is written (exit 1). Rows already in the file are updated, not added "
                    f"twice. Fields: {fields}.")
    sub.add_argument("kind", choices=list(KINDS))
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("--sheet", metavar="NAME", help="the worksheet to read (default: the first one with data)")
    sub.add_argument("--encoding", metavar="NAME",
                     help="character set of a CSV file: utf-8, utf-16, cp1252, cp1251 (default: detected)")
    sub.add_argument("--delimiter", type=_delimiter, metavar="CHAR",
                     help="what separates the columns of a CSV file: ',' ';' or tab (default: detected)")
    sub.add_argument("--map", action="append", default=[], type=_column_field, metavar="COLUMN=FIELD",
                     help="read FIELD from COLUMN (repeat for more; COLUMN= leaves a column out); the other columns "
                          "are matched by their names")
    sub.add_argument("--dry-run", action="store_true", help="check every row and report, but write nothing")


def _delimiter(text: str) -> str:
    named = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t"}
    return named.get(text.casefold(), text)


def _column_field(text: str) -> tuple[str, str]:
    column, equals, name = text.rpartition("=")
    if not equals or not column.strip():
        raise argparse.ArgumentTypeError(f"'{text}' is not COLUMN=FIELD")
    return column.strip(), name.strip()


def _add_report_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    from icdesk.i18n import LANGUAGES
    from icdesk.reports.registry import REPORTS

    report = commands.add_parser("report", help=HEAVY_COMMANDS["report"])
    kinds = report.add_subparsers(dest="kind", metavar="DOCUMENT", parser_class=_Parser, required=True)
    for kind in REPORTS.values():
        sub: _Parser = kinds.add_parser(kind.key, help=kind.help or kind.title)
        sub.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="where to write the PDF")
        sub.add_argument("--page-size", choices=["a4", "letter"], default="a4")
        sub.add_argument("--lang", choices=list(LANGUAGES), default=None,
                         help="language of the document (default: the language the window was last set to)")
        for param in kind.params:
            REPORT_ARGUMENTS[param](sub)


def _add_survey_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    from icdesk.i18n import LANGUAGES

    survey = commands.add_parser("survey", help="survey rounds: list them, write their forms, read returned forms")
    actions = survey.add_subparsers(dest="survey_action", metavar="ACTION", parser_class=_Parser, required=True)
    actions.add_parser("list", help="the survey rounds with their numbers and how many forms came back")
    forms = actions.add_parser("forms", help="write the forms of a round: one fillable PDF per form, or --paper")
    forms.add_argument("--round", dest="round_id", type=_positive, required=True, metavar="R")
    forms.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder (with --paper: FILE.pdf)")
    forms.add_argument("--paper", action="store_true", help="one PDF of all forms to print instead")
    forms.add_argument("--lang", choices=list(LANGUAGES), default=None,
                       help="language of the forms (default: the language the window was last set to)")
    forms.add_argument("--page-size", choices=["a4", "letter"], default="a4")
    read = actions.add_parser("import", help="read the returned fillable forms in a folder")
    read.add_argument("folder", type=Path, metavar="DIR")
    read.add_argument("--round", dest="round_id", type=_positive, required=True, metavar="R")


def _departments_argument(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--department", action="append", default=[], metavar="NAME",
                     help="only this department (repeat for more)")


def _department_argument(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--department", required=True, metavar="NAME")


def _period_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD")
    sub.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD")


def _agreement_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--provider", required=True, metavar="NAME")
    sub.add_argument("--customer", required=True, metavar="NAME")


def _request_argument(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--number", type=_positive, required=True, metavar="N")


def _sign_sheets_argument(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--no-sign-sheets", action="store_true", help="leave out the read-and-sign sheets")


def _new_edition_argument(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--new-edition", action="store_true",
                     help="record this handbook as the next edition (whole handbook only)")


def _uncontrolled_argument(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--uncontrolled", action="store_true", help="print 'Uncontrolled when printed' on every page")
def _training_argument(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--session", type=_positive, required=True, metavar="N",
                     help="the training session's number (shown on the Training screen)")


REPORT_ARGUMENTS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "departments": _departments_argument,
    "department": _department_argument,
    "period": _period_arguments,
    "agreement": _agreement_arguments,
    "request": _request_argument,
    "sign_sheets": _sign_sheets_argument,
    "new_edition": _new_edition_argument,
    "uncontrolled": _uncontrolled_argument,
    "training": _training_argument,
}


def _company(text: str) -> Path | str:
    """A data file's path, or a server's address kept as typed (a Path would fold its '//')."""
    from icdesk.paths import is_server_address

    return text.strip() if is_server_address(text) else Path(text)


def _data_file_only(args: argparse.Namespace, what: str) -> Path:
    if isinstance(args.db or default_company(), str):
        raise UsageError(f"{what} works on data files; a company on a server is looked after on the server "
                         "(its administrator's pg_dump and the server's own checks)")
    return Path(args.db or default_db_path()).expanduser().absolute()


def _date(text: str) -> date:
    """A day as the window and the imports take it: 2026-03-31, or day first as the five languages write
    it (31/03/2026, 31.03.2026); only the ISO form was taken."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    from icdesk.services.import_values import parse_day

    try:
        day = parse_day(text)
    except DomainError:
        day = None
    if day is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-31 or 31/03/2026")
    return day


MAX_NUMBER = 2**63 - 1  # SQLite's largest whole number


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    if value > MAX_NUMBER:  # no record has such a number; the file could not even be asked for it
        raise argparse.ArgumentTypeError(f"'{text}' is larger than any number icdesk gives")
    return value


def _at_most(limit: int) -> Callable[[str], int]:
    def count(text: str) -> int:
        value = _positive(text)
        if value > limit:
            raise argparse.ArgumentTypeError(f"must be at most {limit:,}")
        return value
    return count


@contextmanager
def _opened(args: argparse.Namespace, create: bool = False, reading: bool = False,
            writing: bool = False, shared: bool = True) -> Iterator[Services]:
    """The data file of --db (or the default one), closed again whatever happens.

    Only ``demo`` (``create``) may make a new file: a mistyped path given to any other command
    must say so, not leave an empty company behind and report on it. A command that only reads
    (``reading``) opens a file on a network share, or one marked read-only, read-only instead of being
    refused. A command that
    writes many records (``writing``: demo, import) holds the file's lock like the window does, so it
    is refused, in a sentence that names who has it, while a window has the file open.
    """
    from icdesk.db.store import open_store
    from icdesk.services import Services

    target: Path | str = args.db or default_company()
    if args.db is None and create:
        default_db_path().parent.mkdir(parents=True, exist_ok=True)
    try:
        db = open_store(target, create=create, lock=writing or create)
    except (NetworkShareError, ReadOnlyDataFileError, DataFileLockedError) as error:
        # a file on a share, or one marked read-only (last year's company kept for reference), or one
        # another program is saving to just now (an import's one long save): what only reads it (export,
        # report, info) opens it read-only, and reads what was saved; what would change it is refused.
        # ``shared``: a share too (a backup is not: it is written beside the file, on the share)
        if not reading or (isinstance(error, NetworkShareError) and not shared):
            raise
        db = open_store(target, read_only=True)
    services = Services(db)
    try:
        yield services
    finally:
        services.close()


def _counted(n: int, noun: str) -> str:
    """'1 idea', '2 ideas', '3 people': the command line speaks English, in the right number."""
    plural = {"person": "people"}.get(noun, noun + "s")
    return f"{n:,} {noun if n == 1 else plural}"


def cmd_demo(args: argparse.Namespace) -> int:
    from icdesk.db.scratch import built_beside
    from icdesk.services.demo import DemoOptions

    options = DemoOptions(seed=args.seed, requests=args.requests, departments=args.departments,
                          standards=args.standards)
    target = args.db or default_company()
    if is_server_address(target) or os.path.lexists(target):  # a file (or a link) there: filled in place
        with _opened(args, create=True, writing=True) as services:
            summary = services.demo.fill(options)
        written = services.db.location
    else:  # a new file: built beside its name and named only when complete (db/scratch.py)
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        with built_beside(Path(target)) as partial:
            with _opened(argparse.Namespace(**{**vars(args), "db": partial}), create=True, writing=True) as services:
                services.db.scratch = True
                summary = services.demo.fill(options)
        written = str(Path(services.db.location).with_name(Path(target).name))
    counts = [(summary.departments, "department"), (summary.people, "person"), (summary.standards, "standard"),
              (summary.requests, "request"), (summary.feedback, "rating"), (summary.actions, "corrective action"),
              (summary.recognitions, "recognition"), (summary.acknowledgements, "acknowledgement"),
              (summary.trainings, "training session"), (summary.ideas, "idea")]
    print(f"Example company written to {written}: "
          + ", ".join(_counted(n, noun) for n, noun in counts) + ".")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from icdesk.reports.registry import Param, ReportSpec, build_report, report_type

    # issuing a new edition writes it: like an import, not while a window holds the file unknowing
    issuing = bool(getattr(args, "new_edition", False))
    with _opened(args, reading=not issuing, writing=issuing) as services:
        params = report_type(args.kind).params
        departments = services.departments
        spec = ReportSpec(kind=args.kind, page_size=args.page_size, lang=args.lang,
                          start=getattr(args, "start", None), end=getattr(args, "end", None))
        if Param.DEPARTMENTS in params:
            spec = replace(spec, department_ids=tuple(departments.find_by_name(n).id for n in args.department))
        if Param.DEPARTMENT in params:
            spec = replace(spec, department_id=departments.find_by_name(args.department).id)
        if Param.SIGN_SHEETS in params:
            spec = replace(spec, sign_sheets=not args.no_sign_sheets)
        if Param.NEW_EDITION in params:
            spec = replace(spec, new_edition=args.new_edition)
        if Param.UNCONTROLLED in params:
            spec = replace(spec, uncontrolled=args.uncontrolled)
        if Param.REQUEST in params:
            spec = replace(spec, request_id=args.number)
        if Param.TRAINING in params:
            spec = replace(spec, training_id=args.session)
        if Param.AGREEMENT in params:
            provider = departments.find_by_name(args.provider)
            customer = departments.find_by_name(args.customer)
            found = services.agreements.find(provider.id, customer.id)
            if found is None:
                raise UsageError(f"{provider.name} and {customer.name} have no service agreement")
            spec = replace(spec, agreement_id=found.id)
        out = build_report(services, spec, args.out.expanduser().absolute())
    print(f"Written {out}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with _opened(args, reading=True, shared=False) as services:
        made = services.backups.backup_now(args.to.expanduser().absolute() if args.to else None)
    print(f"Backup written and verified: {made}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from icdesk.services.backups import restore_from_backup

    backup = args.backup.expanduser().absolute()
    if not backup.is_file():
        raise UsageError(f"there is no backup file {backup}")
    if isinstance(args.db or default_company(), str):
        from icdesk.cli_server import restore_on_server

        return restore_on_server(args, backup)
    path = _data_file_only(args, "restore")
    from icdesk.services.backups import company_of, other_company

    differs = other_company(company_of(path, on_disk=True) if path.is_file() else None, backup)
    if differs and not args.other_company:
        raise UsageError(f"{backup.name} holds the company “{differs[0]}”, not “{differs[1]}” that {path.name} "
                         "holds; add --other-company to put it in place anyway (the file as it is is kept)")
    # not opened first: the file may be damaged or too new to open, which is why it is restored;
    # restore itself holds the file's lock, so no window can have it open meanwhile
    kept = restore_from_backup(path, backup)
    print(f"Restored {path} from {backup}" + (f"; the file as it was is kept as {kept}" if kept else
                                             "; there was no file to keep"))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if (args.start is None) != (args.end is None):
        raise UsageError("give both --from and --to, or neither")
    with _opened(args, reading=True) as services:
        count = services.exports.export(args.kind, args.out.expanduser().absolute(), args.start, args.end,
                                        delimiter=args.delimiter)
    print(f"{count} {args.kind} written to {args.out}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from icdesk.services.imports import ImportRefused, ReadOptions

    path: Path = args.file.expanduser().absolute()
    options = ReadOptions(sheet=args.sheet, encoding=args.encoding, delimiter=args.delimiter)
    progress = _progress_line if sys.stderr.isatty() else None
    with _opened(args, writing=not args.dry_run) as services:
        imports = services.imports
        mapping = imports.mapping(args.kind, path, dict(args.map), options) if args.map else None
        try:
            if args.dry_run:
                plan = imports.plan(args.kind, path, mapping, options, progress=progress)
            else:
                plan = imports.apply(args.kind, path, mapping, options, progress=progress)
        except ImportRefused as refused:
            plan = refused.plan
        finally:
            if progress is not None:
                print("\r\033[K", end="", file=sys.stderr, flush=True)
    for line in import_report(plan):
        print(line)
    return EXIT_OK if plan.ok else EXIT_PROBLEM


def _progress_line(phase: str, done: int, total: int) -> None:
    text = {"reading": "Reading the file", "checking": f"Checking row {done:,} of {total:,}",
            "saving": "Saving (a backup is made first)"}.get(phase, phase)
    print(f"\r\033[K{text}...", end="", file=sys.stderr, flush=True)


def import_report(plan: ImportPlan) -> list[str]:
    """What the import did or would do: how the file was read, its columns, each problem, the counts."""
    from icdesk.services.import_kinds import KINDS

    kind = KINDS[plan.kind]
    if plan.encoding is not None:
        separator = {",": "comma", ";": "semicolon", "\t": "tab"}.get(plan.delimiter or "", repr(plan.delimiter))
        how = f"{plan.encoding.upper().replace('-SIG', ' with BOM')}, columns separated by {separator}"
    else:
        how = f"sheet “{plan.sheet}”" + (f" (sheets: {', '.join(plan.sheets)})" if len(plan.sheets) > 1 else "")
    lines = [f"{plan.path.name}: {how}"]
    lines += [f"Note: {warning}" for warning in plan.warnings]
    read = [f"“{column}” → {key}" for key, column in plan.mapping.items() if kind.field(key) is not None]
    lines.append("Columns: " + (", ".join(read) or "none recognised"))
    if plan.ignored:
        lines.append("Not imported: " + ", ".join(f"“{column}”" for column in plan.ignored))
    for problem in plan.problems:
        where = f"Row {problem.row}"
        if problem.column:
            where += f", column {problem.letter} “{problem.column}”"
        unmapped = problem.field and not problem.column and problem.field not in plan.mapping
        lines.append(f"{where}: {problem.reason}" + (f" (--map COLUMN={problem.field})" if unmapped else ""))
    if plan.problem_count > len(plan.problems):
        lines.append(f"... and {plan.problem_count - len(plan.problems):,} more rows with problems.")
    counts = f"{plan.creates:,} added, {plan.updates:,} updated, {plan.unchanged:,} already the same"
    one = {"departments": "department", "people": "person", "requests": "request", "standards": "standard"}
    if not plan.ok and not plan.rows:  # the columns themselves (a separator not the file's, a column missing)
        lines.append("Nothing was imported: correct what is said above (choose columns with --map, the "
                     "separator with --delimiter) and run the command again.")
    elif not plan.ok:
        have, them = ("has a problem", "it") if plan.problem_count == 1 else ("have problems", "them")
        lines.append(f"Nothing was imported: {plan.problem_count:,} of {_counted(plan.rows, 'row')} {have}. "
                     f"Correct {them} in the file and run the command again.")
    elif plan.written:
        lines.append(f"Imported {_counted(plan.rows, one.get(kind.key, kind.key))} from {plan.path.name}: {counts}.")
    else:
        lines.append(f"Dry run, nothing written: {_counted(plan.rows, 'row')} would be imported: "
                     f"{counts.replace(' added', ' to add').replace(' updated', ' to update')}.")
    return lines


def cmd_survey(args: argparse.Namespace) -> int:
    with _opened(args, reading=args.survey_action != "import", writing=args.survey_action == "import") as services:
        round_id = getattr(args, "round_id", None)
        if args.survey_action != "list" and round_id is not None and \
                round_id not in {r.id for r in services.surveys.rounds()}:
            # the window's "refresh the list" means nothing here
            raise UsageError(f"there is no survey round {round_id}; 'icdesk survey list' shows them")
        if args.survey_action == "list":
            for r in services.surveys.rounds():
                kind = "anonymous" if r.anonymous else "named"
                rate = f"{100 * r.response_rate:.0f}%" if r.response_rate is not None else "-"
                print(f"{r.id:>4}  {r.title}  ({r.period_start} to {r.period_end}, {kind}, {r.status.value}): "
                      f"{r.returned} of {r.invited} forms back, {rate}")
            return EXIT_OK
        if args.survey_action == "forms":
            return _survey_forms(services, args)
        returned = args.folder.expanduser().absolute()
        # one returned form given as a file: read it, rather than "the folder … does not exist"
        report = services.survey_import.import_files(args.round_id, [returned]) if returned.is_file() else \
            services.survey_import.import_folder(args.round_id, returned)
    for outcome in report.files:
        if outcome.error is None:
            print(f"read      {outcome.name}: {_counted(outcome.answers, 'answer')}")
        else:
            print(f"{'already' if outcome.duplicate else 'left out':<9} {outcome.name}: {outcome.error}")
    print(f"{_counted(report.imported, 'form')} read ({_counted(report.answers, 'answer')}), "
          f"{report.duplicates} read before, {report.refused} left out")
    return EXIT_OK if not report.refused else EXIT_PROBLEM


def _survey_forms(services: Services, args: argparse.Namespace) -> int:
    from icdesk.domain.enums import SurveyStatus
    from icdesk.i18n import Formatter
    from icdesk.reports.survey_form import write_fillable_forms, write_paper_forms
    from icdesk.services.output_paths import check_output_path

    survey = services.surveys.get(args.round_id)  # a sentence if there is no such round
    if survey.status is not SurveyStatus.OPEN:  # forms no one can hand back: importing them is refused
        raise UsageError(f"the survey round '{survey.title}' is finished, so its forms can no longer be returned; "
                         "start a new round for new answers")
    formatter = Formatter(args.lang, services.ctx.sla.zone)
    out = args.out.expanduser().absolute()
    # --out is a folder for the fillable forms (one file each), a file or a folder for the paper ones
    check_output_path(out / "survey-form.pdf" if out.is_dir() else out, services.db.path)
    if args.paper:
        if out.is_dir():
            out = out / "survey-forms.pdf"
            check_output_path(out, services.db.path)
        print(f"Written {write_paper_forms(services, args.round_id, out, formatter, args.page_size)}")
        return EXIT_OK
    out.mkdir(parents=True, exist_ok=True)
    written = write_fillable_forms(services, args.round_id, out, formatter, args.page_size)
    print(f"{len(written)} fillable forms written to {out}")
    return EXIT_OK


def cmd_copy(args: argparse.Namespace) -> int:
    from icdesk.db.store import open_store
    from icdesk.services.output_paths import SIDE_FILES
    from icdesk.services.transfer import copy_company

    if str(args.source) == str(args.destination):
        raise UsageError("SOURCE and DESTINATION are the same")
    if not is_server_address(str(args.destination)) and str(args.destination).endswith(SIDE_FILES):
        # SQLite takes such a file for the journal of the database beside it: the copy was removed at once,
        # or left its source refusing every write
        raise UsageError(f"{Path(args.destination).name} is a file a database keeps beside itself; choose "
                         "another name for the copy")
    try:
        source = open_store(args.source, create=False)
    except (NetworkShareError, ReadOnlyDataFileError):  # last year's company on a stick: only read from
        source = open_store(args.source, read_only=True)
    try:
        destination = open_store(args.destination, create=True)
        try:
            report = copy_company(source, destination)
        finally:
            destination.close()
    finally:
        source.close()
    print(f"Copied {report.total:,} records from {source.location} to {destination.location}; "
          "every table holds as many rows as in the source:")
    for table, label in TABLE_LABELS.items():
        print(f"{label:<22}{report.counts.get(table, 0):>10,}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from icdesk.db.migrate import head_revision as migrate_head
    from icdesk.db.peek import peek

    target = args.db or default_company()
    found = None if isinstance(target, str) else peek(Path(target), list(TABLE_LABELS))
    if found is not None:  # the quick way: sqlite3 alone; anything unusual is said by the full way below
        head = migrate_head()
        state = "up to date" if found.revision == head else \
            f"older: upgraded to {head} when next opened for work, after a backup"
        _print_info("File:", str(found.path), f"{found.revision} ({state})", found.size_bytes, found.company,
                    found.counts)
        return EXIT_OK
    with _opened(args, reading=True) as services:
        info = services.maintenance.info()
        company = services.company.get()
    state = "up to date" if info.revision == info.head_revision else f"this icdesk knows {info.head_revision}"
    _print_info("Server:" if services.db.on_server else "File:", info.path, f"{info.revision} ({state})",
                info.size_bytes, company.name if company else None, info.counts)
    return EXIT_OK


def _print_info(where: str, location: str, schema: str, size_bytes: int, company: str | None,
                counts: dict[str, int]) -> None:
    print(f"{where:<11}{location}")
    print(f"Schema:    {schema}")
    print(f"Size:      {size_bytes / 1_048_576:.1f} MB")
    print(f"Company:   {company if company is not None else '(not set up yet)'}")
    for table, label in TABLE_LABELS.items():
        print(f"{label:<22}{counts.get(table, 0):>10,}")


def cmd_check(args: argparse.Namespace) -> int:
    from icdesk.db.backup import backup_folder, list_backups
    from icdesk.db.check import check_file

    # read-only and without opening: a damaged file, which opening refuses, is what check is for
    path = _data_file_only(args, "check")
    problems = check_file(path)
    if not problems:
        print(f"{path}: ok")
        return EXIT_OK
    for problem in problems:
        print(f"{path}: {problem}")
    backups = list_backups(path)
    if backups:
        print(f"{path}: to go back to a sound copy: icdesk --db \"{path}\" restore BACKUP (the newest of "
              f"{len(backups)} backup(s) is {backups[0].path})")
    else:  # a folder that does not exist was named as the place of the backups
        print(f"{path}: no backup of it is in {backup_folder(path)}; a copy kept elsewhere (a USB stick) goes back "
              f"in place with: icdesk --db \"{path}\" restore COPY")
    return EXIT_PROBLEM


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "report": cmd_report,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "export": cmd_export,
    "import": cmd_import,
    "survey": cmd_survey,
    "copy": cmd_copy,
    "info": cmd_info,
    "check": cmd_check,
    "install-desktop": lambda _args: cmd_install_desktop(),
}


def cmd_install_desktop() -> int:
    from icdesk.desktop_entry import install_desktop

    for path in install_desktop():
        print(path)
    print("icdesk is in the menu; a double-click on a .sqlite data file opens it in icdesk.")
    return EXIT_OK


def start_light_read(db: Path | str | None) -> LightRead | None:
    """The light start's read of the window's file, begun before Qt is imported, when the file is known
    without Qt's settings (``--db``, a file opened from the file manager, ``$ICDESK_DB``); run_gui
    starts it itself once it has read which file was open last, and ends it either way."""
    if db is None and os.environ.get(DB_ENV, "").strip():
        db = default_company()
    if db is None or is_server_address(db):
        return None
    from icdesk.services.light_read import LightRead

    try:
        return LightRead.start(Path(db))
    except RuntimeError:  # no thread to be had: the light start reads on the window's thread, as before
        return None


def window_language() -> str:
    """The language the window was last set to on this computer, else the system's, else English: a
    document made here reads like the ones the window makes (it was English whatever the window said)."""
    from PySide6.QtCore import QSettings

    from icdesk.ui.language import chosen_language

    # the window's own choice, read where its QSettings() keeps it: its organisation and name, default format
    return chosen_language(QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "icdesk", "icdesk"))


def main(argv: Sequence[str] | None = None) -> int:
    try:
        from icdesk.launch import data_file_as_option

        # "icdesk file.sqlite", as a file manager starts it, is "icdesk --db file.sqlite"
        words = data_file_as_option(sys.argv[1:] if argv is None else list(argv), COMMANDS)
        args = build_parser(words).parse_args(words)
        if args.self_check:
            from icdesk.selfcheck import run

            return run()
        if args.command is None:
            # the light start's Dashboard read on a thread of its own while Qt loads (services/light_read.py);
            # then Qt, the database layers once the first frame is on screen (ui/first_frame.py);
            # icdesk.ui stops PySide6's import hook reading their sources (ui/pyside_imports.py)
            early = start_light_read(args.db)
            try:
                from icdesk.app import run_gui

                return run_gui(args.db, early)
            finally:
                if early is not None:
                    early.abandon()  # (run_gui has ended it already, unless loading Qt failed)
        if getattr(args, "lang", "") is None:
            args.lang = window_language()
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"icdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (DataFileError, DomainError) as exc:
        elsewhere = isinstance(exc, LockedElsewhereError) or isinstance(exc.__cause__, LockedElsewhereError)
        hint = " To take it over, open it in the icdesk window, which asks first." if elsewhere else ""
        if isinstance(exc, NetworkShareError):
            hint = " The commands that only read (info, check, export, report, survey list) still work on it."
        if isinstance(exc, DomainError) and exc.field == "encoding":  # the window's list is --encoding here
            hint = " Give it with --encoding (utf-8, cp1252 or cp1251)."
        if isinstance(exc, NotFoundError) and "label" in exc.params:
            # the window's "no longer exists; refresh the list" meant nothing here: a number typed wrong
            exc = NotFoundError("There is no {label} with that number in this file; the window's list or "
                                "'icdesk export' shows the numbers there are.", label=exc.params["label"])
        text = str(exc)
        if text.endswith(READ_ONLY_WAY):  # another icdesk has it open
            text = text.removesuffix(READ_ONLY_WAY) + "." + (hint or " The commands that only read (info, check, "
                                                             "export, report, backup, import --dry-run) work on it "
                                                             "meanwhile.")
            hint = ""
        print(f"icdesk: {text}{hint}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError as exc:
        if exc.filename is not None:  # a file written to that is a pipe no one reads: said as any file error
            print(f"icdesk: {_sentence(exc)}", file=sys.stderr)
            return EXIT_USAGE
        # "icdesk info | head -1": the reader has read what it wanted; nothing to say, and nowhere to say it
        # (every save is one transaction, ended before its report is printed)
        _quiet_output()
        return EXIT_PIPE
    except (OSError, ValueError, csv.Error, sqlite3.DatabaseError) as exc:
        print(f"icdesk: {_sentence(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):
            print(f"icdesk: {_sentence(exc.orig or exc)}", file=sys.stderr)
            return EXIT_USAGE
        if os.environ.get(DEBUG_ENV):
            raise  # a bug: its traceback is what a developer needs
        # a person gets a sentence: every save is one transaction, so nothing half-done was kept
        print(f"icdesk: an unexpected problem stopped the command ({type(exc).__name__}: {exc}); nothing "
              f"half-done was saved. Run it again with {DEBUG_ENV}=1 to see the details for support.",
              file=sys.stderr)
        return EXIT_BUG


def _quiet_output() -> None:
    """Point standard output at nothing, so that Python's own flush at exit does not complain of the pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no file behind it (a test's buffer): nothing to flush
        pass


def _sentence(error: BaseException) -> str:
    """One line for what the disk, the file or a value refused; never a traceback."""
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror or error}. Nothing half-done was kept."
    if isinstance(error, sqlite3.DatabaseError):
        return f"the data file could not be used: {error}. Nothing half-done was saved (icdesk check looks closer)."
    if isinstance(error, csv.Error):
        return f"the CSV file could not be handled: {error}."
    return f"a value could not be read: {error}."


if __name__ == "__main__":
    sys.exit(main())
