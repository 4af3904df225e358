"""A new manager's first day in the real window (issue: "A first day without a stumble"): each
fault they hit, reproduced with real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QStyleOptionViewItem, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from icdesk.app import open_services
from icdesk.ui.dialogs.organisation import DepartmentDialog
from icdesk.ui.main_window import MainWindow
from icdesk.ui.screens.loop import FeedbackScreen
from tests.gui_helpers import answer_message_box, when_modal
from tests.helpers import demo_file, put_in_force


def window_on(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(open_services(path), opener=open_services, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    return window


def test_typing_into_a_new_form_never_presses_cancel(qtbot: QtBot, tmp_path: Path) -> None:
    """Ctrl+N, type a name with spaces: the text lands in the first field, the form stays open."""
    window = window_on(qtbot, tmp_path / "first.sqlite")
    window.show_screen("organisation")
    typed: list[str] = []

    def type_name(dialog: QWidget) -> None:
        assert isinstance(dialog, DepartmentDialog)
        focused = dialog.focusWidget()  # the dialog's own focus: where the keyboard goes once it is active
        assert focused is dialog.name
        qtbot.keyClicks(focused, "Amministrazione e Contabilita")
        typed.append(dialog.name.text())
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(type_name)
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # focus on the left bar
    assert errors == []
    assert typed == ["Amministrazione e Contabilita"]
    assert [d.name for d in window.services.departments.list()] == ["Amministrazione e Contabilita"]
    window.services.close()


def test_closing_a_form_with_typed_text_always_asks(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path / "ask.sqlite")
    dialog = DepartmentDialog(window.services, parent=window)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Spa")
    errors = when_modal(answer_message_box("Cancel"))  # "Discard changes?" -> keep editing
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert errors == [] and dialog.isVisible() and dialog.name.text() == "Spa"
    window.services.close()


def test_list_shortcuts_work_after_a_click_on_the_left_bar(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path / "keys.sqlite")
    window.services.departments.create("IT")
    window.show_screen("organisation")
    departments = window.screen_of("organisation").departments  # type: ignore[attr-defined]
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is departments.search
    qtbot.keyClicks(departments.search, "I")
    qtbot.keyClick(departments.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is departments.table  # Tab goes from the search to the rows
    # Ctrl+2 switches to the requests; Ctrl+1 back to the dashboard
    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen_key() == "requests"
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen_key() == "dashboard"
    window.services.close()


def test_search_box_edits_are_not_taken_by_list_shortcuts(qtbot: QtBot, tmp_path: Path) -> None:
    """Delete in the search box deletes a character; it does not archive the selected row."""
    window = window_on(qtbot, tmp_path / "del.sqlite")
    window.services.departments.create("IT")
    window.show_screen("organisation")
    departments = window.screen_of("organisation").departments  # type: ignore[attr-defined]
    search: QLineEdit = departments.search
    search.setFocus()
    qtbot.keyClicks(search, "IT")
    qtbot.keyClick(search, Qt.Key.Key_Home)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "T"
    assert [d.name for d in window.services.departments.list()] == ["IT"]
    window.services.close()


def test_the_requester_who_answered_a_question_can_still_rate(qtbot: QtBot, tmp_path: Path) -> None:
    """Ivan logs a request, IT waits on him, Ivan answers ("Answer received" done by Ivan), IT
    resolves: Ivan rates it. Only the provider's people who handled it are barred."""
    from icdesk.domain.enums import RequestStatus as S
    from icdesk.services.requests import RequestDraft
    from icdesk.ui.dialogs.loop import FeedbackDialog
    from icdesk.ui.dialogs.request_detail import RequestDialog

    services = open_services(tmp_path / "rate.sqlite")
    it, sales = services.departments.create("IT"), services.departments.create("Sales")
    ivan = services.people.create("Ivan Petrov", department_id=sales.id)
    laura = services.people.create("Laura Colombo", department_id=it.id)
    rid = services.requests.create(RequestDraft(title="New laptop", provider_id=it.id, requester_id=ivan.id,
                                                assignee_id=laura.id), actor_id=ivan.id).row.id
    dialog = RequestDialog(services, rid)
    qtbot.addWidget(dialog)
    dialog.show()
    for target, actor in ((S.IN_PROGRESS, laura.id), (S.WAITING, laura.id), (S.IN_PROGRESS, ivan.id),
                          (S.RESOLVED, laura.id)):
        dialog.actor.setCurrentIndex(dialog.actor.findData(actor))
        qtbot.mouseClick(dialog.move_buttons[target], Qt.MouseButton.LeftButton)
    assert services.requests.get(rid).row.status is S.RESOLVED
    feedback = FeedbackDialog(services, request=services.requests.get(rid).row)
    qtbot.addWidget(feedback)
    feedback.show()
    feedback.rating.setCurrentIndex(feedback.rating.findData(4))
    feedback.author.setCurrentIndex(feedback.author.findData(ivan.id))
    qtbot.mouseClick(feedback.save_button, Qt.MouseButton.LeftButton)
    assert not feedback.banner.isVisible()
    assert [(f.rating, f.author_name) for f in services.feedback.list()] == [(4, "Ivan Petrov")]
    services.close()


