"""The screens of the main window, declared once: key, title and how each is built.

Navigation, shortcuts (Ctrl+1 to Ctrl+9) and tests address screens by key, never by position.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from icdesk.services import Services


@dataclass(frozen=True)
class ScreenType:
    key: str
    title: str  # English; translated in the "Screens" context
    where: str  # "module:Class" under icdesk.ui.screens: imported when the screen is first built

    def build(self, services: Services) -> QWidget:
        """The screen itself; its module (charts, PDF views...) is imported only now, on first visit."""
        module, name = self.where.split(":")
        screen: QWidget = getattr(importlib.import_module(f"icdesk.ui.screens.{module}"), name)(services)
        return screen


SCREENS: tuple[ScreenType, ...] = (
    ScreenType("dashboard", str(QT_TRANSLATE_NOOP("Screens", "Dashboard")), "dashboard:DashboardScreen"),
    ScreenType("requests", str(QT_TRANSLATE_NOOP("Screens", "Requests")), "requests:RequestsScreen"),
    ScreenType("network", str(QT_TRANSLATE_NOOP("Screens", "Service Network")), "network:NetworkScreen"),
    ScreenType("organisation", str(QT_TRANSLATE_NOOP("Screens", "Departments & People")),
               "organisation:OrganisationScreen"),
    ScreenType("standards", str(QT_TRANSLATE_NOOP("Screens", "Service Standards")), "standards:StandardsScreen"),
    # the standards, then who has read them and who was trained on them
    ScreenType("acknowledgements", str(QT_TRANSLATE_NOOP("Screens", "Acknowledgements")),
               "acknowledgements:AcknowledgementsScreen"),
    ScreenType("training", str(QT_TRANSLATE_NOOP("Screens", "Training")), "training:TrainingScreen"),
    ScreenType("agreements", str(QT_TRANSLATE_NOOP("Screens", "Agreements")), "standards:AgreementsScreen"),
    ScreenType("feedback", str(QT_TRANSLATE_NOOP("Screens", "Feedback")), "loop:FeedbackScreen"),
    ScreenType("surveys", str(QT_TRANSLATE_NOOP("Screens", "Survey Rounds")), "surveys:SurveysScreen"),
    ScreenType("actions", str(QT_TRANSLATE_NOOP("Screens", "Corrective Actions")), "loop:ActionsScreen"),
    # feedback followed to the end, and what people propose
    ScreenType("loop", str(QT_TRANSLATE_NOOP("Screens", "Closing the Loop")), "loop_view:LoopScreen"),
    ScreenType("ideas", str(QT_TRANSLATE_NOOP("Screens", "Ideas")), "ideas:IdeasScreen"),
    ScreenType("recognition", str(QT_TRANSLATE_NOOP("Screens", "Recognition")), "loop:RecognitionScreen"),
    ScreenType("reports", str(QT_TRANSLATE_NOOP("Screens", "Reports")), "reports:ReportsScreen"),
)
