"""All tables of an icdesk file. Importing this package registers every model on ``Base``."""

from icdesk.domain.models.base import Base, UTCDateTime
from icdesk.domain.models.feedback import CorrectiveAction, Feedback, Recognition
from icdesk.domain.models.ideas import Idea, IdeaSupport, idea_departments
from icdesk.domain.models.learning import (
    Acknowledgement,
    CrossTraining,
    TrainingSession,
    training_attendees,
    training_standards,
)
from icdesk.domain.models.network import (
    PairBreakdown,
    PairMonth,
    ProviderBreakdown,
    SurveyAnswer,
    SurveyForm,
    SurveyPair,
    SurveyQuestion,
    SurveyReceipt,
    SurveyRound,
    SurveyScore,
)
from icdesk.domain.models.organisation import ClosedPeriod, Company, Department, Person, WorkingHours
from icdesk.domain.models.requests import Request, RequestEvent
from icdesk.domain.models.standards import (
    HandbookEdition,
    ServiceAgreement,
    ServiceStandard,
    StandardStep,
    StandardVersion,
    agreement_standards,
    standard_readers,
)

__all__ = [
    "Base",
    "UTCDateTime",
    "Company",
    "Department",
    "Person",
    "WorkingHours",
    "ClosedPeriod",
    "ServiceStandard",
    "StandardVersion",
    "StandardStep",
    "ServiceAgreement",
    "HandbookEdition",
    "agreement_standards",
    "Request",
    "RequestEvent",
    "Feedback",
    "CorrectiveAction",
    "Recognition",
    "standard_readers",
    "Acknowledgement",
    "TrainingSession",
    "training_attendees",
    "training_standards",
    "CrossTraining",
    "Idea",
    "IdeaSupport",
    "idea_departments",
    "PairMonth",
    "PairBreakdown",
    "ProviderBreakdown",
    "SurveyRound",
    "SurveyQuestion",
    "SurveyPair",
    "SurveyForm",
    "SurveyReceipt",
    "SurveyAnswer",
    "SurveyScore",
]
