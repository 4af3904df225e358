"""Two versions of a standard side by side: what changed, what was added, what was removed."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icdesk.services.dto import StandardVersionDetail
from icdesk.services.standards import VersionDifference, compare_versions
from icdesk.ui.access import label_for, leaves_on_tab, named
from icdesk.ui.formatting import fmt, ui_label
from icdesk.ui.forms import FittedDialog
from icdesk.ui.theme import colours


class CompareVersionsDialog(FittedDialog):
    def __init__(self, versions: list[StandardVersionDetail], newer_index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = versions
        self.setWindowTitle(self.tr("Compare versions"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        pickers = QHBoxLayout()
        self.older, self.newer = QComboBox(), QComboBox()
        for combo in (self.older, self.newer):
            for i, v in enumerate(versions):
                combo.addItem(self.tr("Version {n} ({status})").format(n=v.number, status=ui_label(v.status)), i)
        self.newer.setCurrentIndex(newer_index)
        self.older.setCurrentIndex(max(0, newer_index - 1))
        self.same = QCheckBox(self.tr("Show what did not change"))
        compare = QLabel(self.tr("Compare"))
        label_for(compare, self.older)
        named(self.newer, self.tr("Compare with"))
        pickers.addWidget(compare)
        pickers.addWidget(self.older)
        pickers.addWidget(QLabel(self.tr("with")))
        pickers.addWidget(self.newer)
        pickers.addStretch(1)
        pickers.addWidget(self.same)
        layout.addLayout(pickers)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.table = leaves_on_tab(named(QTableWidget(0, 3), self.tr("Differences")))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for widget in (self.older, self.newer):
            widget.currentIndexChanged.connect(self.show_differences)
        self.same.toggled.connect(self.show_differences)
        self.show_differences()

    def show_differences(self) -> None:
        old, new = self.versions[self.older.currentData()], self.versions[self.newer.currentData()]
        self.table.setHorizontalHeaderLabels(["", self.tr("Version {n}").format(n=old.number),
                                              self.tr("Version {n}").format(n=new.number)])
        differences = [d for d in compare_versions(old, new) if d.kind != "same" or self.same.isChecked()]
        counts = {kind: sum(d.kind == kind for d in differences) for kind in ("changed", "added", "removed")}
        self.summary.setText(self.tr("{changed} changed, {added} added, {removed} removed").format(**counts)
                             if any(counts.values()) else self.tr("No differences."))
        self.table.setRowCount(len(differences))
        for row, difference in enumerate(differences):
            cells = [self._what(difference), self._shown(difference.what, difference.before),
                     self._shown(difference.what, difference.after)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if difference.kind in ("changed", "added", "removed"):
                    shade = colours()
                    item.setBackground(QBrush({"changed": shade.warning_ground, "added": shade.success_ground,
                                               "removed": shade.danger_ground}[difference.kind]))
                if difference.kind == "same":
                    item.setForeground(QBrush(colours().muted))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _what(self, d: VersionDifference) -> str:
        kind = {"changed": self.tr("changed"), "added": self.tr("added"), "removed": self.tr("removed"),
                "same": ""}[d.kind]
        if d.what == "step":
            number = d.step_after if d.step_after is not None else d.step_before
            name = self.tr("Step {n}").format(n=number)
        else:
            name = {"title": self.tr("Title"), "purpose": self.tr("Purpose"), "serves": self.tr("Who it serves"),
                    "first_response_minutes": self.tr("First response within"),
                    "resolution_minutes": self.tr("Resolved within"), "owner_name": self.tr("Owner"),
                    "effective_on": self.tr("Effective from"), "next_review_on": self.tr("Next review")}[d.what]
        return f"{name} \u2013 {kind}" if kind else name

    @staticmethod
    def _shown(what: str, value: object) -> str:
        if value is None or value == "":
            return "\u2013"
        if what.endswith("_minutes") and isinstance(value, int):
            return fmt().target(value)
        if isinstance(value, date):
            return fmt().date(value)
        return str(value)

