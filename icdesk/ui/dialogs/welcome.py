"""First start: name the company, start empty or with the example hotel."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLineEdit, QRadioButton, QWidget

from icdesk.services import Services
from icdesk.ui.formatting import fmt
from icdesk.ui.forms import FormDialog, hint, multiline
from icdesk.ui.theme import LEAD, size_css


class WelcomeDialog(FormDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Welcome to icdesk"), parent)
        self.services = services
        intro = hint(self.tr(
            "icdesk helps your departments serve each other well: service standards, internal requests, "
            "feedback, corrective actions and recognition, all kept in one file on this computer."))
        intro.setStyleSheet(size_css(LEAD) + " margin-bottom: 8px;")
        self.outer.insertWidget(0, intro)  # the welcome says what icdesk is before it asks anything
        self.name = self.add_field("name", self.tr("Company name"), QLineEdit(), required=True)
        self.name.setPlaceholderText(self.tr("e.g. Hotel Aurora"))
        self.vision = self.add_field("service_vision", self.tr("Service vision (optional)"), multiline("", 60))
        self.vision.setPlaceholderText(self.tr("One shared definition of great service, inside and outside."))
        self.empty = QRadioButton(self.tr("Start empty: I will add my own departments"))
        self.example = QRadioButton(self.tr("Start with the example hotel, to look around first"))
        self.empty.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.empty)
        group.addButton(self.example)
        self.extra.addWidget(self.empty)
        self.extra.addWidget(self.example)
        if fmt().lang != "en":  # said before it is chosen: its departments, standards and notes are English
            self.example_note = hint(self.tr("The example hotel is written in English; your own company is "
                                             "kept in the words you type."))
            self.extra.addWidget(self.example_note)
        self.save_button.setText(self.tr("Start"))
        # the example is a whole hotel with its own name and vision: nothing to type for it
        self.example.toggled.connect(self._on_choice)
        self.ready()

    def _on_choice(self) -> None:
        for field in (self.name, self.vision):
            field.setEnabled(not self.example.isChecked())
        self.refresh_state()

    def local_problems(self) -> dict[str, str]:
        return {} if self.example.isChecked() else super().local_problems()

    def save(self) -> object:
        if self.example.isChecked():
            if self.services.maintenance.is_empty():
                self.services.demo.fill()  # Hotel Aurora, its vision and its people
            return self.services.company.get()
        return self.services.company.save(self.name.text(), service_vision=self.vision.toPlainText())
