"""Acknowledgements, training, ideas, the loop view and thanks, driven through their widgets."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from icdesk.app import open_services
from icdesk.domain.enums import AckMethod, AckState, ActionStatus, IdeaStatus, PersonKind, RequestStatus, StandardStatus
from icdesk.services import Services
from icdesk.services.acknowledgements import AckDraft
from icdesk.services.requests import RequestDraft
from icdesk.services.standards import StandardContent
from icdesk.ui.dialogs.acknowledgement import AcknowledgementDialog, SignSheetDialog
from icdesk.ui.dialogs.idea import IdeaDialog
from icdesk.ui.dialogs.loop import ActionDialog, RecognitionDialog, RevisionDialog
from icdesk.ui.dialogs.request_detail import RequestDialog
from icdesk.ui.dialogs.training import CrossTrainingDialog, TrainingDialog
from icdesk.ui.forms import FormDialog
from icdesk.ui.main_window import MainWindow
from icdesk.ui.screens.acknowledgements import AcknowledgementsScreen
from icdesk.ui.screens.ideas import IdeasScreen
from icdesk.ui.screens.training import TrainingScreen
from tests.gui_helpers import answer_message_box, type_text, when_modal
from tests.helpers import demo_file, put_in_force


@pytest.fixture
def org(services: Services) -> dict[str, int]:
    """IT's 'PMS access' is in force and Front Office must read it too."""
    ids = {name: services.departments.create(name).id for name in ("IT", "Front Office")}
    for key, name, dept in (("laura", "Laura Colombo", "IT"), ("alexei", "Алексей Кузнецов", "IT"),
                            ("giulia", "Giulia Rossi", "Front Office"), ("marco", "Marco Bianchi", "Front Office")):
        ids[key] = services.people.create(name, department_id=ids[dept]).id
    ids["manager"] = services.people.create("Alessandro Ferrari", kind=PersonKind.OWNER).id
    draft = services.standards.create(ids["IT"], StandardContent(title="PMS access", steps=["Log", "Fix"]),
                                      reader_ids=[ids["Front Office"]])
    version = put_in_force(services, draft.id)
    ids["std"], ids["v1"] = version.standard_id, version.id
    return ids


