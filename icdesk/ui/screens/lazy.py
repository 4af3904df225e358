"""The window's screens by key, each built the first time it is shown or addressed.

Building a screen imports its module (charts, PDF views, ReportLab for the Reports screen) and
fills its pickers; doing that for fifteen screens at start-up made the window wait for all of
them. The stack holds an empty placeholder for each screen until then.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

from icdesk.services import Services
from icdesk.ui.screens.registry import SCREENS


class LazyScreens(Mapping[str, QWidget]):
    def __init__(self, stack: QStackedWidget, services: Services, built: Callable[[str, QWidget], None]) -> None:
        self._stack, self._services, self._on_built = stack, services, built
        self._specs = {spec.key: spec for spec in SCREENS}
        self._screens: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        for spec in SCREENS:  # in the order of the left bar: row n of the bar is page n of the stack
            self._placeholders[spec.key] = placeholder = QWidget()
            stack.addWidget(placeholder)

    def __getitem__(self, key: str) -> QWidget:
        screen = self._screens.get(key)
        if screen is None:
            spec = self._specs[key]  # an unknown key raises KeyError, as a dict would
            screen = self._screens[key] = spec.build(self._services)
            placeholder = self._placeholders.pop(key)
            index, current = self._stack.indexOf(placeholder), self._stack.currentWidget() is placeholder
            self._stack.insertWidget(index, screen)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if current:
                self._stack.setCurrentWidget(screen)
            self._on_built(key, screen)
            # PySide6's import hook read the source of every module the screen imported (PYSIDE-2029) into
            # linecache; nothing needs it (a traceback reads the lines again): let that memory go
            linecache.clearcache()
        return screen

    def at(self, row: int) -> QWidget:
        return self[SCREENS[row].key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def built(self) -> list[QWidget]:
        """The screens built so far (the others read everything afresh when first shown)."""
        return list(self._screens.values())

    def built_by_key(self) -> dict[str, QWidget]:
        return dict(self._screens)
