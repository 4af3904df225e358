"""Who hears how far a long upgrade has got: the window shows a progress dialog, a command line nothing.

Kept apart from db/migrate.py so that saying who listens does not import Alembic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Listener = Callable[[int, int], None]  # (done, total)
_listeners: list[Listener] = []


@contextmanager
def upgrade_progress(listener: Listener) -> Iterator[None]:
    """While this lasts, migrations that go through every request tell ``listener`` how far they are."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


def tell(done: int, total: int) -> None:
    for listener in list(_listeners):
        listener(done, total)
