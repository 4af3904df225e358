"""How far a long migration has got, for the progress dialog of the window (db/progress.py).

Every migration that goes through every request (or rating) tells its progress in the unit of 0014,
each request twice, so the window's dialog opens for the same files whichever migration is due.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import context


def told_share(conn: sa.Connection) -> Callable[[float], None]:
    """A function that tells the caller of migrate.upgrade (its ``progress(done, total)``) the share
    of this migration done, from 0 to 1; nothing when no one listens or there are no requests."""
    found: Any = context.config.attributes.get("progress")
    low, high = conn.execute(sa.text("SELECT min(id), max(id) FROM requests")).one()
    total = 0 if low is None else 2 * (int(high) + 1 - int(low))

    def share(done: float) -> None:
        if total and callable(found):
            found(min(total, int(total * done)), total)

    return share
