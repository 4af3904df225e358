"""The ideas board: proposals for better cooperation between departments, and what became of them."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from icdesk.domain.enums import IdeaStatus
from icdesk.services import Services
from icdesk.services.dto import IdeaRow
from icdesk.ui.access import named
from icdesk.ui.chips import IDEA_TONES
from icdesk.ui.dialogs.idea import IdeaDialog
from icdesk.ui.formatting import short_date, ui_label
from icdesk.ui.list_screen import ListScreen
from icdesk.ui.pickers import department_combo
from icdesk.ui.table_model import Column, RowTableModel

OPEN = "open"


class IdeasScreen(ListScreen):
    depends_on = frozenset({"ideas", "idea_departments", "idea_supports", "corrective_actions", "standard_versions",
                            "departments", "people"})

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Ideas"), self.tr("Propose an idea"), self.tr(
            "A forum for working better together: anyone can propose how two or more departments could serve each "
            "other better. Ideas are tried, then adopted or declined with a reason. Propose the first one."), parent)
        self.enable_archive(self.tr("Archive"))
        self.status = named(QComboBox(), self.tr("Status"))
        self.status.addItem(self.tr("Open (proposed or on trial)"), OPEN)
        self.status.addItem(self.tr("Any status"), None)
        for status in IdeaStatus:
            self.status.addItem(ui_label(status), status)
        self.department = named(department_combo(services, self.tr("All departments")), self.tr("Department"))
        for widget in (self.status, self.department):
            widget.currentIndexChanged.connect(self.refresh)
            self.filters.addWidget(widget)
        self.filters.addStretch(1)
        self.table_model: RowTableModel[IdeaRow] = RowTableModel([
            Column(self.tr("Proposed"), lambda i: short_date(i.proposed_on), lambda i: i.proposed_on),
            Column(self.tr("Idea"), lambda i: i.title, tooltip=lambda i: i.description),
            Column(self.tr("Departments"), lambda i: ", ".join(i.department_names)),
            Column(self.tr("From"), lambda i: self.tr("anonymous") if i.anonymous else i.author_name or
                   i.author_department_name),
            Column(self.tr("Status"), lambda i: ui_label(i.status), lambda i: list(IdeaStatus).index(i.status),
                   tone=lambda i: IDEA_TONES[i.status]),
            Column(self.tr("Support"), lambda i: str(i.supporters), lambda i: i.supporters, align_right=True,
                   tooltip=lambda i: "\n".join(i.supporter_names)),
            Column(self.tr("Decision or trial"), lambda i: i.status_note.replace("\n", " "),
                   tooltip=lambda i: i.status_note),
        ], self, muted=lambda i: i.status is IdeaStatus.DECLINED)
        self.set_model(self.table_model)
        self.fit_columns(stretch=6)

    def refresh(self) -> None:
        chosen = self.status.currentData()
        rows = self.services.ideas.list(status=chosen if isinstance(chosen, IdeaStatus) else None,
                                        open_only=chosen == OPEN, department_id=self.department.currentData(),
                                        text=self.search.text())
        self.table_model.set_rows(rows)
        self.show_rows(len(rows))

    def new_item(self) -> None:
        if IdeaDialog(self.services, parent=self).exec():
            self.after_change()

    def open_row(self, row: IdeaRow) -> None:
        if IdeaDialog(self.services, self.services.ideas.get(row.id), parent=self).exec():
            self.after_change()

    def archive_row(self, row: IdeaRow) -> None:
        self.services.ideas.archive(row.id)
