"""Reports: pick a document, make it in the background, read it here, print or save it."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from icdesk.i18n import LANGUAGES, Formatter
from icdesk.reports.registry import REPORTS, Param, ReportSpec, build_report, default_period
from icdesk.services import Services
from icdesk.ui import tempfiles
from icdesk.ui.changes import Refresher
from icdesk.ui.formatting import short_date
from icdesk.ui.forms import date_edit, tell, to_date
from icdesk.ui.pickers import department_combo, shrinkable
from icdesk.ui.remembered import remember_choices, remembered_choices
from icdesk.ui.theme import SUBSECTION, muted_css, size_css, styled, title_style
from icdesk.ui.workers import not_saved, run_with_progress

if TYPE_CHECKING:  # QtPdf and printing load with the first document made (a few MiB until then)
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    from icdesk.ui.printing import PrintJob


# the document chosen and its options, kept per data file (they name its departments, agreements and
# sessions by number) and given back when the screen is built again: after a restart, another language
REMEMBERED = "reports"


def _number(value: object) -> int | None:
    """A record's number as kept; anything else (a settings file edited by hand) is no number."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _kept_date(value: object) -> QDate | None:
    try:
        day = date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return QDate(day.year, day.month, day.day) if day is not None else None


def whole_ink(label: QLabel) -> QLabel:
    """A label sized by its letters' advance cuts a letter whose ink reaches past it: the "o" of a
    short "To" leaning under the "T" showed as "Tc". Wide enough for the ink as well."""
    text = label.text().replace("&", "")
    ink = label.fontMetrics().boundingRect(text)
    label.setMinimumWidth(max(label.fontMetrics().horizontalAdvance(text), ink.width()) + 2)
    return label


