"""Use cases. The only layer that opens transactions; the UI, reports and CLI call these.

``Services`` and ``ChangeListener`` are imported on first use (PEP 562): the light start imports
``services.dashboard_sql`` alone, before SQLAlchemy (ui/light_start.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from icdesk.db.engine import ChangeListener
    from icdesk.services.container import Services

__all__ = ["Services", "ChangeListener"]


def __getattr__(name: str) -> Any:
    if name == "Services":
        from icdesk.services.container import Services

        return Services
    if name == "ChangeListener":
        from icdesk.db.engine import ChangeListener

        return ChangeListener
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
