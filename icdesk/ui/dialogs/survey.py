"""Survey rounds: starting one, its questions, its forms, the fast entry of paper answers, results."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from icdesk.domain.enums import SurveyDimension, SurveyStatus
from icdesk.domain.errors import DomainError
from icdesk.services import Services
from icdesk.services.survey_forms import ImportReport
from icdesk.services.surveys import FormContent, RoundDraft, RoundResults, SectionAnswer
from icdesk.ui.access import label_for, leaves_on_tab, named
from icdesk.ui.errors import localized
from icdesk.ui.formatting import fmt, short_date, ui_label
from icdesk.ui.forms import FittedDialog, FormDialog, confirm, date_edit, hint, show_error, to_date
from icdesk.ui.language import chosen_language
from icdesk.ui.theme import DIALOG_HEADING, LEAD, error_css, size_css, styled
from icdesk.ui.workers import run_with_progress

SCORE_KEYS: dict[int, int] = {int(Qt.Key.Key_1): 1, int(Qt.Key.Key_2): 2, int(Qt.Key.Key_3): 3, int(Qt.Key.Key_4): 4,
                              int(Qt.Key.Key_5): 5}


def _formatter() -> object:
    """The window's language for the forms and the default questions."""
    from icdesk.i18n import Formatter

    return Formatter(chosen_language(), fmt().zone)


