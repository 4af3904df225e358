"""Writing a service standard: its steps, targets, owner and readers; review, approval and putting it in
force; versions and what changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from icdesk.domain.enums import RevisionKind, StandardStatus
from icdesk.domain.errors import DomainError
from icdesk.services import Services
from icdesk.services.dto import StandardVersionDetail
from icdesk.services.standards import StandardContent
from icdesk.ui.checklist import CheckList
from icdesk.ui.dialogs.compare_versions import CompareVersionsDialog
from icdesk.ui.formatting import fmt, short_date, ui_label
from icdesk.ui.forms import FormDialog, date_edit, hint, multiline, show_error, tell, to_date
from icdesk.ui.pickers import department_combo, enum_combo, person_combo, select_data
from icdesk.ui.target_edit import TargetEdit
from icdesk.ui.theme import styled


class StepDelegate(QStyledItemDelegate):
    """Steps read as a numbered list ("1. Log the request"); each row is at least one editor high,
    so a new, empty step opens an editor that can be seen and typed into."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,  # noqa: N802
                        ) -> None:
        super().initStyleOption(option, index)
        option.text = f"{index.row() + 1}.  {option.text}"

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), QLineEdit().sizeHint().height() + 4))


class StepsEditor(QWidget):
    """An ordered list of steps: add, edit in place, remove, move up and down."""

    def __init__(self, steps: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.setFocusProxy(self.list)  # the form's label names the list and its Alt+letter moves there
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(150)
        self.list.setItemDelegate(StepDelegate(self.list))
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add step"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_step(""))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        for step in steps:
            self.add_step(step, edit=False)

    def add_step(self, text: str, edit: bool = True) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        if edit:
            self.list.editItem(item)

    def steps(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setVisible(not read_only)
        for i in range(self.list.count()):
            item = self.list.item(i)
            editable = Qt.ItemFlag.ItemIsEditable
            flags = item.flags() & ~editable if read_only else item.flags() | editable
            item.setFlags(flags)

    def _on_remove_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.list.viewport().update()

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.list.viewport().update()  # the numbers of both rows changed


class StandardDialog(FormDialog):
    """Edits the draft of a standard and takes it through review and approval into force; shows
    a version in force read-only, with its history."""

    def __init__(self, services: Services, standard_id: int | None = None, department_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Service standard"), parent)
        self.resize(780, 800)
        self.services = services
        self.version: StandardVersionDetail | None = None
        if standard_id is not None:
            versions = services.standards.versions(standard_id)
            pending = [v for v in versions if v.status in (StandardStatus.DRAFT, StandardStatus.IN_REVIEW,
                                                            StandardStatus.APPROVED)]
            active = [v for v in versions if v.status is StandardStatus.ACTIVE]
            self.version = (pending or active or versions)[-1]
        v = self.version
        self.department = self.add_field("department", self.tr("Department that gives the service"),
                                         department_combo(services, self.tr("(choose)"),
                                                          v.department_id if v else department_id), required=True)
        self.title_edit = self.add_field("title", self.tr("Title"), QLineEdit(v.title if v else ""), required=True)
        self.purpose = self.add_field("purpose", self.tr("Purpose"), multiline(v.purpose if v else "", 50))
        self.serves = self.add_field("serves", self.tr("Who it serves"), multiline(v.serves if v else "", 40))
        self.steps = self.add_field("steps", self.tr("Steps"), StepsEditor(v.steps if v else ()))
        self.response = self.add_field("first_response_minutes", self.tr("First response within"),
                                       TargetEdit(v.first_response_minutes if v else None))
        self.resolution = self.add_field("resolution_minutes", self.tr("Resolved within"),
                                         TargetEdit(v.resolution_minutes if v else None))
        self.owner = self.add_field("owner", self.tr("Owner"), person_combo(
            services, self.tr("(nobody yet)"), v.owner_id if v else None))
        self.effective = self.add_field("effective_on", self.tr("Effective from"), date_edit(
            v.effective_on if v else None, optional=True, blank=self.tr("when put in force")))
        self.review = self.add_field("next_review_on", self.tr("Next review"), date_edit(
            v.next_review_on if v else None, optional=True, blank=self.tr("not planned")))
        self.change_note = self.add_field("change_note", self.tr("What changed"), QLineEdit(v.change_note if v else ""))
        self.readers = self.add_field("readers", self.tr("Also read by"), CheckList(
            [(d.name, d.id) for d in services.departments.list()], v.reader_ids if v else (), height=70))
        self.readers.setToolTip(self.tr("Other departments whose people must read and acknowledge this standard; "
                                        "its own department always does."))
        self.readers.changed.connect(self._on_readers_changed)
        # a standard's own department always reads it: it is no choice among the others
        self.readers.leave_out(self.department.currentData())
        self.department.currentIndexChanged.connect(lambda *_: self.readers.leave_out(self.department.currentData()))
        self.steps.list.model().rowsInserted.connect(lambda *_: self._on_field_changed("steps"))
        self.steps.list.model().rowsRemoved.connect(lambda *_: self._on_field_changed("steps"))
        self.steps.list.itemChanged.connect(lambda *_: self._on_field_changed("steps"))
        self._add_version_controls()
        self._apply_state()
        self.ready()

    def _add_version_controls(self) -> None:
        self.state_hint = hint("")
        self.footer.addWidget(self.state_hint)
        row = QHBoxLayout()
        # in a draft: send for review; in review: approve; approved: put in force
        self.publish_button = QPushButton(self.tr("Send for review\u2026"))
        self.publish_button.clicked.connect(self._on_publish_clicked)
        self.send_back_button = QPushButton(self.tr("Send back to draft\u2026"))
        self.send_back_button.clicked.connect(self._on_send_back_clicked)
        self.new_version_button = QPushButton(self.tr("Make a new version"))
        self.new_version_button.clicked.connect(self._on_new_version_clicked)
        self.readers_button = QPushButton(self.tr("Save the readers"))
        self.readers_button.clicked.connect(self._on_save_readers_clicked)
        self.history_button = QPushButton(self.tr("Versions and changes\u2026"))
        self.history_button.clicked.connect(self._on_history_clicked)
        for button in (self.publish_button, self.send_back_button, self.new_version_button, self.readers_button,
                       self.history_button):
            row.addWidget(button)
        row.addStretch(1)
        self.footer.addLayout(row)

    def _apply_state(self) -> None:
        v = self.version
        editable = v is None or v.status is StandardStatus.DRAFT
        # a version in force is read, not edited: read-only text stays black and selectable
        for text in (self.title_edit, self.purpose, self.serves, self.change_note):
            text.setReadOnly(not editable)
            # grey like the other fields that cannot be changed, so typing into it is not expected
            styled(text, lambda c: "" if editable else f"background: {c.neutral_ground.name()}; "
                   f"color: {c.text.name()}; border: 1px solid {c.border.name()};")
        for widget in (self.response, self.resolution, self.owner, self.effective, self.review):
            widget.setEnabled(editable)
        self.department.setEnabled(v is None)
        self.steps.set_read_only(not editable)
        self.save_button.setVisible(editable)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Cancel") if editable else self.tr("Close"))
        self.save_button.setText(self.tr("Save draft"))
        status = v.status if v else StandardStatus.DRAFT
        self.publish_button.setText({StandardStatus.DRAFT: self.tr("Send for review\u2026"),
                                     StandardStatus.IN_REVIEW: self.tr("Approve\u2026"),
                                     StandardStatus.APPROVED: self.tr("Put in force")}.get(status, ""))
        self.publish_button.setVisible(status in (StandardStatus.DRAFT, StandardStatus.IN_REVIEW,
                                                  StandardStatus.APPROVED))
        self.send_back_button.setVisible(status in (StandardStatus.IN_REVIEW, StandardStatus.APPROVED))
        self.new_version_button.setVisible(status in (StandardStatus.ACTIVE, StandardStatus.RETIRED))
        self.readers_button.setVisible(False)
        self.history_button.setVisible(v is not None)
        self.state_hint.setText(self.state_text(v))
        self.setWindowTitle(self.tr("Service standard: {title}").format(title=v.title) if v else
                            self.tr("New service standard"))

    def state_text(self, v: StandardVersionDetail | None) -> str:
        if v is None:
            return self.tr("A new standard starts as a draft. Send it for review: once its approver has approved it, "
                           "put it in force.")
        status = ui_label(v.status)
        approval = self.approval_text(v)
        if v.status is StandardStatus.DRAFT:
            text = self.tr("Version {n}: {status}. Edit it, then send it for review to the head of department or "
                           "the manager.").format(n=v.number, status=status)
            if v.review_note:
                text += "\n" + self.tr("Sent back with this note: {note}").format(note=v.review_note)
            return text
        if v.status is StandardStatus.IN_REVIEW:
            return self.tr("Version {n} is with {approver} for review since {date}. Only {approver} can approve "
                           "it.").format(n=v.number, approver=v.approver_name, date=self.day(v.submitted_at))
        if v.status is StandardStatus.APPROVED:
            return self.tr("Version {n}: {approval} Put it in force when it should apply.").format(
                n=v.number, approval=approval)
        intro = self.tr("Version {n}: {status}. A version in force cannot be changed: make a new version to "
                        "change it.").format(n=v.number, status=status)
        return f"{intro}\n{approval}"

    def approval_text(self, v: StandardVersionDetail) -> str:
        if v.approved_at is None:
            return self.tr("Put in force on {date}; its approval was not recorded (published before icdesk kept "
                           "approvals).").format(date=self.day(v.published_at))
        kind = ui_label(v.revision) if v.revision and v.number > 1 else ""
        text = self.tr("Approved by {approver} on {date}.").format(approver=v.approver_name,
                                                                   date=self.day(v.approved_at))
        return f"{text} ({kind})" if kind else text

    @staticmethod
    def day(instant: object) -> str:
        from datetime import datetime

        return short_date(fmt().local(instant).date()) if isinstance(instant, datetime) else "\u2013"

    def local_problems(self) -> dict[str, str]:
        problems = super().local_problems()
        if self.version is not None and self.version.status is not StandardStatus.DRAFT:
            return {}
        return problems

    def content(self) -> StandardContent:
        return StandardContent(
            title=self.title_edit.text(), purpose=self.purpose.toPlainText(), serves=self.serves.toPlainText(),
            steps=self.steps.steps(), first_response_minutes=self.response.minutes(),
            resolution_minutes=self.resolution.minutes(), owner_id=self.owner.currentData(),
            effective_on=to_date(self.effective), next_review_on=to_date(self.review),
            change_note=self.change_note.text())

    def reader_ids(self) -> list[int]:
        return [int(str(d)) for d in self.readers.checked()]

    def save(self) -> StandardVersionDetail:
        if self.version is None:
            self.version = self.services.standards.create(self.department.currentData(), self.content(),
                                                          self.reader_ids())
        else:
            self.version = self.services.standards.update_draft(self.version.id, self.content(),
                                                                expected_version=self.version.version)
            if list(self.version.reader_ids) != sorted(self.reader_ids()):
                self.version = self.services.standards.set_readers(self.version.standard_id, self.reader_ids())
        return self.version

    def reload(self) -> None:
        if self.version is None:
            return
        self.version = v = self.services.standards.version(self.version.id)
        self.title_edit.setText(v.title)
        self.purpose.setPlainText(v.purpose)
        self.serves.setPlainText(v.serves)
        self.steps.list.clear()
        for step in v.steps:
            self.steps.add_step(step, edit=False)
        self.response.set_minutes(v.first_response_minutes)
        self.resolution.set_minutes(v.resolution_minutes)
        select_data(self.owner, v.owner_id)
        self.change_note.setText(v.change_note)
        for edit, day in ((self.effective, v.effective_on), (self.review, v.next_review_on)):
            edit.setDate(QDate(day.year, day.month, day.day) if day else edit.minimumDate())  # blank: the minimum
        self._apply_state()

    def _on_readers_changed(self) -> None:
        if self.version is not None and self.version.status is not StandardStatus.DRAFT:
            self.readers_button.setVisible(True)  # readers change without a new version
        else:
            self._on_field_changed("readers")

    def _on_save_readers_clicked(self) -> None:
        assert self.version is not None
        try:
            self.version = self.services.standards.set_readers(self.version.standard_id, self.reader_ids())
        except DomainError as error:
            show_error(self, error)
            return
        self.readers_button.setVisible(False)
        self.saved.emit(self.version)

    def _on_publish_clicked(self) -> None:
        """The next step of the version: send for review, approve, or put in force."""
        status = self.version.status if self.version else StandardStatus.DRAFT
        try:
            if status is StandardStatus.DRAFT:
                draft = self.save()
                self.dirty = False
                self.services.standards.check_reviewable(draft.id)
                if not SubmitDialog(self.services, draft, self).exec():
                    self.version = self.services.standards.version(draft.id)
                    self._apply_state()
                    self.refresh_state()
                    return
            elif status is StandardStatus.IN_REVIEW:
                assert self.version is not None
                if not ApproveDialog(self.services, self.version, self).exec():
                    return
            else:
                assert self.version is not None
                self.services.standards.publish(self.version.id)
        except DomainError as error:
            self.show_error(error)
            return
        assert self.version is not None
        self.version = self.services.standards.version(self.version.id)
        self.dirty = False
        self.saved.emit(self.version)
        self.accept()

    def _on_send_back_clicked(self) -> None:
        assert self.version is not None
        note, ok = QInputDialog.getMultiLineText(self, self.tr("Send back to draft"), self.tr(
            "What has to change? The owner sees this note on the draft."))
        if not ok:
            return
        try:
            self.version = self.services.standards.send_back(self.version.id, note)
        except DomainError as error:
            show_error(self, error)
            return
        self.saved.emit(self.version)
        self._apply_state()
        self.refresh_state()

    def _on_new_version_clicked(self) -> None:
        assert self.version is not None
        try:
            self.version = self.services.standards.new_version(self.version.standard_id)
        except DomainError as error:
            show_error(self, error)
            return
        # the fields show the new draft, not what the version before said of its own change and dates;
        # it takes effect from today unless the person says otherwise
        self.reload()
        today = self.services.standards.today()
        self.effective.setDate(QDate(today.year, today.month, today.day))
        self.dirty = False
        self.refresh_state()

    def _on_history_clicked(self) -> None:
        assert self.version is not None
        versions = self.services.standards.versions(self.version.standard_id)
        labels = [self.tr("Version {n} \u2013 {status}, published {date}").format(
            n=v.number, status=ui_label(v.status), date=short_date(fmt().local(v.published_at).date()) if v.published_at
            else "\u2013") for v in versions]
        if len(versions) < 2:
            tell(self, self.tr("Versions"), "\n".join(labels), QMessageBox.Icon.Information)
            return
        current = next(i for i, v in enumerate(versions) if v.id == self.version.id)
        CompareVersionsDialog(versions, max(1, current), self).exec()


def _approver_combo(services: Services, version: StandardVersionDetail, current: int | None,
                    none_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for choice in services.standards.approvers(version.department_id):
        if choice.person_id == version.owner_id:
            continue  # who owns the standard does not approve it: offered, they were refused on Send
        role = (QCoreApplication.translate("SubmitDialog", "head of {department}").format(
            department=version.department_name) if choice.is_head else
                QCoreApplication.translate("SubmitDialog", "owner-manager"))
        combo.addItem(f"{choice.full_name} ({role})", choice.person_id)
    if current is None and combo.count() == 2:
        current = combo.itemData(1)  # only one person can approve: nothing to choose
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class SubmitDialog(FormDialog):
    """Send a draft to its approver: the head of the department or the owner-manager."""

    def __init__(self, services: Services, version: StandardVersionDetail, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Send for review"), parent)
        self.services, self.version = services, version
        self.extra.addWidget(hint(self.tr(
            "Version {n} of \u201c{title}\u201d goes to the person named here. Only they can approve it; "
            "until then it cannot be changed.").format(n=version.number, title=version.title)))
        self.approver = self.add_field("approver", self.tr("Approver"), _approver_combo(
            services, version, version.approver_id, self.tr("(choose)")), required=True)
        owner_could = any(c.person_id == version.owner_id for c in services.standards.approvers(version.department_id))
        if self.approver.count() == 1 and owner_could:  # the head owns it: someone else approves
            self.extra.addWidget(hint(self.tr(
                "{owner} owns this standard and cannot also approve it: add the owner-manager in Departments & "
                "People as a person of kind \u201cOwner / shareholder\u201d, or give the standard another "
                "owner.").format(owner=version.owner_name)))
        elif self.approver.count() == 1:  # nobody to choose: say how to get someone
            self.extra.addWidget(hint(self.tr(
                "Nobody can approve standards of {department} yet: name its head in Departments & People, or add "
                "the owner-manager there as a person of kind \u201cOwner / shareholder\u201d.").format(
                department=version.department_name)))
        self.save_button.setText(self.tr("Send for review"))
        self.ready()

    def save(self) -> StandardVersionDetail:
        return self.services.standards.submit(self.version.id, self.approver.currentData())


class ApproveDialog(FormDialog):
    """The named approver approves, says whether the revision is minor or major, and may put it in force."""

    def __init__(self, services: Services, version: StandardVersionDetail, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Approve version {n}").format(n=version.number), parent)
        self.services, self.version = services, version
        self.extra.addWidget(hint(self.tr(
            "Only {approver}, named when it was sent for review, can approve this version.").format(
            approver=version.approver_name)))
        self.approver = self.add_field("approver", self.tr("Approved by"), _approver_combo(
            services, version, version.approver_id, self.tr("(choose)")), required=True)
        self.revision = self.add_field("revision", self.tr("This revision is"), enum_combo(
            RevisionKind, RevisionKind.MAJOR))
        self.revision.setToolTip(self.tr("Minor: a typo or clearer wording; everyone who signed the version before "
                                         "stays current. Major: what people do changes; everyone signs again."))
        # what each choice does to the signatures already given, in sight (a tooltip went unread): a major
        # revision becomes the version everyone must acknowledge; a minor one keeps the baseline of the
        # version it replaces (acknowledgements.requirements), so whoever is current stays current
        self.revision_meaning = hint("\n".join((
            self.tr("Major: what people do changes; everyone signs version {n} again, earlier signatures no "
                    "longer count.").format(n=version.number),
            self.tr("Minor: a typo or clearer wording; whoever has signed stays current, nobody signs again."))))
        box = self.revision.parentWidget()
        layout = box.layout() if box is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, self.revision_meaning)  # under the choice, hidden with it
        self.set_field_visible("revision", version.number > 1)
        self.publish_now = self.add_field("publish", "", QCheckBox(self.tr("Put it in force now")))
        self.publish_now.setChecked(True)
        self.save_button.setText(self.tr("Approve"))
        self.ready()

    def save(self) -> StandardVersionDetail:
        return self.services.standards.approve(self.version.id, self.approver.currentData(),
                                               self.revision.currentData(), publish=self.publish_now.isChecked())
