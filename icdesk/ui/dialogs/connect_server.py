"""File → Connect to a server…: the company on a PostgreSQL server instead of a data file.

The person types the server, database, login and password; Test and Connect try them on a
thread of their own (an unreachable server takes seconds to say so) and say what is wrong in a
sentence. An empty database can be set up as a new company or receive a copy of the company
open now. The password goes to the PC's keyring when asked (never to the settings file); on a PC
without a keyring the dialog says so and asks for it each time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from icdesk.db.errors import NoSuchServerDatabaseError, ServerLoginError, ServerUnreachableError
from icdesk.domain.errors import ValidationError
from icdesk.services import Services
from icdesk.services.server_connection import DEFAULT_PORT, ServerLogin, can_remember_passwords, copy_company_to
from icdesk.services.transfer import CopyReport
from icdesk.ui.formatting import fmt
from icdesk.ui.forms import FittedDialog, hint, plain, tell
from icdesk.ui.workers import CancellableJob, Progress, describe

RECENT_SERVERS = "servers/recent"  # addresses without passwords, newest first
MAX_RECENT_SERVERS = 5


def recent_servers(settings: QSettings) -> list[str]:
    stored = settings.value(RECENT_SERVERS, [], list)
    return [str(a) for a in stored] if isinstance(stored, list) else []


def remember_server(settings: QSettings, address: str) -> None:
    recent = [a for a in recent_servers(settings) if a != address]
    settings.setValue(RECENT_SERVERS, [address, *recent][:MAX_RECENT_SERVERS])


class ConnectServerDialog(FittedDialog):
    """``current``: the company open in the window, offered for copying into an empty database."""

    def __init__(self, settings: QSettings, current: Services | None = None, parent: QWidget | None = None, *,
                 address: str = "", reason: str = "") -> None:
        super().__init__(parent)
        self.settings = settings
        self.current = current
        self.login: ServerLogin | None = None  # the one that connected
        self.job: CancellableJob | None = None
        self._abandonable = False
        self.setWindowTitle(self.tr("Connect to a server"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("When several PCs work on one company at once, it lives in a PostgreSQL database on "
                               "a server of the office network. Type what whoever set up the server gave you."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.recent = QComboBox()
        self.recent.addItem(self.tr("(type a new one below)"), "")
        for known in recent_servers(settings):
            self.recent.addItem(known, known)
        self.recent.activated.connect(lambda _i: self._fill(str(self.recent.currentData() or "")))
        if self.recent.count() > 1:
            form.addRow(self.tr("Recent servers"), self.recent)
        else:
            self.recent.hide()
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("e.g. office-server or 192.168.1.20"))
        self.port_edit = QSpinBox()
        self.port_edit.setRange(1, 65535)
        self.port_edit.setValue(DEFAULT_PORT)
        self.port_edit.setGroupSeparatorShown(False)
        where = QHBoxLayout()
        where.addWidget(self.host_edit, 1)
        where.addWidget(QLabel(self.tr("Port")))
        where.addWidget(self.port_edit)
        form.addRow(self.tr("Server"), where)
        self.database_edit = QLineEdit()
        self.database_edit.setPlaceholderText(self.tr("e.g. hotel"))
        form.addRow(self.tr("Database"), self.database_edit)
        self.user_edit = QLineEdit()
        form.addRow(self.tr("User"), self.user_edit)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password"), self.password_edit)
        self.remember_box = QCheckBox(self.tr("Remember the password on this PC"))
        form.addRow("", self.remember_box)
        layout.addLayout(form)
        self.keyring_note = hint(self.tr(
            "This PC has no password keyring, so icdesk cannot remember the password here: it asks for it each "
            "time the company is opened."))
        layout.addWidget(self.keyring_note)
        if can_remember_passwords():
            self.keyring_note.hide()
        else:
            self.remember_box.setChecked(False)
            self.remember_box.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = plain(QLabel(reason))  # the server's name and the server's words are shown as typed
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show_status(reason, error=bool(reason))
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = QPushButton(self.tr("Test"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setDefault(True)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(buttons)
        self.test_button.clicked.connect(lambda: self._try(connect=False))
        self.connect_button.clicked.connect(lambda: self._try(connect=True))
        if address:
            self._fill(address)
        elif self.recent.count() > 1:
            self.recent.setCurrentIndex(1)
            self._fill(str(self.recent.itemData(1)))

    # -- the fields --------------------------------------------------------------------------------
    def _fill(self, address: str) -> None:
        if not address:
            return
        try:
            login = ServerLogin.from_address(address)
        except Exception:  # noqa: BLE001 - a hand-edited settings file: start from empty fields
            return
        self.host_edit.setText(login.host)
        self.port_edit.setValue(login.port)
        self.database_edit.setText(login.database)
        self.user_edit.setText(login.user)
        self.password_edit.clear()
        kept = self.remember_box.isEnabled() and login.has_remembered_password()
        self.password_edit.setPlaceholderText(self.tr("kept on this PC") if kept else "")
        self.remember_box.setChecked(kept)
        (self.password_edit if self.host_edit.text() else self.host_edit).setFocus()

    def typed(self) -> ServerLogin:
        return ServerLogin(host=self.host_edit.text(), port=self.port_edit.value(),
                           database=self.database_edit.text(), user=self.user_edit.text(),
                           password=self.password_edit.text()).checked()

    def address_to_open(self) -> str:
        """The address with the password for the window to open; "" if nothing connected."""
        return self.login.address_to_open if self.login is not None else ""

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if error else "")
        self.status.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.recent, self.host_edit, self.port_edit, self.database_edit, self.user_edit,
                       self.password_edit, self.test_button, self.connect_button):
            widget.setEnabled(not busy)
        self.remember_box.setEnabled(not busy and can_remember_passwords())
        self.progress.setVisible(busy)

    # -- trying the login --------------------------------------------------------------------------
    def _try(self, connect: bool) -> None:
        try:
            login = self.typed()
        except ValidationError as error:
            self._show_status(describe(error), error=True)
            {"host": self.host_edit, "database": self.database_edit,
             "user": self.user_edit}.get(error.field or "", self.host_edit).setFocus()
            return
        self._show_status(self.tr("Connecting to {host}\u2026").format(host=login.host))
        self._run(lambda _progress, _cancelled: login.probe(),
                  lambda revision: self._probed(login, revision, connect), abandonable=True)

    def _run(self, job: Callable[[Progress, Callable[[], bool]], Any], done: Callable[[Any], None], *,
             abandonable: bool = False) -> None:
        """``abandonable``: the job only asks (a try of the login), so Cancel may close the dialog
        while it runs and its answer is let go; a copy under way is waited for."""
        self.job = started = CancellableJob(job, self)
        self._abandonable = abandonable

        def finished(result: Any) -> None:
            if started is not self.job:
                return  # given up with Cancel
            self._job_ended()
            done(result)

        def failed(error: BaseException) -> None:
            if started is not self.job:
                return
            self._job_ended()
            self._failed(error)

        started.finished.connect(finished)
        started.failed.connect(failed)
        self._set_busy(True)
        started.start()

    def _job_ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._set_busy(False)

    def _failed(self, error: BaseException) -> None:
        self._show_status(describe(error), error=True)
        if isinstance(error, ServerLoginError):
            self.password_edit.setFocus()
            self.password_edit.selectAll()
        elif isinstance(error, NoSuchServerDatabaseError):
            self.database_edit.setFocus()
        elif isinstance(error, ServerUnreachableError):
            self.host_edit.setFocus()

    def _probed(self, login: ServerLogin, revision: str | None, connect: bool) -> None:
        place = self.tr("{database} on {host}").format(database=login.database, host=login.host)
        if not connect:
            self._show_status(self.tr("Connected: {place} holds an icdesk company.").format(place=place)
                              if revision is not None else
                              self.tr("Connected: {place} is empty; Connect offers to set up a new company there or "
                                      "to copy this one into it.").format(place=place))
            return
        if revision is None:
            self._offer_empty(login, place)
            return
        self._connected(login)

    def _offer_empty(self, login: ServerLogin, place: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("An empty database"), self.tr(
            "{place} holds no icdesk company yet. Set up a new company there, or copy the company open now into "
            "it (every record, with the same numbers; the file stays as it is)?").format(place=place),
            QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        new = box.addButton(self.tr("Set up a new company"), QMessageBox.ButtonRole.AcceptRole)
        copy = None
        if self.current is not None:
            copy = box.addButton(self.tr("Copy this company into it"), QMessageBox.ButtonRole.YesRole)
            box.setDefaultButton(copy)
        box.exec()
        if box.clickedButton() is new:
            self._connected(login)
        elif copy is not None and box.clickedButton() is copy:
            self._copy_into(login)

    def _copy_into(self, login: ServerLogin) -> None:
        current = self.current
        assert current is not None
        number = fmt().number
        self._show_status(self.tr("Copying the company to {host}\u2026").format(host=login.host))

        def job(progress: Progress, _cancelled: Callable[[], bool]) -> CopyReport:
            return copy_company_to(current.db, login, lambda rows: progress("copy", rows, 0))

        def on_progress(_phase: str, done: int, _total: int) -> None:
            self._show_status(self.tr("Copying the company to {host}\u2026 {count} records so far").format(
                host=login.host, count=number(done)))

        def copied(report: CopyReport) -> None:
            self._connected(login)
            tell(self.parentWidget(), self.tr("Company copied"), self.tr(
                "{count} records were copied to {address}; every table there holds as many rows as in {source}. "
                "The window now works on the server; the file stays as it was.").format(
                count=number(report.total), address=login.address, source=current.db.location),
                 QMessageBox.Icon.Information)

        self._run(job, copied)
        assert self.job is not None
        self.job.progress.connect(on_progress)

    def _connected(self, login: ServerLogin) -> None:
        kept = login.keep_password(self.remember_box.isChecked())
        if self.remember_box.isChecked() and not kept and login.password:
            tell(self, self.tr("Connect to a server"), self.tr(
                "The password could not be kept in this PC's keyring; icdesk will ask for it next time."))
        remember_server(self.settings, login.address)
        self.login = login
        self.accept()

    def reject(self) -> None:
        if self.job is not None and self._abandonable:
            # a server that does not answer keeps a try going for seconds: the person need not wait
            self.job.cancel()
            self.job = None
        if self.job is None:  # a copy under way ends by itself; closing now would lose its answer
            super().reject()


def ask_for_server(settings: QSettings, parent: QWidget | None = None, *, current: Services | None = None,
                   address: str = "", reason: str = "") -> str:
    """Show the dialog; the address to open (with the password typed), or "" if the person gave up."""
    dialog = ConnectServerDialog(settings, current, parent, address=address, reason=reason)
    return dialog.address_to_open() if dialog.exec() else ""
