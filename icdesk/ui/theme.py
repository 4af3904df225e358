"""Every colour and type size of the window, derived from the palette and the application font.

Nothing in the window names a fixed colour: a warning, an overdue row or a dashboard tile takes a
tint of the palette it is shown in, with a dark variant when the palette's window is dark, and any
text on it is pushed lighter or darker until it reads at 4.5:1 (WCAG AA) whatever palette the
system hands over. Sizes are the application font times a factor, so a person who sets a 14 pt
font gets 14 pt body text and headings larger than that, never an 11 pt navigation.

``follow(owner, callback)`` calls ``callback`` again whenever the palette changes (the system
turned dark, or back): style sheets and drawn pictures are made anew, live.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

AA = 4.5  # WCAG AA for body text
_MARGIN = 4.8  # what derived colours aim for: a little above AA, so rounding never drops below it


# -- contrast --------------------------------------------------------------------------------------
def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    t = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def readable(colour: QColor, backgrounds: Iterable[QColor], ratio: float = _MARGIN) -> QColor:
    """``colour``, moved towards black or white (whichever its backgrounds are further from) just
    enough to reach ``ratio`` against every one of them."""
    grounds = list(backgrounds)
    dark_grounds = sum(luminance(g) for g in grounds) / max(1, len(grounds)) < 0.18
    target = QColor("#ffffff") if dark_grounds else QColor("#000000")
    for step in range(21):
        candidate = mix(colour, target, step / 20)
        if all(contrast(candidate, g) >= ratio for g in grounds):
            return candidate
    return target


def ground(tint: QColor, base: QColor, share: float, text: QColor, ratio: float = _MARGIN) -> QColor:
    """A background tinted with ``tint`` on ``base``, as strong as ``share`` allows while ``text``
    still reads on it at ``ratio``."""
    for step in range(11):
        candidate = mix(base, tint, share * (1 - step / 10))
        if contrast(text, candidate) >= ratio:
            return candidate
    return QColor(base)


# -- the colours -------------------------------------------------------------------------------------
def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's by default) is a dark one: its window is."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class Colours:
    """The colours one palette gives. Text colours are readable on the grounds they are used on."""

    dark: bool
    window: QColor
    base: QColor
    text: QColor  # the palette's own text
    muted: QColor  # hints, counts, dates: secondary but readable
    accent: QColor  # figures, links, the company's blue
    error: QColor
    success: QColor
    warning: QColor  # text of a warning (amber)
    danger_ground: QColor  # overdue rows, 1-2 star feedback, missing acknowledgements, removed lines
    warning_ground: QColor  # outdated acknowledgements, changed lines, an import's warning
    success_ground: QColor  # current acknowledgements, added lines
    neutral_ground: QColor  # "not concerned" cells, read-only fields, the matrix's diagonal
    chip_ground: QColor  # a preset chip, a status chip without a tone of its own
    tile: QColor
    tile_hover: QColor
    alert_tile: QColor
    alert_hover: QColor
    border: QColor
    grid: QColor  # chart grid lines, table rules
    series: tuple[QColor, ...]  # chart series: accent, second, warm, good, bad, violet
    rating_good: QColor  # the map's and matrix's shares: within target, fair, poor, unknown
    rating_fair: QColor
    rating_poor: QColor
    rating_none: QColor

    def css(self, name: str) -> str:
        colour: QColor = getattr(self, name)
        return colour.name()


def _choose(dark: bool, light_value: str, dark_value: str) -> QColor:
    return QColor(dark_value if dark else light_value)


_made: dict[int, Colours] = {}


def colours(palette: QPalette | None = None) -> Colours:
    """The colours of ``palette`` (the application's by default), worked out once per palette: item
    models ask for them for every cell they paint."""
    palette = palette or QApplication.palette()
    key = palette.cacheKey()
    if key not in _made:
        if len(_made) > 16:
            _made.clear()
        _made[key] = _work_out(palette)
    return _made[key]


def _work_out(palette: QPalette) -> Colours:
    role = QPalette.ColorRole
    dark = is_dark(palette)
    window, base, alt = palette.color(role.Window), palette.color(role.Base), palette.color(role.AlternateBase)
    text, base_text = palette.color(role.WindowText), palette.color(role.Text)
    grounds = (window, base, alt)

    def tinted(light_value: str, dark_tint: str, share: float = 0.32) -> QColor:
        if not dark:
            return ground(QColor(light_value), QColor(light_value), 0, base_text)
        return ground(QColor(dark_tint), base, share, base_text)

    danger = tinted("#fde8e6", "#e0503f")
    warning_ground = tinted("#fdf0d5", "#d9a030", 0.28)
    success_ground = tinted("#e3f1e7", "#3fa060", 0.28)
    neutral = ground(base_text, window if dark else QColor("#f1f3f5"), 0.08 if dark else 0, base_text)
    tile = ground(text, window, 0.07, text) if dark else QColor("#f4f7fa")
    tile_hover = ground(text, window, 0.13, text) if dark else QColor("#e6eef5")
    alert_tile = tinted("#fde8e6", "#e0503f", 0.30)
    alert_hover = tinted("#f9d5d1", "#e0503f", 0.40)
    chip = ground(_choose(dark, "#1d5f8a", "#6fb0e0"), base, 0.12 if not dark else 0.3, base_text)
    every_ground = (*grounds, tile, tile_hover, alert_tile, alert_hover, danger, warning_ground, success_ground,
                    neutral, chip)
    muted = readable(mix(text, window, 0.45) if dark else QColor("#5b6673"), every_ground)
    accent = readable(_choose(dark, "#1d5f8a", "#8cc4ee"), (*grounds, tile, tile_hover))
    return Colours(
        dark=dark, window=window, base=base, text=text, muted=muted, accent=accent,
        error=readable(_choose(dark, "#b3261e", "#ff9a8f"), (*grounds, alert_tile, danger)),
        success=readable(_choose(dark, "#2e7d4f", "#7fd49b"), (*grounds, tile, success_ground)),
        warning=readable(_choose(dark, "#7a4f00", "#f0c060"), (*grounds, warning_ground)),
        danger_ground=danger, warning_ground=warning_ground, success_ground=success_ground,
        neutral_ground=neutral, chip_ground=chip, tile=tile, tile_hover=tile_hover, alert_tile=alert_tile,
        alert_hover=alert_hover,
        border=mix(window, text, 0.35 if dark else 0.2),
        grid=mix(base, base_text, 0.16 if dark else 0.1),
        series=tuple(QColor(c) for c in (("#8cc4ee", "#4f86b0", "#e8a35f", "#62c08a", "#ef7d7d", "#b592d8") if dark
                                         else ("#1d5f8a", "#8fb8d6", "#d98c3f", "#2e7d4f", "#b23b3b", "#7a4fa3"))),
        rating_good=_choose(dark, "#2e7d4f", "#4fae75"), rating_fair=_choose(dark, "#d98c3f", "#e0a05a"),
        rating_poor=_choose(dark, "#b23b3b", "#e06a6a"), rating_none=_choose(dark, "#9aa5b1", "#7d8894"),
    )


def dark_palette() -> QPalette:
    """A dark palette for a system that asks for dark while its platform hands over a light one."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    values = {
        # the views a little lighter than the window: Fusion draws check boxes and frames in the
        # window's colour made darker, which would vanish on a view darker than the window
        role.Window: "#26282c", role.WindowText: "#e8eaed", role.Base: "#303338", role.AlternateBase: "#363a3f",
        role.Text: "#e8eaed", role.Button: "#3a3d42", role.ButtonText: "#e8eaed", role.BrightText: "#ffffff",
        role.Highlight: "#3d74a8", role.HighlightedText: "#ffffff", role.ToolTipBase: "#3a3d42",
        role.ToolTipText: "#e8eaed", role.PlaceholderText: "#a0a6ad", role.Link: "#8cc4ee",
        role.LinkVisited: "#c2a3e6", role.Light: "#4a4d52", role.Midlight: "#3f4247", role.Mid: "#2f3236",
        role.Dark: "#1a1b1e", role.Shadow: "#0e0f10",
    }
    for colour_role, value in values.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#8b9097"))
    return palette


