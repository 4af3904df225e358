"""Combo boxes that pick departments, people and enum values, filled from the services."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QSizePolicy

from icdesk.domain.errors import DomainError
from icdesk.services import Services
from icdesk.ui.changes import Refresher
from icdesk.ui.formatting import ui_label

MOST_CHARS = 30  # the widest a filter grows, in characters of its font


def _combo() -> QComboBox:
    """A combo box sized by a typical entry, not its longest one, so filter rows fit 1280 px."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


def shrinkable(combo: QComboBox, chars: int = 8) -> QComboBox:
    """A filter that shows its whole choice ("Any breakdown point") where the row has room, and
    gives way down to ``chars`` characters where it has not (a 1024-pixel screen, long Russian
    labels): as wide as its longest entry, as narrow as a few letters."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Preferred, combo.sizePolicy().verticalPolicy())
    # an explicit minimum is what a layout shrinks it to, below the longest entry's width
    combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance("x" * chars) + 36)
    return capped(combo)


def capped(combo: QComboBox, chars: int = MOST_CHARS) -> QComboBox:
    """A filter as wide as its longest entry, up to ``chars`` characters: one department of 110 letters
    stretched every "All departments" filter across the window. Its list still shows each name whole."""
    combo.setMaximumWidth(combo.fontMetrics().horizontalAdvance("x" * chars) + 36)
    view = combo.view()
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setMinimumWidth(0)
    combo.model().rowsInserted.connect(lambda *_: _widen_list(combo))
    combo.model().modelReset.connect(lambda: _widen_list(combo))
    _widen_list(combo)
    return combo


def _widen_list(combo: QComboBox) -> None:
    """The open list as wide as its longest name (up to the screen's width), wider than the box."""
    view = combo.view()
    widest = max((combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    screen = combo.screen()
    room = screen.availableGeometry().width() - 40 if screen is not None else widest + 40
    view.setMinimumWidth(min(widest + 40, room))


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(0, index))


def _live(combo: QComboBox, services: Services, tables: set[str], items: Callable[[], list[tuple[str, object]]],
          none_text: str | None) -> QComboBox:
    """Fill ``combo`` now and again whenever a commit changes ``tables``, keeping the choice made."""

    def fill() -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if none_text is not None:
            combo.addItem(none_text, None)
        for text, data in items():
            combo.addItem(text, data)
        _select(combo, chosen)
        combo.blockSignals(False)
        if combo.currentData() != chosen:  # the chosen record is gone: say so to whoever listens
            combo.currentIndexChanged.emit(combo.currentIndex())

    fill()
    Refresher(combo, services, tables, fill, loaded=True)
    return combo


def department_combo(services: Services, none_text: str | None = None, current: int | None = None,
                     include: int | None = None) -> QComboBox:
    """Active departments; ``include`` keeps an archived one that a record still points to."""

    def items() -> list[tuple[str, object]]:
        return [(d.name, d.id) for d in services.departments.list(include_archived=include is not None)
                if not d.archived or d.id == include]

    combo = _live(_combo(), services, {"departments"}, items, none_text)
    _select(combo, current)
    return combo


def person_combo(services: Services, none_text: str | None = None, current: int | None = None,
                 department_id: int | None = None) -> QComboBox:
    """People still here; ``current``, the one a record names, stays listed after they have left,
    marked so: a form saved for a typo no longer clears the head, owner or trainer who left."""

    def items() -> list[tuple[str, object]]:
        listed: list[tuple[str, object]] = [
            (f"{p.full_name} ({p.department_name})" if p.department_name else p.full_name, p.id)
            for p in services.people.list(department_id=department_id)]
        if current is not None and all(data != current for _text, data in listed):
            listed.append((left_label(services, current), current))
        return listed

    combo = _live(_combo(), services, {"people", "departments"}, items, none_text)
    _select(combo, current)
    return combo


def left_label(services: Services, person_id: int) -> str:
    """How a person who has left is named where a record still points to them: "Roberto Bruno (left)"."""
    try:
        name = services.people.get(person_id).full_name
    except DomainError:
        name = "?"
    return QCoreApplication.translate("Pickers", "{name} (left)").format(name=name)


def keep_chosen(combo: QComboBox, services: Services, person_id: int | None) -> None:
    """A record's person who has left, listed and chosen in a combo filled with people still here."""
    if person_id is not None and combo.findData(person_id) < 0:
        combo.addItem(left_label(services, person_id), person_id)
    _select(combo, person_id)


def enum_combo(values: Iterable[Enum], current: Enum | None = None, none_text: str | None = None) -> QComboBox:
    combo = _combo()
    if none_text is not None:
        combo.addItem(none_text, None)
    for value in values:
        combo.addItem(ui_label(value), value)
    _select(combo, current)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    _select(combo, value)
