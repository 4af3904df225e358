"""Help: a short getting-started guide and the keyboard shortcuts, in the window's language."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from icdesk.ui.access import leaves_on_tab, named
from icdesk.ui.forms import FittedDialog


class GettingStartedDialog(FittedDialog):
    """The order in which a new company is set up, screen by screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.text = named(QTextBrowser(), self.tr("Getting started"))
        self.text.setOpenLinks(False)
        steps = [
            (self.tr("Your company"), self.tr(
                "File \u2192 Company details: the name, address and logo printed on every document, the time "
                "zone, and a service vision in one or two sentences.")),
            (self.tr("Departments and people"), self.tr(
                "Departments & People: every department that serves another one (the kitchen serves the dining "
                "room, IT serves everyone), its head, and its people. The head of a department approves its "
                "standards.")),
            (self.tr("Service standards"), self.tr(
                "Service Standards: what each department promises, as steps and as targets for the first "
                "response and the resolution. A new version is sent for review, approved and then put in "
                "force; the people concerned acknowledge it (Acknowledgements, Training).")),
            (self.tr("Agreements"), self.tr(
                "Agreements: for a pair of departments, what each needs from the other, both ways, signed by "
                "both heads.")),
            (self.tr("Requests"), self.tr(
                "Requests: what one department asks of another (Ctrl+Shift+N from anywhere). Each moves from "
                "new to resolved; its due times follow the standard and the working hours of the department "
                "that serves it.")),
            (self.tr("Feedback and corrective actions"), self.tr(
                "Feedback: people rate the service they received. A poor rating or a breakdown leads to a "
                "corrective action, which may revise a standard; Closing the Loop follows each one to the "
                "end.")),
            (self.tr("How well departments serve each other"), self.tr(
                "Service Network shows every pair of departments both ways and where service breaks down; "
                "Survey Rounds ask the departments themselves. The Dashboard shows what needs you today.")),
            (self.tr("Print and keep safe"), self.tr(
                "Reports prints the handbook of standards, scorecards, agreements to sign and more. A backup "
                "is made every day you work (File \u2192 Backup now makes one at once).")),
        ]
        html = "<ol>" + "".join(f"<li><p><b>{escape(title)}</b><br>{escape(text)}</p></li>"
                                for title, text in steps) + "</ol>"
        html += "<p>" + escape(self.tr(
            "To look around first, open the example hotel: start icdesk with a new file and choose the "
            "example, or run \u201cicdesk --db hotel.sqlite demo\u201d.")) + "</p>"
        self.text.setHtml(html)  # our own sentences only: no user data in this text
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ShortcutsDialog(FittedDialog):
    """Every keyboard shortcut, read from the window's own actions so the list is never out of date."""

    def __init__(self, window_actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        rows: list[tuple[str, str]] = []
        for action in window_actions:
            keys = action.shortcut()
            if not keys.isEmpty():
                rows.append((keys.toString(QKeySequence.SequenceFormat.NativeText),
                             action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")))
        rows += [
            (self.tr("Enter"), self.tr("Open the selected row")),
            (QKeySequence(QKeySequence.StandardKey.Delete).toString(QKeySequence.SequenceFormat.NativeText),
             self.tr("Archive or cancel the selected row (asks first)")),
            (self.tr("Tab"), self.tr("From the search box to the rows found")),
            (self.tr("Tab"), self.tr("On to the next field; in a table the arrow keys move from cell to cell")),
            (QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText),
             self.tr("Save the form of the dialog on view")),
            (self.tr("Alt+underlined letter"), self.tr("Press that button or go to that field")),
            (self.tr("Escape"), self.tr("Close a dialog (asks first if something was typed)")),
        ]
        self.table = leaves_on_tab(named(QTableWidget(len(rows), 2), self.tr("Keyboard shortcuts")))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, (keys_text, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys_text))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(QLabel(self.tr("Shortcuts work on every screen; the list ones act on the list on view.")))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def entries(self) -> list[tuple[str, str]]:
        """The rows shown (for tests)."""
        rows = []
        for row in range(self.table.rowCount()):
            keys, what = self.table.item(row, 0), self.table.item(row, 1)
            rows.append((keys.text() if keys else "", what.text() if what else ""))
        return rows


__all__ = ["GettingStartedDialog", "ShortcutsDialog"]
