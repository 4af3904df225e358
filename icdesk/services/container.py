"""All services of one open data file, built once by the application or the CLI.

Each service is made, and its module imported, the first time it is asked for: the window's first
screen needs a handful of them, and a command such as ``icdesk info`` one or two, so the modules of
the others (surveys, standards, training...) are neither imported nor kept until a screen uses them.
``services.requests`` is the same object every time it is asked for, from any thread.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING, Any

from icdesk.db.engine import Database
from icdesk.domain.rules import utcnow
from icdesk.services.base import Clock, ServiceContext

if TYPE_CHECKING:
    from icdesk.services.acknowledgements import AcknowledgementService
    from icdesk.services.actions import ActionService
    from icdesk.services.agreements import AgreementService
    from icdesk.services.backups import BackupService
    from icdesk.services.calendars import CalendarService
    from icdesk.services.demo import DemoService
    from icdesk.services.editions import EditionService
    from icdesk.services.exports import ExportService
    from icdesk.services.feedback import FeedbackService
    from icdesk.services.ideas import IdeaService
    from icdesk.services.imports import ImportService
    from icdesk.services.loop import LoopService
    from icdesk.services.maintenance import MaintenanceService
    from icdesk.services.network import NetworkService
    from icdesk.services.organisation import CompanyService, DepartmentService, PersonService
    from icdesk.services.recognition import RecognitionService
    from icdesk.services.reporting import ReportingService
    from icdesk.services.requests import RequestService
    from icdesk.services.standards import StandardService
    from icdesk.services.survey_forms import SurveyImportService
    from icdesk.services.surveys import SurveyService
    from icdesk.services.training import TrainingService

# attribute -> (module in icdesk.services, class): the attributes declared on Services below
MADE_ON_FIRST_USE: dict[str, tuple[str, str]] = {
    "company": ("organisation", "CompanyService"),
    "departments": ("organisation", "DepartmentService"),
    "calendars": ("calendars", "CalendarService"),
    "people": ("organisation", "PersonService"),
    "standards": ("standards", "StandardService"),
    "editions": ("editions", "EditionService"),
    "agreements": ("agreements", "AgreementService"),
    "requests": ("requests", "RequestService"),
    "feedback": ("feedback", "FeedbackService"),
    "actions": ("actions", "ActionService"),
    "recognition": ("recognition", "RecognitionService"),
    "maintenance": ("maintenance", "MaintenanceService"),
    "reporting": ("reporting", "ReportingService"),
    "network": ("network", "NetworkService"),
    "surveys": ("surveys", "SurveyService"),
    "backups": ("backups", "BackupService"),
    "acknowledgements": ("acknowledgements", "AcknowledgementService"),
    "training": ("training", "TrainingService"),
    "ideas": ("ideas", "IdeaService"),
    "loop": ("loop", "LoopService"),
    "survey_import": ("survey_forms", "SurveyImportService"),
    "demo": ("demo", "DemoService"),
    "exports": ("exports", "ExportService"),
    "imports": ("imports", "ImportService"),
}


class Services:
    company: CompanyService
    departments: DepartmentService
    calendars: CalendarService
    people: PersonService
    standards: StandardService
    editions: EditionService
    agreements: AgreementService
    requests: RequestService
    feedback: FeedbackService
    actions: ActionService
    recognition: RecognitionService
    maintenance: MaintenanceService
    reporting: ReportingService
    network: NetworkService
    surveys: SurveyService
    backups: BackupService
    acknowledgements: AcknowledgementService
    training: TrainingService
    ideas: IdeaService
    loop: LoopService
    survey_import: SurveyImportService
    demo: DemoService
    exports: ExportService
    imports: ImportService

    def __init__(self, db: Database, clock: Clock = utcnow) -> None:
        self.db = db
        self.ctx = ServiceContext(db, clock)
        self._making = threading.Lock()  # two threads asking first still get one service

    if not TYPE_CHECKING:  # for mypy every service is the attribute declared above

        def __getattr__(self, name: str) -> Any:
            """Called only for an attribute not made yet: the service is made and kept on the instance."""
            if name not in MADE_ON_FIRST_USE:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            with self._making:
                made = self.__dict__.get(name)
                if made is None:
                    module, kind = MADE_ON_FIRST_USE[name]
                    made = getattr(importlib.import_module(f"icdesk.services.{module}"), kind)(self.ctx)
                    self.__dict__[name] = made
            return made

    def close(self) -> None:
        self.db.close()
