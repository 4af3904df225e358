"""Two windows open on the same agreement, training session, cross-training, idea or recognition: the
second save is refused in words, the form shows what the first saved, and a save made again goes through."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from icdesk.domain.enums import IdeaStatus
from icdesk.services import Services
from icdesk.services.ideas import IdeaDraft
from icdesk.services.training import CrossTrainingDraft, TrainingDraft
from icdesk.ui.dialogs.agreement import AgreementDialog
from icdesk.ui.dialogs.idea import IdeaDialog
from icdesk.ui.dialogs.loop import RecognitionDialog
from icdesk.ui.dialogs.training import CrossTrainingDialog, TrainingDialog
from icdesk.ui.forms import FormDialog
from tests.helpers import small_org


def _second_save_is_told(qtbot: QtBot, first: FormDialog, second: FormDialog, change_first: Callable[[], None],
                         change_second: Callable[[], None], shown: Callable[[FormDialog], str], saved: str) -> None:
    for dialog in (first, second):
        qtbot.addWidget(dialog)
        dialog.show()
    change_first()
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    assert not first.isVisible()
    change_second()
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert second.isVisible()  # nothing saved, nothing written over
    assert "changed by someone else" in second.banner.text() and "not saved" in second.banner.text()
    assert shown(second) == saved and not second.dirty  # the form shows what the first window saved
    change_second()  # made again on what is saved, it goes through
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert not second.isVisible()


@pytest.mark.parametrize("form", ["agreement", "training", "cross-training", "idea", "recognition"])
def test_the_second_of_two_windows_saving_the_same_record_is_told(qtbot: QtBot, services: Services,
                                                                   form: str) -> None:
    org = small_org(services, with_standard=False)
    today = services.actions.today()
    first: FormDialog
    second: FormDialog
    if form == "agreement":
        agreement = services.agreements.create(org["it"], org["acc"], customer_needs="Laptops in a day")
        first, second = AgreementDialog(services, agreement), AgreementDialog(services, agreement)
        _second_save_is_told(qtbot, first, second, lambda: first.customer_needs.setPlainText("Laptops in two days"),
                             lambda: second.provider_needs.setPlainText("Hires told a week ahead"),
                             lambda d: d.customer_needs.toPlainText(), "Laptops in two days")
        saved = services.agreements.get(agreement.id)
        assert (saved.customer_needs, saved.provider_needs) == ("Laptops in two days", "Hires told a week ahead")
    elif form == "training":
        session, _ = services.training.create(TrainingDraft("Password resets", today, 60, org["it"], org["laura"]))
        first, second = TrainingDialog(services, session), TrainingDialog(services, session)
        _second_save_is_told(qtbot, first, second, lambda: first.attendees.set_checked(org["anna"]),
                             lambda: second.duration.setValue(90),
                             lambda d: ",".join(str(p) for p in d.attendees.checked()), str(org["anna"]))
        saved_session = services.training.get(session.id)
        assert (saved_session.attendee_names, saved_session.duration_minutes) == (("Anna Romano",), 90)
    elif form == "cross-training":
        cross = services.training.cross_train(CrossTrainingDraft(org["anna"], org["it"], today, org["laura"]))
        first, second = CrossTrainingDialog(services, cross), CrossTrainingDialog(services, cross)
        _second_save_is_told(qtbot, first, second, lambda: first.note.setPlainText("Printers"),
                             lambda: second.trainer.setCurrentIndex(0), lambda d: d.note.toPlainText(), "Printers")
        saved_cross = services.training.cross_get(cross.id)
        assert (saved_cross.note, saved_cross.trainer_id) == ("Printers", None)
    elif form == "idea":
        idea = services.ideas.propose(IdeaDraft("Shared printer queue", department_ids=[org["it"], org["acc"]]))
        first, second = IdeaDialog(services, idea), IdeaDialog(services, idea)
        _second_save_is_told(qtbot, first, second, lambda: first.description.setPlainText("One queue"),
                             lambda: second.title_edit.setText("Printer queue"),
                             lambda d: d.description.toPlainText(), "One queue")
        saved_idea = services.ideas.get(idea.id)
        assert (saved_idea.title, saved_idea.description, saved_idea.status) == (
            "Printer queue", "One queue", IdeaStatus.PROPOSED)
    else:
        thanks = services.recognition.recognise(message="Thanks for the laptop", to_person_id=org["laura"])
        first, second = RecognitionDialog(services, row=thanks), RecognitionDialog(services, row=thanks)
        _second_save_is_told(qtbot, first, second, lambda: first.message.setPlainText("Thanks for the fast laptop"),
                             lambda: second.title_edit.setText("Fast laptop"), lambda d: d.message.toPlainText(),
                             "Thanks for the fast laptop")
        saved_thanks = services.recognition.get(thanks.id)
        assert (saved_thanks.title, saved_thanks.message) == ("Fast laptop", "Thanks for the fast laptop")


def test_two_windows_on_the_company_s_details_the_second_is_told(qtbot: QtBot, services: Services) -> None:
    from icdesk.ui.dialogs.company import CompanyDialog

    services.company.save("Hotel Aurora", "Via Roma 1", time_zone="Europe/Rome")
    first, second = CompanyDialog(services), CompanyDialog(services)
    _second_save_is_told(qtbot, first, second, lambda: first.address.setText("Via Roma 3"),
                         lambda: second.vision.setPlainText("We serve each other as we serve our guests."),
                         lambda d: d.address.text(), "Via Roma 3")  # type: ignore[attr-defined]
    saved = services.company.get()
    assert saved is not None and (saved.address_line, saved.service_vision) == (
        "Via Roma 3", "We serve each other as we serve our guests.")


def test_cancelling_a_request_changed_meanwhile_is_told_once_then_goes_through(qtbot: QtBot,
                                                                                 services: Services) -> None:
    """Another PC noted something on the request while the reason was typed: every press of Cancel the
    request was refused the same way, the only way out to close the form and lose the reason."""
    from icdesk.domain.enums import Priority, RequestStatus
    from icdesk.services.request_writes import RequestDraft
    from icdesk.ui.dialogs.cancel_request import CancelRequestDialog

    org = small_org(services, with_standard=False)
    logged = services.requests.create(RequestDraft("Printer jammed", org["it"], requester_id=org["anna"]))
    dialog = CancelRequestDialog(services, logged.row.id, expected_version=logged.version)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setPlainText("Bought a new printer instead")
    services.requests.update(logged.row.id, RequestDraft("Printer jammed", org["it"], priority=Priority.HIGH),
                             expected_version=logged.version)  # from another PC
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "changed by someone else" in dialog.banner.text()
    assert dialog.reason.toPlainText() == "Bought a new printer instead"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and services.requests.get(logged.row.id).row.status is RequestStatus.CANCELLED
