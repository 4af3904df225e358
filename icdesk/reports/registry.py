"""Every printed document, declared once: its key, title, what it asks for and how it is made.

The Reports screen and the command line are both built from this list, so a new document is one
module with a ``build`` function and one entry below. Listing the documents loads none of them:
a document's module (and ReportLab with it) is imported when that document is made.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from icdesk.domain.errors import ValidationError
from icdesk.i18n import QT_TRANSLATE_NOOP, Formatter
from icdesk.reports.spec import Builder, Param, ReportSpec, ReportType
from icdesk.services import Services
from icdesk.services.output_paths import check_output_path, written_path

if TYPE_CHECKING:
    from icdesk.reports.base import BaseReport


def default_period(today: date) -> tuple[date, date]:
    """The last three whole months and this one so far."""
    first = (today.replace(day=1) - timedelta(days=80)).replace(day=1)
    return first, today


def _made_by(module: str) -> Builder:
    """The ``build`` of ``icdesk.reports.<module>``, imported when the first document is made."""

    def build(services: Services, spec: ReportSpec, t: Formatter, page_size: str) -> BaseReport:
        made: Builder = _document_modules()[module].build
        return made(services, spec, t, page_size)

    return build


def _document_modules() -> dict[str, ModuleType]:
    # imported by name, not from strings, so that PyInstaller sees and bundles every document
    from icdesk.reports import (
        acknowledgements,
        agreement,
        attendance,
        handbook,
        network,
        request_sheet,
        scorecard,
        summary,
    )

    return {m.__name__.rpartition(".")[2]: m for m in (handbook, summary, scorecard, agreement, request_sheet,
                                                        acknowledgements, attendance, network)}


REPORTS: dict[str, ReportType] = {r.key: r for r in (
    ReportType(
        key="handbook",
        title=QT_TRANSLATE_NOOP("Reports", "SOP handbook"),
        params=(Param.DEPARTMENTS, Param.SIGN_SHEETS, Param.NEW_EDITION, Param.UNCONTROLLED),
        build=_made_by("handbook"),
        help="cover with edition, contents, changes since the last edition, one chapter per department with "
             "document control and revision history, acknowledgement sheets",
    ),
    ReportType(
        key="summary",
        title=QT_TRANSLATE_NOOP("Reports", "Service summary"),
        params=(Param.PERIOD, Param.DEPARTMENTS),
        build=_made_by("summary"),
        help="service summary for a period, with charts",
    ),
    ReportType(
        key="scorecard",
        title=QT_TRANSLATE_NOOP("Reports", "Department scorecard"),
        params=(Param.DEPARTMENT, Param.PERIOD),
        build=_made_by("scorecard"),
        help="one department's scorecard",
    ),
    ReportType(
        key="agreement",
        title=QT_TRANSLATE_NOOP("Reports", "Service agreement sheet"),
        params=(Param.AGREEMENT,),
        build=_made_by("agreement"),
        help="a service agreement sheet to sign",
    ),
    ReportType(
        key="request",
        title=QT_TRANSLATE_NOOP("Reports", "One request"),
        params=(Param.REQUEST,),
        build=_made_by("request_sheet"),
        help="one request with its history",
    ),
    ReportType(
        key="acknowledgements",
        title=QT_TRANSLATE_NOOP("Reports", "Acknowledgement status: who still has to sign"),
        params=(Param.DEPARTMENTS,),
        build=_made_by("acknowledgements"),
        help="acknowledgement status per department: who still has to sign which standard",
    ),
    ReportType(
        key="attendance",
        title=QT_TRANSLATE_NOOP("Reports", "Training attendance sheet"),
        params=(Param.TRAINING,),
        build=_made_by("attendance"),
        help="a training session's attendance sheet with the attendees' names",
    ),
    ReportType(
        key="network",
        title=QT_TRANSLATE_NOOP("Reports", "Service network report"),
        params=(Param.PERIOD,),
        build=_made_by("network"),
        help="the service map, the pair matrix both ways, breakdowns, trends and survey results",
    ),
)}


def report_type(key: str) -> ReportType:
    if key not in REPORTS:
        raise ValidationError("There is no document called “{kind}”.", kind=key, field="kind")
    return REPORTS[key]


def checked(services: Services, spec: ReportSpec) -> ReportSpec:
    """The spec with defaults filled in; a missing or impossible value raises a sentence."""
    from icdesk.reports.base import PAGE_SIZES

    kind = report_type(spec.kind)
    if spec.page_size not in PAGE_SIZES:
        raise ValidationError("The page size must be A4 or Letter.", field="page_size")
    start, end = spec.start, spec.end
    if Param.PERIOD in kind.params:
        default_start, default_end = default_period(services.ctx.today())
        start, end = start or default_start, end or default_end
        if end < start:
            raise ValidationError("The period ends before it starts.", field="end")
    if Param.DEPARTMENT in kind.params and spec.department_id is None:
        raise ValidationError("Choose the department for the scorecard.", field="department")
    if Param.AGREEMENT in kind.params and spec.agreement_id is None:
        if not services.agreements.list():  # nothing to choose: say where one is made
            raise ValidationError("No service agreement is recorded yet; make one on the Agreements screen first.",
                                  field="agreement")
        raise ValidationError("Choose the service agreement to print.", field="agreement")
    if Param.REQUEST in kind.params and spec.request_id is None:
        raise ValidationError("Choose the request to print.", field="request")
    if Param.TRAINING in kind.params and spec.training_id is None:
        if not services.training.sessions():
            raise ValidationError("No training session is recorded yet; record one on the Training screen first.",
                                  field="training")
        raise ValidationError("Choose the training session to print.", field="training")
    return replace(spec, start=start, end=end)


def make_report(services: Services, spec: ReportSpec) -> BaseReport:
    spec = checked(services, spec)
    formatter = Formatter(spec.lang, services.ctx.sla.zone)
    return report_type(spec.kind).build(services, spec, formatter, spec.page_size)


def build_report(services: Services, spec: ReportSpec, out: Path) -> Path:
    if not out.parent.is_dir():
        raise ValidationError("The folder {parent} does not exist.", parent=out.parent, field="out")
    check_output_path(out, services.db.path)
    return make_report(services, spec).build(written_path(out))


__all__ = ["REPORTS", "Param", "ReportSpec", "ReportType", "build_report", "make_report", "report_type",
           "default_period"]
