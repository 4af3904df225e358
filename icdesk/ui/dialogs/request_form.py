"""Logging a new request, or changing what was asked."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from icdesk.domain.enums import OPEN_REQUEST_STATUSES, Priority, StandardStatus
from icdesk.services import Services
from icdesk.services.dto import RequestDetail
from icdesk.services.requests import RequestDraft
from icdesk.ui.formatting import fmt, target
from icdesk.ui.forms import FormDialog, date_edit, hint, multiline, show_date, to_date
from icdesk.ui.pickers import department_combo, enum_combo, keep_chosen, person_combo, select_data


class RequestFormDialog(FormDialog):
    def __init__(self, services: Services, existing: RequestDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change request #{n}").format(n=existing.row.id) if existing
                         else self.tr("Log a request"), parent)
        self.services, self.existing = services, existing
        row = existing.row if existing else None
        self.title_edit = self.add_field("title", self.tr("What is needed"), QLineEdit(row.title if row else ""),
                                         required=True)
        self.title_edit.setPlaceholderText(self.tr("e.g. Cannot log into the PMS"))
        self.provider = self.add_field("provider", self.tr("Asked of (department)"), department_combo(
            services, self.tr("(choose)"), row.provider_id if row else None), required=True)
        self.standard = self.add_field("standard", self.tr("Service standard"), QComboBox())
        # a request no standard gives a resolution target can still be needed by a day
        self.needed_by = self.add_field("needed_by", self.tr("Needed by"),
                                        date_edit(existing.needed_by if existing else None, optional=True,
                                                  blank=self.tr("No date")))
        self.needed_by_hint = self.add_field_hint("needed_by", "")
        self.resolution_targets: dict[int, int | None] = {}
        self.requester = self.add_field("requester", self.tr("Asked by (person)"), person_combo(
            services, self.tr("(not a person)"), existing.requester_id if existing else None))
        self.requester_dept = self.add_field("requester_department", self.tr("Asked by (department)"),
                                             department_combo(services, self.tr("(the person's department)"),
                                                              existing.requester_department_id if existing else None))
        self.priority = self.add_field("priority", self.tr("Priority"),
                                       enum_combo(Priority, row.priority if row else Priority.NORMAL))
        self.assignee = self.add_field("assignee", self.tr("Assigned to"), QComboBox())
        self.description = self.add_field("description", self.tr("Details"),
                                          multiline(existing.description if existing else "", 90))
        self.extra.addWidget(hint(self.tr(
            "The service standard sets the deadlines: first response and resolution targets. Without one, "
            "say the day it is needed by.")))
        self.setMinimumWidth(600)
        self.provider.currentIndexChanged.connect(self._on_provider_changed)
        self._on_provider_changed()
        self.fixed_hints: dict[str, QLabel] = {}
        self.targets_hint: QLabel | None = None
        if existing is None:
            # the deadlines being promised, whole under the list box, however long the standard's title
            self.targets_hint = self.add_field_hint("standard", "")
            self.standard.currentIndexChanged.connect(self._show_targets)
            self._show_targets()
        if existing:
            self._fix_what_was_logged(existing)
            keep_chosen(self.assignee, services, existing.assignee_id)  # one who has left stays assigned
        self.standard.currentIndexChanged.connect(self._show_needed_by)
        self._show_needed_by()
        self.ready()

    def _fix_what_was_logged(self, existing: RequestDetail) -> None:
        """Of whom and by whom it was asked stay as logged, and so does a standard once given; each
        greyed field says why next to it (it said nothing, and looked broken)."""
        for widget in (self.provider, self.requester, self.requester_dept):
            widget.setEnabled(False)
        self.fixed_hints["provider"] = self.add_field_hint("provider", self.tr(
            "Stays as logged: the request counts in the figures of this pair of departments. To ask another "
            "department, cancel this request and log a new one."))
        self.fixed_hints["requester_department"] = self.add_field_hint("requester_department", self.tr(
            "Who asked stays as logged, for the same reason."))
        if existing.standard_version_id is not None:
            # the one it has, by name: "(none: no deadline)" greyed out said the opposite
            self.standard.clear()
            self.standard.addItem(existing.standard_title, None)
            self.standard.setEnabled(False)
            self.fixed_hints["standard"] = self.add_field_hint("standard", self.tr(
                "Stays as logged: the request's deadlines were promised under this standard."))
        elif existing.row.status not in OPEN_REQUEST_STATUSES:
            self.standard.setEnabled(False)
            self.fixed_hints["standard"] = self.add_field_hint("standard", self.tr(
                "Resolved without a standard: its time was not measured against one, and is not afterwards."))
        else:
            self.fixed_hints["standard"] = self.add_field_hint("standard", self.tr(
                "A standard chosen now counts its targets from when the request was logged ({when}).").format(
                when=fmt().datetime(existing.row.created_at)))

    def _on_provider_changed(self) -> None:
        provider = self.provider.currentData()
        self.standard.clear()
        self.standard.addItem(self.tr("(none: no deadline)"), None)
        self.assignee.clear()
        self.assignee.addItem(self.tr("(nobody yet)"), None)
        if provider is None:
            return
        for s in self.services.standards.list(department_id=provider, status=StandardStatus.ACTIVE):
            self.standard.addItem(f"{s.title} ({self._targets(s.first_response_minutes, s.resolution_minutes)})",
                                  s.standard_id)
            self.resolution_targets[s.standard_id] = s.resolution_minutes
        for p in self.services.people.list(department_id=provider):
            self.assignee.addItem(p.full_name, p.id)

    def _show_targets(self) -> None:
        if self.targets_hint is None:
            return
        shown = self.standard.currentText() if self.standard.currentData() is not None else ""
        self.targets_hint.setText(shown)
        self.targets_hint.setVisible(bool(shown))
        self.standard.setToolTip(shown)

    def _standard_sets_deadline(self) -> bool:
        existing = self.existing
        if existing is not None and existing.standard_version_id is not None:
            return existing.row.resolution_due_at is not None and existing.needed_by is None
        return self.resolution_targets.get(self.standard.currentData()) is not None

    def _show_needed_by(self) -> None:
        """The day it is needed by is for a request without a standard's resolution target; the field
        says why when it cannot be set (greyed with no reason, it looked broken)."""
        existing = self.existing
        if self._standard_sets_deadline():
            show_date(self.needed_by, None)
            self.needed_by.setEnabled(False)
            text = self.tr("Set by the service standard's resolution target.")
        elif existing is not None and existing.row.status not in OPEN_REQUEST_STATUSES:
            self.needed_by.setEnabled(False)
            text = self.tr("Stays as it was when the request was resolved.")
        else:
            self.needed_by.setEnabled(True)
            text = self.tr("Optional: overdue after the end of that working day.")
        self.needed_by_hint.setText(text)
        self.needed_by.setToolTip(text)

    def _needed_by(self) -> date | None:
        if self.needed_by.isEnabled():
            return to_date(self.needed_by)
        if self.existing is not None and not self._standard_sets_deadline():
            return self.existing.needed_by  # a resolved request keeps its day
        return None

    def _targets(self, response: int | None, resolution: int | None) -> str:
        return self.tr("answer {a}, resolve {b}").format(a=target(response), b=target(resolution))

    def local_problems(self) -> dict[str, str]:
        problems = super().local_problems()
        if self.requester.currentData() is None and self.requester_dept.currentData() is None:
            problems["requester"] = self.tr("Say who is asking: a person or a department.")
        return problems

    def save(self) -> RequestDetail:
        draft = RequestDraft(
            title=self.title_edit.text(), provider_id=self.provider.currentData(),
            description=self.description.toPlainText(), requester_id=self.requester.currentData(),
            requester_department_id=self.requester_dept.currentData(), standard_id=self.standard.currentData(),
            priority=self.priority.currentData(), assignee_id=self.assignee.currentData(),
            needed_by=self._needed_by(),
        )
        if self.existing:
            return self.services.requests.update(self.existing.row.id, draft, expected_version=self.existing.version)
        return self.services.requests.create(draft)

    def reload(self) -> None:
        if self.existing is None:
            return
        self.existing = existing = self.services.requests.get(self.existing.row.id)
        self.title_edit.setText(existing.row.title)
        select_data(self.priority, existing.row.priority)
        keep_chosen(self.assignee, self.services, existing.assignee_id)
        self.description.setPlainText(existing.description)
        show_date(self.needed_by, existing.needed_by)
        if existing.standard_version_id is not None and self.standard.isEnabled():
            # another PC gave it a standard meanwhile: it keeps that one, shown as when it is fixed
            self.standard.clear()
            self.standard.addItem(existing.standard_title, None)
            self.standard.setEnabled(False)
            text = self.tr("Stays as logged: the request's deadlines were promised under this standard.")
            self.fixed_hints["standard"].setText(text)
            self.standard.setToolTip(text)
        self._show_needed_by()
