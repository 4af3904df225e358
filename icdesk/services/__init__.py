"""Use cases. The only layer that opens transactions; the UI, reports and CLI call these."""

from icdesk.db.engine import ChangeListener
from icdesk.services.container import Services

__all__ = ["Services", "ChangeListener"]
