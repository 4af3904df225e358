"""Which documents exist and how to make one: shared by the Reports screen and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from icdesk.domain.errors import ValidationError
from icdesk.i18n import Translator
from icdesk.reports.agreement import AgreementReport
from icdesk.reports.base import PAGE_SIZES, BaseReport
from icdesk.reports.handbook import HandbookReport
from icdesk.reports.request_sheet import RequestReport
from icdesk.reports.scorecard import ScorecardReport
from icdesk.reports.summary import SummaryReport
from icdesk.services import Services

KINDS = ("handbook", "summary", "scorecard", "agreement", "request")


@dataclass(frozen=True)
class ReportSpec:
    kind: str
    page_size: str = "a4"
    lang: str = "en"
    department_ids: tuple[int, ...] = field(default_factory=tuple)  # handbook/summary: empty = all
    start: date | None = None
    end: date | None = None
    department_id: int | None = None  # scorecard
    agreement_id: int | None = None
    request_id: int | None = None
    sign_sheets: bool = True


def default_period(today: date) -> tuple[date, date]:
    """The last three whole months and this one so far."""
    first = (today.replace(day=1) - timedelta(days=80)).replace(day=1)
    return first, today


def make_report(services: Services, spec: ReportSpec) -> BaseReport:
    if spec.kind not in KINDS:
        raise ValidationError("There is no document called “{kind}”.", kind=spec.kind, field="kind")
    if spec.page_size not in PAGE_SIZES:
        raise ValidationError("The page size must be A4 or Letter.", field="page_size")
    translator = Translator(spec.lang)
    common = dict(translator=translator, page_size=spec.page_size)
    today = date.today()
    default_start, default_end = default_period(today)
    start, end = spec.start or default_start, spec.end or default_end
    if spec.kind in ("summary", "scorecard"):
        if end < start:
            raise ValidationError("The period ends before it starts.", field="end")
    if spec.kind == "handbook":
        return HandbookReport(services, department_ids=list(spec.department_ids) or None,
                              sign_sheets=spec.sign_sheets, **common)
    if spec.kind == "summary":
        return SummaryReport(services, start=start, end=end, department_ids=list(spec.department_ids) or None,
                             **common)
    if spec.kind == "scorecard":
        if spec.department_id is None:
            raise ValidationError("Choose the department for the scorecard.", field="department")
        return ScorecardReport(services, department_id=spec.department_id, start=start, end=end, **common)
    if spec.kind == "agreement":
        if spec.agreement_id is None:
            raise ValidationError("Choose the service agreement to print.", field="agreement")
        return AgreementReport(services, agreement_id=spec.agreement_id, **common)
    if spec.request_id is None:
        raise ValidationError("Choose the request to print.", field="request")
    return RequestReport(services, request_id=spec.request_id, **common)


def build_report(services: Services, spec: ReportSpec, out: Path) -> Path:
    if not out.parent.is_dir():
        raise ValidationError("The folder {parent} does not exist.", parent=out.parent, field="out")
    return make_report(services, spec).build(out)
