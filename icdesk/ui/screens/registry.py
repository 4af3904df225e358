"""The screens of the main window, declared once: key, title and how each is built.

Navigation, shortcuts (Ctrl+1 to Ctrl+9) and tests address screens by key, never by position.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from icdesk.services import Services
from icdesk.ui.screens.acknowledgements import AcknowledgementsScreen
from icdesk.ui.screens.dashboard import DashboardScreen
from icdesk.ui.screens.ideas import IdeasScreen
from icdesk.ui.screens.loop import ActionsScreen, FeedbackScreen, RecognitionScreen
from icdesk.ui.screens.loop_view import LoopScreen
from icdesk.ui.screens.network import NetworkScreen
from icdesk.ui.screens.organisation import OrganisationScreen
from icdesk.ui.screens.reports import ReportsScreen
from icdesk.ui.screens.requests import RequestsScreen
from icdesk.ui.screens.standards import AgreementsScreen, StandardsScreen
from icdesk.ui.screens.surveys import SurveysScreen
from icdesk.ui.screens.training import TrainingScreen


@dataclass(frozen=True)
class ScreenType:
    key: str
    title: str  # English; translated in the "Screens" context
    build: Callable[[Services], QWidget]


SCREENS: tuple[ScreenType, ...] = (
    ScreenType("dashboard", str(QT_TRANSLATE_NOOP("Screens", "Dashboard")), DashboardScreen),
    ScreenType("requests", str(QT_TRANSLATE_NOOP("Screens", "Requests")), RequestsScreen),
    ScreenType("network", str(QT_TRANSLATE_NOOP("Screens", "Service Network")), NetworkScreen),
    ScreenType("organisation", str(QT_TRANSLATE_NOOP("Screens", "Departments & People")), OrganisationScreen),
    ScreenType("standards", str(QT_TRANSLATE_NOOP("Screens", "Service Standards")), StandardsScreen),
    # the standards, then who has read them and who was trained on them
    ScreenType("acknowledgements", str(QT_TRANSLATE_NOOP("Screens", "Acknowledgements")), AcknowledgementsScreen),
    ScreenType("training", str(QT_TRANSLATE_NOOP("Screens", "Training")), TrainingScreen),
    ScreenType("agreements", str(QT_TRANSLATE_NOOP("Screens", "Agreements")), AgreementsScreen),
    ScreenType("feedback", str(QT_TRANSLATE_NOOP("Screens", "Feedback")), FeedbackScreen),
    ScreenType("surveys", str(QT_TRANSLATE_NOOP("Screens", "Survey Rounds")), SurveysScreen),
    ScreenType("actions", str(QT_TRANSLATE_NOOP("Screens", "Corrective Actions")), ActionsScreen),
    # feedback followed to the end, and what people propose
    ScreenType("loop", str(QT_TRANSLATE_NOOP("Screens", "Closing the Loop")), LoopScreen),
    ScreenType("ideas", str(QT_TRANSLATE_NOOP("Screens", "Ideas")), IdeasScreen),
    ScreenType("recognition", str(QT_TRANSLATE_NOOP("Screens", "Recognition")), RecognitionScreen),
    ScreenType("reports", str(QT_TRANSLATE_NOOP("Screens", "Reports")), ReportsScreen),
)
