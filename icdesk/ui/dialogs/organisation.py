"""Department and person editors."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from icdesk.domain.enums import PersonKind
from icdesk.services import Services
from icdesk.services.dto import DepartmentRow, PersonRow
from icdesk.services.organisation import DepartmentDraft
from icdesk.ui.forms import FormDialog, multiline
from icdesk.ui.pickers import department_combo, enum_combo, person_combo, select_data


class DepartmentDialog(FormDialog):
    def __init__(self, services: Services, department: DepartmentRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit department") if department else self.tr("New department"), parent)
        self.services, self.department = services, department
        self.name = self.add_field("name", self.tr("Name"), QLineEdit(department.name if department else ""),
                                   required=True)
        self.name.setPlaceholderText(self.tr("e.g. Housekeeping"))
        self.code = self.add_field("code", self.tr("Code"), QLineEdit(department.code if department else ""))
        self.code.setMaxLength(12)
        self.code.setPlaceholderText(self.tr("made from the name, e.g. HOU"))
        self.code.setToolTip(self.tr("Names the department's documents: HOU-003 is its third service standard. "
                                     "It stays the same when the department is renamed."))
        self.description = self.add_field("description", self.tr("What it does"),
                                          multiline(department.description if department else ""))
        self.head = self.add_field("head", self.tr("Head"), person_combo(
            services, self.tr("(nobody yet)"), department.head_id if department else None,
            department_id=department.id if department else None))
        self.ready()

    def save(self) -> DepartmentRow:
        draft = DepartmentDraft(self.name.text(), self.description.toPlainText(), self.head.currentData(),
                                self.code.text())
        if self.department:
            return self.services.departments.edit(self.department.id, draft, expected_version=self.department.version)
        return self.services.departments.add(draft)

    def reload(self) -> None:
        if self.department is None:
            return
        self.department = department = self.services.departments.get(self.department.id)
        self.name.setText(department.name)
        self.code.setText(department.code)
        self.description.setPlainText(department.description)
        select_data(self.head, department.head_id)


class PersonDialog(FormDialog):
    def __init__(self, services: Services, person: PersonRow | None = None, department_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit person") if person else self.tr("New person"), parent)
        self.services, self.person = services, person
        self.full_name = self.add_field("full_name", self.tr("Name"),
                                        QLineEdit(person.full_name if person else ""), required=True)
        self.kind = self.add_field("kind", self.tr("Kind"),
                                   enum_combo(PersonKind, person.kind if person else PersonKind.FULL_TIME))
        self.department = self.add_field("department", self.tr("Department"), department_combo(
            services, self.tr("(none)"), person.department_id if person else department_id,
            include=person.department_id if person else None))
        self.job_title = self.add_field("job_title", self.tr("Job title"),
                                        QLineEdit(person.job_title if person else ""))
        self.email = self.add_field("email", self.tr("E-mail"), QLineEdit(person.email if person else ""))
        self.ready()

    def save(self) -> PersonRow:
        args = (self.full_name.text(), self.kind.currentData(), self.department.currentData(),
                self.job_title.text(), self.email.text())
        if self.person:
            return self.services.people.update(self.person.id, *args, expected_version=self.person.version)
        return self.services.people.create(*args)

    def reload(self) -> None:
        if self.person is None:
            return
        self.person = person = self.services.people.get(self.person.id)
        self.full_name.setText(person.full_name)
        select_data(self.kind, person.kind)
        select_data(self.department, person.department_id)
        self.job_title.setText(person.job_title)
        self.email.setText(person.email)
