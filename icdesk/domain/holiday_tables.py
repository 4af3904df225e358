"""The holidays package, loading one country at a time.

``holidays.country_holidays("IT")`` imports ``holidays.countries.italy``, and the package
``holidays.countries`` imports all ~250 countries first (8 MiB and a moment, the first time the
Requests screen shows a due time counted in a department's working calendar). The package is put
in place without running that index, so only the countries asked for (and what they build on) are
loaded. Any name read from the package still works: the first one runs the index after all.

The same goes for ``holidays.calendars`` and ``holidays.groups``: their indexes import every
religious and lunar calendar (the Islamic, Chinese, Hebrew, Hindu... tables, ~4 MiB) although Italy
needs the Christian one only. A name asked of them loads just the module their index takes it from.
"""

from __future__ import annotations

import ast
import importlib.machinery
import importlib.util
import sys
import threading
from functools import cache
from types import ModuleType
from typing import Any

COUNTRIES = "holidays.countries"
BY_NAME = ("holidays.calendars", "holidays.groups")  # indexes whose names are loaded one module at a time
_lock = threading.Lock()


def holidays_package() -> ModuleType:
    """``holidays``, with its country index left unread until a name of it is asked for, and the
    calendars and groups loaded name by name."""
    with _lock:
        if "holidays" not in sys.modules:  # before the package's own imports reach its calendars
            _put_indexes_by_name()
    import holidays

    with _lock:
        for name in BY_NAME:  # as an import would have named them on the package
            if name in sys.modules and not hasattr(holidays, name.rpartition(".")[2]):
                setattr(holidays, name.rpartition(".")[2], sys.modules[name])
        if COUNTRIES not in sys.modules:
            spec = importlib.util.find_spec(COUNTRIES)
            if spec is not None and spec.loader is not None and spec.submodule_search_locations is not None:
                sys.modules[COUNTRIES] = _unread(spec)
    return holidays


@cache
def country_codes(include_aliases: bool = True) -> tuple[str, ...]:
    """The codes of every country the package knows ("IT", and with aliases also "ITA"), read from its
    registry: no country is loaded."""
    holidays_package()
    from holidays.registry import EntityLoader

    return tuple(EntityLoader.get_country_codes(include_aliases=include_aliases))


def country_regions(country: str) -> list[str] | None:
    """The region codes of ``country`` (alias codes too), as ``holidays.list_supported_countries()``
    gives them; None for a code the package does not know. Loads that country only."""
    if country not in country_codes():
        return None
    return list(getattr(holidays_package(), country).subdivisions)


def _unread(spec: importlib.machinery.ModuleSpec, where: dict[str, tuple[str, str]] | None = None) -> ModuleType:
    """The package of ``spec`` without its index run. A name in ``where`` is taken from the module the
    index imports it from; any other name runs the whole index, so every name answers as before."""
    package = importlib.util.module_from_spec(spec)
    taken_from = where or {}

    def load(name: str) -> Any:  # PEP 562: called only for a name the package does not have yet
        if name in taken_from:
            module, attribute = taken_from[name]
            value = getattr(importlib.import_module(module), attribute)
            setattr(package, name, value)
            return value
        if "__getattr__" in package.__dict__:
            del package.__dict__["__getattr__"]
            assert spec.loader is not None
            spec.loader.exec_module(package)
        return getattr(package, name)

    package.__dict__["__getattr__"] = load
    return package


def _put_indexes_by_name() -> None:
    top = importlib.util.find_spec("holidays")
    if top is None or top.submodule_search_locations is None:
        return
    for name in BY_NAME:
        if name in sys.modules:
            continue
        spec = importlib.machinery.PathFinder.find_spec(name, list(top.submodule_search_locations))
        if spec is not None and spec.loader is not None and spec.origin and spec.submodule_search_locations:
            sys.modules[name] = _unread(spec, _index_names(spec.origin))


def _index_names(index: str) -> dict[str, tuple[str, str]]:
    """What a package's index imports by name: name -> (module, attribute), from
    ``from holidays.groups.christian import ChristianHolidays``."""
    with open(index, encoding="utf-8") as source:
        tree = ast.parse(source.read())
    return {alias.asname or alias.name: (node.module, alias.name) for node in tree.body
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 for alias in node.names
            if alias.name != "*"}
