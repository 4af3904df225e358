"""The main window: navigation, menus, status bar, and the file it works on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from icdesk import __version__
from icdesk.db.backup import BackupPolicy
from icdesk.db.errors import DataFileError, NetworkShareError, ServerLoginError
from icdesk.db.lock import LockedElsewhereError
from icdesk.domain.errors import DomainError, StorageError
from icdesk.i18n import LANGUAGES
from icdesk.paths import is_server_address
from icdesk.services import Services
from icdesk.services.backups import restore_from_backup
from icdesk.ui.changes import Refresher
from icdesk.ui.daily_backup import DailyBackup
from icdesk.ui.errors import localized
from icdesk.ui.formatting import fmt, set_zone, short_datetime
from icdesk.ui.forms import confirm, plain, tell
from icdesk.ui.icons import dress_navigation, fit_navigation_width, with_icon
from icdesk.ui.language import apply_language, chosen_language
from icdesk.ui.mnemonics import assign_mnemonics, menu_letters
from icdesk.ui.page_check import PageCheck
from icdesk.ui.screen_fit import ScreenScroller, place_main_window
from icdesk.ui.screens.lazy import LazyScreens
from icdesk.ui.screens.registry import SCREENS
from icdesk.ui.window_actions import ListActions
from icdesk.ui.workers import describe
from icdesk.ui.working_person import ask_who_is_working, working_name

if TYPE_CHECKING:  # the screens' modules are imported when each is first shown (screens/lazy.py)
    from icdesk.ui.list_screen import FilterSnapshot, ListScreen
    from icdesk.ui.screens.acknowledgements import AcknowledgementsScreen
    from icdesk.ui.screens.dashboard import DashboardScreen
    from icdesk.ui.screens.loop import ActionsScreen, FeedbackScreen
    from icdesk.ui.screens.network import NetworkScreen
    from icdesk.ui.screens.organisation import OrganisationScreen
    from icdesk.ui.screens.reports import ReportsScreen
    from icdesk.ui.screens.requests import RequestsScreen
    from icdesk.ui.screens.standards import StandardsScreen
    from icdesk.ui.screens.training import TrainingScreen
from icdesk.ui.status_messages import show_status
from icdesk.ui.theme import NAVIGATION, size_css

MAX_RECENT = 8


def lists_in(screen: QWidget) -> list[ListScreen]:
    """The lists a screen is or holds (Departments & People holds two), in the order they were made."""
    from icdesk.ui.list_screen import ListScreen

    return ([screen] if isinstance(screen, ListScreen) else []) + screen.findChildren(ListScreen)
Opener = Callable[..., Services]  # (path, take_over=False) -> the opened file


class MainWindow(QMainWindow):
    file_opened = Signal(str)  # the company the window now shows (its location), after each switch

    def __init__(self, services: Services, opener: Opener | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.services = services
        self.opener = opener
        self.settings = settings or QSettings()
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet(f"QListWidget {{ {size_css(NAVIGATION)} }} QListWidget::item {{ padding: 8px 6px; }}")
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(ScreenScroller(central))  # scrolls only on a screen too small for it
        self.status_file = plain(QLabel())  # a file name may hold "<" and "&"
        self.status_counts = QLabel()
        self.status_person = plain(QLabel())  # who is working, on a shared server
        self.status_person.setContentsMargins(16, 0, 16, 0)  # apart from the address and the counts beside it
        self._actions: list[QAction] = []
        self._status_refreshers: tuple[Refresher, ...] = ()
        self._carried_filters: dict[str, list[FilterSnapshot]] = {}
        self.statusBar().addWidget(self.status_file, 1)
        self.statusBar().addPermanentWidget(self.status_person)
        self.statusBar().addPermanentWidget(self.status_counts)
        self._build_menus()
        self._build_screens()
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.currentRowChanged.connect(lambda _row: self._on_screen_shown())
        self._restore_settings()
        self._on_screen_shown()
        self.remember_file(services.db.location)

    # -- building ------------------------------------------------------------------------------
    def _build_screens(self) -> None:
        svc = self.services
        set_zone(svc.ctx.sla.zone)  # dates and times in the company's time zone, not this PC's
        # cleared quietly: each row removed made the next one current, and so built its screen (Requests,
        # second in the list) in the set being let go, taking with it the filters carried for it
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        while self.stack.count():
            old = self.stack.widget(0)
            if old is None:
                break
            self.stack.removeWidget(old)
            old.close()  # a screen showing a document lets go of its file
            old.deleteLater()
        self.screens = LazyScreens(self.stack, svc, self._wire_screen)
        for spec in SCREENS:
            item = QListWidgetItem(QCoreApplication.translate("Screens", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        dress_navigation(self.nav, self.toolbar)  # an icon beside each screen's name, in the palette's colours
        for action, drawing in ((self.log_request_action, "add"), (self.refresh_action, "refresh"),
                                (self.backup_action, "backup")):
            with_icon(action, drawing)
        fit_navigation_width(self.nav)
        self.nav.setCurrentRow(0)  # (built when shown: at start-up, the screen the person left open)
        # the status bar follows the figures it shows; the zone follows the company record. Those of
        # the file let go (another file, a restore) stop listening: they would read the old one
        for old_refresher in self._status_refreshers:
            old_refresher.widget.removeEventFilter(old_refresher)
            old_refresher.deleteLater()
        self.status_refresher = Refresher(self.status_counts, svc, {"departments", "people", "requests"},
                                          self.update_status)
        self._status_refreshers = (self.status_refresher,
                                   Refresher(self.status_file, svc, {"company"}, self._on_company_changed, loaded=True))
        # the status bar stays on view while the file under it changes, so no Show event would read the
        # new counts: read them now (after a restore the Dashboard showed the backup's figures beside
        # the counts of the file as it was, until F5); at start-up, when the window is first shown
        self.status_refresher.reload()
        title = self.tr("icdesk \u2014 {file}").format(file=self.services.db.name)
        if self.services.db.read_only:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(title)
        self.status_file.setText(self.services.db.location)
        self.who_action.setVisible(self.services.db.on_server and not self.services.db.read_only)
        self._show_who_is_working()

    def _wire_screen(self, key: str, screen: QWidget) -> None:
        """What a screen asks of the window, connected when the screen is built."""
        carried = self._carried_filters.pop(key, None)
        if carried:
            lists = lists_in(screen)
            if len(lists) == len(carried):
                for lst, snapshot in zip(lists, carried, strict=True):
                    lst.restore_filters(snapshot)
        if key == "dashboard":
            cast("DashboardScreen", screen).open_requested.connect(self._on_dashboard_open_requested)
        elif key == "acknowledgements":
            cast("AcknowledgementsScreen", screen).print_requested.connect(self._on_print_acknowledgements)
        elif key == "training":
            cast("TrainingScreen", screen).print_requested.connect(self._on_print_training)
        elif key == "network":
            cast("NetworkScreen", screen).open_pair.connect(self._on_network_pair)
            cast("NetworkScreen", screen).open_department.connect(self._on_network_department)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(SCREENS):
            self.screens.at(row)  # built on its first visit
            self.stack.setCurrentIndex(row)
        self.file_opened.emit(self.services.db.location)

    def _step_screen(self, step: int) -> None:
        self.show_screen(SCREENS[(self.nav.currentRow() + step) % len(SCREENS)].key)

    # -- screens by key ------------------------------------------------------------------------
    def screen_of(self, key: str) -> QWidget:
        return self.screens[key]

    def current_screen_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "dashboard"

    def show_screen(self, key: str, then: Callable[[], object] | None = None) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                self._show_row(row)  # also when the row was already chosen: built on first visit
        if then:
            then()

    @property
    def dashboard(self) -> DashboardScreen:
        return cast("DashboardScreen", self.screens["dashboard"])

    @property
    def requests_screen(self) -> RequestsScreen:
        return cast("RequestsScreen", self.screens["requests"])

    @property
    def network_screen(self) -> NetworkScreen:
        return cast("NetworkScreen", self.screens["network"])

    @property
    def reports_screen(self) -> ReportsScreen:
        return cast("ReportsScreen", self.screens["reports"])

    @property
    def actions_screen(self) -> ActionsScreen:
        return cast("ActionsScreen", self.screens["actions"])

    @property
    def acknowledgements_screen(self) -> AcknowledgementsScreen:
        return cast("AcknowledgementsScreen", self.screens["acknowledgements"])

    @property
    def standards_screen(self) -> StandardsScreen:
        return cast("StandardsScreen", self.screens["standards"])

    def _on_screen_shown(self) -> None:
        """Menus follow the screen on view; its buttons get Alt+letters the menus leave free."""
        self.list_actions.update()
        screen = self.stack.currentWidget()
        if screen is not None:
            assign_mnemonics(screen, menu_letters(self.menuBar()))

    def _on_company_changed(self) -> None:
        set_zone(self.services.ctx.sla.zone)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.new_file_action = self._action(self.tr("&New data file\u2026"), self.new_file)
        self.open_file_action = self._action(self.tr("&Open data file\u2026"), self.open_file_dialog,
                                             QKeySequence.StandardKey.Open)
        self.connect_action = self._action(self.tr("Connect to a &server\u2026"), self.connect_to_server)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.backup_action = self._action(self.tr("&Backup now\u2026"), self.backup_now)
        self.restore_action = self._action(self.tr("&Restore from backup\u2026"), self.restore_backup)
        self.import_action = self._action(self.tr("&Import\u2026"), self.import_file)
        self.company_action = self._action(self.tr("&Company details\u2026"), self.edit_company)
        self.who_action = self._action(self.tr("&Who is working\u2026"), lambda: self.ask_who_is_working(again=True))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        for action in (self.new_file_action, self.open_file_action, self.connect_action):
            file_menu.insertAction(self.recent_menu.menuAction(), action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.company_action)
        file_menu.addAction(self.who_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.list_actions = ListActions(self.stack.currentWidget, self._action, file_menu, edit_menu,
                                        self.backup_action)
        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        current = chosen_language(self.settings)
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.switch_language(c))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.getting_started_action = self._action(self.tr("&Getting started"), self.getting_started,
                                                   QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.keyboard_shortcuts)
        self.about_action = self._action(self.tr("&About icdesk"), self.about)
        help_menu.addAction(self.getting_started_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        toolbar = self.toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        self.log_request_action = self._action(
            self.tr("Log a request"), lambda: self.show_screen("requests", self.requests_screen.new_item),
            QKeySequence("Ctrl+Shift+N"))
        for number, spec in enumerate(SCREENS[:9], start=1):  # Ctrl+1 ... Ctrl+9, in the order of the left bar
            self._action(QCoreApplication.translate("Screens", spec.title), partial(self.show_screen, spec.key),
                         QKeySequence(f"Ctrl+{number}"))
        # fifteen screens, nine numbers: the rest one step at a time, as between a browser's tabs
        self._action(self.tr("Next screen"), lambda: self._step_screen(1), QKeySequence("Ctrl+PgDown"))
        self._action(self.tr("Previous screen"), lambda: self._step_screen(-1), QKeySequence("Ctrl+PgUp"))
        self.refresh_action = self._action(self.tr("Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh)
        for action in (self.log_request_action, self.refresh_action, self.backup_action):
            toolbar.addAction(action)

    def _action(self, text: str, slot: Callable[[], object], keys: QKeySequence | QKeySequence.StandardKey |
                None = None) -> QAction:
        action = QAction(text, self)
        self._actions.append(action)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def switch_language(self, lang: str) -> None:
        """Show the window in another language at once, and remember the choice."""
        self.settings.setValue("language", lang)
        apply_language(lang)
        screen = self.current_screen_key()
        # every screen is built again in the new language; a search or filter the person set is not
        # theirs to set again: carried over to each list as it is built
        # (those still waiting from a switch before, for screens not opened since, keep waiting)
        self._carried_filters = {**self._carried_filters,
                                 **{key: [lst.filter_snapshot() for lst in lists_in(built)]
                                    for key, built in self.screens.built_by_key().items()}}
        self.menuBar().clear()
        self.removeToolBar(self.toolbar)
        for action in self._actions:
            self.removeAction(action)
            action.deleteLater()
        self._actions = []
        self._build_menus()
        self.remember_file(self.services.db.location)
        self._build_screens()
        self.show_screen(screen)
        self.update_status()  # the counts at the bottom speak the new language too

    # -- state ---------------------------------------------------------------------------------
    def refresh_all(self) -> None:
        """F5: read the shown screen again now, the others when they are next shown."""
        try:
            for screen in self.screens.built():
                reload = getattr(screen, "reload", None)
                if reload is not None:
                    reload()
            self.update_status()
        except DomainError as error:  # e.g. the USB stick with the file was pulled out
            tell(self, self.tr("Cannot show the data"), localized(error))

    def update_status(self) -> None:
        counts, t = self.services.reporting.status_counts(), fmt()
        # the Formatter fills %n as the app writes numbers ("3,194", as the Dashboard's tiles); Qt's tr()
        # wrote "3194" beside them
        self.status_counts.setText(" \u00b7 ".join([
            t.translate("MainWindow", "%n department(s)", None, counts.departments),
            t.translate("MainWindow", "%n person(s)", None, counts.people),
            t.translate("MainWindow", "%n open request(s), %1 overdue", None, counts.open_requests).replace(
                "%1", t.number(counts.overdue_requests))]))

    def _on_dashboard_open_requested(self, key: str) -> None:
        if key in ("open", "overdue", "resolved"):
            since = self.services.ctx.clock() - timedelta(days=30) if key == "resolved" else None
            self.requests_screen.show_preset(overdue=key == "overdue", open_only=key == "open", resolved_since=since)
            self.show_screen("requests")
        elif key == "rating":
            cast("FeedbackScreen", self.screens["feedback"]).show_given_since(
                self.services.ctx.clock() - timedelta(days=30))
            self.show_screen("feedback")
        elif key in ("actions", "overdue_actions"):
            self.actions_screen.show_preset(overdue=key == "overdue_actions")
            self.show_screen("actions")
        elif key == "recognition":
            self.show_screen("recognition")
        elif key == "acknowledgements":
            self.acknowledgements_screen.show_preset(still_to_sign=True)
            self.show_screen("acknowledgements")
        elif key == "reviews":
            self.standards_screen.show_preset(review_due=True)
            self.show_screen("standards")

    def _on_network_pair(self, provider_id: int, customer_id: int, first: date, last: date) -> None:
        """A pair clicked on the map or the matrix: its requests in the period."""
        self.show_screen("requests")
        self.requests_screen.show_pair(provider_id, customer_id, first, last)

    def _on_network_department(self, department_id: int) -> None:
        self.show_screen("organisation")
        cast("OrganisationScreen", self.screens["organisation"]).show_department(department_id)

    def _on_print_acknowledgements(self, department_ids: list[int]) -> None:
        self.show_screen("reports")
        self.reports_screen.show_acknowledgements(department_ids)

    def _on_print_training(self, session_id: int) -> None:
        self.show_screen("reports")
        self.reports_screen.show_training(session_id)

    def show_welcome_if_new(self) -> None:
        if self.services.db.read_only:  # the company cannot be set up in a file opened for looking only
            return
        if self.services.company.get() is not None:
            return
        # this window's dialogs are imported when first asked for: none is on screen at a usual start
        from icdesk.ui.dialogs.welcome import WelcomeDialog

        if WelcomeDialog(self.services, self).exec():
            self.refresh_all()

    # -- files ---------------------------------------------------------------------------------
    def switch_to(self, path: Path | str) -> bool:
        """Open another company: a data file's path, or a server's postgresql:// address."""
        if self.opener is None:
            return False
        if is_server_address(path):
            same = str(path) == self.services.db.location
        else:
            here = self.services.db.path
            same = here is not None and Path(path).expanduser().absolute().resolve() == here.resolve()
        if not self.services.db.read_only and same:
            # the file open here already: opening it again would let go of its lock for a moment
            self.refresh_all()
            return True
        try:
            services = self.opener(path)
        except LockedElsewhereError as error:
            if not confirm(self, self.tr("Take over the data file?"), localized(error), self.tr("Take over")):
                return False
            try:
                services = self.opener(path, take_over=True)
            except DataFileError as again:
                tell(self, self.tr("Cannot open the data file"), localized(again))
                return False
        except NetworkShareError as error:  # shared folders are for reading only
            if not confirm(self, self.tr("Cannot open the data file"), localized(error), self.tr("Open read-only")):
                return False
            try:
                services = self.opener(path, read_only=True)
            except DataFileError as again:
                tell(self, self.tr("Cannot open the data file"), localized(again))
                return False
        except ServerLoginError as error:  # a server whose password is not kept on this PC: ask for it
            return self.connect_to_server(str(path), localized(error))
        except DataFileError as error:
            tell(self, self.tr("Cannot open the data file"), localized(error))
            return False
        self.finish_daily_backup()
        old, self.services = self.services, services
        old.close()
        self._build_screens()
        self.remember_file(self.services.db.location)
        self.show_welcome_if_new()
        self.ask_who_is_working()
        self.auto_backup()
        return True

    def new_file(self) -> None:
        # the name offered in the window's language ("azienda.sqlite")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("New data file"), self.tr("company") + ".sqlite",
                                                self.tr("icdesk data files (*.sqlite)"))
        if target:
            path = Path(target)
            if not path.suffix:  # "nuevo_restaurante": Open lists *.sqlite, where it would not be seen again
                path = path.with_name(path.name + ".sqlite")
            if path.exists():
                tell(self, self.tr("File exists"), self.tr(
                    "{name} already exists; use Open to work on it.").format(name=path.name))
                return
            self.switch_to(path)

    def connect_to_server(self, address: str = "", reason: str = "") -> bool:
        """File \u2192 Connect to a server\u2026 (see ConnectServerDialog), then work on that company."""
        from icdesk.ui.dialogs.connect_server import ask_for_server

        chosen = ask_for_server(self.settings, self, current=self.services, address=address, reason=reason)
        return bool(chosen) and self.switch_to(chosen)

    def open_file_dialog(self) -> None:
        here = self.services.db.path
        target, _ = QFileDialog.getOpenFileName(self, self.tr("Open data file"), str(here.parent) if here else "",
                                                self.tr("icdesk data files (*.sqlite);;All files (*)"))
        if target:
            self.switch_to(Path(target))

    def remember_file(self, path: Path | str) -> None:
        """Recent files and servers (a server's address without its password, which is never stored)."""
        stored = self.settings.value("recent_files", [], list)
        recent = [str(p) for p in (stored if isinstance(stored, list) else []) if p != str(path)]
        recent.insert(0, str(path))
        self.settings.setValue("recent_files", recent[:MAX_RECENT])
        self.settings.setValue("last_file", str(path))
        self.recent_menu.clear()
        for entry in recent[:MAX_RECENT]:
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _=False, p=entry: self.switch_to(p if is_server_address(p) else Path(p)))

    def backup_now(self) -> None:
        here = self.services.db.path
        if here is None:
            from icdesk.ui.server_backups import back_up_server

            back_up_server(self, self.services)
            return
        # into the backups folder, under a dated name: Restore from backup lists it (a manager makes a
        # copy before a risky change and expects to find it there); a USB stick can still be chosen
        suggestion = self.services.backups.suggested_target()
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Backup now"), str(suggestion),
                                                self.tr("icdesk data files (*.sqlite)"))
        if not target:
            return
        try:
            written = self.services.backups.backup_now(Path(target))
        except DomainError as error:
            tell(self, self.tr("Backup failed"), localized(error))
            return
        show_status(self, self.tr("Backup written to {path}").format(path=written), 8000)

    def ask_who_is_working(self, again: bool = False) -> None:
        """On a shared server: who uses this window (remembered per PC), named in the request history."""
        ask_who_is_working(self.services, self, again)
        self._show_who_is_working()

    def _show_who_is_working(self) -> None:
        name = working_name(self.services) if self.services.db.on_server else ""
        self.status_person.setText(self.tr("Working: {name}").format(name=name) if name else "")
        self.status_person.setVisible(bool(name))

    def edit_company(self) -> None:
        from icdesk.ui.dialogs.company import CompanyDialog

        if CompanyDialog(self.services, self).exec():
            self.refresh_all()

    def import_file(self) -> None:
        """Departments, people, requests or standards from a spreadsheet or CSV file."""
        from icdesk.ui.dialogs.import_file import ImportDialog  # spreadsheet readers: loaded when asked for

        dialog = ImportDialog(self.services, self)
        # the screens hear of the commit through the change notifications; no refresh needed here
        if dialog.exec() and dialog.imported and dialog.plan is not None:
            show_status(self, self.tr("Imported: {c} added, {u} updated.").format(
                c=fmt().number(dialog.plan.creates), u=fmt().number(dialog.plan.updates)), 8000)  # "10,000"

    def auto_backup(self) -> None:
        """The daily backup, made when a file is opened, in the background (the window is usable
        meanwhile); a failure is said, never hidden. See ui/daily_backup.py."""
        if not self.services.backups.daily_backup_due():
            return
        policy = BackupPolicy(keep_daily=self._count_setting("backup/keep_daily", BackupPolicy.keep_daily),
                              keep_monthly=self._count_setting("backup/keep_monthly", BackupPolicy.keep_monthly))
        self.daily_backup = DailyBackup(self, self.services, policy, self._daily_backup_made,
                                        self._daily_backup_failed)

    def finish_daily_backup(self) -> None:
        """Before the file is let go (closing, another file, a restore): today's backup ends first,
        and the check of the file's pages stops."""
        check = getattr(self, "page_check", None)
        if check is not None:
            check.stop()
        backup = getattr(self, "daily_backup", None)
        if backup is not None:
            backup.finish(self)

    def check_pages(self) -> None:
        """Read every page of the file once, in the background (opening it did not: see ui/page_check.py)."""
        self.page_check = PageCheck(self, self.services, self._pages_damaged)

    def _pages_damaged(self, error: StorageError) -> None:
        tell(self, self.tr("The data file is damaged"), localized(error))
        self.restore_backup()

    def _daily_backup_made(self, made: Path | None) -> None:
        if made is not None:
            show_status(self, self.tr("Today's backup: {path}").format(path=made), 8000)

    def _daily_backup_failed(self, error: BaseException) -> None:
        tell(self, self.tr("Automatic backup failed"), describe(error))

    def _count_setting(self, key: str, default: int) -> int:
        """A number typed into the settings file by hand: "fourteen" or "-3" means the default."""
        text = str(self.settings.value(key, default)).strip()
        return int(text) if text.isdecimal() else default

    def restore_backup(self) -> None:
        from icdesk.services.backups import company_of, other_company
        from icdesk.ui.dialogs.restore import RestoreDialog
        from icdesk.ui.server_backups import restore_server

        if self.services.db.path is None:
            restore_server(self, self.services)
            return
        backups = self.services.backups.list()
        dialog = RestoreDialog(backups, self, read=self.services.backups.read_backup,
                               start=self.services.backups.suggested_target().parent)
        row = dialog.chosen_row() if dialog.exec() else None
        if row is None:
            return
        backup = row.path
        # when it was made, in the company's time (a file picked by hand: the file itself, by name)
        when = backup.name if row.label == "chosen" else short_datetime(row.made_at)
        path = self.services.db.path
        assert path is not None
        question = self.tr("Go back to the backup of {when}? Changes made since then leave the file; they stay in "
                           "the copy kept of the file as it is now.").format(when=when)
        differs = other_company(company_of(path), backup)  # the file is open here: read live
        if differs:  # a copy of another company, picked by hand: said by name before it replaces this one
            question = self.tr("This backup holds the company “{theirs}”, not “{ours}”. Put it in place of "
                               "{ours} anyway? The file as it is now is kept.").format(theirs=differs[0],
                                                                                      ours=differs[1])
        if not confirm(self, self.tr("Restore from backup"), question, self.tr("Restore")):
            return
        self.finish_daily_backup()
        self.services.close()  # releases the file: nothing may write while it is replaced
        try:
            kept = restore_from_backup(path, backup)
        except DomainError as error:
            tell(self, self.tr("Restore failed"), localized(error))
            kept = None
        if self.opener is None:
            return
        try:
            self.services = self.opener(path)
        except DataFileError as error:
            tell(self, self.tr("Cannot open the data file"), localized(error), QMessageBox.Icon.Critical)
            self.close()
            return
        self._build_screens()
        if kept is not None:
            tell(self, self.tr("Restored"), self.tr(
                "The backup is back in place. The file as it was is kept as {kept}.").format(kept=kept.name),
                 QMessageBox.Icon.Information)

    def getting_started(self) -> None:
        from icdesk.ui.dialogs.help import GettingStartedDialog

        GettingStartedDialog(self).exec()

    def keyboard_shortcuts(self) -> None:
        from icdesk.ui.dialogs.help import ShortcutsDialog

        ShortcutsDialog(self._actions, self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About icdesk"), self.tr(
            "<h3>icdesk {version}</h3><p>The internal customer service desk: service standards, internal "
            "requests, feedback, corrective actions and recognition.</p><p>Data file:<br>{path}</p>").format(
            version=__version__, path=escape(self.services.db.location)))  # rich text: the path as typed

    def _restore_settings(self) -> None:
        place_main_window(self, self.settings.value("geometry"))
        self.show_screen(str(self.settings.value("screen", "dashboard")))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.finish_daily_backup()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("screen", self.current_screen_key())
        event.accept()


__all__ = ["MainWindow"]
