"""File → Import: choose what the file holds, check how it was read, match its columns, see the
plan row by row, import. Checking and importing run in the background with progress and Cancel;
nothing is written until every row is fine, and nothing at all when cancelled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icdesk.services import Services
from icdesk.services.import_kinds import KINDS, MINUTES, STEPS
from icdesk.services.import_values import numbered_columns
from icdesk.services.imports import ImportCancelled, ImportPlan, ImportRefused, ReadOptions
from icdesk.ui.access import label_for
from icdesk.ui.errors import localized
from icdesk.ui.formatting import fmt
from icdesk.ui.forms import FittedDialog, ScrollBody, hint, plain
from icdesk.ui.theme import strong_error_css, styled
from icdesk.ui.workers import CancellableJob, Progress, describe

FILE_FILTER = "*.csv *.txt *.tsv *.xlsx *.xlsm *.xlsb *.xls *.ods"
ENCODINGS = [("utf-8", "UTF-8"), ("utf-16", "UTF-16"), ("cp1252", "Windows-1252"), ("cp1251", "Windows-1251")]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Import", text)


class ImportDialog(FittedDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.path: Path | None = None
        self.options = ReadOptions()
        self.user_mapping: dict[str, str] | None = None  # None: guessed from the column names
        self.plan: ImportPlan | None = None  # the last check, or the import done
        self.imported = False
        self.job: CancellableJob | None = None
        self._job_kind = ""  # "check" or "import"
        self._again = False  # check again once the running check has stopped
        self._closing = False
        self.combos: dict[str, QComboBox] = {}
        self._header: list[str] = []
        self.setWindowTitle(self.tr("Import from a spreadsheet or CSV file"))
        self.resize(1040, 760)
        outer = QVBoxLayout(self)
        scroll = ScrollBody()  # on a small screen the rest scrolls: Import and Close stay in view
        outer.addWidget(scroll, 1)
        layout = scroll.body

        top = QHBoxLayout()
        self.kind = QComboBox()
        for key, kind in KINDS.items():
            self.kind.addItem(_tr(kind.title), key)
        self.choose_button = QPushButton(self.tr("Choose file\u2026"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = plain(QLabel(self.tr("No file chosen")))  # a file name may hold "<" and "&"
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        holds = QLabel(self.tr("The file holds"))
        label_for(holds, self.kind)
        top.addWidget(holds)
        top.addWidget(self.kind)
        top.addSpacing(12)
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        layout.addLayout(top)
        self.intro = hint(self.tr(
            "Choose what the file holds, then the file: a CSV file, as any spreadsheet program saves it, or a "
            "workbook (.xlsx, .xls, .ods). Every row is checked and shown below before anything is written; "
            "nothing is imported while any row has a problem."))
        layout.addWidget(self.intro)

        self.reading = QGroupBox(self.tr("How the file is read"))
        reading = QHBoxLayout(self.reading)
        self.sheet_label = QLabel(self.tr("Sheet"))
        self.sheet = QComboBox()
        self.encoding_label = QLabel(self.tr("Character set"))
        self.encoding = QComboBox()
        for codec, name in ENCODINGS:
            self.encoding.addItem(name, codec)
        self.delimiter_label = QLabel(self.tr("Columns separated by"))
        self.delimiter = QComboBox()
        for char, name in ((",", self.tr("Comma ( , )")), (";", self.tr("Semicolon ( ; )")), ("\t", self.tr("Tab"))):
            self.delimiter.addItem(name, char)
        for label, widget in ((self.sheet_label, self.sheet), (self.encoding_label, self.encoding),
                              (self.delimiter_label, self.delimiter)):
            reading.addWidget(label)
            reading.addWidget(widget)
            reading.addSpacing(12)
        self.reading_hint = hint("")
        reading.addWidget(self.reading_hint, 1)
        layout.addWidget(self.reading)
        self.reading.hide()

        self.warning = plain(QLabel())  # the sentences below may quote the file's own cells
        self.warning.setWordWrap(True)
        styled(self.warning, lambda c: f"background: {c.warning_ground.name()}; border: 1px solid {c.border.name()}; "
               f"border-radius: 4px; padding: 6px; color: {c.warning.name()};")
        self.warning.hide()
        layout.addWidget(self.warning)
        self.error = plain(QLabel())
        self.error.setWordWrap(True)
        styled(self.error, strong_error_css)
        self.error.hide()
        layout.addWidget(self.error)

        self.columns_box = QGroupBox(self.tr("Which column holds what (* is required)"))
        columns = QVBoxLayout(self.columns_box)
        self.mapping_grid = QGridLayout()
        self.mapping_grid.setHorizontalSpacing(10)
        columns.addLayout(self.mapping_grid)
        self.kind_hint = hint("")
        columns.addWidget(self.kind_hint)
        self.ignored = plain(hint(""))  # names the file's columns
        columns.addWidget(self.ignored)
        layout.addWidget(self.columns_box)
        self.columns_box.hide()

        status = QHBoxLayout()
        self.summary = plain(QLabel())
        self.summary.setWordWrap(True)
        status.addWidget(self.summary, 1)
        self.progress = QProgressBar()
        self.progress.setMinimumWidth(220)
        self.progress.setTextVisible(False)  # the row it is at is said beside it
        self.progress.hide()
        status.addWidget(self.progress)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        status.addWidget(self.stop_button)
        self.again_button = QPushButton(self.tr("Check again"))
        self.again_button.setToolTip(self.tr("Read the file again, after you have corrected it"))
        self.again_button.clicked.connect(self.check)
        self.again_button.hide()
        status.addWidget(self.again_button)
        layout.addLayout(status)

        split = QSplitter(Qt.Orientation.Vertical)
        self.preview = QTableWidget()  # a fixed snapshot of the plan, not a live list of records
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.verticalHeader().hide()
        split.addWidget(self.preview)
        self.preview.hide()  # until there is a plan to show
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_top = QHBoxLayout()
        self.problems_title = QLabel()
        styled(self.problems_title, strong_error_css)
        problems_top.addWidget(self.problems_title, 1)
        self.copy_button = QPushButton(self.tr("Copy the list"))
        self.copy_button.setToolTip(self.tr("Copy the problems, to paste them into a spreadsheet or an e-mail"))
        self.copy_button.clicked.connect(self.copy_problems)
        problems_top.addWidget(self.copy_button)
        problems_layout.addLayout(problems_top)
        self.problems = QTableWidget(0, 3)
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setAlternatingRowColors(True)
        self.problems.setWordWrap(True)
        self.problems.verticalHeader().hide()
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.setColumnWidth(1, 200)
        problems_layout.addWidget(self.problems)
        split.addWidget(problems_box)
        self.problems_box = problems_box
        problems_box.hide()
        layout.addWidget(split, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.sheet.currentIndexChanged.connect(self._reading_changed)
        self.encoding.currentIndexChanged.connect(self._reading_changed)
        self.delimiter.currentIndexChanged.connect(self._reading_changed)
        self._show_kind_hint()

    # -- choosing ---------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        target, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), "",
            self.tr("Spreadsheets and CSV files ({patterns});;All files (*)").format(patterns=FILE_FILTER))
        if target:
            self.load(Path(target))

    def load(self, path: Path) -> None:
        """Read ``path`` as detected, guess its columns and check every row (in the background)."""
        self.path = path
        self.intro.hide()
        self._clear_results()
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.options = ReadOptions()
        self.user_mapping = None
        self.check()

    def kind_key(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        self.user_mapping = None
        self._show_kind_hint()
        self.check()

    def _show_kind_hint(self) -> None:
        hints = {
            "departments": self.tr("A department already in icdesk (same name) is updated, not added twice."),
            "people": self.tr("A person already in icdesk (same e-mail, or same name) is updated, not added twice."),
            "requests": self.tr("Departments and people are found by name: import them first. A request with the "
                                "same title, department, requester and day is updated, not added twice. Dates such as "
                                "2026-03-31 or 31/03/2026."),
            "standards": self.tr("Imported standards arrive as drafts: read them on the Service standards screen "
                                 "and publish them (a State column saying “active” puts one in force at once). "
                                 "Steps one per line, or in columns Step 1, Step 2… Targets such as 4 h, 30 min, "
                                 "1:30 or 2 d; a plain number is hours, or minutes if the column name says so."),
        }
        self.kind_hint.setText(hints[self.kind_key()])

    def _reading_changed(self) -> None:
        if self.path is None:
            return
        self.options = ReadOptions(
            sheet=self.sheet.currentText() if self.sheet.isVisibleTo(self) and self.sheet.count() else None,
            encoding=self.encoding.currentData() if self.encoding.isVisibleTo(self) else None,
            delimiter=self.delimiter.currentData() if self.delimiter.isVisibleTo(self) else None)
        self.user_mapping = None  # other columns may come out
        self.check()

    def _mapping_changed(self) -> None:
        self.user_mapping = {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData()}
        self.check()

    # -- checking in the background -------------------------------------------------------------------
    def check(self) -> None:
        """Plan the import of the whole file again; a check already running is stopped first."""
        if self.path is None:
            return
        if self.job is not None:
            if self._job_kind == "check":
                self._again = True
                self.job.cancel()
            return
        path, kind, mapping, options = self.path, self.kind_key(), self.user_mapping, self.options
        imports = self.services.imports

        def job(progress: Progress, cancelled: Callable[[], bool]) -> ImportPlan:
            return imports.plan(kind, path, mapping, options, progress=progress, cancelled=cancelled,
                                opened=lambda found: started.note(found))

        self.import_button.setEnabled(False)
        self.again_button.hide()
        started = self._start("check", job)
        started.start()

    def _start(self, kind: str, job: Callable[[Progress, Callable[[], bool]], ImportPlan]) -> CancellableJob:
        self.job = started = CancellableJob(job, self)
        self._job_kind = kind
        started.progress.connect(self._on_progress)
        started.noted.connect(self._on_opened)
        started.finished.connect(self._on_finished)
        started.failed.connect(self._on_failed)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.show()
        self.summary.setText(self.tr("Reading the file\u2026"))
        return started  # the caller starts it, once its job can refer to it

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.stop_button.setEnabled(False)

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        number = fmt().number
        if phase == "saving":
            self.progress.setRange(0, 0)
            self.summary.setText(self.tr("Saving (a backup of the file is made first)\u2026"))
            return
        if total <= 0:
            self.progress.setRange(0, 0)
            self.summary.setText(self.tr("Reading the file\u2026"))
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        text = self.tr("Importing row {done} of {total}\u2026") if self._job_kind == "import" else \
            self.tr("Checking row {done} of {total}\u2026")
        self.summary.setText(text.format(done=number(done), total=number(total)))

    def _job_ended(self) -> str:
        kind = self._job_kind
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._job_kind = ""
        self.progress.hide()
        self.stop_button.hide()
        self.stop_button.setEnabled(True)
        self._set_inputs_enabled(True)
        return kind

    def _on_finished(self, plan: ImportPlan) -> None:
        kind = self._job_ended()
        self.plan = plan
        if kind == "import":  # done, even if Close came too late to stop it
            self.imported = True
            self.accept()
            return
        if not self._superseded():
            self.show_plan(plan)

    def _superseded(self) -> bool:
        """The result of a job nobody waits for any more: the dialog is closing, or the settings
        changed while it ran (then the check starts again)."""
        if self._closing:
            super().reject()
            return True
        if self._again:
            self._again = False
            self.check()
            return True
        return False

    def _on_failed(self, error: BaseException) -> None:
        kind = self._job_ended()
        if self._superseded():
            return
        self.again_button.setVisible(self.path is not None)
        if isinstance(error, ImportRefused):  # the file changed since it was checked
            self.show_plan(error.plan)
            return
        if isinstance(error, ImportCancelled):
            self.summary.setText(self.tr("Import stopped; nothing was written.") if kind == "import"
                                 else self.tr("Check stopped."))
            self.import_button.setEnabled(False)
            return
        self.show_file_problem(error)

    # -- what the check found ---------------------------------------------------------------------------
    def _clear_results(self) -> None:
        """A new file: nothing of the last one stays on screen."""
        self.plan = None
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.preview.hide()
        self.problems_box.hide()
        self.warning.hide()
        self.error.hide()

    def show_file_problem(self, error: BaseException) -> None:
        """The file cannot be read as a table: say why, and keep the settings that might fix it."""
        self._clear_results()
        self.error.setText(describe(error))
        self.error.show()
        field = getattr(error, "field", None)
        # a character set, a separator or another sheet can make the file readable: offer them
        if field in ("encoding", "delimiter", "sheet"):
            csv_file = field != "sheet"
            for widget in (self.encoding_label, self.encoding, self.delimiter_label, self.delimiter):
                widget.setVisible(csv_file)
            for widget in (self.sheet_label, self.sheet):
                widget.setVisible(not csv_file)
            self.reading.show()
        self.columns_box.hide()
        self.summary.setText("")
        self.import_button.setEnabled(False)

    def _on_opened(self, found: ImportPlan) -> None:
        """The file is open and its columns known; the rows are still being checked."""
        if self._job_kind == "check":
            self._show_file(found)

    def _show_file(self, plan: ImportPlan) -> None:
        """How the file was read and which column holds what."""
        self.error.hide()
        self._show_reading(plan)
        warnings = [localized(w) for w in plan.warnings]
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        if plan.header != self._header or set(self.combos) != {f.key for f in KINDS[plan.kind].fields}:
            self._build_mapping(plan)
        self._select_mapping(plan.mapping)
        self.ignored.setText(self.tr("Not imported: {columns}").format(columns=", ".join(plan.ignored))
                             if plan.ignored else "")
        self.ignored.setVisible(bool(plan.ignored))
        self.columns_box.show()

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._show_file(plan)
        number = fmt().number
        summary = self.tr("{c} to add, {u} to update, {s} already the same.").format(
            c=number(plan.creates), u=number(plan.updates), s=number(plan.unchanged))
        if plan.problem_count:
            summary += " " + self.tr("Nothing is imported while any row has a problem: correct the file, save "
                                     "it, then press Check again.")
        self.summary.setText(summary)
        self.again_button.show()
        self._show_preview(plan)
        self._show_problems(plan)
        self.import_button.setEnabled(plan.ok and plan.creates + plan.updates > 0)

    def _show_reading(self, plan: ImportPlan) -> None:
        workbook = plan.encoding is None
        self.reading_hint.setText(
            self.tr("Choose the sheet that holds the list.") if workbook else
            self.tr("Found by icdesk; change them if letters or columns in the preview look wrong."))
        for widget in (self.sheet_label, self.sheet):
            widget.setVisible(workbook)
        for widget in (self.encoding_label, self.encoding, self.delimiter_label, self.delimiter):
            widget.setVisible(not workbook)
        combos = (self.sheet, self.encoding, self.delimiter)
        for combo in combos:
            combo.blockSignals(True)
        try:
            if workbook:
                if [self.sheet.itemText(i) for i in range(self.sheet.count())] != plan.sheets:
                    self.sheet.clear()
                    self.sheet.addItems(plan.sheets)
                if plan.sheet is not None and self.sheet.findText(plan.sheet) < 0:
                    self.sheet.addItem(plan.sheet)  # a hidden sheet asked for by name
                self.sheet.setCurrentText(plan.sheet or "")
            else:
                _select(self.encoding, _shown_encoding(plan.encoding or "utf-8"))
                _select(self.delimiter, plan.delimiter or ",")
        finally:
            for combo in combos:
                combo.blockSignals(False)
        self.reading.show()

    def _build_mapping(self, plan: ImportPlan) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.combos = {}
        self._header = list(plan.header)
        fields = KINDS[plan.kind].fields
        per_column = (len(fields) + 1) // 2
        for index, spec in enumerate(fields):
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), None)
            for column in plan.header:
                run = numbered_columns(plan.header, column) if spec.shows == STEPS else [column]
                # numbered step columns are read together: say so ("Step 1 … Step 6")
                combo.addItem(f"{column} \u2026 {run[-1]}" if len(run) > 1 else column, column)
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(self._mapping_changed)
            label = QLabel(_tr(spec.label) + (" *" if spec.required else ""))
            label.setBuddy(combo)
            row, pair = index % per_column, index // per_column
            self.mapping_grid.addWidget(label, row, pair * 2)
            self.mapping_grid.addWidget(combo, row, pair * 2 + 1)
            self.combos[spec.key] = combo
        for pair in range(2):
            self.mapping_grid.setColumnStretch(pair * 2 + 1, 1)

    def _select_mapping(self, mapping: dict[str, str]) -> None:
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(key))))
            combo.blockSignals(False)

    def _show_preview(self, plan: ImportPlan) -> None:
        fields = [f for f in KINDS[plan.kind].fields if f.key in plan.mapping]
        actions = {"create": self.tr("add"), "update": self.tr("update"), "same": self.tr("same")}
        self.preview.clear()
        self.preview.setColumnCount(len(fields) + 2)
        self.preview.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Action")] + [_tr(f.label) for f in fields])
        self.preview.setRowCount(len(plan.preview))
        self.preview.show()
        for r, row in enumerate(plan.preview):
            cells = [str(row.row), actions[row.action]]
            tips = ["", ""]
            for spec in fields:
                value = row.values.get(spec.key, "")
                if spec.shows == MINUTES and value.isdecimal():
                    value = fmt().target(int(value))
                elif spec.shows == STEPS and value:
                    tips.append(value)
                    value = "  ".join(f"{i}. {step}" for i, step in enumerate(value.splitlines(), start=1))
                    cells.append(value)
                    continue
                cells.append(value.replace("\n", " \u21b5 "))
                tips.append("")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if tips[c]:
                    item.setToolTip(tips[c])
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        header = self.preview.horizontalHeader()
        for c in range(self.preview.columnCount() - 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 320))
        if self.preview.columnCount():  # the last column reaches the edge: no empty grey band
            header.setSectionResizeMode(self.preview.columnCount() - 1, QHeaderView.ResizeMode.Stretch)

    def _show_problems(self, plan: ImportPlan) -> None:
        self.problems.setRowCount(len(plan.problems))
        for r, problem in enumerate(plan.problems):
            column = f"{problem.letter} \u00b7 {problem.column}" if problem.column else ""
            reason = localized(problem.error) if problem.error else problem.reason
            for c, text in enumerate((str(problem.row), column, reason)):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.problems.setItem(r, c, item)
        self.problems.resizeRowsToContents()
        count = plan.problem_count
        # the window's formatter, which also says the English plural right ("1 row", "2 rows")
        title = fmt().translate("Import", "%n row(s) with a problem", None, count)
        if count > len(plan.problems):
            title += " " + self.tr("(the first {shown} are listed)").format(shown=fmt().number(len(plan.problems)))
        self.problems_title.setText(title)
        self.problems_box.setVisible(bool(count))

    def problem_lines(self) -> list[str]:
        """The problems as the list shows them, one per line: row, column, reason."""
        lines = []
        for r in range(self.problems.rowCount()):
            cells = [self.problems.item(r, c) for c in range(3)]
            lines.append("\t".join(cell.text() if cell is not None else "" for cell in cells))
        return lines

    def copy_problems(self) -> None:
        header = "\t".join((self.tr("Row"), self.tr("Column"), self.tr("Problem")))
        QGuiApplication.clipboard().setText("\n".join([header, *self.problem_lines()]) + "\n")

    # -- importing ------------------------------------------------------------------------------------------
    def do_import(self) -> None:
        if self.path is None or self.plan is None or not self.plan.ok or self.job is not None:
            return
        path, kind, mapping, options = self.path, self.plan.kind, dict(self.plan.mapping), self.options
        imports = self.services.imports

        def job(progress: Progress, cancelled: Callable[[], bool]) -> ImportPlan:
            return imports.apply(kind, path, mapping, options, progress=progress, cancelled=cancelled)

        self.import_button.setEnabled(False)
        self.again_button.hide()
        self._set_inputs_enabled(False)
        self._start("import", job).start()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.kind, self.choose_button, self.reading, self.columns_box):
            widget.setEnabled(enabled)

    def reject(self) -> None:
        """Close; a check or import still running is stopped first (it writes nothing)."""
        if self.job is not None:
            self._closing = True
            self.job.cancel()
            return
        super().reject()


def _shown_encoding(codec: str) -> str:
    return {"utf-8-sig": "utf-8"}.get(codec, codec)


def _select(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    if index < 0:
        combo.addItem(data.upper(), data)  # a character set or separator named by the file itself
        index = combo.count() - 1
    combo.setCurrentIndex(index)
