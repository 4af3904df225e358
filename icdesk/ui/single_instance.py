"""One window per data file: starting icdesk again on a file a window of this person already has open
(a second double-click, the menu entry clicked twice) brings that window forward instead of refusing
with "the file is in use".

The window listens on a local socket named for the person and the file it has open (QLocalServer;
a named pipe on Windows, a socket only its user can reach on Unix). A new start asks that name
first: if a window answers, the new process hands over what it was started with and ends.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from icdesk.paths import is_server_address
from icdesk.ui.status_messages import show_status

if TYPE_CHECKING:
    from icdesk.ui.main_window import MainWindow

CONNECT_MS = 500  # a window of this person answers at once; none there: the socket refuses at once
REPLY_MS = 5000


def _where(location: Path | str) -> str:
    if is_server_address(location):
        return str(location)
    try:
        return str(Path(location).expanduser().resolve())
    except OSError:
        return str(Path(location).expanduser().absolute())


def server_name(location: Path | str) -> str:
    """The socket's name: one per person and data file, without the path in clear."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # a user without a name (a container): their home stands for them
        user = str(Path.home())
    digest = hashlib.sha256(f"{user}\n{_where(location)}".encode()).hexdigest()[:24]
    return f"icdesk-{digest}"


def forward_to_running(location: Path | str, args: Sequence[str] = ()) -> bool:
    """Hand ``location`` to a window of this person that has it open. True: that window took it over
    (this process may end); False: none is there, open it here."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(location))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = json.dumps({"file": _where(location), "args": list(args)}).encode() + b"\n"
    socket.write(QByteArray(message))
    socket.waitForBytesWritten(REPLY_MS)
    answered = socket.waitForReadyRead(REPLY_MS) and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later starts on the file ``window`` has open, and follows it to another file."""

    file_requested = Signal(str, list)  # the file a later start asked for, the arguments it was given

    def __init__(self, window: QMainWindow, location: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.window = window  # the window brought forward: the first frame's, until the main one is there
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_server_new_connection)
        self.location = ""
        self.follow(location)

    def follow(self, location: Path | str) -> bool:
        """Listen under the name of ``location`` (the window opened another file). False: cannot."""
        where = _where(location)
        if where == self.location and self.server.isListening():
            return True
        self.server.close()
        self.location = where
        name = server_name(where)
        if self.server.listen(name):
            return True
        # a socket left by a window that crashed: nobody answers on it, so it may go
        QLocalServer.removeServer(name)
        return self.server.listen(name)

    def _on_server_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is not None:
                socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
                if socket.canReadLine():
                    self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        try:
            message = json.loads(bytes(socket.readLine().data()).decode("utf-8"))
            requested, args = str(message.get("file", "")), [str(a) for a in message.get("args", [])]
        except (ValueError, AttributeError):
            socket.disconnectFromServer()
            return
        socket.write(QByteArray(b"ok\n"))
        socket.flush()
        socket.disconnected.connect(socket.deleteLater)
        bring_forward(self.window)
        # after this slot: what it does next may open a dialog with an event loop of its own
        QTimer.singleShot(0, lambda: self.file_requested.emit(requested, args))


def serve_starts_while_opening(first: QMainWindow, location: Path | str) -> InstanceServer:
    """Listen from the first frame on: a second double-click while the file is still being opened
    brings the window that is there forward, instead of finding the file "in use" by this very start.
    ``serve_later_starts`` hands the listening to the main window; the window shown meanwhile is
    followed through ``InstanceServer.window``."""
    return InstanceServer(first, location, parent=QCoreApplication.instance())


def serve_later_starts(window: MainWindow, server: InstanceServer | None = None) -> InstanceServer:
    """Later starts on the window's file bring it forward; one on a file it no longer holds is said,
    and opened here if the person wants (one window, one file at a time). ``server``: the one that
    listened while the file was being opened, now the window's."""
    if server is None:
        server = InstanceServer(window, window.services.db.location)
    else:
        server.window = window
        server.setParent(window)
        server.follow(window.services.db.location)  # the file opened may be another than the one asked for
    window.file_opened.connect(server.follow)

    def on_file_requested(requested: str, _args: list[str]) -> None:
        from icdesk.ui.forms import confirm  # the dialogs' module: not loaded before the start-up frame shows

        here = _where(window.services.db.location)
        busy = QApplication.activeModalWidget()
        if requested and requested != here and busy is not None:
            # a form open on this file would save into it after the switch, its lock already let go:
            # the form is finished first, then the other file opened
            show_status(window, QCoreApplication.translate(
                "SingleInstance", "icdesk was started again for {requested}: finish or close the open window "
                                  "first, then start it again.").format(requested=requested), 15000)
            bring_forward(busy)
            return
        if not requested or requested == here:
            show_status(window, QCoreApplication.translate(
                "SingleInstance", "{file} is already open here.").format(file=window.services.db.name), 8000)
            return
        question = QCoreApplication.translate(
            "SingleInstance", "icdesk was started again for {requested}, but this window has {here} open. Open "
                              "{requested} here instead?").format(requested=requested, here=here)
        if confirm(window, QCoreApplication.translate("SingleInstance", "Open another data file?"), question,
                   QCoreApplication.translate("SingleInstance", "Open it here")):
            window.switch_to(requested if is_server_address(requested) else Path(requested))

    server.file_requested.connect(on_file_requested)
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(FinderOpens(window, server))
    return server


class FinderOpens(QObject):
    """macOS hands a double-clicked data file (or one dropped on the Dock icon) to the running
    application as an event, not as an argument: the window opens it, as File > Open would."""

    def __init__(self, window: MainWindow, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            requested = event.file()
            bring_forward(self.window)
            if _where(requested) != _where(self.window.services.db.location):
                QTimer.singleShot(0, lambda: self.window.switch_to(Path(requested)))
            return True
        return False


def bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