def light_palette() -> QPalette:
    """A light palette: what goes on paper or into a picture file is drawn light, whatever the window."""
    return QPalette(QColor("#efefef"))


# -- sizes -------------------------------------------------------------------------------------------
def points(factor: float = 1.0) -> float:
    """The application font's size times ``factor``, in points (at least as large as ``factor`` asks
    of a 9 pt font, for a platform that gives its size in pixels)."""
    size = QApplication.font().pointSizeF()
    return round((size if size > 0 else 9.0) * factor, 1)


def size_css(factor: float) -> str:
    return f"font-size: {points(factor)}pt;"


# the type scale, as factors of the application font (9 pt on the machines the pictures are taken on)
TITLE, DIALOG_HEADING, SECTION, SUBSECTION, LEAD, BODY = 2.0, 1.65, 1.45, 1.3, 1.2, 1.0
FIGURE, LOOP_FIGURE, NAVIGATION, CAPTION = 2.4, 1.9, 1.2, 1.15
CHART_TITLE, CHART_LABEL = 1.1, 0.9  # 10 pt and 8 pt beside a 9 pt font, as before


def title_style() -> str:
    return size_css(TITLE) + " font-weight: 600;"


# -- following the palette live ---------------------------------------------------------------------
class _Watcher(QObject):
    """Hears the application's palette change and says so once per change."""

    changed = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is QApplication.instance() and event.type() == QEvent.Type.ApplicationPaletteChange:
            self.changed.emit()
        return False


