"""The light start (issue 21): the window's shell with the Dashboard filled, before the database code loads.

Most of a start went into importing SQLAlchemy, the models and the services and opening the file
through them, while the person looked at the first frame (ui/first_frame.py). On a local data file
that is ready (app.py: ``light_dashboard``) the Dashboard's figures are read with the stdlib
``sqlite3`` in the statements the services use on a file (services/dashboard_sql.py), and this
window shows them at once: the left bar, the tool bar, the menus' names and the status bar where the
main window has them, the real DashboardScreen inside. Once the event loop is idle the file is opened
the usual way, and the main window takes this one's place (``hand_over_to``), built on the services.

Until then nothing here can act: the left bar, the tool bar and the menus are disabled (a click on
them would need the services), and the figures are what the file held a moment ago.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from icdesk.ui.first_frame import hand_over
from icdesk.ui.forms import plain
from icdesk.ui.icons import dress_navigation, with_icon
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
        for title in ("&File", "&Edit", "&Language", "&Help"):
            self.menuBar().addMenu(QCoreApplication.translate("MainWindow", title)).setEnabled(False)
        self.toolbar = self.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
        self.toolbar.setMovable(False)
        for text, drawing in (("Log a request", "add"), ("Refresh", "refresh"), ("&Backup now\u2026", "backup")):
            action = QAction(QCoreApplication.translate("MainWindow", text), self)
            action.setEnabled(False)
            with_icon(action, drawing)
            self.toolbar.addAction(action)
        dress_navigation(self.nav, self.toolbar)
        self.nav.ensurePolished()
        self.nav.setFixedWidth(max(200, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth()))
        self.nav.setCurrentRow(0)
        self.nav.setEnabled(False)  # each other screen needs the services: not before they are there
        # the real screen, on a stand-in for the services that holds what was read (cast: it answers
        # the few calls the Dashboard makes, nothing else)
        self.dashboard = DashboardScreen(cast("Services", _Shown(shown)))
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

    def hand_over_to(self, window: QMainWindow) -> bool:
        """Show ``window`` exactly where this one is (moved or resized meanwhile too), then close.
        False: the person closed this window meanwhile, and ``window`` is not shown."""
        return hand_over(self, window)