def window_on(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(open_services(path), settings=QSettings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


@pytest.fixture
def hotel(tmp_path: Path) -> Path:
    path = demo_file(tmp_path)
    return path


def test_the_dashboard_figure_opens_who_still_has_to_sign(qtbot: QtBot, hotel: Path) -> None:
    window = window_on(qtbot, hotel)
    figures = window.services.reporting.dashboard()
    assert figures.acknowledgements_outdated > 0 and figures.acknowledgements_missing > 0
    tile = window.dashboard.tiles["acknowledgements"]
    assert tile.value.text() == str(figures.still_to_sign)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.current_screen_key() == "acknowledgements"
    screen = window.acknowledgements_screen
    model = screen.table_model
    cells = [model.cell_at(r, c) for r in range(model.rowCount()) for c in range(2, model.columnCount())]
    states = [c.state for c in cells if c is not None]
    assert states.count(AckState.MISSING) == figures.acknowledgements_missing
    assert states.count(AckState.OUTDATED) == figures.acknowledgements_outdated
    assert f"{figures.acknowledgements_outdated} outdated" in screen.summary.text()
    # the reviews tile lists the standards whose review is near or past
    window.show_screen("dashboard")
    qtbot.mouseClick(window.dashboard.tiles["reviews"], Qt.MouseButton.LeftButton)
    assert window.current_screen_key() == "standards" and window.standards_screen.review_due.isChecked()
    assert window.standards_screen.table_model.rowCount() == figures.reviews_due
    window.services.close()


def test_the_grid_shows_current_outdated_and_missing_and_records_one(qtbot: QtBot, services: Services,
                                                                      org: dict[str, int]) -> None:
    services.acknowledgements.record(AckDraft(org["giulia"], org["v1"], method=AckMethod.SIGNED_SHEET))
    screen = AcknowledgementsScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.department.setCurrentIndex(screen.department.findData(org["Front Office"]))
    model = screen.table_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Giulia Rossi", "Marco Bianchi"]
    assert model.index(0, 2).data().startswith("\u2713") and model.index(1, 2).data() == "\u2717 missing"
    assert "1 of 2 current (50%)" in screen.summary.text()
    screen.table.setCurrentIndex(model.index(1, 2))

    def record(dialog: QWidget) -> None:
        assert isinstance(dialog, AcknowledgementDialog)
        dialog.method.setCurrentIndex(dialog.method.findData(AckMethod.IN_PERSON))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(record)
    screen.open_current()
    assert errors == []
    assert model.index(1, 2).data().startswith("\u2713")  # the change notification redrew the grid
    [marco] = services.acknowledgements.records(person_id=org["marco"])
    assert marco.method is AckMethod.IN_PERSON


def test_a_returned_signed_sheet_is_entered_in_one_pass(qtbot: QtBot, services: Services,
                                                         org: dict[str, int]) -> None:
    services.acknowledgements.record(AckDraft(org["laura"], org["v1"]))
    dialog = SignSheetDialog(services, org["IT"])
    qtbot.addWidget(dialog)
    dialog.show()
    grid = dialog.grid
    assert (grid.rowCount(), grid.columnCount()) == (2, 1)
    assert grid.item(0, 0).text() == "\u2713" and grid.tickable(0, 0) is None  # Laura has signed already
    assert not dialog.save_button.isEnabled()
    grid.toggle_column(0)
    assert dialog.count.text() == "1 line ticked" and dialog.save_button.isEnabled()
    dialog.department.setCurrentIndex(dialog.department.findData(org["Front Office"]))
    grid.toggle_row(1)
    grid.toggle_column(0)
    assert dialog.count.text() == "2 lines ticked"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    records = services.acknowledgements.records()
    assert sorted(r.person_name for r in records) == ["Giulia Rossi", "Laura Colombo", "Marco Bianchi"]
    assert {r.method for r in records if r.person_name != "Laura Colombo"} == {AckMethod.SIGNED_SHEET}


def test_a_training_session_whose_attendance_records_acknowledgements(qtbot: QtBot, services: Services,
                                                                       org: dict[str, int]) -> None:
    screen = TrainingScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.stack.currentIndex() == 1  # nothing yet: what the screen is for

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, TrainingDialog)
        type_text(qtbot, dialog.topic, "PMS password reset for the night shift")
        dialog.department.setCurrentIndex(dialog.department.findData(org["IT"]))
        dialog.trainer.setCurrentIndex(dialog.trainer.findData(org["laura"]))
        for person in ("giulia", "marco"):
            dialog.attendees.set_checked(org[person])
        dialog.standards.set_checked(org["v1"])
        dialog.duration.setValue(90)
        dialog.acknowledge.setChecked(True)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(fill)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert errors == []
    [row] = screen.table_model.rows
    assert (row.topic, row.people, row.duration_minutes) == ("PMS password reset for the night shift",
                                                             ("Giulia Rossi", "Marco Bianchi"), 90)
    assert screen.table_model.index(0, 4).data() == "2 attendees"
    assert screen.table_model.index(0, 1).data() == f"#{row.id} \u00b7 PMS password reset for the night shift"
    assert screen.count_label.text() == "2 acknowledgements recorded from the attendance."
    assert {r.training_topic for r in services.acknowledgements.records()} == {"PMS password reset for the night "
                                                                               "shift"}


def test_cross_training_is_recorded_and_shown_in_the_persons_history(qtbot: QtBot, services: Services,
                                                                      org: dict[str, int]) -> None:
    screen = TrainingScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.person.setCurrentIndex(screen.person.findData(org["giulia"]))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CrossTrainingDialog)
        assert dialog.person.currentData() == org["giulia"]  # the person the history is filtered on
        dialog.department.setCurrentIndex(dialog.department.findData(org["Front Office"]))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert "already works in Front Office" in dialog._errors["department"].text()
        dialog.department.setCurrentIndex(dialog.department.findData(org["IT"]))
        dialog.trainer.setCurrentIndex(dialog.trainer.findData(org["alexei"]))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(fill)
    qtbot.mouseClick(screen.cross_button, Qt.MouseButton.LeftButton)
    assert errors == []
    # the department learned stands beside it: the topic keeps to a word a small screen shows whole
    assert [(screen.table_model.index(0, c).data()) for c in (1, 2, 3, 4)] == [
        "Cross-training", "IT", "Алексей Кузнецов", "Giulia Rossi"]
    assert "Cross-training: service of IT" in screen.table_model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_propose_an_anonymous_idea_then_decline_it_with_a_reason(qtbot: QtBot, services: Services,
                                                                  org: dict[str, int]) -> None:
    screen = IdeasScreen(services)
    qtbot.addWidget(screen)
    screen.show()

    def propose(dialog: QWidget) -> None:
        assert isinstance(dialog, IdeaDialog)
        type_text(qtbot, dialog.title_edit, "Month-end lunch for IT and Front Office")
        dialog.departments.set_checked(org["IT"])
        assert not dialog.save_button.isEnabled()  # one department is not "between departments"
        dialog.departments.set_checked(org["Front Office"])
        dialog.author.setCurrentIndex(dialog.author.findData(org["giulia"]))
        dialog.anonymous.setChecked(True)
        assert not dialog.author.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(propose)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert errors == []
    [row] = screen.table_model.rows
    assert (row.anonymous, row.author_name, screen.table_model.index(0, 3).data()) == (True, "", "anonymous")

    dialog = IdeaDialog(services, row)
    qtbot.addWidget(dialog)
    dialog.show()

    def reason(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("The month-end is too busy for lunches.")
        box.accept()

    errors = when_modal(reason)
    qtbot.mouseClick(dialog.move_buttons[IdeaStatus.DECLINED], Qt.MouseButton.LeftButton)
    assert errors == []
    declined = services.ideas.get(row.id)
    assert (declined.status, declined.status_note) == (IdeaStatus.DECLINED, "The month-end is too busy for lunches.")
    assert screen.table_model.rows == []  # the board shows open ideas by default


def test_a_corrective_action_is_closed_by_revising_a_standard(qtbot: QtBot, services: Services,
                                                               org: dict[str, int]) -> None:
    action = services.actions.open("Night shift resets PMS passwords", services.actions.today() + timedelta(days=7),
                                   org["laura"], department_id=org["IT"])
    dialog = ActionDialog(services, action)
    qtbot.addWidget(dialog)
    dialog.show()

    def revise(revision: QWidget) -> None:
        assert isinstance(revision, RevisionDialog)
        assert revision.change_note.toPlainText() == "Night shift resets PMS passwords"
        revision.standard.setCurrentIndex(revision.standard.findData(org["std"]))
        qtbot.mouseClick(revision.save_button, Qt.MouseButton.LeftButton)

    opened: list[str] = []

    def draft(standard: QWidget) -> None:
        from icdesk.ui.dialogs.standard import StandardDialog

        assert isinstance(standard, StandardDialog)
        opened.append(standard.title_edit.text())
        standard.reject()

    errors = when_modal(revise)
    errors += when_modal(answer_message_box("Open the draft"), kind=QMessageBox)
    errors += when_modal(draft, kind=FormDialog)
    qtbot.mouseClick(dialog.revise_button, Qt.MouseButton.LeftButton)
    assert errors == [] and not dialog.isVisible()
    assert dialog.revision is not None and dialog.revision.status is StandardStatus.DRAFT
    assert opened == [dialog.revision.title]  # where the draft is finished: opened, not left to guess
    done = services.actions.get(action.id)
    assert (done.status, done.revision_number) == (ActionStatus.DONE, 2)
    assert done.outcome == "Standard revised: Night shift resets PMS passwords"


def test_closing_by_revision_keeps_the_forms_other_changes_and_meets_a_save_made_elsewhere(
        qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    """"Close by revising a standard…" closed both windows: the description, owner, due date and outcome
    typed in the action's window were dropped, and another window's save of the action was written over."""
    action = services.actions.open("Night shift resets PMS passwords", services.actions.today() + timedelta(days=7),
                                   org["laura"], department_id=org["IT"])
    dialog = ActionDialog(services, action)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.outcome, "Night auditors trained on the reset")
    dialog.description.setPlainText("Night shift resets PMS passwords itself")
    dialog.owner.setCurrentIndex(dialog.owner.findData(org["alexei"]))
    due = services.actions.today() + timedelta(days=21)
    dialog.due.setDate(due)
    seen: list[str] = []

    def revise(revision: QWidget) -> None:
        assert isinstance(revision, RevisionDialog)
        assert revision.outcome.toPlainText() == "Night auditors trained on the reset"
        revision.standard.setCurrentIndex(revision.standard.findData(org["std"]))
        qtbot.mouseClick(revision.save_button, Qt.MouseButton.LeftButton)
        seen.append(revision.banner.text() if revision.isVisible() else "")
        if revision.isVisible():
            revision.reject()

    # another window saves the action first: this one is told, and nothing of it is stored
    services.actions.update(action.id, action.description, action.due_on, action.owner_id, "Other window's outcome",
                            expected_version=action.version)
    errors = when_modal(revise)
    qtbot.mouseClick(dialog.revise_button, Qt.MouseButton.LeftButton)
    assert errors == [] and "someone else" in seen[0]
    kept = services.actions.get(action.id)
    assert (kept.status, kept.outcome) == (ActionStatus.OPEN, "Other window's outcome")
    assert dialog.outcome.toPlainText() == "Other window's outcome"  # what is saved now, shown: then made again
    dialog.outcome.setPlainText("Night auditors trained on the reset")
    dialog.description.setPlainText("Night shift resets PMS passwords itself")
    dialog.owner.setCurrentIndex(dialog.owner.findData(org["alexei"]))
    dialog.due.setDate(due)
    errors = when_modal(revise)
    errors += when_modal(answer_message_box("Cancel"), kind=QMessageBox)  # the draft: not now
    qtbot.mouseClick(dialog.revise_button, Qt.MouseButton.LeftButton)
    assert errors == [] and not dialog.isVisible()
    done = services.actions.get(action.id)
    assert (done.status, done.description, done.owner_id, done.due_on, done.outcome) == (
        ActionStatus.DONE, "Night shift resets PMS passwords itself", org["alexei"], due,
        "Night auditors trained on the reset")


def test_thank_who_handled_a_resolved_request(qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    request = services.requests.create(RequestDraft(title="Cannot log in", provider_id=org["IT"],
                                                    requester_id=org["giulia"], assignee_id=org["alexei"]))
    dialog = RequestDialog(services, request.row.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.thank_button.isEnabled()
    services.requests.transition(request.row.id, RequestStatus.IN_PROGRESS, actor_id=org["alexei"])
    services.requests.transition(request.row.id, RequestStatus.RESOLVED, actor_id=org["alexei"])
    dialog.reload()
    assert dialog.thank_button.isEnabled()

    def thank(form: QWidget) -> None:
        assert isinstance(form, RecognitionDialog)
        assert (form.to_person.currentData(), form.from_person.currentData()) == (org["alexei"], org["giulia"])
        type_text(qtbot, form.message, "Back in within minutes, спасибо!")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(thank)
    qtbot.mouseClick(dialog.thank_button, Qt.MouseButton.LeftButton)
    assert errors == []
    [thanks] = services.recognition.for_request(request.row.id)
    assert (thanks.to_name, thanks.from_name) == ("Алексей Кузнецов", "Giulia Rossi")
    assert "Thanks to Алексей Кузнецов from Giulia Rossi" in dialog.timeline.toPlainText()


def test_the_loop_view_shows_its_figures_and_each_stage(qtbot: QtBot, hotel: Path) -> None:
    window = window_on(qtbot, hotel)
    window.show_screen("loop")
    screen = window.screen_of("loop")
    figures = window.services.loop.figures()
    assert figures.acknowledged == 2  # the example hotel closed two loops
    assert screen.figures["to_acknowledged"].text() != "\u2013"  # type: ignore[attr-defined]
    model = screen.table_model  # type: ignore[attr-defined]
    complete = [r for r in model.rows if r.complete]
    assert {r.standard_title for r in complete} == {"Linen and gown restocking", "PMS access problems"}
    row = model.rows.index(complete[0])
    assert model.index(row, 6).data().startswith("\u2713")
    screen.open_only.setChecked(True)  # type: ignore[attr-defined]
    assert not any(r.complete for r in model.rows)
    window.services.close()


def test_print_who_still_has_to_sign_from_the_grid(qtbot: QtBot, hotel: Path) -> None:
    from tests.pdf_text import text

    window = window_on(qtbot, hotel)
    window.show_screen("acknowledgements")
    screen = window.acknowledgements_screen
    screen.department.setCurrentIndex(screen.department.findData(
        window.services.departments.find_by_name("Dining Room").id))
    with qtbot.waitSignal(window.reports_screen.generated, timeout=60_000) as signal:
        qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    body = text(Path(str(signal.args[0])))
    assert "Who still has to sign" in body and "Dining Room" in body and "Front Office" not in body
    window.services.close()


def test_an_action_opened_from_a_rating_shows_the_rating_it_follows_up(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtWidgets import QLabel

    from icdesk.services.feedback import FeedbackDraft

    kitchen = services.departments.create("Cucina").id
    reception = services.departments.create("Reception").id
    rating = services.feedback.give(FeedbackDraft(2, department_id=kitchen, author_department_id=reception,
                                                  comment="Il menù per gli allergici arriva sempre tardi"))
    dialog = ActionDialog(services, feedback_id=rating.id, department_id=kitchen)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
    assert "Cucina rated 2 / 5 by Reception" in shown
    assert "Il menù per gli allergici arriva sempre tardi" in shown


def test_a_long_standard_title_is_read_whole_in_the_grids_heading(qtbot: QtBot, services: Services) -> None:
    """"Reparación de averías en cámaras frigoríficas y hornos (1)" lost its first line and its version
    (the heading stood three lines high, the title needed four)."""
    from PySide6.QtCore import QRect

    kitchen = services.departments.create("Cocina").id
    services.people.create("Begoña Ruiz", department_id=kitchen)
    title = "Reparación de averías en cámaras frigoríficas y hornos"
    put_in_force(services, services.standards.create(kitchen, StandardContent(title=title, steps=["Avisar"])).id)
    screen = AcknowledgementsScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    header = screen.table.horizontalHeader()
    metrics = header.fontMetrics()
    needed = metrics.boundingRect(QRect(0, 0, header.sectionSize(2) - 8, 10_000), int(Qt.TextFlag.TextWordWrap),
                                  f"{title} (1)").height()
    assert needed > 3 * metrics.lineSpacing() and header.height() >= needed
    sheet = SignSheetDialog(services, kitchen)
    qtbot.addWidget(sheet)
    sheet.show()
    grid_header = sheet.grid.horizontalHeader()
    assert grid_header.height() >= grid_header.fontMetrics().boundingRect(
        QRect(0, 0, grid_header.sectionSize(0) - 8, 10_000), int(Qt.TextFlag.TextWordWrap), f"{title} (1)").height()


def test_a_session_still_to_come_cannot_be_ticked_to_record_acknowledgements(qtbot: QtBot, services: Services,
                                                                             org: dict[str, int]) -> None:
    """Ticked for a session planned next week, Save was refused by a message below the visible part of the
    form: the dialog stayed open and nothing seemed to happen."""
    dialog = TrainingDialog(services, department_id=org["IT"])
    qtbot.addWidget(dialog)
    dialog.show()
    today = services.training.today()
    dialog.held_on.setDate(today + timedelta(days=7))
    assert not dialog.acknowledge.isEnabled() and not dialog.acknowledge.isChecked()
    assert dialog.acknowledge.toolTip() == "Tick this once the session has been held."
    dialog.held_on.setDate(today)
    assert dialog.acknowledge.isEnabled()


def test_a_refusal_under_a_field_out_of_view_is_scrolled_into_view(qtbot: QtBot, services: Services,
                                                                  org: dict[str, int]) -> None:
    from icdesk.domain.errors import ValidationError

    dialog = TrainingDialog(services, department_id=org["IT"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(dialog.width(), 320)  # a small screen: the last fields below the visible part
    area = dialog.fields_area
    box = dialog._errors["record_acknowledgements"].parentWidget()

    def in_view() -> bool:
        top = box.mapTo(area.viewport(), box.rect().topLeft()).y()
        return 0 <= top and top + box.height() <= area.viewport().height()

    qtbot.waitUntil(lambda: not in_view())
    dialog.show_error(ValidationError("A session still to come cannot record acknowledgements; record them once "
                                      "it has been held.", field="record_acknowledgements"))
    qtbot.waitUntil(in_view)


def test_moving_an_idea_on_keeps_what_was_typed_in_its_window(qtbot: QtBot, services: Services,
                                                              org: dict[str, int]) -> None:
    """A reworded description, then "Start a trial…": the window closed on the move and the rewording was
    gone, without the question every other window asks."""
    from PySide6.QtWidgets import QInputDialog

    from icdesk.domain.enums import IdeaStatus
    from icdesk.services.ideas import IdeaDraft

    idea = services.ideas.propose(IdeaDraft("Shared arrivals board", "A board at the desk",
                                            [org["IT"], org["Front Office"]]))
    dialog = IdeaDialog(services, idea)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setPlainText("A board at the desk and in the linen room")

    def note(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("Four weeks in the linen room")
        box.accept()

    errors = when_modal(note)
    qtbot.mouseClick(dialog.move_buttons[IdeaStatus.UNDER_TRIAL], Qt.MouseButton.LeftButton)
    assert errors == [] and not dialog.isVisible()
    moved = services.ideas.get(idea.id)
    assert (moved.status, moved.description) == (IdeaStatus.UNDER_TRIAL, "A board at the desk and in the linen room")


def test_the_acknowledgement_figures_stand_on_one_line(qtbot: QtBot, services: Services,
                                                       org: dict[str, int]) -> None:
    """Italian at 1366 pixels: "0 su 5 in regola (0%) · 0 superate · 5" over "mancanti", beside room to spare."""
    from icdesk.ui.language import apply_language
    from tests.gui_helpers import window_showing

    try:
        window = window_showing(qtbot, services, "acknowledgements", (1366, 768), "it")
        summary = window.screens["acknowledgements"].summary
        qtbot.waitUntil(lambda: "in regola" in summary.text()
                        and summary.width() >= summary.fontMetrics().horizontalAdvance(summary.text()))
        assert summary.height() < 2 * summary.fontMetrics().lineSpacing()
    finally:
        apply_language("en")
