"""The light start's read of the Dashboard, begun on a thread of its own as soon as the file is known.

At a million requests the light start's Dashboard SQL (dashboard_sql.py) took 70-75 ms, most of it
SQLite stepping through index entries, after the first frame was painted and while the person looked
at it. Python's ``sqlite3`` lets go of the interpreter while a statement runs, so on a second core the
read goes on while the main thread imports PySide6, makes the application and paints the first frame
(cli.py starts it before Qt is imported; app.run_gui when the file is known only from the settings);
the light window then takes what was read (``result``), waiting only for what is left.

What it may and may not do is the light start's: it reads through ``open_for_light_start`` (a local,
writable, unlocked file at the newest revision, opened read-only; nothing else is opened), never takes
the lock, and closes its connection before ``result``/``abandon`` return. A start that goes the full
way (a file taken meanwhile, another remembered screen, a server, a later start handing the file to a
running window) calls ``abandon``: a statement under way is interrupted, so nothing of this read is
open when the full way opens, upgrades or replaces the file. An error on the thread is raised again by
``result`` on the caller's thread, where the light start catches it and goes the full way, as it did
when the read ran there.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

# what open_for_light_start imports when called: imported here, on the starting thread (see _read)
from icdesk.db import lock, network_share  # noqa: F401
from icdesk.db.peek import open_for_light_start
from icdesk.services.dashboard_sql import LightDashboard, light_dashboard


def _now() -> datetime:
    return datetime.now(UTC)


class LightRead:
    """The Dashboard of ``target`` read on a thread; ``result`` or ``abandon`` ends it."""

    def __init__(self, target: Path, clock: Callable[[], datetime] = _now) -> None:
        self.target = target
        self._clock = clock
        self._guard = threading.Lock()  # the connection under way and whether the read was given up
        self._connection: sqlite3.Connection | None = None
        self._abandoned = False
        self._shown: LightDashboard | None = None
        self._error: BaseException | None = None
        # a daemon: a start that ends by an uncaught error (the full way's) is not held by a read of figures
        self._thread = threading.Thread(target=self._read, name="icdesk light read", daemon=True)

    @classmethod
    def start(cls, target: Path, clock: Callable[[], datetime] = _now) -> LightRead:
        read = cls(target, clock)
        read._thread.start()
        return read

    def _read(self) -> None:
        # Every module this needs is imported by this module, on the thread that starts it: two threads
        # importing the same modules at once could meet in a circular import, and here they never do.
        try:
            connection = open_for_light_start(self.target)
            if connection is None:
                return
            with self._guard:
                if self._abandoned:
                    connection.close()
                    return
                self._connection = connection
            try:
                self._shown = light_dashboard(connection, self._clock(), given_up=self._given_up)
            finally:
                with self._guard:
                    self._connection = None
                connection.close()  # on its own thread: a sqlite3 connection is used on one thread only
        except BaseException as error:  # noqa: B036 - handed to the caller's thread, raised there
            self._error = error

    def _given_up(self) -> bool:
        return self._abandoned  # read without the guard: a bool, and interrupt() covers a statement under way

    def result(self) -> LightDashboard | None:
        """What the Dashboard shows, once read (waits for it); None when the file is not ready for the
        light start or the company is not set up. An error of the read is raised here."""
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        return self._shown

    def abandon(self) -> None:
        """The start goes another way: stop the read (a statement under way is interrupted, none other
        begins) and wait until its connection is closed. Safe to call at any time, and again."""
        with self._guard:
            self._abandoned = True
            if self._connection is not None:
                self._connection.interrupt()  # the one call sqlite3 allows from another thread
        if self._thread.ident is not None:  # started (joining a thread never started is an error)
            self._thread.join()
        self._shown = self._error = None

    def running(self) -> bool:
        return self._thread.is_alive()


__all__ = ["LightRead"]
