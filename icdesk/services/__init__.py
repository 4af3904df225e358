"""Use cases. The only layer that opens transactions; the UI, reports and CLI call these."""

from icdesk.services.container import Services

__all__ = ["Services"]
