"""What a new owner-manager reads in dialogs: empty choices that say what they mean, what a revision
does to signatures, the one approver already chosen, and a request's history that names the corrective
action it set going."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from icdesk.domain.enums import PersonKind, RevisionKind
from icdesk.services import Services
from icdesk.services.standards import StandardContent
from icdesk.ui.dialogs.loop import RecognitionDialog
from icdesk.ui.dialogs.standard import ApproveDialog, SubmitDialog
from tests.gui_helpers import when_modal
from tests.helpers import put_in_force, small_org


def shown_texts(widget: object) -> list[str]:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_recognition_says_what_leaving_a_recipient_empty_means(qtbot: QtBot, services: Services) -> None:
    """"To (person): (a team)" read as if a team were chosen as the person."""
    services.people.create("Luca")
    dialog = RecognitionDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.to_person.currentText() == "(nobody: a whole team is recognised)"
    assert dialog.to_dept.currentText() == "(no team: a person is recognised)"
    assert dialog.from_person.currentText() == "(not said)"


def test_a_thank_you_for_a_request_offers_a_thank_you_title(qtbot: QtBot, services: Services) -> None:
    """The kind is locked to Thanks, yet the title's example read "Employee of the month"."""
    thanks = RecognitionDialog(services, request_id=7)
    award = RecognitionDialog(services)
    for dialog in (thanks, award):
        qtbot.addWidget(dialog)
    assert "Employee of the month" not in thanks.title_edit.placeholderText()
    assert "Employee of the month" in award.title_edit.placeholderText()


def test_approving_a_revision_says_what_each_choice_does_to_signatures(qtbot: QtBot, services: Services) -> None:
    it = services.departments.create("IT")
    laura = services.people.create("Laura Colombo", department_id=it.id)
    services.departments.update(it.id, "IT", head_id=laura.id)
    first = services.standards.create(it.id, StandardContent(title="Printers", steps=["Fix"]))
    put_in_force(services, first.id)
    second = services.standards.new_version(first.standard_id)
    version = services.standards.submit(second.id, laura.id)

    dialog = ApproveDialog(services, version)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.revision.itemData(i) for i in range(dialog.revision.count())] == [
        RevisionKind.MAJOR, RevisionKind.MINOR]
    texts = "\n".join(shown_texts(dialog))
    assert ("Major: what people do changes; everyone signs version 2 again, earlier signatures no longer count."
            in texts)
    assert "Minor: a typo or clearer wording; whoever has signed stays current, nobody signs again." in texts
    dialog.dirty = False

    # the first version has nothing before it: no choice, and no words about it
    phones = services.standards.create(it.id, StandardContent(title="Phones", steps=["Answer"]))
    first_phones = services.standards.submit(phones.id, laura.id)
    dialog = ApproveDialog(services, first_phones)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.revision.isVisible() and not dialog.revision_meaning.isVisible()
    dialog.dirty = False


def test_the_only_person_who_can_approve_is_already_chosen(qtbot: QtBot, services: Services) -> None:
    it = services.departments.create("IT")
    laura = services.people.create("Laura Colombo", department_id=it.id)
    services.departments.update(it.id, "IT", head_id=laura.id)
    draft = services.standards.create(it.id, StandardContent(title="Printers", steps=["Fix"]))
    dialog = SubmitDialog(services, draft)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.approver.currentText() == "Laura Colombo (head of IT)"
    assert dialog.save_button.isEnabled()  # one click sends it
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.standards.version(draft.id).approver_id == laura.id

    # with two who could approve, the choice stays the user's
    services.people.create("Alessandro Ferrari", kind=PersonKind.OWNER)
    other = services.standards.create(it.id, StandardContent(title="Phones", steps=["Answer"]))
    dialog = SubmitDialog(services, other)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.approver.currentText() == "(choose)" and not dialog.save_button.isEnabled()
    dialog.dirty = False


def test_a_requests_history_shows_the_corrective_action_opened_from_it(qtbot: QtBot, services: Services) -> None:
    from icdesk.services.request_writes import RequestDraft
    from icdesk.ui.dialogs.loop import ActionDialog
    from icdesk.ui.dialogs.request_detail import RequestDialog
    from tests.gui_helpers import type_text

    org = small_org(services)
    rid = services.requests.create(RequestDraft("PMS access", org["it"], requester_id=org["anna"])).row.id
    dialog = RequestDialog(services, rid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Corrective action" not in dialog.timeline.toPlainText()

    def open_action(form: object) -> None:
        assert isinstance(form, ActionDialog)
        type_text(qtbot, form.description, "Give new staff PMS access on their first day")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(open_action, kind=ActionDialog)
    dialog._on_action_clicked()
    assert errors == []
    [action] = services.actions.following(request_id=rid)
    history = dialog.timeline.toPlainText()  # shown at once, without closing and opening the request again
    assert f"Corrective action opened on {action.opened_on:%d/%m/%Y}, due {action.due_on:%d/%m/%Y}: Open" in history
    assert "Give new staff PMS access on their first day" in history
    assert action.opened_on == date(2026, 3, 2)
