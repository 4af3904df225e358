"""CSV export: UTF-8 with BOM (spreadsheets then show accents and Cyrillic right), and no cell a
spreadsheet could take for a formula."""

from __future__ import annotations

import csv
import os
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from sqlalchemy import select

from icdesk.domain.errors import StorageError, ValidationError
from icdesk.domain.models import Request, StandardVersion
from icdesk.i18n import QT_TRANSLATE_NOOP, Formatter
from icdesk.i18n.labels import english_label
from icdesk.services.base import ServiceBase
from icdesk.services.output_paths import check_output_path, written_path
from icdesk.services.request_queries import RequestFilter

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Table = tuple[list[str], Iterable[Sequence[object]]]  # rows: a list, or read as they are written (feedback)


def neutralise(value: object) -> str:
    """'=HYPERLINK(...)' typed into a request title must stay text when the CSV is opened.

    A value that itself starts with the quote gets one more, so the import (tabular.unguard)
    can take exactly one away and "'=x" as typed comes back as "'=x", not "=x"."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in _GUARDED else text


# the first characters that get a quote: a set of one-letter strings (an export checks every cell)
_GUARDED = frozenset(FORMULA_STARTS + ("'",))
# a row of texts, each cell after a separator no cell should hold: a guarded first character right
# after a separator starts a cell (a cell holding the separator at most sends its row cell by cell);
# a pattern led by one literal character is searched for at C speed
_SEPARATOR = "\x1f"
_GUARDED_START = re.compile("\x1f[" + re.escape("".join(sorted(_GUARDED))) + "]")


def delimiter_for(formatter: Formatter) -> str:
    """The column separator a spreadsheet in the export's language expects: where numbers are written
    2,5 (Finnish, Russian, Italian, Spanish) the comma is the decimal sign, so Excel and LibreOffice
    there split a CSV on ";" and open a comma-separated file as one column; elsewhere ",".
    The formatter's own numbers (its region's, in the window) are those written into the file."""
    return ";" if formatter.data.decimal == "," else ","


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], texts: bool = False,
              delimiter: str = ",") -> int:
    """Write atomically: an existing file is replaced only by a complete new one.

    ``texts``: every cell is a str already (a table as the window shows it), so a row is checked for
    cells a spreadsheet could take for a formula in one search of its joined text, and only a row
    with one goes through ``neutralise`` cell by cell (a Python call per cell took a fifth of the
    window's export)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError("The folder {parent} does not exist.", parent=path.parent, field="out")
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")
    count = 0
    try:
        # names, e-mails and comments: readable by the owner only, like the data file (whatever the umask)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        # the byte-order mark written once, then plain UTF-8: the same bytes as "utf-8-sig", whose encoder
        # is Python code run for every row written
        with open(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write("\ufeff")
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow(map(neutralise, header))
            if texts:
                join, guarded = _SEPARATOR.join, _GUARDED_START.search
                for row in rows:
                    try:
                        plain = guarded(_SEPARATOR + join(row)) is None  # type: ignore[arg-type]
                    except TypeError:  # a cell that is not text after all: made text cell by cell
                        plain = False
                    writer.writerow(row if plain else map(neutralise, row))
                    count += 1
            else:
                for row in rows:
                    writer.writerow(map(neutralise, row))
                    count += 1
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise StorageError("The CSV file was not written: {value}.", value=error.strerror or error) from error
    except BaseException:  # rows read as they are written failed (the data file gone): no half file left
        partial.unlink(missing_ok=True)
        raise
    return count


def _iso(value: object, zone: tzinfo = UTC) -> str:
    """Dates as 2026-03-06; instants as 2026-03-06T16:30:00+01:00: the company's wall-clock time with
    its offset, so a spreadsheet shows what the window shows and no moment is ambiguous."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(zone).isoformat(timespec="seconds")
    return value.isoformat() if isinstance(value, date) else str(value)


class ExportService(ServiceBase):
    # the period of figures exported per period (pairs); None: the last twelve months
    period: tuple[date, date] | None = None

    def table(self, kind: str) -> Table:
        """Every record of one kind, archived ones included, as a header and rows."""
        if kind not in EXPORTS:
            raise ValidationError("Cannot export “{kind}”; choose one of {join}.", kind=kind, join=", ".join(EXPORTS),
                                  field="kind")
        return EXPORTS[kind].table(self)

    def export(self, kind: str, path: Path, start: date | None = None, end: date | None = None,
               delimiter: str | None = None) -> int:
        """``delimiter``: None for the one of the export's language. These exports are written in
        English (its words, ISO dates, 2.5), so a comma unless asked otherwise."""
        from icdesk.services.tabular import chosen_delimiter

        check_output_path(path, self.db.path)
        path = written_path(path)
        if delimiter is not None:
            delimiter = chosen_delimiter(delimiter)  # what the import would refuse is refused here too
        self.period = (start, end) if start and end else None
        if self.period is not None and kind in EXPORTS:
            self._check_period(kind, *self.period)  # before anything is read
        header, rows = self.table(kind)
        if self.period is not None and EXPORTS[kind].dated_by:
            rows = self._in_period(EXPORTS[kind].dated_by, header, rows, *self.period)
        return write_csv(path, header, rows, texts=EXPORTS[kind].texts,
                         delimiter=delimiter or delimiter_for(Formatter("en")))

    @staticmethod
    def _check_period(kind: str, start: date, end: date) -> None:
        """A list without dates (departments) refuses a period rather than write every row as if chosen."""
        if end < start:
            raise ValidationError("The period ends before it starts.", field="end")
        if kind != "pairs" and not EXPORTS[kind].dated_by:  # the pairs' figures are worked out for the period
            raise ValidationError("{kind} have no dates to choose by; export them without a period.",
                                  kind=kind.capitalize(), field="start")

    @staticmethod
    def _in_period(dated_by: str, header: Sequence[str], rows: Iterable[Sequence[object]], start: date,
                   end: date) -> Iterable[Sequence[object]]:
        """The rows whose date falls in the period: requests logged, ratings given, actions opened..."""
        column = header.index(dated_by)
        first, last = start.isoformat(), end.isoformat()
        # ISO dates and the company's wall-clock moments (2026-03-06T16:30:00+01:00) compare as text
        return (row for row in rows if first <= str(row[column])[:10] <= last)

    def _pairs(self) -> Table:
        """Each pair of departments in the period, with the same pair the other way round beside it."""
        from icdesk.services.network import NetworkService

        service = NetworkService(self.ctx)
        start, end = self.period or (lambda p: (p.start, p.end))(service.last_months(12))
        network = service.network(start, end)
        names = {d.id: d.name for d in network.departments}
        header = ["provider", "customer", "period_start", "period_end", "requests", "resolved", "within_target_pct",
                  "median_hours", "average_rating", "ratings", "open_and_late", "breakdowns", "survey_score",
                  "two_way", "back_requests", "back_within_target_pct", "back_median_hours", "back_average_rating"]

        def pct(share: float | None) -> object:
            return "" if share is None else round(100 * share, 1)

        def num(value: float | None, digits: int = 2) -> object:
            return "" if value is None else round(value, digits)

        rows: list[list[object]] = []
        for p in sorted(network.department_pairs(), key=lambda p: (names.get(p.provider_id, "").casefold(),
                                                                   names.get(p.customer_id, "").casefold())):
            back = network.between(p.customer_id, p.provider_id)
            two_way = network.two_way(p.provider_id, p.customer_id)
            rows.append([names.get(p.provider_id, "?"), names.get(p.customer_id, "?"), _iso(network.period.start),
                         _iso(network.period.end), p.received, p.resolved, pct(p.share_within_target),
                         num(p.median_hours), num(p.average_rating), p.ratings, p.open_overdue, p.breakdowns,
                         num(p.survey_score), "yes" if two_way else "",
                         back.received if back and two_way else "", pct(back.share_within_target) if back and two_way
                         else "", num(back.median_hours) if back and two_way else "",
                         num(back.average_rating) if back and two_way else ""])
        return header, rows

    def _departments(self) -> Table:
        from icdesk.services.organisation import DEPARTMENT_CSV, DepartmentService

        rows = DepartmentService(self.ctx).list(include_archived=True)
        return ([c.key for c in DEPARTMENT_CSV] + ["people", "archived"],
                [[c.value(d) for c in DEPARTMENT_CSV] + [d.people_count, "yes" if d.archived else ""] for d in rows])

    def _people(self) -> Table:
        from icdesk.services.organisation import PersonService

        rows = PersonService(self.ctx).list(include_inactive=True)
        return (["full_name", "department", "kind", "job_title", "email", "active"],
                [[p.full_name, p.department_name, p.kind.value, p.job_title, p.email, "yes" if p.active else "no"]
                 for p in rows])

    def _standards(self) -> Table:
        from icdesk.services.standards import StandardService

        service = StandardService(self.ctx)
        rows = service.list(include_archived=True)
        # the whole text too (steps one per line in a cell), so `icdesk import standards` reads it back
        details = {s.version_id: service.version(s.version_id) for s in rows}
        return (["title", "department", "version", "state", "first_response_minutes", "resolution_minutes", "owner",
                 "next_review", "purpose", "serves", "steps"],
                [[s.title, s.department_name, s.number, s.status.value, s.first_response_minutes or "",
                  s.resolution_minutes or "", s.owner_name, _iso(s.next_review_on), details[s.version_id].purpose,
                  details[s.version_id].serves, "\n".join(details[s.version_id].steps)] for s in rows])

    def _requests(self) -> Table:
        from icdesk.services.requests import RequestService

        rows = RequestService(self.ctx).list(RequestFilter(), sort="id", descending=False)
        zone = self.sla.zone

        def written() -> Iterator[list[object]]:
            # the details and the standard, read along by number beside the rows, so the export goes back
            # in whole (`icdesk import requests` reads both); a request logged meanwhile elsewhere gets none
            texts = self._request_texts()
            pending = next(texts, None)
            for r in rows:
                while pending is not None and pending[0] < r.id:
                    pending = next(texts, None)
                description, standard = (pending[1], pending[2] or "") if pending and pending[0] == r.id else ("", "")
                yield [r.id, r.title, description, r.status.value, r.priority.value, r.provider_name,
                       r.requester_name, r.requester_department_name, r.assignee_name, standard,
                       _iso(r.created_at, zone), _iso(r.first_response_at, zone), _iso(r.resolved_at, zone),
                       _iso(r.response_due_at, zone), _iso(r.resolution_due_at, zone),
                       round(r.paused_seconds / 3600, 2), "yes" if r.overdue else ""]

        return (["number", "title", "description", "status", "priority", "provider", "requester",
                 "requester_department", "assignee", "standard", "created_at", "first_response_at", "resolved_at",
                 "response_due_at", "resolution_due_at", "paused_hours", "overdue"], written())

    def _request_texts(self) -> Iterator[tuple[int, str, str | None]]:
        with self.db.reading() as s:
            found = s.execute(select(Request.id, Request.description, StandardVersion.title)
                              .outerjoin(StandardVersion, StandardVersion.id == Request.standard_version_id)
                              .order_by(Request.id)).yield_per(2000)
            for request_id, description, standard in found:
                yield int(request_id), str(description or ""), standard

    def _feedback(self) -> Table:
        from icdesk.services.feedback import FeedbackService

        # streamed: every rating read by key a large page at a time as the file is written (a million
        # requests have some 460,000 ratings), newest first as the list shows them
        # every cell a str (ExportKind.texts); a rating is always given at a moment: no _iso per row
        zone = self.sla.zone
        return (["given_at", "department", "rating", "request", "breakdown_point", "from", "comment"],
                ((f.created_at.astimezone(zone).isoformat(timespec="seconds"), f.department_name, str(f.rating),
                  str(f.request_id) if f.request_id else "",
                  english_label(f.breakdown_point) if f.breakdown_point else "",
                  "anonymous" if f.anonymous else f.author_name or f.author_department_name, f.comment)
                 for f in FeedbackService(self.ctx).every_row()))

    def _actions(self) -> Table:
        from icdesk.services.actions import ActionService

        rows = ActionService(self.ctx).list(include_archived=True)
        return (["description", "department", "owner", "opened", "due", "status", "completed", "outcome"],
                [[a.description, a.department_name, a.owner_name, _iso(a.opened_on), _iso(a.due_on),
                  a.status.value, _iso(a.completed_on), a.outcome] for a in rows])

    def _acknowledgements(self) -> Table:
        """Who has to acknowledge what and where each stands, then every earlier acknowledgement."""
        from icdesk.services.acknowledgements import AcknowledgementService

        service = AcknowledgementService(self.ctx)
        shown: dict[tuple[int, int, int | None], list[object]] = {}
        rows: list[list[object]] = []
        for r in service.status():
            rows.append([r.person_name, r.department_name, r.standard_title, r.standard_department, r.number,
                         r.state.value, r.acknowledged_number or "", _iso(r.acknowledged_on),
                         english_label(r.method) if r.method else "", ""])
            shown[(r.person_id, r.standard_id, r.acknowledged_number)] = rows[-1]
        for a in service.records():
            row = shown.get((a.person_id, a.standard_id, a.version_number))
            if row is not None:
                row[9] = a.training_topic  # the training it was acknowledged at
            else:
                rows.append([a.person_name, a.department_name, a.standard_title, "", "", "earlier", a.version_number,
                             _iso(a.acknowledged_on), english_label(a.method), a.training_topic])
        return (["person", "department", "standard", "standard_department", "version_in_force", "state",
                 "acknowledged_version", "acknowledged_on", "how", "training"], rows)

    def _training(self) -> Table:
        """One row per person per session attended, and one per cross-training."""
        from icdesk.services.training import CROSS, TrainingService

        service = TrainingService(self.ctx)
        sessions = {t.id: t for t in service.sessions()}
        rows: list[list[object]] = []
        for r in service.history():
            if r.kind == CROSS:
                cross = service.cross_get(r.id)
                rows.append([_iso(r.on), "cross-training", f"{r.department_name} service", r.department_name,
                             r.trainer_name, cross.person_name, cross.person_department_name, "", "", cross.note])
                continue
            detail = sessions[r.id]
            people = list(zip(detail.attendee_names, detail.attendee_departments, strict=True)) or [("", "")]
            rows += [[_iso(r.on), "session", r.topic, r.department_name, r.trainer_name, name, dept,
                      r.duration_minutes, "; ".join(f"{title} (version {n})" for title, n in zip(
                          detail.standards, detail.standard_numbers, strict=True)), detail.notes]
                     for name, dept in people]
        return (["date", "kind", "topic", "given_by", "trainer", "person", "person_department", "minutes",
                 "standards_covered", "notes"], rows)

    def _ideas(self) -> Table:
        from icdesk.services.ideas import IdeaService

        rows = IdeaService(self.ctx).list()
        return (["proposed_on", "idea", "description", "departments", "from", "status", "status_note", "decided_on",
                 "supporters", "supported_by"],
                [[_iso(i.proposed_on), i.title, i.description, "; ".join(i.department_names),
                  "anonymous" if i.anonymous else i.author_name or i.author_department_name, i.status.value,
                  i.status_note, _iso(i.decided_on), i.supporters, "; ".join(i.supporter_names)] for i in rows])

    def _recognitions(self) -> Table:
        from icdesk.services.recognition import RecognitionService

        rows = RecognitionService(self.ctx).list()
        return (["given_on", "award", "to", "from", "title", "message"],
                [[_iso(r.given_on), r.award.value, r.to_name, r.from_name, r.title, r.message] for r in rows])


@dataclass(frozen=True)
class ExportKind:
    """One list the command line (``icdesk export KEY``) and the window can write as CSV."""

    key: str
    title: str  # English; marked for translation in the "Exports" context
    table: Callable[[ExportService], Table]
    texts: bool = False  # every cell a str: write_csv checks a row at once (a long list)
    dated_by: str = ""  # the column a period (--from/--to) chooses rows by; none: a period is refused


EXPORTS: dict[str, ExportKind] = {k.key: k for k in (
    ExportKind("departments", QT_TRANSLATE_NOOP("Exports", "Departments"), ExportService._departments),
    ExportKind("people", QT_TRANSLATE_NOOP("Exports", "People"), ExportService._people),
    ExportKind("standards", QT_TRANSLATE_NOOP("Exports", "Service standards"), ExportService._standards),
    ExportKind("requests", QT_TRANSLATE_NOOP("Exports", "Requests"), ExportService._requests,
               dated_by="created_at"),
    ExportKind("feedback", QT_TRANSLATE_NOOP("Exports", "Feedback"), ExportService._feedback, texts=True,
               dated_by="given_at"),
    ExportKind("actions", QT_TRANSLATE_NOOP("Exports", "Corrective actions"), ExportService._actions,
               dated_by="opened"),
    ExportKind("recognitions", QT_TRANSLATE_NOOP("Exports", "Recognitions"), ExportService._recognitions,
               dated_by="given_on"),
    ExportKind("acknowledgements", QT_TRANSLATE_NOOP("Exports", "Acknowledgements"),
               ExportService._acknowledgements),
    ExportKind("training", QT_TRANSLATE_NOOP("Exports", "Training and cross-training"), ExportService._training,
               dated_by="date"),
    ExportKind("ideas", QT_TRANSLATE_NOOP("Exports", "Ideas"), ExportService._ideas, dated_by="proposed_on"),
    ExportKind("pairs", QT_TRANSLATE_NOOP("Exports", "Pairs of departments, both ways"), ExportService._pairs),
)}
