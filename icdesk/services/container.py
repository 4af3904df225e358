"""All services of one open data file, built once by the application or the CLI."""

from __future__ import annotations

from icdesk.db.engine import Database
from icdesk.domain.rules import utcnow
from icdesk.services.actions import ActionService
from icdesk.services.agreements import AgreementService
from icdesk.services.backups import BackupService
from icdesk.services.base import Clock
from icdesk.services.demo import DemoService
from icdesk.services.exports import ExportService
from icdesk.services.feedback import FeedbackService
from icdesk.services.imports import ImportService
from icdesk.services.maintenance import MaintenanceService
from icdesk.services.organisation import (
    CompanyService,
    DepartmentService,
    PersonService,
)
from icdesk.services.recognition import RecognitionService
from icdesk.services.reporting import ReportingService
from icdesk.services.requests import RequestService
from icdesk.services.standards import StandardService


class Services:
    def __init__(self, db: Database, clock: Clock = utcnow) -> None:
        self.db = db
        self.company = CompanyService(db, clock)
        self.departments = DepartmentService(db, clock)
        self.people = PersonService(db, clock)
        self.standards = StandardService(db, clock)
        self.agreements = AgreementService(db, clock)
        self.requests = RequestService(db, clock)
        self.feedback = FeedbackService(db, clock)
        self.actions = ActionService(db, clock)
        self.recognition = RecognitionService(db, clock)
        self.maintenance = MaintenanceService(db, clock)
        self.reporting = ReportingService(db, clock)
        self.demo = DemoService(db, clock)
        self.backups = BackupService(db, clock)
        self.exports = ExportService(db, clock)
        self.imports = ImportService(db, clock)

    def close(self) -> None:
        self.db.close()
