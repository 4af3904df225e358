"""The light start (issue 21): the window's shell with the Dashboard filled, before the database code loads.

Most of a start went into importing SQLAlchemy, the models and the services and opening the file
through them, while the person looked at the first frame (ui/first_frame.py). On a local data file
that is ready (app.py: ``light_dashboard``) the Dashboard's figures are read with the stdlib
``sqlite3`` in the statements the services use on a file (services/dashboard_sql.py), and this
window shows them at once: the left bar, the tool bar, the menus' names and the status bar where the
main window has them, the real DashboardScreen inside. Once the event loop is idle the file is opened
the usual way, and the main window takes this one's place (``hand_over_to``), built on the services.

Until then nothing here can act, yet it looks as the main window will, so the hand-over shows no change
(ui/icons.dress_navigation measures the left bar in its own font in both windows): the left bar and the
tool bar are not greyed but show a busy cursor, and a screen or an action chosen meanwhile is done once
the main window is in place (``hand_over_to``); the menus say the file is being opened. The figures are
what the file held a moment ago.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from icdesk.ui.first_frame import hand_over
from icdesk.ui.forms import plain
from icdesk.ui.icons import dress_navigation, fit_navigation_width, with_icon
from icdesk.ui.mnemonics import assign_mnemonics, menu_letters
from icdesk.ui.screen_fit import ScreenScroller
from icdesk.ui.screens.dashboard import DashboardScreen
from icdesk.ui.screens.registry import SCREENS
from icdesk.ui.theme import NAVIGATION, size_css

if TYPE_CHECKING:
    from icdesk.services import ChangeListener, Services
    from icdesk.services.dashboard_sql import CompanyInfo, DashboardChanges, DashboardFigures, LightDashboard


class _Quiet:
    """Nothing is saved before the services exist: no change to hear of."""

    def subscribe(self, listener: ChangeListener) -> None: ...

    def unsubscribe(self, listener: ChangeListener) -> None: ...


class _Shown:
    """What the DashboardScreen asks of the services, answered from the figures read at start."""

    def __init__(self, shown: LightDashboard) -> None:
        self.shown = shown
        self.db = _Quiet()
        # the services' names the screen calls (services.company.get(), ...), each this object
        self.company = self.reporting = self.network = self.recognition = self.departments = self

    def get(self) -> CompanyInfo:
        return self.shown.company

    def dashboard(self) -> DashboardFigures:
        return self.shown.figures

    def today(self) -> date:
        return self.shown.today

    def dashboard_changes(self) -> DashboardChanges:
        return self.shown.changes

    def list(self, limit: int | None = None) -> list[object]:
        """recognition.list(limit=8) and departments.list(), of which the screen asks only if any."""
        if limit is None:
            return [True] if self.shown.any_department else []
        return cast("list[object]", self.shown.recognitions[:limit])


class LightWindow(QMainWindow):
    """The main window's shell, the Dashboard in it; the main window takes its place when ready."""

    painted = Signal()  # the first time its Dashboard is drawn: the person sees the figures

    def __init__(self, title_name: str, location: str, shown: LightDashboard) -> None:
        super().__init__()
        self._painted = False
        # the main window's own words (their translations too), so nothing changes at the hand-over
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "icdesk \u2014 {file}").format(file=title_name))
        self.nav = QListWidget()
        self.nav.setAccessibleName(QCoreApplication.translate("MainWindow", "Screens"))
        self.nav.setStyleSheet(f"QListWidget {{ {size_css(NAVIGATION)} }} QListWidget::item {{ padding: 8px 6px; }}")
        for spec in SCREENS:
            item = QListWidgetItem(QCoreApplication.translate("Screens", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        # the menus' names as the main window's (greyed they changed colour at the hand-over); each says
        # what is going on until the main window brings the real ones
        opening = QCoreApplication.translate("FirstFrame", "Opening {file}\u2026").format(file=title_name)
        for title in ("&File", "&Edit", "&Language", "&Help"):
            menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", title))
            menu.addAction(opening).setEnabled(False)
        self.toolbar = self.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
        self.toolbar.setMovable(False)
        self.queued: list[str] = []  # the main window's actions (by name) clicked here, in order
        for text, drawing, name in (("Log a request", "add", "log_request_action"),
                                    ("Refresh", "refresh", ""),  # the main window reads everything afresh
                                    ("&Backup now\u2026", "backup", "backup_action")):
            action = QAction(QCoreApplication.translate("MainWindow", text), self)
            with_icon(action, drawing)
            if name:
                action.triggered.connect(lambda _=False, n=name: self._queue(n))
            self.toolbar.addAction(action)
        self.toolbar.setCursor(Qt.CursorShape.BusyCursor)
        dress_navigation(self.nav, self.toolbar)
        fit_navigation_width(self.nav)
        self.nav.setCurrentRow(0)
        # each other screen needs the services: a screen chosen now is shown when they are there (greyed,
        # the bar turned dark at the hand-over, and a click on it was lost)
        self.nav.viewport().setCursor(Qt.CursorShape.BusyCursor)
        # the real screen, on a stand-in for the services that holds what was read (cast: it answers
        # the few calls the Dashboard makes, nothing else)
        self.dashboard = DashboardScreen(cast("Services", _Shown(shown)))
        # its Alt+letters underlined as the main window gives them (MainWindow._on_screen_shown)
        assign_mnemonics(self.dashboard, menu_letters(self.menuBar()))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.dashboard)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(ScreenScroller(central))
        self.status_file = plain(QLabel(location))  # a file name may hold "<" and "&"
        self.statusBar().addWidget(self.status_file, 1)
        self.screens = {"dashboard": self.dashboard}  # the screens it has (the benchmarks look for them)
        self.dashboard.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.dashboard and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.painted.emit()
        return False

    def was_painted(self) -> bool:
        return self._painted

    def _queue(self, name: str) -> None:
        if name not in self.queued:  # clicked twice while waiting: done once
            self.queued.append(name)

    def chosen_screen(self) -> str:
        """The screen chosen on the left bar (the Dashboard unless the person clicked another)."""
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "dashboard"

    def hand_over_to(self, window: QMainWindow) -> bool:
        """Show ``window`` exactly where this one is (moved or resized meanwhile too), on the screen
        chosen here meanwhile, then close; the actions clicked here follow once it is in place.
        False: the person closed this window meanwhile, and ``window`` is not shown."""
        QCoreApplication.processEvents()  # a click made while the file was opening reaches the bar first
        chosen = self.chosen_screen()
        show_screen = getattr(window, "show_screen", None)
        if chosen != "dashboard" and self.isVisible() and callable(show_screen):
            show_screen(chosen)
        if not hand_over(self, window):
            return False
        for name in self.queued:  # after the start's own work (app._open_window), as a click would come
            action = getattr(window, name, None)
            if isinstance(action, QAction):
                QTimer.singleShot(0, action.trigger)
        return True
