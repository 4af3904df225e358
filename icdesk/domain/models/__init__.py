"""All tables of an icdesk file. Importing this package registers every model on ``Base``."""

from icdesk.domain.models.base import Base, UTCDateTime
from icdesk.domain.models.feedback import CorrectiveAction, Feedback, Recognition
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
from icdesk.domain.models.organisation import Company, Department, Person
from icdesk.domain.models.requests import Request, RequestEvent
from icdesk.domain.models.standards import (
    ServiceAgreement,
    ServiceStandard,
    StandardStep,
    StandardVersion,
    agreement_standards,
)

__all__ = [
    "Base",
    "UTCDateTime",
    "Company",
    "Department",
    "Person",
    "ServiceStandard",
    "StandardVersion",
    "StandardStep",
    "ServiceAgreement",
    "agreement_standards",
    "Request",
    "RequestEvent",
    "Feedback",
    "CorrectiveAction",
    "Recognition",
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
