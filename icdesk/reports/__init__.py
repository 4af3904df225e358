"""Printed documents (ReportLab): the SOP handbook, summaries, scorecards and agreement sheets."""

from icdesk.reports.agreement import AgreementReport
from icdesk.reports.base import PAGE_SIZES, BaseReport
from icdesk.reports.handbook import HandbookReport
from icdesk.reports.request_sheet import RequestReport
from icdesk.reports.scorecard import ScorecardReport
from icdesk.reports.summary import SummaryReport

__all__ = ["PAGE_SIZES", "BaseReport", "HandbookReport", "SummaryReport", "ScorecardReport", "AgreementReport",
           "RequestReport"]
