"""A two-way service agreement: what each department needs from the other."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from icdesk.domain.enums import StandardStatus
from icdesk.services import Services
from icdesk.services.dto import AgreementRow
from icdesk.ui.forms import FormDialog, date_edit, hint, multiline, show_date, to_date
from icdesk.ui.pickers import department_combo


class AgreementDialog(FormDialog):
    def __init__(self, services: Services, agreement: AgreementRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Service agreement"), parent)
        self.services, self.agreement = services, agreement
        a = agreement
        # a side archived since is shown by name: the agreement still reads, and can be changed
        self.provider = self.add_field("provider", self.tr("Provider (gives the service)"), department_combo(
            services, self.tr("(choose)"), a.provider_id if a else None, include=a.provider_id if a else None),
            required=True)
        self.customer = self.add_field("customer", self.tr("Customer (receives it)"), department_combo(
            services, self.tr("(choose)"), a.customer_id if a else None, include=a.customer_id if a else None),
            required=True)
        self.customer_needs = self.add_field("customer_needs", self.tr("What the customer needs"),
                                             multiline(a.customer_needs if a else "", 80))
        self.provider_needs = self.add_field("provider_needs", self.tr("What the provider needs in return"),
                                             multiline(a.provider_needs if a else "", 80))
        self.standards = self.add_field("standards", self.tr("Standards that apply"), QListWidget())
        self.standards.setMaximumHeight(120)
        self.standards.setWordWrap(True)  # the note of an empty list in full
        self.review = self.add_field("review_on", self.tr("Review by"), date_edit(
            a.review_on if a else None, optional=True, blank=self.tr("not planned")))
        self.extra.addWidget(hint(self.tr(
            "Internal service runs both ways: the manager needs IT to have a new hire's computer ready, "
            "and IT needs to hear of the hire early.")))
        if a:
            self.provider.setEnabled(False)
            self.customer.setEnabled(False)
        self.provider.currentIndexChanged.connect(self._on_provider_changed)
        self._on_provider_changed()
        self.ready()

    def _on_provider_changed(self) -> None:
        self.standards.clear()
        provider = self.provider.currentData()
        in_force = [] if provider is None else self.services.standards.list(department_id=provider,
                                                                            status=StandardStatus.ACTIVE)
        linked = set(self.agreement.standard_ids) if self.agreement else set()
        for s in in_force:
            item = QListWidgetItem(s.title)
            item.setData(Qt.ItemDataRole.UserRole, s.standard_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.standard_id in linked else Qt.CheckState.Unchecked)
            self.standards.addItem(item)
        if not in_force:  # an empty list said nothing of why, nor what to do
            said = (self.tr("Choose the provider: its standards in force are listed here.") if provider is None
                    else self.tr("{department} has no standard in force yet: publish one in Service standards, "
                                 "then link it here.").format(department=self.provider.currentText()))
            note = QListWidgetItem(said)
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            self.standards.addItem(note)

    def checked_standards(self) -> list[int]:
        return [self.standards.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.standards.count())
                if self.standards.item(i).checkState() == Qt.CheckState.Checked]

    def local_problems(self) -> dict[str, str]:
        problems = super().local_problems()
        provider, customer = self.provider.currentData(), self.customer.currentData()
        if provider is not None and provider == customer:
            problems["customer"] = self.tr("A department cannot have an agreement with itself.")
        return problems

    def save(self) -> AgreementRow:
        args = (self.customer_needs.toPlainText(), self.provider_needs.toPlainText(), self.checked_standards(),
                to_date(self.review))
        if self.agreement:
            return self.services.agreements.update(self.agreement.id, *args, expected_version=self.agreement.version)
        return self.services.agreements.create(self.provider.currentData(), self.customer.currentData(), *args)

    def reload(self) -> None:
        if self.agreement is None:
            return
        self.agreement = agreement = self.services.agreements.get(self.agreement.id)
        self.customer_needs.setPlainText(agreement.customer_needs)
        self.provider_needs.setPlainText(agreement.provider_needs)
        show_date(self.review, agreement.review_on)
        self._on_provider_changed()