def test_done_by_is_remembered_per_data_file(qtbot: QtBot, tmp_path: Path) -> None:
    """Person number 1 is Ivan in one file and Maria in another: the other file must not preselect
    Maria, whose name would then enter the append-only history by mistake."""
    from icdesk.services.requests import RequestDraft
    from icdesk.ui.dialogs.request_detail import RequestDialog

    def open_request(path: Path, person: str) -> tuple[RequestDialog, int]:
        services = open_services(path)
        dept = services.departments.create("IT")
        person_id = services.people.create(person, department_id=dept.id).id
        asking = services.departments.create("Front office")
        rid = services.requests.create(RequestDraft(title="Printer", provider_id=dept.id,
                                                    requester_department_id=asking.id)).row.id
        dialog = RequestDialog(services, rid)
        qtbot.addWidget(dialog)
        return dialog, person_id

    first, ivan = open_request(tmp_path / "a.sqlite", "Ivan Petrov")
    first.actor.setCurrentIndex(first.actor.findData(ivan))
    second, maria = open_request(tmp_path / "b.sqlite", "Maria Rossi")
    assert maria == ivan  # the same number in both files
    assert second.actor.currentData() is None
    again = RequestDialog(first.services, first.request_id)
    qtbot.addWidget(again)
    assert again.actor.currentData() == ivan
    first.services.close()
    second.services.close()


def test_request_search_finds_details_notes_and_names_and_says_when_nothing_matches(
        qtbot: QtBot, tmp_path: Path) -> None:
    from icdesk.services.requests import RequestDraft
    from icdesk.ui.screens.requests import RequestsScreen

    services = open_services(tmp_path / "search.sqlite")
    it, acc = services.departments.create("IT"), services.departments.create("Contabilità")
    anna = services.people.create("Anna Romano", department_id=acc.id)
    laura = services.people.create("Laura Colombo", department_id=it.id)
    printer = services.requests.create(RequestDraft(title="Printer jam", provider_id=it.id, requester_id=anna.id,
                                                    description="Stampante del secondo piano"))
    vpn = services.requests.create(RequestDraft(title="VPN", provider_id=it.id, requester_department_id=acc.id,
                                                assignee_id=laura.id))
    services.requests.add_note(vpn.row.id, "Token scaduto: rinnovato")
    screen = RequestsScreen(services)
    qtbot.addWidget(screen)
    screen.show()

    def search(text: str) -> list[int]:
        screen.search.setText(text)
        qtbot.waitUntil(lambda: not screen._search_timer.isActive())
        return sorted(r.id for r in screen.request_model.rows)

    assert search("secondo piano") == [printer.row.id]  # the details
    assert search("scaduto") == [vpn.row.id]  # a note in the history
    assert search("anna") == [printer.row.id]  # who asked
    assert search("Colombo") == [vpn.row.id]  # who works on it
    assert search("contab") == sorted([printer.row.id, vpn.row.id])  # the asking department
    assert search("no such thing") == []
    assert screen.stack.currentWidget() is screen.no_match and screen.no_match.isVisible()
    qtbot.mouseClick(screen.no_match.button, Qt.MouseButton.LeftButton)
    assert screen.search.text() == "" and screen.request_model.total == 2
    # a filtered list emptied by closing its last request says "nothing matches", not the intro
    screen.status.setCurrentIndex(screen.status.findData("open"))
    from icdesk.domain.enums import RequestStatus as S
    for rid in (printer.row.id, vpn.row.id):
        services.requests.transition(rid, S.CANCELLED, note="Duplicate of another request.")
    assert screen.request_model.total == 0 and screen.stack.currentWidget() is screen.no_match
    services.close()


