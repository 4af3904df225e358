"""Command line: ``icdesk`` opens the window; sub-commands do headless work on a data file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from icdesk import __version__
from icdesk.db.errors import DataFileError
from icdesk.domain.errors import DomainError
from icdesk.paths import DB_ENV, default_db_path

if TYPE_CHECKING:
    from icdesk.services import Services

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2

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
    "survey_rounds": "Survey rounds",
    "survey_answers": "  answers",
}


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # one line, so scripts and people both see at once what was wrong
        raise UsageError(f"{message} (see 'icdesk --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="icdesk", description="icdesk: the internal customer service desk. "
                     "Without a command it opens the application window.")
    parser.add_argument("--version", action="version", version=f"icdesk {__version__}")
    parser.add_argument("--self-check", action="store_true",
                        help="check that this installation works (database, PDF, window) and exit")
    parser.add_argument("--db", type=Path, default=None, metavar="PATH",
                        help=f"data file (default: ${DB_ENV}, else {default_db_path()})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="fill an empty file with the example hotel")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    demo.add_argument("--requests", type=_positive, default=300, help="number of requests (default 300)")
    demo.add_argument("--departments", type=_positive, default=9, help="number of departments (default 9)")
    demo.add_argument("--standards", type=_positive, default=20, help="number of standards (default 20)")

    _add_report_parser(commands)
    backup = commands.add_parser("backup", help="make a verified backup of the file now")
    backup.add_argument("--to", type=Path, metavar="PATH", help="where to write it (default: the backup folder)")
    restore = commands.add_parser("restore", help="put a backup back in place of the file")
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    from icdesk.services.exports import EXPORTS

    export = commands.add_parser("export", help="write one list as a CSV file for spreadsheets")
    export.add_argument("kind", choices=list(EXPORTS))
    export.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    _period_arguments(export)  # the figures of 'pairs' are for a period (default: the last twelve months)
    _add_survey_parser(commands)
    commands.add_parser("info", help="show the file, its schema revision and what it holds")
    commands.add_parser("check", help="check the file's integrity")
    return parser


def _add_report_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    from icdesk.i18n import LANGUAGES
    from icdesk.reports.registry import REPORTS

    report = commands.add_parser("report", help="write a PDF document")
    kinds = report.add_subparsers(dest="kind", metavar="DOCUMENT", parser_class=_Parser, required=True)
    for kind in REPORTS.values():
        sub: _Parser = kinds.add_parser(kind.key, help=kind.help or kind.title)
        sub.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="where to write the PDF")
        sub.add_argument("--page-size", choices=["a4", "letter"], default="a4")
        sub.add_argument("--lang", choices=list(LANGUAGES), default="en", help="language of the document")
        for param in kind.params:
            REPORT_ARGUMENTS[param](sub)


def _add_survey_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    survey = commands.add_parser("survey", help="survey rounds: list them, write their forms, read returned forms")
    actions = survey.add_subparsers(dest="survey_action", metavar="ACTION", parser_class=_Parser, required=True)
    actions.add_parser("list", help="the survey rounds with their numbers and how many forms came back")
    forms = actions.add_parser("forms", help="write the forms of a round: one fillable PDF per form, or --paper")
    forms.add_argument("--round", dest="round_id", type=_positive, required=True, metavar="R")
    forms.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder (with --paper: FILE.pdf)")
    forms.add_argument("--paper", action="store_true", help="one PDF of all forms to print instead")
    forms.add_argument("--lang", choices=["en", "it", "fi", "es", "ru"], default="en")
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


REPORT_ARGUMENTS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "departments": _departments_argument,
    "department": _department_argument,
    "period": _period_arguments,
    "agreement": _agreement_arguments,
    "request": _request_argument,
    "sign_sheets": _sign_sheets_argument,
}


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-31") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


@contextmanager
def _opened(args: argparse.Namespace) -> Iterator[Services]:
    """The data file of --db (or the default one), closed again whatever happens."""
    from icdesk.db.store import open_data_file
    from icdesk.services import Services

    path: Path = args.db or default_db_path()
    if args.db is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    services = Services(open_data_file(path))
    try:
        yield services
    finally:
        services.close()


def cmd_demo(args: argparse.Namespace) -> int:
    from icdesk.services.demo import DemoOptions

    with _opened(args) as services:
        summary = services.demo.fill(DemoOptions(
            seed=args.seed, requests=args.requests, departments=args.departments, standards=args.standards))
    print(f"Example company written to {services.db.path}: {summary.departments} departments, "
          f"{summary.people} people, {summary.standards} standards, {summary.requests} requests, "
          f"{summary.feedback} feedback, {summary.actions} corrective actions, {summary.recognitions} recognitions.")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from icdesk.reports.registry import Param, ReportSpec, build_report, report_type

    with _opened(args) as services:
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
        if Param.REQUEST in params:
            spec = replace(spec, request_id=args.number)
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
    with _opened(args) as services:
        made = services.backups.backup_now(args.to.expanduser().absolute() if args.to else None)
    print(f"Backup written and verified: {made}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from icdesk.db.store import open_data_file
    from icdesk.services.backups import restore_from_backup

    backup = args.backup.expanduser().absolute()
    if not backup.is_file():
        raise UsageError(f"there is no backup file {backup}")
    path: Path = (args.db or default_db_path()).expanduser().absolute()
    # taking the lock proves no window has the file open while it is replaced
    open_data_file(path, create=False, lock=True).close()
    kept = restore_from_backup(path, backup)
    print(f"Restored {path} from {backup}; the file as it was is kept as {kept}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if (args.start is None) != (args.end is None):
        raise UsageError("give both --from and --to, or neither")
    with _opened(args) as services:
        count = services.exports.export(args.kind, args.out.expanduser().absolute(), args.start, args.end)
    print(f"{count} {args.kind} written to {args.out}")
    return EXIT_OK


def cmd_survey(args: argparse.Namespace) -> int:
    with _opened(args) as services:
        if args.survey_action == "list":
            for r in services.surveys.rounds():
                kind = "anonymous" if r.anonymous else "named"
                rate = f"{100 * r.response_rate:.0f} %" if r.response_rate is not None else "-"
                print(f"{r.id:>4}  {r.title}  ({r.period_start} to {r.period_end}, {kind}, {r.status.value}): "
                      f"{r.returned} of {r.invited} forms back, {rate}")
            return EXIT_OK
        if args.survey_action == "forms":
            return _survey_forms(services, args)
        report = services.survey_import.import_folder(args.round_id, args.folder.expanduser().absolute())
    for outcome in report.files:
        if outcome.error is None:
            print(f"read      {outcome.name}: {outcome.answers} answers")
        else:
            print(f"{'already' if outcome.duplicate else 'left out':<9} {outcome.name}: {outcome.error}")
    print(f"{report.imported} forms read ({report.answers} answers), {report.duplicates} read before, "
          f"{report.refused} left out")
    return EXIT_OK if not report.refused else EXIT_PROBLEM


def _survey_forms(services: Services, args: argparse.Namespace) -> int:
    from icdesk.i18n import Formatter
    from icdesk.reports.survey_form import write_fillable_forms, write_paper_forms

    services.surveys.get(args.round_id)  # a sentence if there is no such round
    formatter = Formatter(args.lang, services.ctx.sla.zone)
    out = args.out.expanduser().absolute()
    if args.paper:
        if out.is_dir():
            out = out / "survey-forms.pdf"
        print(f"Written {write_paper_forms(services, args.round_id, out, formatter, args.page_size)}")
        return EXIT_OK
    out.mkdir(parents=True, exist_ok=True)
    written = write_fillable_forms(services, args.round_id, out, formatter, args.page_size)
    print(f"{len(written)} fillable forms written to {out}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    with _opened(args) as services:
        info = services.maintenance.info()
        company = services.company.get()
    state = "up to date" if info.revision == info.head_revision else f"this icdesk knows {info.head_revision}"
    print(f"File:      {info.path}")
    print(f"Schema:    {info.revision} ({state})")
    print(f"Size:      {info.size_bytes / 1_048_576:.1f} MB")
    print(f"Company:   {company.name if company else '(not set up yet)'}")
    for table, label in TABLE_LABELS.items():
        print(f"{label:<22}{info.counts.get(table, 0):>10,}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with _opened(args) as services:
        result = services.maintenance.check()
    if result.ok:
        print(f"{services.db.path}: ok")
        return EXIT_OK
    for problem in result.problems:
        print(f"{services.db.path}: {problem}")
    return EXIT_PROBLEM


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "report": cmd_report,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "export": cmd_export,
    "survey": cmd_survey,
    "info": cmd_info,
    "check": cmd_check,
}


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.self_check:
            from icdesk.selfcheck import run

            return run()
        if args.command is None:
            from icdesk.app import run_gui

            return run_gui(args.db)
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"icdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (DataFileError, DomainError) as exc:
        print(f"icdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
