"""Committed changes reach the window: each widget refreshes only when it is shown and affected.

The services layer tells which tables each committed unit of work changed (``Database.subscribe``);
``DataChanges`` turns that into a Qt signal (queued to the window's thread when a background job
wrote), and a ``Refresher`` decides for one widget: refresh now if visible, else when next shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Protocol
from weakref import WeakKeyDictionary

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # named for the types only: a screen built before the database code loads needs none
    from icdesk.services import ChangeListener, Services

REMOTE_POLL_MS = 250  # how often the window looks for the other PCs' changes (a queue, no query)


class _Notifying(Protocol):
    def subscribe(self, listener: ChangeListener) -> None: ...
    def unsubscribe(self, listener: ChangeListener) -> None: ...


class DataChanges(QObject):
    """One per open data file: ``changed`` carries the names of the tables a commit touched."""

    changed = Signal(object)  # frozenset[str]

    def __init__(self, db: _Notifying) -> None:
        super().__init__()
        self.db = db
        db.subscribe(self._on_committed)
        # on a server, what the other PCs commit arrives too: a thread hears it, and this timer
        # hands it to the listeners on the window's thread (never a signal from another thread)
        self.timer: QTimer | None = None
        listen = getattr(db, "listen_to_server", None)
        if listen is not None and listen():
            self.timer = QTimer(self)
            self.timer.setInterval(REMOTE_POLL_MS)
            self.timer.timeout.connect(self._deliver_remote)
            self.timer.start()

    def _deliver_remote(self) -> None:
        deliver = getattr(self.db, "deliver_remote_changes", None)
        if deliver is not None:
            deliver()

    def _on_committed(self, tables: frozenset[str]) -> None:
        self.changed.emit(tables)

    def detach(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        self.db.unsubscribe(self._on_committed)


_bridges: WeakKeyDictionary[_Notifying, DataChanges] = WeakKeyDictionary()


def changes_of(services: Services) -> DataChanges:
    bridge = _bridges.get(services.db)
    if bridge is None:
        bridge = _bridges[services.db] = DataChanges(services.db)
    return bridge


# Every Refresher's Python side, until Qt destroys it with its widget. Without this, one made
# and not kept (a picker's) can lose its Python wrapper while Qt still calls its event filter,
# which then finds none of its attributes.
_alive: dict[int, Refresher] = {}


class Refresher(QObject):
    """Keeps one widget up to date: it queries nothing until first shown, then refreshes when a
    commit touches one of ``tables`` while it is visible, or when it is shown again after one."""

    def __init__(self, widget: QWidget, services: Services, tables: Iterable[str], refresh: Callable[[], None],
                 *, loaded: bool = False) -> None:
        super().__init__(widget)
        self.widget = widget
        self.tables = frozenset(tables)
        self._refresh = refresh
        self.stale = not loaded
        key = id(self)
        _alive[key] = self
        self.destroyed.connect(lambda *_: _alive.pop(key, None))
        widget.installEventFilter(self)
        changes_of(services).changed.connect(self._on_data_changed)

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if not tables & self.tables:
            return
        if self.widget.isVisible():
            self.refresh_now()
        else:
            self.stale = True

    def refresh_now(self) -> None:
        self.stale = False
        self._refresh()

    def reload(self) -> None:
        """Read again (F5), whatever the notifications said: now if shown, else when next shown."""
        if self.widget.isVisible():
            self.refresh_now()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            try:
                self.refresh_now()
            except Exception as error:  # noqa: BLE001 - handed on below, not swallowed
                # an error must not leave an event filter: PySide then calls it again on every event
                # and mixes up its objects (an endless stream of error boxes on a damaged file). It is
                # raised again from the event loop, where the window's hooks say it once
                QTimer.singleShot(0, partial(_raise, error))
        return False


def _raise(error: BaseException) -> None:
    raise error
