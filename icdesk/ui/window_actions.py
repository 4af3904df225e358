"""The main window's actions that act on the list on view: New, Find, Export, Print.

They live in the File and Edit menus with the standard shortcuts (Ctrl+N, Ctrl+F, Ctrl+P), so a
person who does not use a mouse finds them in a menu and learns their keys there. Each acts on the
list shown at that moment (a screen may hold more than one, e.g. Departments and People), and is
greyed where the screen on view has nothing of the kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from icdesk.ui.list_screen import ListScreen


class ActionMaker(Protocol):
    def __call__(self, text: str, slot: Callable[[], object],
                 keys: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction: ...


def list_on_view(screen: QWidget | None) -> ListScreen | None:
    """The list a person sees on ``screen``: the screen itself, or the list on its tab on view."""
    if isinstance(screen, ListScreen):
        return screen
    if screen is None:
        return None
    shown = [child for child in screen.findChildren(ListScreen) if child.isVisibleTo(screen)]
    return shown[0] if shown else None


def printer_of(screen: QWidget | None) -> Callable[[], None] | None:
    """What Print does on ``screen``: its own ``print_current`` (a document, the selected request)."""
    for candidate in (screen, list_on_view(screen)):
        printing = getattr(candidate, "print_current", None)
        if callable(printing):
            return printing  # type: ignore[no-any-return]
    return None


class ListActions:
    """New, Find, Export and Print of the window, following the screen on view."""

    def __init__(self, current: Callable[[], QWidget | None], action: ActionMaker, file_menu: QMenu,
                 edit_menu: QMenu, before: QAction) -> None:
        self.current = current
        translate = QCoreApplication.translate
        self.new_action = action(translate("ListActions", "&New\u2026"), self.on_list(lambda shown: shown.new_item()),
                                 QKeySequence.StandardKey.New)
        self.find_action = action(translate("ListActions", "&Find"), self.on_list(lambda shown: shown.focus_search()),
                                  QKeySequence.StandardKey.Find)
        self.export_action = action(translate("ListActions", "&Export list as CSV\u2026"),
                                    self.on_list(lambda shown: shown.export_csv()), None)
        self.print_action = action(translate("ListActions", "&Print\u2026"), self.print_current,
                                   QKeySequence.StandardKey.Print)
        edit_menu.addAction(self.new_action)
        edit_menu.addAction(self.find_action)
        file_menu.insertAction(before, self.export_action)
        file_menu.insertAction(before, self.print_action)
        file_menu.insertSeparator(before)
        self.update()

    def update(self) -> None:
        """Grey what the screen on view cannot do (a disabled action's shortcut does nothing)."""
        screen = self.current()
        shown = list_on_view(screen)
        for act in (self.new_action, self.find_action, self.export_action):
            act.setEnabled(shown is not None)
        self.print_action.setEnabled(printer_of(screen) is not None)

    def on_list(self, act: Callable[[ListScreen], None]) -> Callable[[], None]:
        """``act`` on the list on view when the action is triggered (none on view: nothing)."""

        def run() -> None:
            shown = list_on_view(self.current())
            if shown is not None:
                act(shown)

        return run

    def print_current(self) -> None:
        printing = printer_of(self.current())
        if printing is not None:
            printing()