class QuestionTable(QTableWidget):
    """The questions of a round: each with its dimension, editable in place."""

    edited = Signal()  # a statement reworded, a dimension chosen, a question added or removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.itemChanged.connect(lambda _item: self.edited.emit())
        self.setHorizontalHeaderLabels([self.tr("Dimension"), self.tr("Statement rated from 1 to 5")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(30)
        self.setWordWrap(True)

    def set_questions(self, questions: list[tuple[SurveyDimension, str]]) -> None:
        self.setRowCount(0)
        for dimension, text in questions:
            self.add_question(dimension, text)

    def add_question(self, dimension: SurveyDimension = SurveyDimension.RELIABILITY, text: str = "") -> None:
        row = self.rowCount()
        self.insertRow(row)
        combo = QComboBox()
        for d in SurveyDimension:
            combo.addItem(ui_label(d), d)
        combo.setCurrentIndex(combo.findData(dimension))
        combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.setCellWidget(row, 0, combo)
        self.setItem(row, 1, QTableWidgetItem(text))
        self.edited.emit()

    def remove_current(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())
            self.edited.emit()

    def questions(self) -> list[tuple[SurveyDimension, str]]:
        out = []
        for row in range(self.rowCount()):
            combo = self.cellWidget(row, 0)
            item = self.item(row, 1)
            if isinstance(combo, QComboBox):
                out.append((SurveyDimension(combo.currentData()), item.text() if item else ""))
        return out


class RoundDialog(FormDialog):
    """Start a survey round: what period it asks about, which pairs, named or anonymous, the questions."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New survey round"), parent)
        self.services = services
        self.setMinimumSize(760, 640)
        today = services.ctx.today()
        start = (today.replace(day=1) - timedelta(days=62)).replace(day=1)
        asked = max((r.period_end for r in services.surveys.rounds()), default=None)
        if asked is not None and start <= asked < today:  # the days after the last round, not those again
            start = asked + timedelta(days=1)
        self.title_edit = self.add_field("title", self.tr("Title"), QLineEdit(self.tr(
            "How well do we serve each other? {month}").format(month=fmt().month_label(today.year, today.month))),
            required=True)
        self.start = self.add_field("period_start", self.tr("About the service from"), date_edit(start))
        self.end = self.add_field("period_end", self.tr("to"), date_edit(today))
        self.anonymous = self.add_field("anonymous", self.tr("Answers"), QCheckBox(self.tr(
            "Anonymous: one form per department; nobody's name is kept with an answer")))
        self.anonymous.setChecked(True)
        self.pairs = QListWidget()
        self.pairs.setMinimumHeight(150)
        self.add_field("pairs", self.tr("Pairs asked about"), self.pairs)
        pair_tools = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Tick all"))
        self.none_button = QPushButton(self.tr("Untick all"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        pair_tools.addWidget(hint(self.tr("Listed: the pairs with requests in the period and those with a service "
                                          "agreement. Customers rate the provider; each provider also rates itself.")),
                             1)
        pair_tools.addWidget(self.all_button)
        pair_tools.addWidget(self.none_button)
        self.extra.addLayout(pair_tools)
        # said before the round starts, not found out when the results stay empty; nothing is refused
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        styled(self.warning, lambda c: f"color: {c.warning.name()};")
        self.warning.hide()
        self.extra.addWidget(self.warning)
        self.pairs.itemChanged.connect(self.check)
        self.anonymous.toggled.connect(self.check)
        self.questions = named(QuestionTable(), self.tr("Questions"))
        self.questions.setMinimumHeight(190)
        self.questions.set_questions(services.surveys.default_questions(_formatter()))  # type: ignore[arg-type]
        self.extra.addWidget(QLabel(self.tr("Questions (the internal service quality dimensions, INTSERVQUAL)")))
        self.extra.addWidget(self.questions)
        question_tools = QHBoxLayout()
        add = QPushButton(self.tr("Add a question"))
        remove = QPushButton(self.tr("Remove the question"))
        add.clicked.connect(lambda: self.questions.add_question())
        remove.clicked.connect(self.questions.remove_current)
        question_tools.addWidget(hint(self.tr("Each is rated from 1 (do not agree at all) to 5 (fully agree). "
                                              "You can change them until the first answer comes in.")), 1)
        question_tools.addWidget(add)
        question_tools.addWidget(remove)
        self.extra.addLayout(question_tools)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.load_pairs)
        self.questions.edited.connect(lambda: self._on_field_changed("questions"))  # Esc asks first
        self.load_pairs()
        self.ready()

    def check(self) -> None:
        start, end = to_date(self.start), to_date(self.end)
        if start is None or end is None or end < start:
            self.warning.hide()
            return
        found = self.services.surveys.check_round(start, end, self.anonymous.isChecked(), self.chosen_pairs())
        lines = []
        if found.held_back:
            lines.append(self.tr("Anonymous ratings of {names} would stay hidden: fewer than {k} people can rate "
                                 "each of them. Tick more customers for them, or untick Anonymous.").format(
                names=", ".join(name for name, _n in found.held_back), k=found.threshold))
        for title, first, last in found.overlapping:
            lines.append(self.tr("“{title}” already asks about some of these pairs for {start} – {end}; the "
                                 "answers of both rounds will count for those days.").format(
                title=title, start=short_date(first), end=short_date(last)))
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))

    def _tick_all(self, on: bool) -> None:
        with QSignalBlocker(self.pairs):
            for i in range(self.pairs.count()):
                self.pairs.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._on_field_changed("pairs")
        self.check()

    def load_pairs(self) -> None:
        start, end = to_date(self.start), to_date(self.end)
        if start is None or end is None or end < start:
            return
        ticked = self.chosen_pairs() if self.pairs.count() else None
        names = {d.id: d.name for d in self.services.departments.list()}
        blocker = QSignalBlocker(self.pairs)
        self.pairs.clear()
        for provider, customer in sorted(self.services.surveys.suggested_pairs(start, end),
                                         key=lambda pc: (names.get(pc[0], ""), names.get(pc[1], ""))):
            item = QListWidgetItem(self.tr("{customer} rates {provider}").format(
                customer=names.get(customer, "?"), provider=names.get(provider, "?")))
            item.setData(Qt.ItemDataRole.UserRole, (provider, customer))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = ticked is None or (provider, customer) in ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.pairs.addItem(item)
        blocker.unblock()
        self.check()

    def chosen_pairs(self) -> list[tuple[int, int]]:
        return [tuple(self.pairs.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.pairs.count())
                if self.pairs.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> object:
        start, end = to_date(self.start), to_date(self.end)
        assert start is not None and end is not None
        return self.services.surveys.start(RoundDraft(self.title_edit.text(), start, end, self.anonymous.isChecked(),
                                                      self.chosen_pairs(), self.questions.questions()))


class EntryTable(QTableWidget):
    """Answers typed as fast as they are read off paper: a digit 1-5 fills the score and moves on."""

    save_requested = Signal()

    def __init__(self, first_score: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_score = first_score
        self.scores = 0

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Save):  # the hands stay on the keyboard
            self.save_requested.emit()
            return
        row, column = self.currentRow(), self.currentColumn()
        in_scores = self.first_score <= column < self.first_score + self.scores
        key = int(event.key())
        if in_scores and key in SCORE_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.item(row, column).setText(str(SCORE_KEYS[key]))  # type: ignore[union-attr]
            self.item(row, 1).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
            last = self.first_score + self.scores - 1
            if column < last:
                self.setCurrentCell(row, column + 1)
            elif row + 1 < self.rowCount():
                self.setCurrentCell(row + 1, self.first_score)
            else:
                self.setCurrentCell(row, column + 1)
            return
        if in_scores and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0):
            self.item(row, column).setText("")  # type: ignore[union-attr]
            return
        super().keyPressEvent(event)


class EntryPage(QWidget):
    """The fast entry grid: the code of a paper form, then its answers, then Save and the next form."""

    saved = Signal()

    def __init__(self, services: Services, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.round_id = services, round_id
        self.form: FormContent | None = None
        self.open = True  # a finished round takes no more answers: said before anything is typed
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "Type the form code printed on a paper form and press Enter (or pick the form). Then type the scores: a "
            "digit from 1 to 5 fills the cell and moves to the next; Delete clears it. Tick only the departments "
            "that served the respondent. Ctrl+S saves the form and makes room for the next one.")))
        row = QHBoxLayout()
        code_label = QLabel(self.tr("Form code"))
        row.addWidget(code_label)
        self.code = label_for(code_label, QLineEdit())
        self.code.setPlaceholderText("ABCD-EFGH")
        self.code.setMaximumWidth(160)
        self.code.returnPressed.connect(self.load_code)
        row.addWidget(self.code)
        row.addWidget(QLabel(self.tr("or")))
        self.picker = named(QComboBox(), self.tr("Form"))
        self.picker.setMinimumWidth(320)
        self.picker.activated.connect(lambda _i: self.load_form(self.picker.currentData()))
        row.addWidget(self.picker)
        row.addStretch(1)
        layout.addLayout(row)
        self.who = QLabel()
        self.who.setStyleSheet("font-weight: 600; " + size_css(LEAD))
        layout.addWidget(self.who)
        self.table = leaves_on_tab(named(EntryTable(2), self.tr("Answers")))
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed |
                                   QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.save_requested.connect(self.save)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom.addWidget(self.message, 1)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.reset)
        self.save_button = QPushButton(self.tr("Save the form"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.load_picker()
        self.reset()

    def typed(self) -> bool:
        """Answers typed into the form on view and not saved yet."""
        if self.form is None:
            return False
        for row in range(self.table.rowCount()):
            served = self.table.item(row, 1)
            if served is not None and served.checkState() == Qt.CheckState.Checked \
                    and not self.form.sections[row].self_view:
                return True
            for column in range(2, self.table.columnCount()):
                cell = self.table.item(row, column)
                if cell is not None and cell.text().strip():
                    return True
        return False

    def load_picker(self) -> None:
        self.picker.clear()
        self.picker.addItem(self.tr("(choose a form)"), None)
        for form in self.services.surveys.forms(self.round_id):
            who = form.respondent_name or self.tr("anonymous")
            back = self.tr("{n} of {m} back").format(n=form.returned, m=form.invited)
            self.picker.addItem(f"{form.department_name} \u2013 {who} ({form.token}, {back})", form.token)

    def reset(self) -> None:
        self.form = None
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.who.setText("")
        self.code.clear()
        self.picker.setCurrentIndex(0)
        self.save_button.setEnabled(False)
        self.code.setFocus()

    def follow_status(self, open_: bool) -> None:
        """Typing in is for a round still collecting answers."""
        self.open = open_
        for widget in (self.code, self.picker, self.table, self.clear_button):
            widget.setEnabled(open_)
        self.save_button.setEnabled(open_ and self.form is not None)
        if not open_:
            self.reset()
            self.say(self.tr("This round is finished: no more answers can be typed in. Its results stand on the "
                             "Results tab."), error=True)

    def load_code(self) -> None:
        self.load_form(self.code.text())

    def load_form(self, token: object) -> None:
        if not token or not self.open:
            return
        try:
            form = self.services.surveys.form(str(token), self.round_id)
        except DomainError as error:
            self.say(localized(error), error=True)
            return
        self.form = form
        who = form.respondent_name or self.tr("anonymous")
        self.who.setText(self.tr("{department} \u2013 {who} \u2013 form {code}").format(
            department=form.department_name, who=who, code=form.token))
        headers = [self.tr("Department"), self.tr("Served")] + [
            f"{q.position}. {ui_label(q.dimension)}" for q in form.questions] + [self.tr("Step code"),
                                                                                 self.tr("Comment")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for column, question in enumerate(form.questions, start=2):
            self.table.horizontalHeaderItem(column).setToolTip(question.text)  # type: ignore[union-attr]
        self.table.scores = len(form.questions)
        self.table.setRowCount(len(form.sections))
        for row, section in enumerate(form.sections):
            name = QTableWidgetItem(self.tr("{name} (own view)").format(name=section.provider_name)
                                    if section.self_view else section.provider_name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 0, name)
            served = QTableWidgetItem()
            served.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            served.setCheckState(Qt.CheckState.Checked if section.self_view else Qt.CheckState.Unchecked)
            self.table.setItem(row, 1, served)
            for column in range(2, 2 + len(form.questions)):
                cell = QTableWidgetItem("")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, cell)
            step = QTableWidgetItem("")
            step.setToolTip("\n".join(f"{s.code} {s.standard_title}: {s.text}" for s in section.steps) or
                            self.tr("No steps listed for this department."))
            self.table.setItem(row, 2 + len(form.questions), step)
            self.table.setItem(row, 3 + len(form.questions), QTableWidgetItem(""))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, 3 + len(form.questions)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3 + len(form.questions), QHeaderView.ResizeMode.Stretch)
        self.save_button.setEnabled(True)
        done = form.returned >= form.invited
        self.say(self.tr("This form has already come back in full; saving will be refused.") if done else "",
                 error=done)
        self.table.setFocus()
        self.table.setCurrentCell(0, 2)

    def sections(self) -> list[SectionAnswer]:
        assert self.form is not None
        out = []
        questions = self.form.questions
        for row, section in enumerate(self.form.sections):
            scores = {}
            for offset, question in enumerate(questions):
                cell = self.table.item(row, 2 + offset)
                text = cell.text().strip() if cell is not None else ""
                if text:
                    scores[question.id] = int(text) if text.isdecimal() else -1
            served_item = self.table.item(row, 1)
            step_item = self.table.item(row, 2 + len(questions))
            comment_item = self.table.item(row, 3 + len(questions))
            served = served_item is not None and served_item.checkState() == Qt.CheckState.Checked
            out.append(SectionAnswer(section.provider_id, section.self_view, served or section.self_view,
                                     scores if served or section.self_view else {},
                                     step_item.text() if step_item and served else "",
                                     comment_item.text() if comment_item and served else ""))
        return out

    def save(self) -> None:
        if self.form is None:
            return
        try:
            kept = self.services.surveys.submit(self.form.token, self.sections(), self.round_id)
        except DomainError as error:
            self.say(localized(error), error=True)
            return
        who = self.form.respondent_name or self.form.department_name
        self.load_picker()
        self.reset()
        self.say(self.tr("Saved: {n} answers from {who}. Next form?").format(n=kept, who=who))
        self.saved.emit()

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        styled(self.message, error_css if error else lambda c: f"color: {c.success.name()};")


class ResultsPage(QWidget):
    def __init__(self, services: Services, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.round_id = services, round_id
        self.results: RoundResults | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.providers = leaves_on_tab(named(QTableWidget(0, 6), self.tr("Providers")))
        self.providers.setHorizontalHeaderLabels([self.tr("Department"), self.tr("Customers' view"),
                                                  self.tr("Own view"), self.tr("Gap"), self.tr("Answers"),
                                                  self.tr("Held back")])
        self.providers.verticalHeader().hide()
        self.providers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.providers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.providers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.providers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.providers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.providers.verticalHeader().setDefaultSectionSize(28)
        self.providers.currentCellChanged.connect(lambda *_: self.show_provider())
        split.addWidget(self.providers)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.dimensions = leaves_on_tab(named(QTableWidget(0, 4), self.tr("Dimension")))
        self.dimensions.setHorizontalHeaderLabels([self.tr("Dimension"), self.tr("Customers"), self.tr("Own view"),
                                                   self.tr("Gap")])
        self.dimensions.verticalHeader().hide()
        self.dimensions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dimensions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.dimensions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.dimensions.setMaximumHeight(200)
        right_layout.addWidget(self.dimensions)
        by_customer = QLabel(self.tr("By customer department"))
        right_layout.addWidget(by_customer)
        self.customers = label_for(by_customer, QListWidget())
        self.customers.setMaximumHeight(120)
        # "IT: not shown (no answers, or too few to stay anonymous)" read whole, not cut at the edge
        self.customers.setWordWrap(True)
        self.customers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right_layout.addWidget(self.customers)
        where = QLabel(self.tr("Where it broke down, and comments"))
        right_layout.addWidget(where)
        self.comments = label_for(where, QListWidget())
        self.comments.setWordWrap(True)
        right_layout.addWidget(self.comments, 1)
        split.addWidget(right)
        split.setSizes([600, 440])
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        self.results = results = self.services.surveys.results(self.round_id)
        r, t = results.round, fmt()
        self.summary.setText(self.tr(
            "{returned} of {invited} forms back ({rate}). Scores from 1 to 5; the gap is the department's own view "
            "minus its customers' view. Anonymous answers are shown only where at least {k} people gave them.").format(
            returned=r.returned, invited=r.invited, rate=t.percent(r.response_rate), k=results.threshold))
        rows = [p for p in results.providers if p.answers or p.self_answers or p.held_back or p.self_held_back]
        self.providers.setRowCount(len(rows))
        for row, p in enumerate(rows):
            gap = p.gap
            cells = [p.provider_name, self._score(p.score), self._score(p.self_score),
                     ("+" if gap and gap > 0 else "") + t.number(gap, 1) if gap is not None else "\u2013",
                     t.number(p.answers), t.number(p.held_back + p.self_held_back) if p.held_back or
                     p.self_held_back else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.providers.setItem(row, column, item)
        self._rows = rows
        if rows:
            self.providers.selectRow(0)
        self.show_provider()

    @staticmethod
    def _score(value: float | None) -> str:
        return "\u2013" if value is None else fmt().number(value, 1)

    def show_provider(self) -> None:
        row = self.providers.currentRow()
        self.dimensions.setRowCount(0)
        self.customers.clear()
        self.comments.clear()
        rows = getattr(self, "_rows", [])
        if not 0 <= row < len(rows):
            return
        p = rows[row]
        self.dimensions.setRowCount(len(p.dimensions))
        for i, d in enumerate(p.dimensions):
            gap = d.gap
            for column, text in enumerate([ui_label(d.dimension), self._score(d.customers), self._score(d.self_view),
                                           ("+" if gap and gap > 0 else "") + fmt().number(gap, 1)
                                           if gap is not None else "\u2013"]):
                self.dimensions.setItem(i, column, QTableWidgetItem(text))
        for _c, name, score, answers in p.by_customer:
            self.customers.addItem(self.tr("{name}: {score} ({n} answers)").format(
                name=name, score=self._score(score), n=answers) if answers else
                self.tr("{name}: not shown (no answers, or too few to stay anonymous)").format(name=name))
        for label, count in p.breakdown_steps:
            self.comments.addItem(self.tr("Broke down at: {step} ({n}\u00d7)").format(step=label, n=count))
        for comment in p.comments:
            self.comments.addItem(f"\u201c{comment}\u201d")


class RoundWindow(FittedDialog):
    """One round: results, forms to print or send, returned forms to read, paper answers to type."""

    changed = Signal()

    def __init__(self, services: Services, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.round_id = services, round_id
        self.resize(1120, 720)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet(size_css(DIALOG_HEADING) + " font-weight: 600;")
        layout.addWidget(self.heading)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self.tabs = QTabWidget()
        self.results = ResultsPage(services, round_id)
        self.tabs.addTab(self.results, self.tr("Results"))
        self.forms_page = QWidget()
        self._build_forms_page()
        self.tabs.addTab(self.forms_page, self.tr("Forms"))
        self.entry = EntryPage(services, round_id)
        self.entry.saved.connect(self._after_change)
        self.tabs.addTab(self.entry, self.tr("Type in paper forms"))
        self.questions_page = QWidget()
        self._build_questions_page()
        self.tabs.addTab(self.questions_page, self.tr("Questions"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.finish_button = buttons.addButton(self.tr("Finish the round"), QDialogButtonBox.ButtonRole.ActionRole)
        self.finish_button.clicked.connect(self.finish)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        # Ctrl+S saves the questions while they are on view (the paper forms' tab has its own)
        QShortcut(QKeySequence.StandardKey.Save, self.questions_page, self._on_save_shortcut)
        self.refresh()

    def _on_save_shortcut(self) -> None:
        if self.save_questions_button.isEnabled():
            self.save_questions()

    def reject(self) -> None:
        # Esc or Close with questions reworded and not saved: they went without a word
        if self.questions_edited and not confirm(
                self, self.tr("Discard changes?"),
                self.tr("The questions changed are not saved. Close and lose the changes?"), self.tr("Discard")):
            return
        # Esc or Close with a paper form half typed: the answers went without a word
        if self.entry.typed() and not confirm(
                self, self.tr("Discard changes?"),
                self.tr("The answers typed for form {code} are not saved. Close and lose them?").format(
                    code=self.entry.form.token if self.entry.form else ""), self.tr("Discard")):
            return
        super().reject()

    def _build_forms_page(self) -> None:
        layout = QVBoxLayout(self.forms_page)
        layout.addWidget(hint(self.tr(
            "Print the forms to hand out, or write one fillable PDF per form to e-mail: people fill it in on screen "
            "and send the file back. Put the returned files in one folder and read them in: each form is checked, "
            "a file sent twice is recognised, and anonymous answers keep nothing of who sent them, not even the "
            "file's name.")))
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Paper forms to print\u2026"))
        self.fillable_button = QPushButton(self.tr("Fillable PDF forms to a folder\u2026"))
        self.import_button = QPushButton(self.tr("Read returned forms from a folder\u2026"))
        self.print_button.clicked.connect(self.print_forms)
        self.fillable_button.clicked.connect(self.write_fillable)
        self.import_button.clicked.connect(self.import_forms)
        for button in (self.print_button, self.fillable_button, self.import_button):
            button.setMinimumHeight(32)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.form_table = leaves_on_tab(named(QTableWidget(0, 4), self.tr("Forms")))
        self.form_table.setHorizontalHeaderLabels([self.tr("Department"), self.tr("Respondent"), self.tr("Form code"),
                                                   self.tr("Back")])
        self.form_table.verticalHeader().hide()
        self.form_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.form_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.form_table, 1)
        self.import_result = named(QListWidget(), self.tr("Import"))
        self.import_result.setMaximumHeight(150)
        self.import_result.hide()
        layout.addWidget(self.import_result)

    def _build_questions_page(self) -> None:
        layout = QVBoxLayout(self.questions_page)
        self.question_note = hint("")
        layout.addWidget(self.question_note)
        self.question_table = leaves_on_tab(named(QuestionTable(), self.tr("Questions")))
        self.questions_edited = False  # changed here and not saved: kept over a look at another tab
        self.question_table.edited.connect(self._on_questions_edited)
        layout.addWidget(self.question_table, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add a question"))
        remove = QPushButton(self.tr("Remove the question"))
        self.save_questions_button = QPushButton(self.tr("Save the questions"))
        add.clicked.connect(lambda: self.question_table.add_question())
        remove.clicked.connect(self.question_table.remove_current)
        self.save_questions_button.clicked.connect(self.save_questions)
        self.question_buttons = [add, remove, self.save_questions_button]
        row.addStretch(1)
        for button in self.question_buttons:
            row.addWidget(button)
        layout.addLayout(row)

    def refresh(self) -> None:
        r = self.services.surveys.get(self.round_id)
        self.setWindowTitle(r.title)
        self.heading.setText(r.title)
        kind = self.tr("anonymous") if r.anonymous else self.tr("named")
        self.facts.setText(self.tr("About {start} to {end} \u00b7 {kind} \u00b7 {status} \u00b7 {returned} of "
                                   "{invited} forms back ({rate})").format(
            start=short_date(r.period_start), end=short_date(r.period_end), kind=kind, status=ui_label(r.status),
            returned=r.returned, invited=r.invited, rate=fmt().percent(r.response_rate)))
        open_ = r.status is SurveyStatus.OPEN
        self.finish_button.setEnabled(open_)
        # a finished round's forms could never be handed back (importing them is refused)
        for button in (self.import_button, self.print_button, self.fillable_button):
            button.setEnabled(open_)
        if open_ != self.entry.open:
            self.entry.follow_status(open_)
        page = self.tabs.currentWidget()
        if page is self.results:
            self.results.refresh()
        elif page is self.forms_page:
            forms = self.services.surveys.forms(self.round_id)
            self.form_table.setRowCount(len(forms))
            for row, form in enumerate(forms):
                for column, text in enumerate([form.department_name, form.respondent_name or self.tr("anonymous"),
                                               form.token, f"{form.returned} / {form.invited}"]):
                    self.form_table.setItem(row, column, QTableWidgetItem(text))
        elif page is self.questions_page:
            editable = r.answers == 0 and open_
            if not (self.questions_edited and editable):  # a look at the results lost the rewording typed here
                questions = self.services.surveys.questions(self.round_id)
                self.question_table.set_questions([(q.dimension, q.text) for q in questions])
                self.questions_edited = False
            self.question_note.setText(self.tr("Reword, add or remove questions until the first answer comes in.")
                                       if editable else self.tr("Answers refer to these questions, so they can no "
                                                                "longer be changed; start a new round to ask others."))
            for button in self.question_buttons:
                button.setEnabled(editable)
            self.question_table.setEnabled(editable)

    def _after_change(self) -> None:
        self.changed.emit()
        self.refresh()

    def _formatter(self) -> object:
        return _formatter()

    def print_forms(self) -> None:
        from icdesk.reports.survey_form import write_paper_forms

        out = Path(tempfile.mkdtemp(prefix="icdesk-forms-")) / "survey-forms.pdf"

        def done(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        run_with_progress(self, self.tr("Making the forms\u2026"),
                          lambda: write_paper_forms(self.services, self.round_id, out, self._formatter()),  # type: ignore[arg-type]
                          done, self._failed)

    def write_fillable(self, folder: str = "") -> None:
        from icdesk.reports.survey_form import write_fillable_forms

        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Folder for the fillable forms"))
        if not folder:
            return

        def done(paths: list[Path]) -> None:
            self.written = paths
            QMessageBox.information(self, self.tr("Forms written"), self.tr(
                "{n} fillable forms are in {folder}.").format(n=len(paths), folder=folder))

        run_with_progress(self, self.tr("Making the forms\u2026"),
                          lambda: write_fillable_forms(self.services, self.round_id, Path(folder),
                                                       self._formatter()),  # type: ignore[arg-type]
                          done, self._failed)

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("The forms could not be made"), message)

    def import_forms(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with the returned forms"))
        if folder:
            self.read_folder(Path(folder))

    def read_folder(self, folder: Path) -> ImportReport | None:
        try:
            report = self.services.survey_import.import_folder(self.round_id, folder)
        except DomainError as error:
            show_error(self, error)
            return None
        self.show_report(report)
        self._after_change()
        return report

    def show_report(self, report: ImportReport) -> None:
        self.import_result.clear()
        self.import_result.show()
        self.import_result.addItem(self.tr("{n} forms read in ({a} answers), {d} already read before, {r} left "
                                           "out.").format(n=report.imported, a=report.answers, d=report.duplicates,
                                                          r=report.refused))
        for outcome in report.files:
            if outcome.error is None:
                self.import_result.addItem(self.tr("\u2714 {file}: {n} answers").format(file=outcome.name,
                                                                                     n=outcome.answers))
            else:
                self.import_result.addItem(f"\u2716 {outcome.name}: {localized(outcome.error)}")

    def _on_questions_edited(self) -> None:
        if self.tabs.currentWidget() is self.questions_page and self.question_table.isEnabled():
            self.questions_edited = True

    def save_questions(self) -> None:
        try:
            self.services.surveys.set_questions(self.round_id, self.question_table.questions())
        except DomainError as error:
            show_error(self, error)
            return
        self.questions_edited = False
        self._after_change()

    def finish(self) -> None:
        if not confirm(self, self.tr("Finish the round"), self.tr(
                "Finish this round? No more answers can be added; the results stay as they are."),
                self.tr("Finish")):
            return
        try:
            self.services.surveys.close(self.round_id)
        except DomainError as error:
            show_error(self, error)
            return
        self._after_change()

