"""A screen reader can name everything a person can reach: every screen and every dialog opened
from them, on the example hotel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from icdesk.services import Services
from icdesk.ui.dialogs.welcome import WelcomeDialog
from icdesk.ui.list_screen import ListScreen
from icdesk.ui.main_window import MainWindow
from icdesk.ui.mnemonics import menu_letters
from icdesk.ui.screens.registry import SCREENS
from tests.accessibility_walk import dialogs_do_not_block, unnamed


def test_every_screen_and_dialog_names_every_control_and_gives_no_letter_twice(qtbot: QtBot, hotel: Services,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(hotel, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    with dialogs_do_not_block(monkeypatch) as walk:
        walk.audit("MainWindow", window)
        for spec in SCREENS:
            window.show_screen(spec.key)
            QApplication.processEvents()
            screen = window.screen_of(spec.key)
            walk.audit(type(screen).__name__, screen, menu_letters(window.menuBar()))
            if isinstance(screen, ListScreen):
                walk.depth = 1
                screen.new_item()
                screen.open_current()
                walk.depth = 0
            walk.press_all(screen)
        for action in (window.company_action, window.import_action, window.restore_action,
                       window.getting_started_action, window.shortcuts_action):
            walk.depth = 1
            action.trigger()
            walk.depth = 0
        walk.open_dialog(WelcomeDialog(hotel, window))
    report = "\n".join(f"{where}: {len(items)} without a name\n    " + "\n    ".join(items)
                       for where, items in sorted(walk.found.items()))
    total = sum(len(items) for items in walk.found.values())
    assert not walk.found, f"{total} controls a screen reader cannot name:\n{report}"
    # Alt+letter: no letter twice in one window (Alt would only cycle between the two)
    assert not walk.clashes, "\n".join(f"{where}: {letters}" for where, letters in sorted(walk.clashes.items()))
    # the walk did reach the dialogs it is meant to look at
    for name in ("RequestDialog", "RequestFormDialog", "StandardDialog", "RecognitionDialog", "CompanyDialog"):
        assert name in walk.seen, sorted(set(walk.seen))


def test_the_walk_sees_a_control_without_a_name(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    named, bare = QComboBox(), QComboBox()
    label = QLabel("&Department")
    label.setBuddy(named)
    for widget in (label, named, bare):
        layout.addWidget(widget)
    assert unnamed(root) == ["QComboBox showing=''"]


def test_a_form_field_is_named_by_its_label_and_says_it_is_required(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtWidgets import QLabel

    from icdesk.ui.dialogs.organisation import DepartmentDialog

    dialog = DepartmentDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    [label] = [lab for lab in dialog.findChildren(QLabel) if lab.buddy() is dialog.name]
    assert label.text().replace("&", "") == "Name *"  # the Alt+letter goes to the field itself
    assert (dialog.name.accessibleName(), dialog.name.accessibleDescription()) == ("Name", "Required")