def test_printing_a_request_opens_over_it_and_leaves_no_files_behind(qtbot: QtBot, tmp_path: Path,
                                                                    monkeypatch: object) -> None:
    import tempfile

    from icdesk.services.requests import RequestDraft
    from icdesk.ui.dialogs.preview import PreviewDialog
    from icdesk.ui.dialogs.request_detail import RequestDialog

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # type: ignore[attr-defined]
    window = window_on(qtbot, tmp_path / "print.sqlite")
    it, asking = window.services.departments.create("IT"), window.services.departments.create("Front office")
    rid = window.services.requests.create(RequestDraft(title="Printer", provider_id=it.id,
                                                       requester_department_id=asking.id)).row.id
    window.show_screen("requests")
    dialog = RequestDialog(window.services, rid, window)
    dialog.show()
    seen: list[str] = []

    def look(preview: QWidget) -> None:
        assert isinstance(preview, PreviewDialog)
        qtbot.waitUntil(lambda: preview.document.pageCount() > 0)
        seen.append(preview.windowTitle())
        assert preview.path.exists() and str(preview.path).startswith(str(temp))
        preview.close_button.click()

    errors = when_modal(look)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen) or bool(errors), timeout=60000)
    assert errors == [] and seen == [f"Request #{rid}"]
    assert window.current_screen_key() == "requests"  # the screen behind stayed where it was
    assert list(temp.iterdir()) == []  # the printout's folder went with it
    dialog.close()
    window.services.close()


def test_the_resolved_figure_opens_the_requests_it_counts(qtbot: QtBot, tmp_path: Path) -> None:
    path = demo_file(tmp_path)
    window = window_on(qtbot, path)
    figures = window.services.reporting.dashboard()
    qtbot.mouseClick(window.dashboard.tiles["resolved"], Qt.MouseButton.LeftButton)
    screen = window.requests_screen
    assert window.current_screen_key() == "requests"
    assert screen.request_model.total == figures.resolved_30d
    assert screen.preset.isVisible() and "Resolved since" in screen.preset.label.text()
    qtbot.mouseClick(screen.preset.findChild(QToolButton), Qt.MouseButton.LeftButton)
    assert screen.request_model.total == window.services.requests.count()
    window.services.close()


def test_the_rating_figure_opens_the_ratings_it_averages(qtbot: QtBot, tmp_path: Path) -> None:
    path = demo_file(tmp_path)
    window = window_on(qtbot, path)
    figures = window.services.reporting.dashboard()
    qtbot.mouseClick(window.dashboard.tiles["rating"], Qt.MouseButton.LeftButton)
    screen = window.screen_of("feedback")
    assert isinstance(screen, FeedbackScreen) and window.current_screen_key() == "feedback"
    assert screen.table_model.total == figures.ratings_30d < window.services.feedback.count()
    assert screen.preset.isVisible() and "Given since" in screen.preset.label.text()
    qtbot.mouseClick(screen.preset.findChild(QToolButton), Qt.MouseButton.LeftButton)
    assert screen.table_model.total == window.services.feedback.count() and not screen.preset.isVisible()
    window.services.close()


