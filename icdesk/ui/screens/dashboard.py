"""The front page: how internal service is going, each figure a door to the list behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icdesk.services import Services
from icdesk.ui.changes import Refresher
from icdesk.ui.formatting import fmt, short_date, ui_label
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
        self.setMinimumHeight(112)  # room for a three-line caption in Finnish or Russian
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(TILE_STYLE)
        self.alert = False
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
        if alert != self.alert:  # restyling is costly: only when the tile turns red or back
            self.alert = alert
            self.setStyleSheet(ALERT_STYLE if alert else TILE_STYLE)
            self.value.setStyleSheet(self.value.styleSheet().replace("#1d5f8a", "#b3261e") if alert else
                                     self.value.styleSheet().replace("#b3261e", "#1d5f8a"))


DEPENDS_ON = {"company", "departments", "people", "requests", "feedback", "corrective_actions", "recognitions",
              "acknowledgements", "standard_versions", "service_standards", "standard_readers"}
TILES = ["open", "overdue", "resolved", "rating", "actions", "overdue_actions", "acknowledgements", "reviews"]
COLUMNS = 4


class DashboardScreen(QWidget):
    open_requested = Signal(str)  # a key of TILES, or "recognition"

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
        for i, key in enumerate(TILES):
            tile = Tile()
            tile.clicked.connect(lambda _=False, k=key: self.open_requested.emit(k))
            self.tiles[key] = tile
            grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
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
        self.refresher = Refresher(self, services, DEPENDS_ON, self.refresh)

    def reload(self) -> None:
        """Read again now (F5), whatever the change notifications said."""
        if self.isVisible():
            self.refresher.refresh_now()
        else:
            self.refresher.stale = True

    def refresh(self) -> None:
        company = self.services.company.get()
        self.heading.setText(company.name if company else self.tr("Internal customer service"))
        self.vision.setText(company.service_vision if company else "")
        self.vision.setVisible(bool(company and company.service_vision))
        f = self.services.reporting.dashboard()
        t = self.tiles
        n = fmt().number
        t["open"].show_figure(n(f.open_requests), self.tr("open request(s)", "", f.open_requests))
        t["overdue"].show_figure(n(f.overdue_requests), self.tr("overdue request(s) \u2013 past a target", "",
                                                                f.overdue_requests), alert=f.overdue_requests > 0)
        t["resolved"].show_figure(fmt().percent(f.share_within_target_30d), self.tr(
            "resolved within target, last 30 days (%n resolved)", "", f.resolved_30d))
        t["rating"].show_figure(fmt().rating(f.average_rating_30d),
                                self.tr("average rating, last 30 days (%n rating(s))", "", f.ratings_30d))
        t["actions"].show_figure(n(f.open_actions), self.tr("open corrective action(s)", "", f.open_actions))
        t["overdue_actions"].show_figure(n(f.overdue_actions), self.tr(
            "corrective action(s) past the due date", "", f.overdue_actions), alert=f.overdue_actions > 0)
        t["acknowledgements"].show_figure(n(f.still_to_sign), self.tr(
            "acknowledgement(s) still to sign ({missing} missing, {outdated} outdated)", "", f.still_to_sign).format(
            missing=n(f.acknowledgements_missing), outdated=n(f.acknowledgements_outdated)))
        t["reviews"].show_figure(n(f.reviews_due), self.tr(
            "standard review(s) due within 30 days ({late} past their date)", "", f.reviews_due).format(
            late=n(f.reviews_overdue)), alert=f.reviews_overdue > 0)
        lines = [f"{short_date(r.given_on)}  {ui_label(r.award)}: {r.to_name} \u2013 "
                 f"{r.message.splitlines()[0] if r.message else ''}" for r in self.services.recognition.list(limit=8)]
        lines = lines or [self.tr("No recognitions yet: thank someone for good service.")]
        if lines != [self.recognitions.item(i).text() for i in range(self.recognitions.count())]:
            self.recognitions.clear()
            self.recognitions.addItems(lines)
        empty = not self.services.departments.list()
        self.getting_started.setText(self.tr(
            "Getting started: add your departments and people (Departments & People), write each "
            "department's service standards, then log the requests departments make of each other.")
            if empty else "")
        self.getting_started.setVisible(empty)
