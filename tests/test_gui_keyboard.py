"""The whole window by keyboard, without traps: Tab leaves tables and date fields, the request
window's Tab order follows the eye, Ctrl+S saves a form, and New, Export and Print are in a menu
with their standard shortcuts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from icdesk.services import Services
from icdesk.services.request_writes import RequestDraft
from icdesk.ui.dialogs.agreement import AgreementDialog
from icdesk.ui.dialogs.request_detail import RequestDialog
from icdesk.ui.dialogs.request_form import RequestFormDialog
from icdesk.ui.forms import date_edit, to_date
from icdesk.ui.main_window import MainWindow
from icdesk.ui.mnemonics import assign_mnemonics, clashes, mnemonic_of
from tests.helpers import small_org


def shown_window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)
    shown_active(qtbot, window)  # key presses and shortcuts reach the active window only
    return window


def shown_active(qtbot: QtBot, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def focus_on(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_tab_from_a_list_leaves_the_table_instead_of_moving_cell_by_cell(qtbot: QtBot, hotel: Services) -> None:
    window = shown_window(qtbot, hotel)
    window.show_screen("requests")
    table = window.requests_screen.table
    assert table.model().rowCount() > 0
    focus_on(qtbot, table)
    column = table.currentIndex().column()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table, "Tab stayed in the table"
    assert table.currentIndex().column() == column  # the selection did not wander to the next cell


def test_tab_through_a_blank_optional_date_reaches_the_next_field(qtbot: QtBot, services: Services) -> None:
    small_org(services)
    dialog = AgreementDialog(services)
    qtbot.addWidget(dialog)
    shown_active(qtbot, dialog)
    review = dialog.review
    assert to_date(review) is None  # shows "not planned"
    focus_on(qtbot, review)
    qtbot.keyClick(review, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not review, "Tab stayed in the blank date"
    focus_on(qtbot, review)
    qtbot.keyClick(review, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is not review, "Shift+Tab stayed in the blank date"
    dialog.dirty = False


def test_tab_through_a_filled_date_reaches_the_next_field(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    before, when, after = QLineEdit(), date_edit(None, optional=True, blank="not planned"), QLineEdit()
    for widget in (before, when, after):
        layout.addWidget(widget)
    shown_active(qtbot, root)
    when.setDate(when.date().currentDate())
    focus_on(qtbot, when)
    qtbot.keyClick(when, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after


def test_the_request_window_tabs_through_the_moves_before_close(qtbot: QtBot, services: Services) -> None:
    org = small_org(services)
    request = services.requests.create(RequestDraft("Cannot log into the PMS", org["it"], requester_id=org["anna"]))
    dialog = RequestDialog(services, request.row.id)
    qtbot.addWidget(dialog)
    dialog.show()
    chain = [dialog.actor]
    while len(chain) < 40 and chain[-1].nextInFocusChain() is not dialog.actor:
        chain.append(chain[-1].nextInFocusChain())
    moves = [chain.index(button) for button in dialog.move_buttons.values()]
    assert moves, "no move buttons"
    assert max(moves) < chain.index(dialog.timeline) < chain.index(dialog.close_button)
    assert min(moves) == 1  # right after who makes the move


def test_ctrl_s_saves_a_new_request(qtbot: QtBot, services: Services) -> None:
    org = small_org(services)
    dialog = RequestFormDialog(services)
    qtbot.addWidget(dialog)
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    shown_active(qtbot, dialog)
    qtbot.keyClicks(dialog.title_edit, "New laptop for the front desk")
    dialog.provider.setCurrentIndex(dialog.provider.findData(org["it"]))
    dialog.requester.setCurrentIndex(dialog.requester.findData(org["anna"]))
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    still_open = dialog.isVisible()
    dialog.dirty = False  # a form left open must not ask "Discard changes?" when the test ends
    assert len(saved) == 1 and not still_open
    assert [r.title for r in services.requests.list()] == ["New laptop for the front desk"]


def test_ctrl_s_does_nothing_while_a_required_field_is_empty(qtbot: QtBot, services: Services) -> None:
    small_org(services)
    dialog = RequestFormDialog(services)
    qtbot.addWidget(dialog)
    shown_active(qtbot, dialog)
    qtbot.keyClicks(dialog.title_edit, "No provider yet")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and services.requests.list() == []
    dialog.dirty = False


def test_a_new_request_says_who_must_be_named_while_save_is_grey(qtbot: QtBot, services: Services) -> None:
    """Who asks is a person or a department, neither starred: with both starred fields filled and
    neither of them, Save stayed grey and the form said nothing at all."""
    org = small_org(services)
    dialog = RequestFormDialog(services)
    qtbot.addWidget(dialog)
    shown_active(qtbot, dialog)
    assert "What is needed" in dialog.missing.text() and "who is asking" in dialog.missing.text()
    qtbot.keyClicks(dialog.title_edit, "New laptop for the front desk")
    dialog.provider.setCurrentIndex(dialog.provider.findData(org["it"]))
    assert not dialog.save_button.isEnabled()
    assert dialog.missing.isVisible() and dialog.missing.text() == "Say who is asking: a person or a department."
    assert dialog.save_button.toolTip() == dialog.missing.text()
    dialog.requester.setCurrentIndex(dialog.requester.findData(org["anna"]))
    assert dialog.save_button.isEnabled() and not dialog.missing.isVisible()
    dialog.dirty = False


def test_a_form_on_a_company_open_read_only_says_so_as_it_opens(qtbot: QtBot, services: Services) -> None:
    """Before, the person typed a whole request and learnt only on Save that nothing could be saved."""
    from icdesk.app import open_services

    org = small_org(services)
    path = services.db.path
    assert path is not None
    services.close()
    looking = open_services(path, read_only=True)
    try:
        dialog = RequestFormDialog(looking)
        qtbot.addWidget(dialog)
        shown_active(qtbot, dialog)
        assert dialog.banner.isVisible() and "read-only" in dialog.banner.text()
        qtbot.keyClicks(dialog.title_edit, "New laptop for the front desk")
        dialog.provider.setCurrentIndex(dialog.provider.findData(org["it"]))
        dialog.requester.setCurrentIndex(dialog.requester.findData(org["anna"]))
        assert not dialog.save_button.isEnabled() and dialog.banner.isVisible()
        dialog.dirty = False
    finally:
        looking.close()


def menu_of(window: MainWindow, title: str) -> QMenu:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    assert isinstance(menu, QMenu)
    return menu


def action_named(menu: QMenu, text: str) -> QAction:
    return next(a for a in menu.actions() if a.text() == text)


def test_new_export_and_print_are_in_the_menus_with_their_shortcuts(qtbot: QtBot, hotel: Services) -> None:
    window = shown_window(qtbot, hotel)
    edit, file = menu_of(window, "&Edit"), menu_of(window, "&File")
    new, find = action_named(edit, "&New\u2026"), action_named(edit, "&Find")
    export, print_ = action_named(file, "&Export list as CSV\u2026"), action_named(file, "&Print\u2026")
    assert new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert print_.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    window.show_screen("dashboard")  # nothing to make, export or print there: greyed, not silent
    assert not new.isEnabled() and not export.isEnabled() and not print_.isEnabled()
    window.show_screen("requests")
    assert new.isEnabled() and export.isEnabled() and print_.isEnabled()
    window.show_screen("organisation")  # two lists on tabs: the one on view
    assert new.isEnabled() and export.isEnabled() and not print_.isEnabled()
    # and the page of shortcuts lists them, as the menus name them
    from icdesk.ui.dialogs.help import ShortcutsDialog

    shortcuts = ShortcutsDialog(window._actions, window)
    qtbot.addWidget(shortcuts)
    entries = dict(shortcuts.entries())
    assert entries["Ctrl+N"] == "New\u2026" and entries["Ctrl+P"] == "Print\u2026" and entries["Ctrl+S"]
    assert entries["F1"] == "Getting started"


def test_ctrl_n_opens_a_new_item_of_the_list_on_view(qtbot: QtBot, hotel: Services) -> None:
    from icdesk.ui.dialogs.organisation import PersonDialog
    from tests.gui_helpers import when_modal

    window = shown_window(qtbot, hotel)
    window.show_screen("organisation")
    organisation = window.screen_of("organisation")
    organisation.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]  # People
    opened: list[str] = []

    def look(dialog: QWidget) -> None:
        opened.append(type(dialog).__name__)
        assert isinstance(dialog, PersonDialog)
        dialog.dirty = False  # type: ignore[attr-defined]
        dialog.close()

    errors = when_modal(look)
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert errors == [] and opened == ["PersonDialog"]


def test_letters_are_given_without_a_clash_and_the_chosen_ones_are_kept(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    save, export, print_ = QPushButton("&Save"), QPushButton("&Export CSV"), QPushButton("&Print")
    second_save = QPushButton("&Send")  # translated text that asks for a letter already taken
    label, field = QLabel("Summary"), QLineEdit()
    label.setBuddy(field)
    for widget in (save, export, print_, second_save, label, field):
        layout.addWidget(widget)
    assign_mnemonics(root, taken={"f"})
    assert [mnemonic_of(w.text()) for w in (save, export, print_)] == ["s", "e", "p"]
    assert mnemonic_of(second_save.text()) not in {"s", "e", "p", "f", ""}
    assert mnemonic_of(label.text()) not in {"s", "e", "p", "f", mnemonic_of(second_save.text()), ""}
    assert clashes(root, {"f"}) == {}


def test_ctrl_s_saves_the_questions_of_a_round_while_they_are_on_view(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    from icdesk.services.surveys import RoundDraft
    from icdesk.ui.dialogs.survey import RoundWindow

    org = small_org(services, with_standard=False)
    today = services.ctx.today()
    survey = services.surveys.start(RoundDraft("Spring", today, today, True, [(org["it"], org["acc"])],
                                               services.surveys.default_questions()))
    window = RoundWindow(services, survey.id)
    qtbot.addWidget(window)
    shown_active(qtbot, window)
    window.tabs.setCurrentWidget(window.questions_page)
    window.question_table.setItem(0, 1, QTableWidgetItem("Does IT answer the phone?"))
    assert window.save_questions_button.isEnabled(), window.question_note.text()
    qtbot.keyClick(window.question_table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.surveys.questions(survey.id)[0].text == "Does IT answer the phone?"


def test_print_on_reports_before_a_document_is_made_says_what_to_do(qtbot: QtBot, hotel: Services) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.gui_helpers import when_modal

    window = shown_window(qtbot, hotel)
    window.show_screen("reports")
    print_ = action_named(menu_of(window, "&File"), "&Print\u2026")
    assert print_.isEnabled()
    told: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    errors = when_modal(read)
    print_.trigger()
    assert errors == []
    assert told and "Make the document" in told[0]


@pytest.mark.parametrize("shape,typed,meant", [
    ("dd/MM/yyyy", "01/01/2020", date(2020, 1, 1)), ("dd/MM/yyyy", "1/2/2020", date(2020, 2, 1)),
    ("dd/MM/yyyy", "31122027", date(2027, 12, 31)), ("dd.MM.yyyy", "1.2.2020", date(2020, 2, 1)),
    ("M/d/yyyy", "12/25/2027", date(2027, 12, 25)), ("yyyy-MM-dd", "2020-01-02", date(2020, 1, 2))])
def test_a_date_typed_over_the_whole_field_is_the_date_typed(qtbot: QtBot, shape: str, typed: str,
                                                               meant: date) -> None:
    """Ctrl+A and "01/01/2020" left 15/12/2026 as it was; typing into the parts gave "27/02/7"."""

    edit = date_edit(date(2026, 12, 15))
    edit.setDisplayFormat(shape)
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert to_date(edit) == meant


def test_every_screen_is_reached_from_the_keyboard(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.screens.registry import SCREENS

    window = shown_window(qtbot, services)
    window.show_screen(SCREENS[8].key)  # Ctrl+9 reaches this far; the six after it by Ctrl+Page Down
    focus_on(qtbot, window.nav)
    reached = []
    for _ in range(len(SCREENS) - 9 + 1):
        qtbot.keyClick(window.nav, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        reached.append(window.current_screen_key())
    assert reached == [spec.key for spec in SCREENS[9:]] + [SCREENS[0].key]  # past the last: the first again
    qtbot.keyClick(window.nav, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen_key() == SCREENS[-1].key
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+PgDown", "Ctrl+PgUp"} <= shortcuts  # listed under Help > Keyboard shortcuts
