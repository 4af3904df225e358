"""The holidays package, loading one country at a time.

``holidays.country_holidays("IT")`` imports ``holidays.countries.italy``, and the package
``holidays.countries`` imports all ~250 countries first (8 MiB and a moment, the first time the
Requests screen shows a due time counted in a department's working calendar). The package is put
in place without running that index, so only the countries asked for (and what they build on) are
loaded. Any name read from the package still works: the first one runs the index after all.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from functools import cache
from types import ModuleType
from typing import Any

COUNTRIES = "holidays.countries"
_lock = threading.Lock()


def holidays_package() -> ModuleType:
    """``holidays``, with its country index left unread until a name of it is asked for."""
    import holidays

    with _lock:
        if COUNTRIES not in sys.modules:
            spec = importlib.util.find_spec(COUNTRIES)
            if spec is not None and spec.loader is not None and spec.submodule_search_locations is not None:
                sys.modules[COUNTRIES] = _unread(spec)
    return holidays


@cache
def country_codes(include_aliases: bool = True) -> tuple[str, ...]:
    """The codes of every country the package knows ("IT", and with aliases also "ITA"), read from its
    registry: no country is loaded."""
    from holidays.registry import EntityLoader

    return tuple(EntityLoader.get_country_codes(include_aliases=include_aliases))


def country_regions(country: str) -> list[str] | None:
    """The region codes of ``country`` (alias codes too), as ``holidays.list_supported_countries()``
    gives them; None for a code the package does not know. Loads that country only."""
    if country not in country_codes():
        return None
    return list(getattr(holidays_package(), country).subdivisions)


def _unread(spec: importlib.machinery.ModuleSpec) -> ModuleType:
    package = importlib.util.module_from_spec(spec)

    def read_index(name: str) -> Any:  # PEP 562: called only for a name the package does not have yet
        del package.__dict__["__getattr__"]
        assert spec.loader is not None
        spec.loader.exec_module(package)
        return getattr(package, name)

    package.__dict__["__getattr__"] = read_index
    return package
