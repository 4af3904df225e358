"""Imports after Qt cost only the module: PySide6's import hook is told not to read sources.

PySide6 6.12 hooks every import made after it is loaded (its ``__feature__`` support, PYSIDE-2029):
for each new module it reads the module's whole source with ``inspect.getsource`` to see whether
the text mentions PySide6, and linecache keeps every file read. Opening the Requests screen (the
holidays tables, ~300 modules) took seconds and 8 MiB that way. The answer only matters to a
module that selects a feature (``from __feature__ import snake_case``); icdesk never does, so every
module is given the answer a PySide6 user gets: the default feature set, without reading anything.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads shiboken's support modules, the hook among them)

HOOK = "shibokensupport.feature"


def _uses_default_features(module: ModuleType) -> bool:
    return True  # as PySide6 decides for a module that mentions it: the default features, none selected


def stop_reading_sources() -> None:
    """Answer PySide6's hook without reading the module; nothing changes if this PySide6 has no such hook."""
    feature = sys.modules.get(HOOK)
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_default_features  # type: ignore[attr-defined]
