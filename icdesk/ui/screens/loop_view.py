"""The loop, end to end: each piece of feedback through its corrective action to the revised standard
and its acknowledgements, with the median days to each stage."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from icdesk.domain.enums import StandardStatus
from icdesk.services import Services
from icdesk.services.dto import LoopRow
from icdesk.ui.access import named
from icdesk.ui.dialogs.loop import ActionDialog, FeedbackDialog, follow_up_poor_rating
from icdesk.ui.dialogs.standard import StandardDialog
from icdesk.ui.formatting import fmt, short_date, ui_label
from icdesk.ui.list_screen import ListScreen
from icdesk.ui.pickers import department_combo
from icdesk.ui.table_model import Column, RowTableModel
from icdesk.ui.theme import LOOP_FIGURE, size_css, styled


class LoopScreen(ListScreen):
    depends_on = frozenset({"feedback", "corrective_actions", "standard_versions", "acknowledgements",
                            "standard_readers", "departments", "people"})

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Closing the loop"), self.tr("Give feedback"), self.tr(
            "Each piece of feedback followed through its corrective action to the revised standard and the "
            "people who acknowledged it. Open a corrective action on poor feedback to start a loop."), parent)
        figures = QGridLayout()
        figures.setHorizontalSpacing(24)
        self.figures: dict[str, QLabel] = {}
        captions = [("to_action", self.tr("median time from feedback to the action opened")),
                    ("to_closed", self.tr("to the action closed")),
                    ("to_revision", self.tr("to the revised standard in force")),
                    ("to_acknowledged", self.tr("to 90% of its readers acknowledging it"))]
        for column, (key, caption) in enumerate(captions):
            box = QVBoxLayout()
            value = QLabel("\u2013")
            styled(value, lambda c: f"{size_css(LOOP_FIGURE)} font-weight: 700; color: {c.accent.name()};")
            label = QLabel(caption)
            label.setWordWrap(True)
            box.addWidget(value)
            box.addWidget(label)
            self.figures[key] = value
            figures.addLayout(box, 0, column)
        self.outer.insertLayout(1, figures)
        self.department = named(department_combo(services, self.tr("All departments")), self.tr("Department"))
        self.department.currentIndexChanged.connect(self.refresh)
        self.open_only = QCheckBox(self.tr("Loops not closed yet"))
        self.open_only.toggled.connect(self.refresh)
        self.filters.addWidget(self.department)
        self.filters.addWidget(self.open_only)
        self.filters.addStretch(1)
        self.table_model: RowTableModel[LoopRow] = RowTableModel([
            Column(self.tr("Feedback"), self.feedback_text, lambda r: r.feedback_on, tooltip=lambda r: r.comment),
            Column(self.tr("Department"), lambda r: r.department_name),
            Column(self.tr("Corrective action"), lambda r: r.action.replace("\n", " "), tooltip=self.action_tooltip),
            Column(self.tr("Closed"), lambda r: short_date(r.action_closed_on), lambda r: r.action_closed_on),
            Column(self.tr("Standard revised"), self.revision_text),
            Column(self.tr("In force"), lambda r: short_date(r.revision_active_on), lambda r: r.revision_active_on),
            Column(self.tr("90% acknowledged"), self.acknowledged_text, lambda r: r.acknowledged_90_on),
        ], self, muted=lambda r: r.complete)
        self.set_model(self.table_model)
        self.fit_columns(stretch=2, cap=170)

    def feedback_text(self, row: LoopRow) -> str:
        if row.feedback_on is None:
            return "\u2013"
        stars = "\u2605" * (row.rating or 0)
        return f"{short_date(row.feedback_on)}  {stars}"

    def action_tooltip(self, row: LoopRow) -> str:
        return row.action + "\n" + self.tr("Opened on {date}").format(date=short_date(row.action_opened_on))

    def revision_text(self, row: LoopRow) -> str:
        if not row.standard_title:
            return ""
        text = self.tr("{title}, version {n}").format(title=row.standard_title, n=row.version_number)
        if row.version_status is not None and row.version_status is not StandardStatus.ACTIVE:
            text += f" ({ui_label(row.version_status).lower()})"
        return text

    def acknowledged_text(self, row: LoopRow) -> str:
        if row.acknowledged_90_on is not None:
            return "\u2713 " + short_date(row.acknowledged_90_on)
        if row.acknowledged_share is not None:
            return self.tr("{share} so far").format(share=fmt().percent(row.acknowledged_share))
        return ""

    def refresh(self) -> None:
        rows = self.services.loop.rows(self.department.currentData(), self.open_only.isChecked())
        figures = self.services.loop.figures(rows)
        for key, label in self.figures.items():
            value = getattr(figures, key)
            label.setText("\u2013" if value is None else fmt().translate(
                "LoopScreen", "%n day(s)", None, round(value)) if value == round(value) else
                self.tr("{n} days").format(n=fmt().number(value, 1)))
        text = self.search.text().strip().casefold()
        if text:
            rows = [r for r in rows if text in r.action.casefold() or text in r.comment.casefold()
                    or text in r.standard_title.casefold()]
        self.table_model.set_rows(rows)
        self.show_rows(len(rows))

    def new_item(self) -> None:
        dialog = FeedbackDialog(self.services, department_id=self.department.currentData(), parent=self)
        if dialog.exec():
            follow_up_poor_rating(self, self.services, dialog.given)
            self.after_change()

    def open_row(self, row: LoopRow) -> None:
        if row.standard_id is not None and row.version_status is not StandardStatus.ACTIVE:
            StandardDialog(self.services, row.standard_id, parent=self).exec()  # the revision still on its way
            self.after_change()
            return
        if ActionDialog(self.services, self.services.actions.get(row.action_id), parent=self).exec():
            self.after_change()


__all__ = ["LoopScreen"]
