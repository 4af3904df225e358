"""Writing a service standard: its steps, targets and owner; publishing; versions and what changed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
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

from icdesk.domain.enums import StandardStatus
from icdesk.domain.errors import DomainError
from icdesk.services import Services
from icdesk.services.dto import StandardVersionDetail
from icdesk.services.standards import StandardContent
from icdesk.ui.dialogs.compare_versions import CompareVersionsDialog
from icdesk.ui.formatting import fmt, short_date, ui_label
from icdesk.ui.forms import FormDialog, date_edit, hint, multiline, show_error, tell, to_date
from icdesk.ui.pickers import department_combo, person_combo
from icdesk.ui.target_edit import TargetEdit


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
    """Edits the draft of a standard; shows a version in force read-only, with its history."""

    def __init__(self, services: Services, standard_id: int | None = None, department_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Service standard"), parent)
        self.resize(760, 760)
        self.services = services
        self.version: StandardVersionDetail | None = None
        if standard_id is not None:
            versions = services.standards.versions(standard_id)
            drafts = [v for v in versions if v.status is StandardStatus.DRAFT]
            active = [v for v in versions if v.status is StandardStatus.ACTIVE]
            self.version = (drafts or active or versions)[-1]
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
            v.effective_on if v else None, optional=True, blank=self.tr("when published")))
        self.review = self.add_field("next_review_on", self.tr("Next review"), date_edit(
            v.next_review_on if v else None, optional=True, blank=self.tr("not planned")))
        self.change_note = self.add_field("change_note", self.tr("What changed"), QLineEdit(v.change_note if v else ""))
        self.steps.list.model().rowsInserted.connect(lambda *_: self._on_field_changed("steps"))
        self.steps.list.model().rowsRemoved.connect(lambda *_: self._on_field_changed("steps"))
        self.steps.list.itemChanged.connect(lambda *_: self._on_field_changed("steps"))
        self._add_version_controls()
        self._apply_state()
        self.ready()

    def _add_version_controls(self) -> None:
        self.state_hint = hint("")
        self.extra.addWidget(self.state_hint)
        row = QHBoxLayout()
        self.publish_button = QPushButton(self.tr("Save and publish"))
        self.publish_button.clicked.connect(self._on_publish_clicked)
        self.new_version_button = QPushButton(self.tr("Make a new version"))
        self.new_version_button.clicked.connect(self._on_new_version_clicked)
        self.history_button = QPushButton(self.tr("Versions and changes\u2026"))
        self.history_button.clicked.connect(self._on_history_clicked)
        for button in (self.publish_button, self.new_version_button, self.history_button):
            row.addWidget(button)
        row.addStretch(1)
        self.extra.addLayout(row)

    def _apply_state(self) -> None:
        v = self.version
        editable = v is None or v.status is StandardStatus.DRAFT
        # a version in force is read, not edited: read-only text stays black and selectable
        for text in (self.title_edit, self.purpose, self.serves, self.change_note):
            text.setReadOnly(not editable)
        for widget in (self.response, self.resolution, self.owner, self.effective, self.review):
            widget.setEnabled(editable)
        self.department.setEnabled(v is None)
        self.steps.set_read_only(not editable)
        self.save_button.setVisible(editable)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Cancel") if editable else self.tr("Close"))
        self.save_button.setText(self.tr("Save draft"))
        self.publish_button.setVisible(editable)
        self.new_version_button.setVisible(not editable)
        self.history_button.setVisible(v is not None)
        if v is None:
            self.state_hint.setText(self.tr("A new standard starts as a draft. Publish it to put it in force."))
        else:
            self.state_hint.setText(self.tr("Version {n}: {status}. {what}").format(
                n=v.number, status=ui_label(v.status), what=self.tr("Edit the draft, then publish it.") if editable
                else self.tr("A version in force cannot be changed: make a new version to change it.")))
        self.setWindowTitle(self.tr("Service standard: {title}").format(title=v.title) if v else
                            self.tr("New service standard"))

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

    def save(self) -> StandardVersionDetail:
        if self.version is None:
            self.version = self.services.standards.create(self.department.currentData(), self.content())
        else:
            self.version = self.services.standards.update_draft(self.version.id, self.content())
        return self.version

    def _on_publish_clicked(self) -> None:
        try:
            draft = self.save()
            self.version = self.services.standards.publish(draft.id)
        except DomainError as error:
            self.show_error(error)
            return
        self.dirty = False
        self.saved.emit(self.version)
        self.accept()

    def _on_new_version_clicked(self) -> None:
        assert self.version is not None
        try:
            self.version = self.services.standards.new_version(self.version.standard_id)
        except DomainError as error:
            show_error(self, error)
            return
        self._apply_state()
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
