"""Cancelling a request: why, and who decided it, both kept in its history."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from icdesk.domain.enums import RequestStatus
from icdesk.services import Services
from icdesk.services.dto import RequestDetail
from icdesk.ui.forms import FormDialog, hint, multiline
from icdesk.ui.pickers import person_combo
from icdesk.ui.remembered import remember_person, remembered_person


class CancelRequestDialog(FormDialog):
    def __init__(self, services: Services, request_id: int, parent: QWidget | None = None, *,
                 expected_version: int | None = None) -> None:
        super().__init__(self.tr("Cancel request #{n}").format(n=request_id), parent)
        # the version the request window showed: cancelling what another PC changed since is refused
        self.services, self.request_id, self.expected_version = services, request_id, expected_version
        self.extra.addWidget(hint(self.tr("A cancelled request cannot be reopened. The reason goes into its "
                                          "history, so the person who asked knows why nothing will be done.")))
        self.reason = self.add_field("note", self.tr("Why is it cancelled?"), multiline(), required=True)
        self.done_by = self.add_field("actor", self.tr("Decided by"), person_combo(
            services, self.tr("(not said)"), services.ctx.working_as or remembered_person(services, "done_by")))
        self.save_button.setText(self.tr("Cancel the request"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Keep the request"))
        self.ready()

    def save(self) -> RequestDetail:
        remember_person(self.services, "done_by", self.done_by.currentData())
        return self.services.requests.transition(self.request_id, RequestStatus.CANCELLED,
                                                 actor_id=self.done_by.currentData(),
                                                 note=self.reason.toPlainText(),
                                                 expected_version=self.expected_version)

    def reload(self) -> None:
        # told what changed (the refusal names it), the person may cancel what is saved now: the reason
        # typed stays, and a second press is measured against the request as it is
        self.expected_version = self.services.requests.get(self.request_id).version
