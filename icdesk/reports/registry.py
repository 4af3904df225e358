"""Every printed document, declared once: its key, title, what it asks for and how it is made.

The Reports screen and the command line are both built from this list, so a new document is one
module with a ``REPORT`` and one line below.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from icdesk.domain.errors import ValidationError
from icdesk.i18n import Formatter
from icdesk.reports import acknowledgements, agreement, attendance, handbook, network, request_sheet, scorecard, summary
from icdesk.reports.base import PAGE_SIZES, BaseReport
from icdesk.reports.spec import Param, ReportSpec, ReportType
from icdesk.services import Services
from icdesk.services.output_paths import check_output_path


def default_period(today: date) -> tuple[date, date]:
    """The last three whole months and this one so far."""
    first = (today.replace(day=1) - timedelta(days=80)).replace(day=1)
    return first, today


REPORTS: dict[str, ReportType] = {r.key: r for r in (
    handbook.REPORT,
    summary.REPORT,
    scorecard.REPORT,
    agreement.REPORT,
    request_sheet.REPORT,
    acknowledgements.REPORT,
    attendance.REPORT,
    network.REPORT,
)}


def report_type(key: str) -> ReportType:
    if key not in REPORTS:
        raise ValidationError("There is no document called “{kind}”.", kind=key, field="kind")
    return REPORTS[key]


def checked(services: Services, spec: ReportSpec) -> ReportSpec:
    """The spec with defaults filled in; a missing or impossible value raises a sentence."""
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
        raise ValidationError("Choose the service agreement to print.", field="agreement")
    if Param.REQUEST in kind.params and spec.request_id is None:
        raise ValidationError("Choose the request to print.", field="request")
    if Param.TRAINING in kind.params and spec.training_id is None:
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
    return make_report(services, spec).build(out)


__all__ = ["REPORTS", "Param", "ReportSpec", "ReportType", "build_report", "make_report", "report_type",
           "default_period"]
