"""The main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from icdesk.services import Services


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(self.tr("icdesk \u2014 internal customer service"))
        self.resize(1280, 800)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.heading = QLabel(central)
        self.heading.setObjectName("heading")
        self.summary = QLabel(central)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary, 1)
        self.setCentralWidget(central)
        self.refresh()

    def refresh(self) -> None:
        company = self.services.company.get()
        counts = self.services.maintenance.counts()
        self.heading.setText(company.name if company else self.tr("New company"))
        self.summary.setText(self.tr("{departments} departments, {people} people, {requests} requests").format(
            departments=counts["departments"], people=counts["people"], requests=counts["requests"]))
        self.statusBar().showMessage(str(self.services.db.path))