class ReportsScreen(QWidget):
    generated = Signal(str)  # path of the PDF now shown

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.current: Path | None = None  # the document shown, in a folder of its own
        self.current_kind: str | None = None  # ... and which document it is (its file is named by its title)
        self._making_kind: str | None = None
        self.print_job: PrintJob | None = None  # the last printing asked for, going on in the background
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        heading = QLabel(self.tr("Reports"))
        heading.setStyleSheet(title_style())
        left.addWidget(heading)
        self.form = form = QFormLayout()
        self.kind = QComboBox()
        for kind in REPORTS.values():
            self.kind.addItem(QCoreApplication.translate("Reports", kind.title), kind.key)
        shrinkable(self.kind, 16)
        # a document's name whole ("Hoja de asistencia a la formación" was cut to "...a la fo"), short of
        # the very longest, which would squeeze the preview: it is said whole in the tooltip
        self.kind.setMinimumWidth(min(self.kind.sizeHint().width(), self.kind.fontMetrics().averageCharWidth() * 44))
        self.kind.currentTextChanged.connect(self.kind.setToolTip)
        form.addRow(self.tr("Document"), self.kind)
        start, end = default_period(services.ctx.today())
        self.start, self.end = date_edit(start), date_edit(end)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        self.departments = QListWidget()
        self.departments.setStyleSheet("QListWidget::item { padding: 3px 2px; }")  # tick boxes apart, easy to hit
        self.departments.setMaximumHeight(200)
        form.addRow(self.tr("Departments"), self.departments)
        self.departments.setToolTip(self.tr("Tick none for the whole company."))
        self.department = department_combo(services)
        form.addRow(self.tr("Department"), self.department)
        self.agreement = QComboBox()
        form.addRow(self.tr("Agreement"), self.agreement)
        self.request_number = QSpinBox()
        self.request_number.setRange(1, 10**9)
        form.addRow(self.tr("Request number"), self.request_number)
        self.training = QComboBox()
        form.addRow(self.tr("Training session"), self.training)
        self.sign_sheets = QCheckBox(self.tr("Add acknowledgement sheets to sign"))
        self.sign_sheets.setChecked(True)
        form.addRow(self.sign_sheets)
        self.new_edition = QCheckBox(self.tr("Issue as a new edition"))
        self.new_edition.setToolTip(self.tr("Records this handbook as the next edition, with today's date. The "
                                            "next edition lists what changed since this one."))
        form.addRow(self.new_edition)
        self.uncontrolled = QCheckBox(self.tr("Mark as uncontrolled when printed"))
        self.uncontrolled.setToolTip(self.tr("Prints “Uncontrolled when printed” on every page, for copies that "
                                             "will not be kept up to date."))
        form.addRow(self.uncontrolled)
        self.page_size = QComboBox()
        self.page_size.addItem("A4", "a4")
        self.page_size.addItem("US Letter", "letter")
        form.addRow(self.tr("Paper"), self.page_size)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        # documents come in the window's language unless the manager picks another
        self.language.setCurrentIndex(max(0, self.language.findData(self._window_language())))
        form.addRow(self.tr("Language"), self.language)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                whole_ink(label)
        left.addLayout(form)
        self.generate_button = QPushButton(self.tr("Make the document"))
        self.generate_button.setMinimumHeight(34)
        self.generate_button.clicked.connect(self.generate)
        left.addWidget(self.generate_button)
        # what to do with the document made, under the button that makes it: a row of them above the
        # document would keep the window wider than a 1024-pixel screen in some languages
        buttons = QVBoxLayout()
        self.print_button = QPushButton(self.tr("&Print\u2026"))
        self.save_button = QPushButton(self.tr("Save as\u2026"))
        self.open_button = QPushButton(self.tr("Open in PDF viewer"))
        self.print_button.clicked.connect(self.print_current)
        self.save_button.clicked.connect(self.save_current)
        self.open_button.clicked.connect(self.open_current)
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        left.addLayout(buttons)
        left.addStretch(1)
        outer.addLayout(left, 2)

        self.right = right = QVBoxLayout()
        self.document: QPdfDocument | None = None  # made with the first document (see _pdf_view)
        self.view: QPdfView | None = None
        self.placeholder = QLabel(self.tr("Choose a document on the left and make it: it appears here, ready to "
                                          "print or save."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        styled(self.placeholder, lambda c: f"{muted_css(c)} {size_css(SUBSECTION)}")
        right.addWidget(self.placeholder, 1)
        outer.addLayout(right, 5)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._filling = False  # the lists are being filled: their signals are no choice of the person's
        self.choices = remembered_choices(services, REMEMBERED)
        self._give_back_choices()
        self._on_kind_changed()
        for signal in (self.kind.currentIndexChanged, self.department.currentIndexChanged,
                       self.agreement.currentIndexChanged, self.training.currentIndexChanged,
                       self.page_size.currentIndexChanged, self.language.currentIndexChanged,
                       self.start.dateChanged, self.end.dateChanged, self.departments.itemChanged,
                       self.request_number.valueChanged, self.sign_sheets.toggled, self.uncontrolled.toggled):
            signal.connect(self._remember_choices)
        self.refresher = Refresher(self, services, {"departments", "service_agreements", "training_sessions"},
                                   self.refresh)

    def reload(self) -> None:
        """Read again now (F5), whatever the change notifications said."""
        self.refresher.reload()

    def refresh(self) -> None:
        """The lists read again; what was ticked and chosen in them stays so (self.choices follows
        every choice), unless it is gone from the file."""
        self._filling = True
        try:
            kept = self.choices.get("departments")
            chosen = {_number(n) for n in kept} if isinstance(kept, list) else set()
            self.departments.clear()
            for d in self.services.departments.list():
                item = QListWidgetItem(d.name)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if d.id in chosen else Qt.CheckState.Unchecked)
                self.departments.addItem(item)
            self.agreement.clear()
            for a in self.services.agreements.list():
                self.agreement.addItem(f"{a.provider_name} \u2192 {a.customer_name}", a.id)
            self.agreement.setCurrentIndex(max(0, self.agreement.findData(_number(self.choices.get("agreement")))))
            self.training.clear()
            for t in self.services.training.sessions():
                self.training.addItem(f"{short_date(t.held_on)} \u2013 {t.topic} (#{t.id})", t.id)
            self.training.setCurrentIndex(max(0, self.training.findData(_number(self.choices.get("training")))))
        finally:
            self._filling = False
        self._listed = True
        self._remember_choices()  # a department or agreement gone from the file is no longer chosen
        self._on_kind_changed()

    def _give_back_choices(self) -> None:
        """The document and options last chosen on this file (the lists' choices: see refresh).
        Anything kept that no longer makes sense (a document or department gone, a date that is
        none) leaves that field as a new screen has it."""
        kept = self.choices
        self._listed = False  # until refresh: the lists are empty, not emptied by the person
        self._filling = True
        try:
            for combo, key in ((self.kind, "kind"), (self.page_size, "paper"), (self.language, "language")):
                index = combo.findData(kept.get(key)) if isinstance(kept.get(key), str) else -1
                if index >= 0:
                    combo.setCurrentIndex(index)
            department = self.department.findData(_number(kept.get("department")))
            if department >= 0:
                self.department.setCurrentIndex(department)
            start, end = _kept_date(kept.get("start")), _kept_date(kept.get("end"))
            if start is not None and end is not None and start <= end:
                self.start.setDate(start)
                self.end.setDate(end)
            request = _number(kept.get("request"))
            if request is not None and self.request_number.minimum() <= request <= self.request_number.maximum():
                self.request_number.setValue(request)
            for box, key in ((self.sign_sheets, "sign_sheets"), (self.uncontrolled, "uncontrolled")):
                if isinstance(kept.get(key), bool):
                    box.setChecked(bool(kept[key]))
        finally:
            self._filling = False

    @staticmethod
    def _window_language() -> str:
        return QLocale().name().split("_")[0]

    def _remember_choices(self) -> None:
        """Keep what is chosen now, for this file (called on every change the person makes)."""
        if self._filling:
            return
        start, end = to_date(self.start), to_date(self.end)
        if (start, end) == default_period(self.services.ctx.today()):
            start = end = None  # the usual period, not its dates: the last months as of the day it is opened
        # a language picked is kept; untouched it stays None, the window's, which documents follow when it changes
        kept_language = self.choices.get("language")
        language = self.language.currentData()
        if language == (kept_language if isinstance(kept_language, str) else self._window_language()):
            language = kept_language
        choices = dict(self.choices)
        choices.update(kind=self.kind.currentData(), paper=self.page_size.currentData(),
                       language=language, department=self.department.currentData(),
                       start=start.isoformat() if start else None, end=end.isoformat() if end else None,
                       request=self.request_number.value(), sign_sheets=self.sign_sheets.isChecked(),
                       uncontrolled=self.uncontrolled.isChecked())
        if self._listed:  # before the lists are read, what was kept of them stands
            choices.update(departments=[int(n) for n in self.spec().department_ids],
                           agreement=self.agreement.currentData(), training=self.training.currentData())
        if choices != self.choices:
            self.choices = choices
            remember_choices(self.services, REMEMBERED, choices)

    def _param_rows(self) -> dict[Param, list[QWidget]]:
        """The rows of the form that ask for each kind of parameter."""
        return {Param.PERIOD: [self.start, self.end], Param.DEPARTMENTS: [self.departments],
                Param.DEPARTMENT: [self.department], Param.AGREEMENT: [self.agreement],
                Param.REQUEST: [self.request_number], Param.SIGN_SHEETS: [self.sign_sheets],
                Param.NEW_EDITION: [self.new_edition], Param.UNCONTROLLED: [self.uncontrolled],
                Param.TRAINING: [self.training]}

    def _on_kind_changed(self) -> None:
        params = REPORTS[self.kind.currentData()].params
        for param, widgets in self._param_rows().items():
            for widget in widgets:
                self.form.setRowVisible(widget, param in params)
        if self.current is not None and self.current_kind != self.kind.currentData():
            # another document is chosen: the one on show must not be printed or saved by mistake for it
            self._forget_document()
            if self.view is not None:
                self.view.hide()
            self.placeholder.show()
            for button in (self.print_button, self.save_button, self.open_button):
                button.setEnabled(False)

    def spec(self) -> ReportSpec:
        chosen = tuple(self.departments.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.departments.count())
                       if self.departments.item(i).checkState() == Qt.CheckState.Checked)
        return ReportSpec(kind=self.kind.currentData(), page_size=self.page_size.currentData(),
                          lang=self.language.currentData(), department_ids=chosen, start=to_date(self.start),
                          end=to_date(self.end), department_id=self.department.currentData(),
                          agreement_id=self.agreement.currentData(), request_id=self.request_number.value(),
                          sign_sheets=self.sign_sheets.isChecked(), new_edition=self.new_edition.isChecked(),
                          uncontrolled=self.uncontrolled.isChecked(), training_id=self.training.currentData())

    def show_request(self, request_id: int) -> None:
        self.kind.setCurrentIndex(self.kind.findData("request"))
        self.request_number.setValue(request_id)
        self.generate()

    def show_acknowledgements(self, department_ids: list[int]) -> None:
        """Who still has to sign, for these departments (none: all), made at once."""
        self.kind.setCurrentIndex(self.kind.findData("acknowledgements"))
        for i in range(self.departments.count()):
            item = self.departments.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in department_ids
                               else Qt.CheckState.Unchecked)
        self.generate()

    def show_training(self, session_id: int) -> None:
        self.kind.setCurrentIndex(self.kind.findData("attendance"))
        self.training.setCurrentIndex(max(0, self.training.findData(session_id)))
        self.generate()

    def file_name(self, spec: ReportSpec) -> str:
        """The document's title in its own language and the day it was made ("Riepilogo del servizio
        2026-12-01.pdf"): what Save as offers and a PDF viewer shows, not "summary.pdf"."""
        title = Formatter(spec.lang).translate("Reports", REPORTS[spec.kind].title)
        safe = " ".join("".join(ch for ch in title if ch not in '\\/:*?"<>|' and ch.isprintable()).split())
        return f"{safe or spec.kind} {self.services.ctx.today().isoformat()}.pdf"

    def generate(self) -> None:
        spec = self.spec()
        self._making_kind = spec.kind
        out = tempfiles.new_folder("report") / self.file_name(spec)
        self.generate_button.setEnabled(False)
        run_with_progress(self, self.tr("Making the document\u2026"),
                          lambda: build_report(self.services, spec, out), self._on_generated, self._on_failed)

    def _on_generated(self, path: Path) -> None:
        self.generate_button.setEnabled(True)
        self.new_edition.setChecked(False)  # an edition is issued once, not again with every preview
        document, view = self._pdf_view()
        document.close()
        if self.current is not None and self.current.parent != path.parent:
            tempfiles.remove(self.current.parent)  # the document it replaces is no longer shown
        document.load(str(path))
        self.current, self.current_kind = path, self._making_kind
        self.placeholder.hide()
        view.show()
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(True)
        self.generated.emit(str(path))

    def _pdf_view(self) -> tuple[QPdfDocument, QPdfView]:
        """The document and the view that shows it, made the first time a document is."""
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        if self.document is None or self.view is None:
            self.document, self.view = QPdfDocument(self), QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.right.addWidget(self.view, 1)
        return self.document, self.view

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._forget_document()
        super().closeEvent(event)

    def _forget_document(self) -> None:
        if self.document is not None:
            self.document.close()
        if self.current is not None:
            tempfiles.remove(self.current.parent)
            self.current = self.current_kind = None

    def _on_failed(self, message: str) -> None:
        self.generate_button.setEnabled(True)
        tell(self, self.tr("The document could not be made"), message)

    def save_current(self) -> None:
        if self.current is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document"), self.current.name,
                                                self.tr("PDF documents (*.pdf)"))
        if target:
            try:
                shutil.copyfile(self.current, target)
            except OSError:
                tell(self, self.tr("Not saved"), not_saved(target))

    def open_current(self) -> None:
        if self.current is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.current))):
            tell(self, self.tr("No PDF viewer"), self.tr(
                "This computer has no program set to open PDF documents. Use Save as\u2026 and open the file "
                "with a PDF viewer, or print it from here."))

    def print_current(self) -> None:
        if self.current is None:  # File → Print… (Ctrl+P) before anything was made: say what to do
            tell(self, self.tr("Nothing to print yet"), self.tr(
                "Choose a document and press “Make the document”; when it is shown here, print it."))
            return
        from icdesk.ui.printing import ask_and_print

        self.print_job = ask_and_print(self, self.current, self._pdf_view()[0].pageCount())