def test_a_not_planned_date_opens_its_calendar_on_this_month(qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate, QPoint

    from icdesk.ui.forms import date_edit

    edit = date_edit(None, optional=True, blank="Not planned")
    qtbot.addWidget(edit)
    edit.show()
    assert edit.text() == "Not planned"
    calendar = edit.calendarWidget()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))  # the arrow
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert edit.text() == "Not planned"  # looking at the calendar chooses nothing


def test_a_new_step_opens_a_visible_editor_and_steps_are_numbered(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLineEdit

    from icdesk.ui.dialogs.standard import StandardDialog

    services = open_services(tmp_path / "steps.sqlite")
    it = services.departments.create("IT")
    dialog = StandardDialog(services, department_id=it.id)
    qtbot.addWidget(dialog)
    dialog.show()
    steps = dialog.steps
    qtbot.mouseClick(steps.add_button, Qt.MouseButton.LeftButton)
    editor = steps.list.findChild(QLineEdit)
    assert editor is not None and editor.isVisible() and editor.height() >= QLineEdit().sizeHint().height()
    qtbot.keyClicks(editor, "Log the request")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    steps.add_step("Call back", edit=False)
    assert steps.steps() == ["Log the request", "Call back"]  # the words, without their numbers
    option = QStyleOptionViewItem()
    steps.list.itemDelegate().initStyleOption(option, steps.list.model().index(1, 0))  # type: ignore[attr-defined]
    assert option.text == "2.  Call back"  # type: ignore[attr-defined]
    dialog.dirty = False
    services.close()


def test_a_new_version_changes_nothing_the_manager_did_not_change(qtbot: QtBot, tmp_path: Path) -> None:
    """The 15-minute target stays 15 minutes when only a change note is typed; the new version
    takes effect from today; the comparison shows the versions side by side."""
    from icdesk.services.standards import StandardContent
    from icdesk.ui.dialogs.compare_versions import CompareVersionsDialog
    from icdesk.ui.dialogs.standard import StandardDialog

    services = open_services(tmp_path / "versions.sqlite")
    front = services.departments.create("Front Office")
    v1 = services.standards.create(front.id, StandardContent(
        title="Guest complaint hand-over", steps=["Write it down", "Hand it over"], first_response_minutes=15,
        resolution_minutes=120))
    put_in_force(services, v1.id)
    dialog = StandardDialog(services, v1.standard_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.response.hours.value(), dialog.response.minutes_box.value()) == (0, 15)
    qtbot.mouseClick(dialog.new_version_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.change_note, "Clearer wording")
    dialog.steps.list.item(1).setText("Hand it over by phone and in the PMS")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    old, new = services.standards.versions(v1.standard_id)
    assert (new.first_response_minutes, new.resolution_minutes) == (15, 120)
    assert new.effective_on == services.ctx.today() and new.change_note == "Clearer wording"  # not v1's date
    compare = CompareVersionsDialog([old, new], 1, dialog)
    rows = [[compare.table.item(r, c).text() for c in range(3)] for r in range(compare.table.rowCount())]
    assert ["Step 2 \u2013 changed", "Hand it over", "Hand it over by phone and in the PMS"] in rows
    assert not any("removed" in row[0] or "added" in row[0] for row in rows)
    compare.close()
    services.close()


def test_the_intro_of_an_empty_list_is_shown_whole(qtbot: QtBot, tmp_path: Path) -> None:
    """The text of an empty list wrapped onto several lines was clipped at top and bottom."""
    window = window_on(qtbot, tmp_path / "empty.sqlite")
    for key in ("requests", "standards", "agreements", "feedback", "actions", "recognition"):
        window.show_screen(key)
        label = window.screen_of(key).empty.label  # type: ignore[attr-defined]
        assert label.isVisible() and label.height() >= label.heightForWidth(label.width()), key
    window.services.close()
