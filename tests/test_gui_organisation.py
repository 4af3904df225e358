"""Departments & People screen, driven through its real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from icdesk.services import Services
from icdesk.ui.dialogs.organisation import DepartmentDialog, PersonDialog
from icdesk.ui.screens.organisation import OrganisationScreen
from tests.gui_helpers import answer_message_box, type_text, when_modal


def table_texts(view: object, column: int = 0) -> list[str]:
    model = view.model()  # type: ignore[attr-defined]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_empty_screen_tells_what_to_do(qtbot: QtBot, services: Services) -> None:
    screen = OrganisationScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.departments.stack.currentWidget() is screen.departments.empty
    assert "Add your first department" in screen.departments.empty.label.text()


def test_create_a_department_through_its_dialog(qtbot: QtBot, services: Services) -> None:
    screen = OrganisationScreen(services)
    qtbot.addWidget(screen)
    screen.show()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, DepartmentDialog)
        assert not dialog.save_button.isEnabled()  # nothing typed yet
        type_text(qtbot, dialog.name, "Кухня & Bar")
        qtbot.keyClicks(dialog.description, "Cooks for the dining room")
        assert dialog.save_button.isEnabled()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(fill)
    qtbot.mouseClick(screen.departments.new_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert table_texts(screen.departments.table) == ["Кухня & Bar"]
    assert screen.departments.stack.currentIndex() == 0
    assert [d.name for d in services.departments.list()] == ["Кухня & Bar"]
    assert "Cooks for the dining room" in screen.departments.detail.toPlainText()


def test_duplicate_name_is_explained_next_to_the_field_and_nothing_is_saved(qtbot: QtBot,
                                                                            services: Services) -> None:
    services.departments.create("IT")
    dialog = DepartmentDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "it")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog._errors["name"]
    assert error.isVisible() and "already exists" in error.text()
    assert dialog.isVisible()
    assert [d.name for d in services.departments.list()] == ["IT"]
    dialog.dirty = False


def test_a_department_code_is_suggested_kept_and_checked_in_the_dialog(qtbot: QtBot, services: Services) -> None:
    services.departments.create("Housekeeping")
    dialog = DepartmentDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Laundry")
    qtbot.keyClicks(dialog.code, "hou")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog._errors["code"]
    assert error.isVisible() and "already has the code" in error.text()
    dialog.code.clear()  # no code typed: one is made from the name
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert {d.name: d.code for d in services.departments.list()} == {"Housekeeping": "HOU", "Laundry": "LAU"}


def test_emptied_required_field_disables_save_and_says_why(qtbot: QtBot, services: Services) -> None:
    dialog = DepartmentDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "HR")
    dialog.name.clear()
    assert not dialog.save_button.isEnabled()
    assert dialog._errors["name"].text() == "This field is required."
    dialog.dirty = False  # let the test close it without the discard question


def test_closing_with_unsaved_typing_asks_first(qtbot: QtBot, services: Services) -> None:
    dialog = DepartmentDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Housekeeping")
    errors = when_modal(answer_message_box("Cancel"))
    dialog.reject()
    assert errors == [] and dialog.isVisible()  # kept open, nothing lost
    errors = when_modal(answer_message_box("Discard"))
    dialog.reject()
    assert errors == [] and not dialog.isVisible()


def test_person_dialog_and_people_filter(qtbot: QtBot, services: Services) -> None:
    it = services.departments.create("IT")
    services.departments.create("HR")
    screen = OrganisationScreen(services)
    qtbot.addWidget(screen)
    dialog = PersonDialog(services, department_id=it.id)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.full_name, "Алексей Кузнецов")
    qtbot.keyClicks(dialog.email, "not-an-address")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "does not look like an e-mail" in dialog._errors["email"].text()
    dialog.email.setText("alexei@hotel.example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    screen.show()
    screen.tabs.setCurrentWidget(screen.people)
    # a person saved elsewhere appears in the list on screen without any refresh by hand
    services.people.create("Francesca Gallo", department_id=services.departments.find_by_name("HR").id)
    assert not dialog.isVisible()
    people = screen.people
    assert sorted(table_texts(people.table)) == ["Francesca Gallo", "Алексей Кузнецов"]
    people.department.setCurrentIndex(people.department.findData(it.id))
    assert table_texts(people.table) == ["Алексей Кузнецов"]
    qtbot.keyClicks(people.search, "zzz")
    assert table_texts(people.table) == [] and people.stack.currentWidget() is people.no_match  # not the intro


def test_archive_with_confirmation(qtbot: QtBot, services: Services) -> None:
    services.departments.create("Spa")
    screen = OrganisationScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    departments = screen.departments
    departments.table.selectRow(0)
    errors = when_modal(answer_message_box("Archive"))
    departments.archive_current()
    assert errors == []
    assert table_texts(departments.table) == []
    assert services.departments.list(include_archived=True)[0].archived


def test_archived_department_can_be_restored_from_the_list(qtbot: QtBot, services: Services) -> None:
    spa = services.departments.create("Spa")
    services.departments.archive(spa.id)
    screen = OrganisationScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    departments = screen.departments
    departments.show_archived.setChecked(True)
    departments.table.selectRow(0)
    errors = when_modal(answer_message_box("Restore"))
    departments.archive_current()
    assert errors == [] and not services.departments.get(spa.id).archived


def test_two_people_editing_one_department_the_second_is_told_and_sees_the_first_save(
        qtbot: QtBot, services: Services) -> None:
    kitchen = services.departments.create("Kitchen", "Cooks")
    first, second = DepartmentDialog(services, kitchen), DepartmentDialog(services, kitchen)
    for dialog in (first, second):
        qtbot.addWidget(dialog)
        dialog.show()
    first.description.setPlainText("Cooks and bakers")
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    assert not first.isVisible()
    second.name.setText("Cuisine")
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert second.isVisible()  # nothing saved, nothing written over
    assert second.banner.isVisible()
    assert "was changed by someone else" in second.banner.text() and "not saved" in second.banner.text()
    # the form now shows what is saved, and nothing typed counts as unsaved
    assert (second.name.text(), second.description.toPlainText()) == ("Kitchen", "Cooks and bakers")
    assert not second.dirty
    assert services.departments.get(kitchen.id).description == "Cooks and bakers"
    second.name.setText("Cuisine")  # made again on what is saved, the change goes through
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert not second.isVisible()
    saved = services.departments.get(kitchen.id)
    assert (saved.name, saved.description) == ("Cuisine", "Cooks and bakers")


def test_a_persons_page_shows_what_they_asked_handled_and_were_thanked_for(qtbot: QtBot, tmp_path: Path) -> None:
    from icdesk.app import open_services
    from icdesk.ui.screens.organisation import PeopleList

    services = open_services(tmp_path / "hotel.sqlite")
    try:
        services.demo.fill()
        laura = next(p for p in services.people.list() if p.full_name == "Laura Colombo")
        overview = services.people.overview(laura.id)
        assert overview.requests_handled > 0 and overview.standards_owned
        assert overview.requests_handled >= overview.handled_still_open
        screen = PeopleList(services)
        qtbot.addWidget(screen)
        screen.show()
        screen.search.setText("Laura Colombo")
        screen.table.selectRow(0)
        page = screen.detail.toPlainText()
        assert "Laura Colombo" in page and "Requests handled" in page
        assert f"{overview.requests_handled} ({overview.handled_still_open} still open)" in page
        assert overview.standards_owned[0] in page
        if overview.recognitions:
            assert overview.recognitions[0][2].splitlines()[0] in page
    finally:
        services.close()


def test_a_form_saved_for_a_typo_keeps_the_people_who_have_left(qtbot: QtBot, services: Services) -> None:
    """Saving a form listed only people still here: the head, the assignee, the trainer and an attendee
    who had left were cleared by a save that changed nothing about them."""
    from datetime import date

    from icdesk.services.requests import RequestDraft
    from icdesk.services.training import TrainingDraft
    from icdesk.ui.dialogs.request_form import RequestFormDialog
    from icdesk.ui.dialogs.training import TrainingDialog

    it = services.departments.create("IT").id
    hr = services.departments.create("HR").id
    roberto = services.people.create("Roberto Bruno", department_id=it).id
    emilia = services.people.create("Emilia Laine", department_id=it).id
    anna = services.people.create("Anna Rossi", department_id=hr).id
    services.departments.update(it, "IT", head_id=roberto)
    rid = services.requests.create(RequestDraft("Printer", it, requester_id=anna, assignee_id=emilia)).row.id
    session, _ = services.training.create(TrainingDraft("PMS basics", date(2026, 2, 1), 60, it, roberto,
                                                        [emilia, anna]))
    for person in (roberto, emilia):
        services.people.archive(person)

    dialog = DepartmentDialog(services, services.departments.get(it))
    qtbot.addWidget(dialog)
    assert dialog.head.currentText() == "Roberto Bruno (left)"
    dialog.description.setPlainText("Computers and the PMS")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.departments.get(it).head_id == roberto

    change = RequestFormDialog(services, services.requests.get(rid))
    qtbot.addWidget(change)
    assert change.assignee.currentText() == "Emilia Laine (left)"
    change.title_edit.setText("Printer jammed")
    qtbot.mouseClick(change.save_button, Qt.MouseButton.LeftButton)
    detail = services.requests.get(rid)
    assert detail.row.title == "Printer jammed" and detail.assignee_id == emilia

    training = TrainingDialog(services, services.training.get(session.id))
    qtbot.addWidget(training)
    training.notes.setPlainText("Bring the laptops")
    qtbot.mouseClick(training.save_button, Qt.MouseButton.LeftButton)
    kept = services.training.get(session.id)
    assert kept.trainer_id == roberto and sorted(kept.attendee_ids) == sorted([emilia, anna])


def test_the_department_panel_shows_what_was_just_saved(qtbot: QtBot, services: Services) -> None:
    """Cocina chosen, its description edited and saved: the panel kept the old one (the rows were as many
    as before, so the chosen row was never shown again) and the manager thought the save had failed."""
    kitchen = services.departments.create("Kitchen", "Cooks")
    services.departments.create("Dining room")
    screen = OrganisationScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    departments = screen.departments
    departments.table.selectRow(table_texts(departments.table).index("Kitchen"))
    assert "Cooks" in departments.detail.toPlainText()

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, DepartmentDialog)
        dialog.description.setPlainText("Cooks and bakers for the dining room")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(edit)
    departments.open_current()
    assert errors == [] and services.departments.get(kitchen.id).description.startswith("Cooks and bakers")
    qtbot.waitUntil(lambda: "Cooks and bakers for the dining room" in departments.detail.toPlainText())
    services.people.create("Anna Romano", department_id=kitchen.id)  # from another window
    departments.reload()
    qtbot.waitUntil(lambda: "Anna Romano" in departments.detail.toPlainText())


def test_a_column_fitted_while_empty_widens_when_its_values_come(qtbot: QtBot, services: Services) -> None:
    """Departments made first, their heads named after: the Head column stayed as wide as its heading
    ("María J…", "Íñigo …") beside a half-empty Department column."""
    from icdesk.services.organisation import DepartmentDraft

    kitchen = services.departments.create("Cocina")
    screen = OrganisationScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    departments = screen.departments
    head = services.people.create("María José Fernández de Córdoba", department_id=kitchen.id)
    services.departments.edit(kitchen.id, DepartmentDraft("Cocina", head_id=head.id))
    departments.reload()
    qtbot.waitUntil(lambda: table_texts(departments.table, 1) == ["María José Fernández de Córdoba"])
    column = departments.table.horizontalHeader().sectionSize(1)
    assert column >= departments.table.fontMetrics().horizontalAdvance("María José Fernández de Córdoba") + 8


def test_the_archive_question_says_who_and_what_stays_as_it_is(qtbot: QtBot, services: Services) -> None:
    """Archiving Ресторан said nothing of its two people, still listed under it afterwards, nor of its two
    open requests, still counted as open."""
    from icdesk.services.requests import RequestDraft

    restaurant = services.departments.create("Restaurant").id
    reception = services.departments.create("Reception").id
    for name in ("Maria", "Sergio"):
        services.people.create(name, department_id=restaurant)
    for title in ("Dinner for 20", "Breakfast in room 101"):
        services.requests.create(RequestDraft(title, restaurant, requester_department_id=reception))
    screen = OrganisationScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    departments = screen.departments
    row = next(r for r in services.departments.list() if r.id == restaurant)
    question = departments.archive_question(row)
    assert "People in it: 2. They stay in it" in question
    assert "Open requests asked of it: 2. They stay open" in question
    quiet = next(r for r in services.departments.list() if r.id == reception)
    assert "People in it" not in departments.archive_question(quiet)
    assert "Open requests" not in departments.archive_question(quiet)
