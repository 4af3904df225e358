"""The front page: how internal service is going, each figure a door to the list behind it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from icdesk.ui.access import label_for
from icdesk.ui.changes import Refresher
from icdesk.ui.charts import ACCENT, GOOD, MonthChart, axis_month, under_way
from icdesk.ui.formatting import fmt, short_date, ui_label
from icdesk.ui.forms import ScrollBody, plain
from icdesk.ui.theme import (
    BODY,
    CAPTION,
    FIGURE,
    SECTION,
    Colours,
    colours,
    follow,
    muted_css,
    size_css,
    styled,
    title_style,
)

if TYPE_CHECKING:  # types only: the screen module itself loads no database code
    from icdesk.services import Services
    from icdesk.services.network import DashboardChanges
    from icdesk.services.reporting import DashboardFigures

TILE_WIDTH = 220


def tile_css(c: Colours, alert: bool) -> str:
    """A tile takes a tint of the window (a red one when its figure is bad), not a fixed white."""
    ground, hover = (c.alert_tile, c.alert_hover) if alert else (c.tile, c.tile_hover)
    return (f"QPushButton {{ text-align: left; padding: 14px; border: 1px solid {c.border.name()}; "
            f"border-radius: 8px; background: {ground.name()}; {size_css(CAPTION)} }}\n"
            f"QPushButton:hover {{ background: {hover.name()}; border-color: {c.accent.name()}; }}")


class Tile(QPushButton):
    """A big figure with its caption; clicking it opens the list the figure counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(112)  # never squeezed away, whatever the layout has worked out so far
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.alert = False
        self.better: bool | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        self.value = QLabel()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        # which way the figure moved since the period before: green when it got better
        self.change = QLabel()
        self.change.setWordWrap(True)
        self._restyle()
        follow(self, self._restyle)
        for label in (self.value, self.caption, self.change):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self._layout = layout
        policy = self.sizePolicy()
        # a push button is held to its size hint both ways: four tiles would keep the window 1176 px
        # wide, and a narrower tile would cut its wrapped words at the height it has at 220 px
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # a push button sizes itself by its own text, which it has none of: the tile is as tall as the
    # wrapped lines inside it need at the width it is given, in any language
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(TILE_WIDTH, self.heightForWidth(TILE_WIDTH))  # the columns share the width evenly

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # never narrower than its longest word: with a large font "acknowledgements" would lose its end
        self.caption.ensurePolished()
        metrics = self.caption.fontMetrics()
        longest = max((metrics.horizontalAdvance(word) for word in self.caption.text().split()), default=0)
        margins = self._layout.contentsMargins()
        return QSize(max(TILE_WIDTH // 2, longest + margins.left() + margins.right() + 4), 112)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return max(112, self._layout.totalHeightForWidth(width))

    def show_figure(self, value: str, caption: str, alert: bool = False, change: str = "",
                    better: bool | None = None) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.change.setText(change)
        self.setAccessibleName(f"{value} {caption} {change}".strip())
        self.updateGeometry()
        if (alert, better) != (self.alert, self.better):  # restyling is costly: only when the tone changes
            self.alert, self.better = alert, better
            self._restyle()

    def _restyle(self) -> None:
        c = colours()
        self.setStyleSheet(tile_css(c, self.alert))
        figure = c.error if self.alert else c.accent
        self.value.setStyleSheet(f"{size_css(FIGURE)} font-weight: 700; color: {figure.name()}; "
                                 "background: transparent;")
        self.caption.setStyleSheet(f"{size_css(CAPTION)} color: {c.text.name()}; background: transparent;")
        change = c.muted if self.better is None else c.success if self.better else c.error
        self.change.setStyleSheet(f"{size_css(BODY)} color: {change.name()}; background: transparent;")


DEPENDS_ON = {"company", "departments", "people", "requests", "feedback", "corrective_actions", "recognitions",
              "acknowledgements", "standard_versions", "service_standards", "standard_readers"}
TILES = ["open", "overdue", "resolved", "rating", "actions", "overdue_actions", "acknowledgements", "reviews"]
COLUMNS = 4
CHANGES_DEPEND_ON = {"company", "requests", "feedback", "corrective_actions", "pair_months"}


def signed(value: float | None, decimals: int = 0) -> str:
    """A change with its sign and its arrow: "\u25b2 +3", "\u25bc \u22120,2", "= 0"."""
    if value is None:
        return ""
    if not value:
        return "= " + fmt().number(0, decimals)
    arrow = "\u25b2 +" if value > 0 else "\u25bc "
    return arrow + fmt().number(value, decimals)


def sign_of(value: int) -> str:
    """The arrow and sign of ``signed`` alone, before a count said in words: "\u25b2 +", "\u25bc \u2212", "= "."""
    if not value:
        return "= "
    return "\u25b2 +" if value > 0 else "\u25bc " + fmt().number(-1)[:-1]


class DashboardScreen(QWidget):
    open_requested = Signal(str)  # a key of TILES, or "recognition"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        outer = QVBoxLayout(self)
        # on a low screen (700 pixels) the tiles keep the height their wrapped words need: the page scrolls
        page = ScrollBody()
        outer.addWidget(page)
        layout = page.body
        self.heading = plain(QLabel())  # the company name and vision as typed
        self.heading.setStyleSheet(title_style())
        layout.addWidget(self.heading)
        self.vision = plain(QLabel())
        self.vision.setWordWrap(True)
        styled(self.vision, lambda c: f"{muted_css(c)} font-style: italic;")
        layout.addWidget(self.vision)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.tiles: dict[str, Tile] = {}
        for i, key in enumerate(TILES):
            tile = Tile()
            tile.clicked.connect(lambda _=False, k=key: self.open_requested.emit(k))
            self.tiles[key] = tile
            grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        lower = QHBoxLayout()
        lower.setSpacing(12)
        self.volume_chart = MonthChart(self.tr("Requests per month, share within target"), height=170)
        self.rating_chart = MonthChart(self.tr("Average rating per month"), height=170)
        # a month's anonymous ratings count once enough people gave them: said under the chart where some wait,
        # so the 30-day tile (every rating) and a lower or missing point here do not read as two truths
        self.rating_note = QLabel()
        self.rating_note.setWordWrap(True)
        styled(self.rating_note, muted_css)
        self.rating_note.hide()
        rating = QVBoxLayout()
        rating.setSpacing(2)
        rating.addWidget(self.rating_chart, 1)
        rating.addWidget(self.rating_note)
        lower.addWidget(self.volume_chart, 4)
        lower.addLayout(rating, 3)
        side = QVBoxLayout()
        recognitions = QLabel(self.tr("Latest recognitions"))
        recognitions.setStyleSheet(size_css(SECTION) + " font-weight: 600;")
        side.addWidget(recognitions)
        self.recognitions = label_for(recognitions, QListWidget())
        self.recognitions.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.recognitions.setWordWrap(True)
        self.recognitions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # lines wrap
        self.recognitions.itemDoubleClicked.connect(lambda _item: self.open_requested.emit("recognition"))
        side.addWidget(self.recognitions, 1)
        lower.addLayout(side, 3)
        layout.addLayout(lower, 1)
        self.getting_started = QLabel()
        self.getting_started.setWordWrap(True)
        layout.addWidget(self.getting_started)
        self.figures: DashboardFigures | None = None
        self.changes: DashboardChanges | None = None
        self.refresher = Refresher(self, services, DEPENDS_ON, self.refresh)
        self.change_refresher = Refresher(self, services, CHANGES_DEPEND_ON, self.refresh_changes)

    def reload(self) -> None:
        """Read again now (F5), whatever the change notifications said."""
        for refresher in (self.refresher, self.change_refresher):
            refresher.reload()

    def refresh(self) -> None:
        company = self.services.company.get()
        self.heading.setText(company.name if company else self.tr("Internal customer service"))
        self.vision.setText(company.service_vision if company else "")
        self.vision.setVisible(bool(company and company.service_vision))
        self.figures = self.services.reporting.dashboard()
        self.show_figures()
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

    def refresh_changes(self) -> None:
        """Which way each figure moved, and the monthly charts: read only after a change to what they
        count (renaming a department leaves them be)."""
        self.changes = self.services.network.dashboard_changes()
        self.show_figures()
        c = self.changes
        labels = [axis_month(m.month) for m in c.months]
        so_far = under_way([m.month for m in c.months], self.services.network.today())
        self.volume_chart.show_months(labels, bars=[(self.tr("Requests logged"), [m.received for m in c.months],
                                                     ACCENT)],
                                      right=(self.tr("Within target (%)"), [
                                          None if m.share_within_target is None else 100 * m.share_within_target
                                          for m in c.months], GOOD), under_way=so_far)
        held = sum(m.held_back for m in c.months)
        self.rating_note.setText(self.tr("Anonymous ratings count once {k} are given in a month ({n} waiting).").format(
            k=fmt().number(c.anonymity_threshold), n=fmt().number(held)) if held else "")
        self.rating_note.setVisible(bool(held))
        self.rating_chart.show_months(labels, lines=[(self.tr("Average rating"), [m.average_rating for m in c.months],
                                                      ACCENT)], value_max=5, under_way=so_far)

    def show_figures(self) -> None:
        f, c = self.figures, self.changes
        if f is None:
            return
        t, n = self.tiles, fmt().number

        def change(text: str) -> str:
            return text if c is not None else ""

        t["open"].show_figure(n(f.open_requests), self.tr("open request(s)", "", f.open_requests),
                              change=change(self.tr("{change} in the last 30 days").format(
                                  change=signed(c.net_open_30d if c else 0))),
            better=None if c is None or not c.net_open_30d else c.net_open_30d < 0)
        missed, missed_prev = (c.missed_30d, c.missed_prev) if c else (0, 0)
        t["overdue"].show_figure(n(f.overdue_requests), self.tr("overdue request(s) \u2013 past a target", "",
                                                                f.overdue_requests),
                                 alert=f.overdue_requests > 0, change=change(self.tr(
            "{n} went past a target in 30 days (30 days before: {m})").format(n=n(missed), m=n(missed_prev))),
            better=None if missed == missed_prev else missed < missed_prev)
        share, before = f.share_within_target_30d, c.share_within_target_prev if c else None
        points = None if share is None or before is None else round(100 * (share - before))
        # counts inside a sentence through the Formatter: "(6,912 ratings)" as the tiles write 6,912
        # requests resolved, none of them with a target: the dash said nothing of why there is no share
        untargeted = self.tr("none of them had a deadline to resolve by: a standard's resolution target or a day "
                             "needed by gives one") if share is None and f.resolved_30d else ""
        t["resolved"].show_figure(fmt().percent(share), fmt().translate(
            "DashboardScreen", "resolved within target, last 30 days (%n resolved)", None, f.resolved_30d),
            change=sign_of(points) + fmt().translate(
                "DashboardScreen", "%n point(s) on the 30 days before", None, abs(points))
            if points is not None else untargeted,
            better=None if not points else points > 0)
        rating, rating_before = f.average_rating_30d, c.average_rating_prev if c else None
        moved = None if rating is None or rating_before is None else round(rating - rating_before, 1)
        t["rating"].show_figure(fmt().rating(rating), fmt().translate(
            "DashboardScreen", "average rating, last 30 days (%n rating(s))", None, f.ratings_30d), change=self.tr(
            "{change} on the 30 days before").format(change=signed(moved, 1)) if moved is not None else "",
            better=None if not moved else moved > 0)
        open_then, overdue_then = (c.open_actions_then, c.overdue_actions_then) if c else (0, 0)
        t["actions"].show_figure(n(f.open_actions), self.tr("open corrective action(s)", "", f.open_actions),
                                 change=change(self.tr("{change} on 30 days ago").format(
                                     change=signed(f.open_actions - open_then))))
        t["overdue_actions"].show_figure(n(f.overdue_actions), self.tr("corrective action(s) past the due date", "",
                                                                       f.overdue_actions),
                                         alert=f.overdue_actions > 0, change=change(self.tr(
            "{change} on 30 days ago").format(change=signed(f.overdue_actions - overdue_then))),
            better=None if c is None or f.overdue_actions == overdue_then else f.overdue_actions < overdue_then)
        t["acknowledgements"].show_figure(n(f.still_to_sign), self.tr(
            "acknowledgement(s) still to sign ({missing} missing, {outdated} outdated)", "", f.still_to_sign).format(
            missing=n(f.acknowledgements_missing), outdated=n(f.acknowledgements_outdated)))
        t["reviews"].show_figure(n(f.reviews_due), self.tr(
            "standard review(s) due within 30 days ({late} past their date)", "", f.reviews_due).format(
            late=n(f.reviews_overdue)), alert=f.reviews_overdue > 0)
