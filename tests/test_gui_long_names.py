"""A department of a very long name does not stretch the filters that list it (found by a new manager:
one name of 110 letters spread every "All departments" filter across the window)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from icdesk.services import Services
from icdesk.ui.pickers import MOST_CHARS
from tests.gui_helpers import window_showing

LONG = "Lavaggio stoviglie, pentolame e attrezzature della cucina centrale e dei banchetti all'aperto del resort"


def test_filters_stay_their_width_and_their_lists_show_the_long_name_whole(qtbot: QtBot, services: Services) -> None:
    services.departments.create("Sala")
    services.departments.create(LONG)
    window = window_showing(qtbot, services, "requests", (1280, 800))
    screen = window.screens["requests"]
    provider = screen.provider
    assert isinstance(provider, QComboBox)
    cap = provider.fontMetrics().horizontalAdvance("x" * MOST_CHARS) + 36
    assert provider.width() <= cap < provider.fontMetrics().horizontalAdvance(LONG)
    assert provider.view().minimumWidth() >= provider.fontMetrics().horizontalAdvance(LONG)  # the list: whole
    checked = 0
    for key in ("organisation", "feedback", "actions"):
        window.show_screen(key)
        qtbot.wait(10)
        for combo in window.screens[key].findChildren(QComboBox):
            if combo.isVisible() and combo.findText(LONG) >= 0:
                assert combo.width() <= cap, (key, combo.accessibleName())
                checked += 1
    assert checked >= 2  # the department filters of those lists
