"""All services of one open data file, built once by the application or the CLI."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from icdesk.db.engine import Database
from icdesk.domain.rules import utcnow
from icdesk.services.acknowledgements import AcknowledgementService
from icdesk.services.actions import ActionService
from icdesk.services.agreements import AgreementService
from icdesk.services.backups import BackupService
from icdesk.services.base import Clock, ServiceContext
from icdesk.services.calendars import CalendarService
from icdesk.services.editions import EditionService
from icdesk.services.feedback import FeedbackService
from icdesk.services.ideas import IdeaService
from icdesk.services.loop import LoopService
from icdesk.services.maintenance import MaintenanceService
from icdesk.services.network import NetworkService
from icdesk.services.organisation import (
    CompanyService,
    DepartmentService,
    PersonService,
)
from icdesk.services.recognition import RecognitionService
from icdesk.services.reporting import ReportingService
from icdesk.services.requests import RequestService
from icdesk.services.standards import StandardService
from icdesk.services.surveys import SurveyService
from icdesk.services.training import TrainingService

if TYPE_CHECKING:  # made on first use: the window starts without reading spreadsheets or making examples
    from icdesk.services.demo import DemoService
    from icdesk.services.exports import ExportService
    from icdesk.services.imports import ImportService
    from icdesk.services.survey_forms import SurveyImportService


class Services:
    def __init__(self, db: Database, clock: Clock = utcnow) -> None:
        self.db = db
        self.ctx = ctx = ServiceContext(db, clock)
        self.company = CompanyService(ctx)
        self.departments = DepartmentService(ctx)
        self.calendars = CalendarService(ctx)
        self.people = PersonService(ctx)
        self.standards = StandardService(ctx)
        self.editions = EditionService(ctx)
        self.agreements = AgreementService(ctx)
        self.requests = RequestService(ctx)
        self.feedback = FeedbackService(ctx)
        self.actions = ActionService(ctx)
        self.recognition = RecognitionService(ctx)
        self.maintenance = MaintenanceService(ctx)
        self.reporting = ReportingService(ctx)
        self.network = NetworkService(ctx)
        self.surveys = SurveyService(ctx)
        self.backups = BackupService(ctx)
        self.acknowledgements = AcknowledgementService(ctx)
        self.training = TrainingService(ctx)
        self.ideas = IdeaService(ctx)
        self.loop = LoopService(ctx)

    @cached_property
    def survey_import(self) -> SurveyImportService:
        from icdesk.services.survey_forms import SurveyImportService

        return SurveyImportService(self.ctx)

    @cached_property
    def demo(self) -> DemoService:
        from icdesk.services.demo import DemoService

        return DemoService(self.ctx)

    @cached_property
    def exports(self) -> ExportService:
        from icdesk.services.exports import ExportService

        return ExportService(self.ctx)

    @cached_property
    def imports(self) -> ImportService:
        from icdesk.services.imports import ImportService

        return ImportService(self.ctx)

    def close(self) -> None:
        self.db.close()
