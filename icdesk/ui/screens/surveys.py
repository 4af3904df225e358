"""Survey rounds: measurable feedback from internal customers, and each department's view of itself."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLabel, QSpinBox, QTextBrowser, QWidget

from icdesk.domain.anonymity import MAX_THRESHOLD, MIN_THRESHOLD
from icdesk.domain.errors import DomainError
from icdesk.domain.rules import gap_to_talk_about
from icdesk.services import Services
from icdesk.services.surveys import RoundRow
from icdesk.ui.access import label_for, named
from icdesk.ui.dialogs.survey import RoundDialog, RoundWindow
from icdesk.ui.formatting import fmt, short_date, ui_label
from icdesk.ui.forms import show_error
from icdesk.ui.list_screen import ListScreen
from icdesk.ui.table_model import Column, RowTableModel
from icdesk.ui.theme import colours


class SurveysScreen(ListScreen):
    depends_on = frozenset({"survey_rounds", "survey_forms", "survey_answers", "survey_questions", "company"})

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Survey rounds"), self.tr("Start a survey round"), self.tr(
            "A survey round asks each department how well the others serve it (\u201cHow well does IT serve "
            "you?\u201d), on the five dimensions of internal service quality, and asks each department to rate "
            "itself too: the gap between the two views is where to start talking. Start the first round."), parent)
        threshold_label = QLabel(self.tr("Show anonymous results only where at least"))
        threshold_label.setWordWrap(True)  # long in Russian: two lines rather than a wider window
        self.filters.addWidget(threshold_label)
        self.threshold = label_for(threshold_label, QSpinBox())
        self.threshold.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        self.threshold.setSuffix(" " + self.tr("people answered"))
        self.threshold.setToolTip(self.tr(
            "Applies to anonymous survey answers and anonymous feedback alike; never fewer than three, so nobody "
            "can be recognised."))
        self.threshold.editingFinished.connect(self.save_threshold)
        self.filters.addWidget(self.threshold)
        self.filters.addStretch(1)
        self.table_model: RowTableModel[RoundRow] = RowTableModel([
            Column(self.tr("Round"), lambda r: r.title),
            Column(self.tr("About"), lambda r: f"{short_date(r.period_start)} \u2013 {short_date(r.period_end)}",
                   lambda r: r.period_start),
            # not "Answers": in the round's window that word heads the counts of answers
            Column(self.tr("Anonymity"), lambda r: self.tr("anonymous") if r.anonymous else self.tr("named")),
            Column(self.tr("State"), lambda r: ui_label(r.status)),
            Column(self.tr("Forms back"), lambda r: f"{r.returned} / {r.invited} ({fmt().percent(r.response_rate)})",
                   lambda r: r.response_rate or 0, align_right=True),
        ], self)
        self.set_model(self.table_model)
        self.detail = named(QTextBrowser(), self.tr("Details"))
        self.detail.setOpenLinks(False)
        # a word or a score is never broken inside it: a narrow panel showed "Visión de los clientes" one
        # letter a line and "3,6" as "3 / , / 6"; too narrow a table scrolls instead
        self.detail.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.detail.setMinimumWidth(340)
        # the list of rounds (a title, a period of two dates) and the panel's table of four columns, whose
        # headings are long in some languages ("Visión de los clientes", "Самооценка"), share the room
        # 4 : 3 — the list's five columns were cut at 1400 px while the panel had room to spare
        self.body.addWidget(self.detail, 3)
        self.body.setStretch(0, 4)
        self.fit_columns(stretch=0, cap=200, keep=(1,))  # the period's two dates stay whole

    def refresh(self) -> None:
        self.threshold.blockSignals(True)
        self.threshold.setValue(self.services.network.anonymity_threshold())
        self.threshold.blockSignals(False)
        rows = [r for r in self.services.surveys.rounds()
                if not self.search.text().strip() or self.search.text().strip().casefold() in r.title.casefold()]
        self.table_model.set_rows(rows)
        self.show_rows(len(rows))
        shown = self.current_row()  # the panel follows the row read again (forms back, finished)
        if shown is not None:
            self.row_selected(shown)

    def row_selected(self, row: RoundRow | None) -> None:
        self.detail.setHtml(self.results_html(row) if row else "")

    def results_html(self, row: RoundRow) -> str:
        """The round at a glance: each department's score from its customers beside its own view."""
        results, t, shade = self.services.surveys.results(row.id), fmt(), colours()
        kind = self.tr("anonymous") if row.anonymous else self.tr("named")
        html = [f"<h2>{escape(row.title)}</h2>", "<p>" + escape(self.tr(
            "About {start} to {end}, {kind}: {returned} of {invited} forms back ({rate}).").format(
            start=short_date(row.period_start), end=short_date(row.period_end), kind=kind, returned=row.returned,
            invited=row.invited, rate=t.percent(row.response_rate))) + "</p>"]
        shown = [p for p in results.providers if p.answers or p.self_answers]
        if shown:
            head = [self.tr("Department"), self.tr("Customers' view"), self.tr("Own view"), self.tr("Gap")]
            html.append("<table cellspacing='0' cellpadding='4' width='100%'><tr>" + "".join(
                f"<th align='{'left' if i == 0 else 'right'}' "
                # a heading of one word is not broken inside it ("Самооценк / а")
                f"style='border-bottom:1px solid {shade.border.name()};"
                f"{'' if ' ' in h.strip() else ' white-space:nowrap;'}'>{escape(h)}</th>"
                for i, h in enumerate(head)) + "</tr>")
            for p in shown:
                gap = p.gap
                colour = (shade.error if gap_to_talk_about(gap) else shade.text).name()
                gap_text = "\u2013" if gap is None else ("+" if gap > 0 else "") + t.number(gap, 1)
                html.append(f"<tr><td>{escape(p.provider_name)}</td>"
                            f"<td align='right' style='white-space:nowrap'>{self._score(p.score)}</td>"
                            f"<td align='right' style='white-space:nowrap'>{self._score(p.self_score)}</td>"
                            f"<td align='right' style='white-space:nowrap; color:{colour}'><b>{gap_text}</b></td></tr>")
            html.append("</table>")
            html.append(f"<p style='color:{shade.muted.name()}'>" + escape(self.tr(
                "Scores from 1 to 5. A gap of half a point or more (red): the department sees its service better "
                "than its customers do \u2013 a good place to start talking.")) + "</p>")
        else:
            html.append(f"<p style='color:{shade.muted.name()}'>" + escape(self.tr(
                "No results to show yet: answers appear here as forms come back.")) + "</p>")
        held = sum(p.held_back + p.self_held_back for p in results.providers)
        if held:
            html.append(f"<p style='color:{shade.muted.name()}'>" + escape(self.tr(
                "{n} anonymous answers are held back: fewer than {k} people answered about that department.").format(
                n=held, k=results.threshold)) + "</p>")
        html.append("<p><i>" + escape(self.tr(
            "Open the round (Enter) for the results by dimension and customer, the forms to print or send, reading "
            "returned forms and typing in paper ones.")) + "</i></p>")
        return "".join(html)

    @staticmethod
    def _score(value: float | None) -> str:
        return "\u2013" if value is None else fmt().number(value, 1)

    def save_threshold(self) -> None:
        if self.threshold.value() == self.services.network.anonymity_threshold():
            return
        try:
            self.services.network.set_anonymity_threshold(self.threshold.value())
        except DomainError as error:
            show_error(self, error)

    def new_item(self) -> None:
        dialog = RoundDialog(self.services, parent=self)
        if dialog.exec():
            self.after_change()

    def open_row(self, row: RoundRow) -> None:
        window = RoundWindow(self.services, row.id, self)
        window.changed.connect(self.after_change)
        window.exec()
