"""The front page: how internal service is going, each figure a door to the list behind it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icdesk.services import Services
from icdesk.ui.formatting import short_date, ui_label
from icdesk.ui.forms import plain
from icdesk.ui.list_screen import TITLE_STYLE

TILE_STYLE = """
QPushButton { text-align: left; padding: 14px; border: 1px solid #c9d3dd; border-radius: 8px;
              background: #f4f7fa; font-size: 11pt; }
QPushButton:hover { background: #e6eef5; border-color: #1d5f8a; }
"""
ALERT_STYLE = TILE_STYLE.replace("#f4f7fa", "#fde8e6").replace("#e6eef5", "#f9d5d1")


class Tile(QPushButton):
    """A big figure with its caption; clicking it opens the list the figure counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(100)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(TILE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        self.value = QLabel()
        self.value.setStyleSheet("font-size: 22pt; font-weight: 700; color: #1d5f8a; background: transparent;")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("font-size: 10.5pt; color: #34404c; background: transparent;")
        for label in (self.value, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def show_figure(self, value: str, caption: str, alert: bool = False) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleName(f"{value} {caption}")
        self.setStyleSheet(ALERT_STYLE if alert else TILE_STYLE)
        self.value.setStyleSheet(self.value.styleSheet().replace("#1d5f8a", "#b3261e") if alert else
                                 self.value.styleSheet().replace("#b3261e", "#1d5f8a"))


class DashboardScreen(QWidget):
    open_requested = Signal(str)  # "open", "overdue", "resolved", "feedback", "actions", "recognition"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        self.heading = plain(QLabel())  # the company name and vision as typed
        self.heading.setStyleSheet(TITLE_STYLE)
        layout.addWidget(self.heading)
        self.vision = plain(QLabel())
        self.vision.setWordWrap(True)
        self.vision.setStyleSheet("color: #4a5561; font-style: italic;")
        layout.addWidget(self.vision)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.tiles: dict[str, Tile] = {}
        for i, key in enumerate(["open", "overdue", "resolved", "rating", "actions", "overdue_actions"]):
            tile = Tile()
            tile.clicked.connect(lambda _=False, k=key: self.open_requested.emit(k))
            self.tiles[key] = tile
            grid.addWidget(tile, i // 3, i % 3)
        layout.addLayout(grid)
        recognitions = QLabel(self.tr("Latest recognitions"))
        recognitions.setStyleSheet("font-size: 13pt; font-weight: 600; margin-top: 12px;")
        layout.addWidget(recognitions)
        self.recognitions = QListWidget()
        self.recognitions.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.recognitions.itemDoubleClicked.connect(lambda _item: self.open_requested.emit("recognition"))
        layout.addWidget(self.recognitions, 1)
        self.getting_started = QLabel()
        self.getting_started.setWordWrap(True)
        layout.addWidget(self.getting_started)
        self.refresh()

    def refresh(self) -> None:
        company = self.services.company.get()
        self.heading.setText(company.name if company else self.tr("Internal customer service"))
        self.vision.setText(company.service_vision if company else "")
        self.vision.setVisible(bool(company and company.service_vision))
        self.figures = f = self.services.reporting.dashboard()  # the status bar shows them too
        t = self.tiles
        t["open"].show_figure(str(f.open_requests), self.tr("open requests"))
        t["overdue"].show_figure(str(f.overdue_requests), self.tr("overdue requests \u2013 past a target"),
                                 alert=f.overdue_requests > 0)
        share = f.share_within_target_30d
        locale = QLocale()
        shown = "\u2013" if share is None else f"{locale.toString(share * 100, 'f', 0)}\u00a0%"
        t["resolved"].show_figure(shown, self.tr(
            "resolved within target, last 30 days ({n} resolved)").format(n=f.resolved_30d))
        t["rating"].show_figure("\u2013" if f.average_rating_30d is None else
                                f"{locale.toString(f.average_rating_30d, 'f', 1)} / 5",
                                self.tr("average rating, last 30 days ({n} ratings)").format(n=f.ratings_30d))
        t["actions"].show_figure(str(f.open_actions), self.tr("open corrective actions"))
        t["overdue_actions"].show_figure(str(f.overdue_actions), self.tr("corrective actions past their due date"),
                                         alert=f.overdue_actions > 0)
        self.recognitions.clear()
        for r in self.services.recognition.list(limit=8):
            self.recognitions.addItem(f"{short_date(r.given_on)}  {ui_label(r.award)}: {r.to_name} \u2013 "
                                      f"{r.message.splitlines()[0] if r.message else ''}")
        if self.recognitions.count() == 0:
            self.recognitions.addItem(self.tr("No recognitions yet: thank someone for good service."))
        empty = not self.services.departments.list()
        self.getting_started.setText(self.tr(
            "Getting started: add your departments and people (Departments & People), write each "
            "department's service standards, then log the requests departments make of each other.")
            if empty else "")
        self.getting_started.setVisible(empty)
