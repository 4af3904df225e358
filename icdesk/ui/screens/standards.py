"""Service standards (SOPs) and service agreements."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from icdesk.domain.enums import StandardStatus
from icdesk.services import Services
from icdesk.services.dto import AgreementRow, StandardRow
from icdesk.ui.access import named
from icdesk.ui.chips import STANDARD_TONES
from icdesk.ui.dialogs.agreement import AgreementDialog
from icdesk.ui.dialogs.standard import StandardDialog
from icdesk.ui.formatting import short_date, target, ui_label
from icdesk.ui.list_screen import ListScreen
from icdesk.ui.pickers import department_combo, enum_combo
from icdesk.ui.table_model import Column, RowTableModel


class StandardsScreen(ListScreen):
    depends_on = frozenset({"service_standards", "standard_versions", "standard_steps", "departments", "people"})
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Service standards"), self.tr("New standard"), self.tr(
            "A service standard (SOP) says what a department does for its internal customers, step by step, "
            "and how fast it answers and resolves. Write the first one."), parent)
        self.enable_archive(self.tr("Archive"))
        self.department = named(department_combo(services, self.tr("All departments")), self.tr("Department"))
        self.status: QComboBox = named(enum_combo(StandardStatus, none_text=self.tr("Any state")), self.tr("State"))
        for widget in (self.department, self.status):
            widget.currentIndexChanged.connect(self.refresh)
            self.filters.addWidget(widget)
        self.review_due = QCheckBox(self.tr("Review due within 30 days or past"))
        self.review_due.setToolTip(self.tr("Standards in force whose review date is near or has passed: review them "
                                           "before the date, then make a new version or set the next date."))
        self.review_due.toggled.connect(self.refresh)
        self.filters.addWidget(self.review_due)
        self.filters.addStretch(1)
        self.table_model: RowTableModel[StandardRow] = RowTableModel([
            Column(self.tr("Standard"), lambda s: s.title),
            Column(self.tr("Department"), lambda s: s.department_name),
            Column(self.tr("Version"), lambda s: str(s.number), lambda s: s.number, align_right=True),
            Column(self.tr("State"), self.state_text, tone=lambda s: STANDARD_TONES[s.status]),
            Column(self.tr("First response"), lambda s: target(s.first_response_minutes),
                   lambda s: s.first_response_minutes or 0, align_right=True),
            Column(self.tr("Resolution"), lambda s: target(s.resolution_minutes), lambda s: s.resolution_minutes or 0,
                   align_right=True),
            Column(self.tr("Owner"), lambda s: s.owner_name),
            Column(self.tr("Next review"), self.review_text, lambda s: s.next_review_on),
        ], self, muted=lambda s: s.status is not StandardStatus.ACTIVE, highlight=self.review_passed)
        self.set_model(self.table_model)
        self.fit_columns(stretch=0)

    def state_text(self, row: StandardRow) -> str:
        text = ui_label(row.status)
        if row.pending_status is not None and row.status is not row.pending_status:
            # the version in force, and a newer one on its way: "Active (+ in review)"
            text += " (+ " + ui_label(row.pending_status).lower() + ")"
        return text

    def review_passed(self, row: StandardRow) -> bool:
        return (row.status is StandardStatus.ACTIVE and row.next_review_on is not None
                and row.next_review_on < self.services.standards.today())

    def review_text(self, row: StandardRow) -> str:
        text = short_date(row.next_review_on)
        return f"\u26a0 {text}" if self.review_passed(row) else text

    def show_preset(self, review_due: bool = False) -> None:
        self.reset_filters()
        self.status.setCurrentIndex(0)
        self.review_due.setChecked(review_due)

    def refresh(self) -> None:
        rows = self.services.standards.list(self.search.text(), self.department.currentData(),
                                            self.status.currentData(), review_due=self.review_due.isChecked())
        self.table_model.set_rows(rows)
        self.show_rows(len(rows))

    def new_item(self) -> None:
        if StandardDialog(self.services, department_id=self.department.currentData(), parent=self).exec():
            self.after_change()

    def open_row(self, row: StandardRow) -> None:
        dialog = StandardDialog(self.services, row.standard_id, parent=self)
        dialog.exec()
        self.after_change()  # a new draft may have been made even if the dialog was closed

    def archive_row(self, row: StandardRow) -> None:
        self.services.standards.archive(row.standard_id)


class AgreementsScreen(ListScreen):
    depends_on = frozenset({"service_agreements", "agreement_standards", "departments", "standard_versions"})

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Service agreements"), self.tr("New agreement"), self.tr(
            "A service agreement writes down what a customer department needs from its provider, and what "
            "the provider needs back in return. Agree the first one."), parent)
        self.enable_archive(self.tr("Archive"))
        self.department = named(department_combo(services, self.tr("All departments")), self.tr("Department"))
        self.department.currentIndexChanged.connect(self.refresh)
        self.filters.addWidget(self.department)
        # an archived agreement still holds its pair (one agreement per direction): it can be seen
        # and brought back, as an archived department can
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.refresh)
        self.filters.addWidget(self.show_archived)
        self.filters.addStretch(1)
        self.table_model: RowTableModel[AgreementRow] = RowTableModel([
            Column(self.tr("Provider"), lambda a: a.provider_name),
            Column(self.tr("Customer"), lambda a: a.customer_name),
            Column(self.tr("Customer needs"), lambda a: a.customer_needs.replace("\n", " "),
                   tooltip=lambda a: a.customer_needs),
            Column(self.tr("Provider needs in return"), lambda a: a.provider_needs.replace("\n", " "),
                   tooltip=lambda a: a.provider_needs),
            Column(self.tr("Review by"), lambda a: short_date(a.review_on), lambda a: a.review_on),
            Column(self.tr("State"), lambda a: self.tr("Archived") if a.archived else self.tr("Active")),
        ], self, muted=lambda a: a.archived)
        self.set_model(self.table_model)
        self.fit_columns(stretch=2)

    def refresh(self) -> None:
        rows = self.services.agreements.list(self.department.currentData(), text=self.search.text(),
                                             include_archived=self.show_archived.isChecked())
        self.table_model.set_rows(rows)
        self.show_rows(len(rows))

    def new_item(self) -> None:
        if AgreementDialog(self.services, parent=self).exec():
            self.after_change()

    def open_row(self, row: AgreementRow) -> None:
        if AgreementDialog(self.services, row, parent=self).exec():
            self.after_change()

    def archive_row(self, row: AgreementRow) -> None:
        if row.archived:
            self.services.agreements.restore(row.id)
        else:
            self.services.agreements.archive(row.id)

    def archive_action_text(self, row: AgreementRow) -> str:
        return self.tr("Restore") if row.archived else self.archive_text

    def archive_question(self, row: AgreementRow) -> str:
        if row.archived:
            return self.tr("Restore the agreement of {provider} serving {customer}?").format(
                provider=row.provider_name, customer=row.customer_name)
        return self.tr("Archive the agreement of {provider} serving {customer}? It stays in the history "
                       "and can be restored with Show archived.").format(provider=row.provider_name,
                                                                         customer=row.customer_name)