_watcher: list[_Watcher] = []


def watcher() -> _Watcher:
    if not _watcher:
        app = QApplication.instance()
        watcher_ = _Watcher(app)
        if isinstance(app, QGuiApplication) and hasattr(app, "paletteChanged"):
            # a signal costs nothing; a filter on the application would see every event of the window
            app.paletteChanged.connect(watcher_.changed)
        elif app is not None:
            app.installEventFilter(watcher_)
        _watcher.append(watcher_)
    return _watcher[0]


class _Follower(QObject):
    def __init__(self, owner: QObject, callback: Callable[[], object]) -> None:
        super().__init__(owner)  # goes with its owner, and so does the connection
        self._callback = callback
        watcher().changed.connect(self._on_changed)

    def _on_changed(self) -> None:
        self._callback()


def follow(owner: QObject, callback: Callable[[], object]) -> None:
    """Call ``callback`` whenever the palette changes, for as long as ``owner`` lives."""
    _Follower(owner, callback)


class _StyleFollower(_Follower):
    """Keeps one widget's style sheet: styling the widget again replaces what it keeps."""


def styled(widget: QWidget, style: Callable[[Colours], str]) -> QWidget:
    """Give ``widget`` the style sheet ``style`` makes of the current colours, now and whenever the
    palette changes."""
    def apply() -> None:
        widget.setStyleSheet(style(colours()))

    apply()
    follower = widget.findChild(_StyleFollower, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if follower is not None:
        follower._callback = apply
    else:
        _StyleFollower(widget, apply)
    return widget


# -- following the system's light or dark setting ------------------------------------------------------
_forced_dark: list[bool] = [False]


def follow_system_scheme(app: QApplication) -> None:
    """Follow the system's light or dark setting, live. Where the platform gives a dark palette of its
    own this changes nothing; where it only reports the scheme, icdesk puts on its dark palette."""
    hints = QGuiApplication.styleHints()
    watcher()
    hints.colorSchemeChanged.connect(lambda scheme: apply_scheme(app, scheme))
    apply_scheme(app, hints.colorScheme())


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    if scheme == Qt.ColorScheme.Dark and not is_dark(app.palette()):
        _forced_dark[0] = True
        app.setPalette(dark_palette())
    elif scheme == Qt.ColorScheme.Light and _forced_dark[0]:
        _forced_dark[0] = False
        style = app.style()
        app.setPalette(style.standardPalette() if style is not None else QPalette())


# -- the style sheets several places share -----------------------------------------------------------
def muted_css(c: Colours) -> str:
    return f"color: {c.muted.name()};"


def error_css(c: Colours) -> str:
    return f"color: {c.error.name()};"


def strong_error_css(c: Colours) -> str:
    return error_css(c) + " font-weight: bold;"


def rating_colour(c: Colours, key: str) -> QColor:
    """The colour of a share within target on the map and in its legend: good, fair, poor, none."""
    return {"good": c.rating_good, "fair": c.rating_fair, "poor": c.rating_poor}.get(key, c.rating_none)
