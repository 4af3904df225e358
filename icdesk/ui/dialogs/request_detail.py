"""One request: its facts, the buttons for the moves allowed now, its history, notes and rating."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from icdesk.domain.enums import EventKind, RequestStatus
from icdesk.domain.errors import ConflictError, DomainError
from icdesk.i18n.system_notes import note_shown
from icdesk.reports.spec import ReportSpec
from icdesk.services import Services
from icdesk.services.dto import RequestDetail
from icdesk.services.requests import legal_next_statuses
from icdesk.ui.access import label_for, named
from icdesk.ui.dialogs.cancel_request import CancelRequestDialog
from icdesk.ui.formatting import due_text, fmt, short_date, short_datetime, span, ui_label
from icdesk.ui.forms import FittedDialog, confirm, multiline, plain, show_error
from icdesk.ui.mnemonics import assign_mnemonics
from icdesk.ui.pickers import person_combo, select_data
from icdesk.ui.remembered import remember_person, remembered_person
from icdesk.ui.theme import DIALOG_HEADING, colours, size_css, strong_error_css, styled

S = RequestStatus


class SingleClicks(QObject):
    """A move button takes single clicks only: the second click of a double click landed on the button
    drawn in the same place after the first move ("Start work", then "Waiting on requester") and paused
    the clock without anyone meaning it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        return event.type() == QEvent.Type.MouseButtonDblClick


class RequestDialog(FittedDialog):
    changed = Signal()

    def __init__(self, services: Services, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.request_id = services, request_id
        self.resize(860, 680)
        layout = QVBoxLayout(self)
        self.heading = plain(QLabel())
        self.heading.setStyleSheet(size_css(DIALOG_HEADING) + " font-weight: 600;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key, text in [("status", self.tr("Status")), ("due", self.tr("Next deadline")),
                          ("asked", self.tr("Asked by")), ("provider", self.tr("Asked of")),
                          ("assignee", self.tr("Assigned to")), ("standard", self.tr("Service standard")),
                          ("paused", self.tr("Waiting on requester")), ("description", self.tr("Details"))]:
            label = plain(QLabel())  # titles, names and details as typed
            label.setWordWrap(True)
            self.fact_labels[key] = label
            self.facts.addRow(f"<b>{escape(text)}</b>", label)
        layout.addLayout(self.facts)

        moves_box = QGroupBox(self.tr("Move this request"))
        moves_layout = QVBoxLayout(moves_box)
        actor_row = QHBoxLayout()
        done_by = QLabel(self.tr("&Done by"))
        actor_row.addWidget(done_by)
        # the history records who made each move; remembered for the next request
        self.actor = label_for(done_by, person_combo(services, self.tr("(not said)")))
        select_data(self.actor, services.ctx.working_as or remembered_person(services, "done_by"))
        self.actor.currentIndexChanged.connect(self._on_actor_changed)
        actor_row.addWidget(self.actor, 1)
        moves_layout.addLayout(actor_row)
        self.moves = QHBoxLayout()
        moves_layout.addLayout(self.moves)
        layout.addWidget(moves_box)

        self.timeline = named(QTextBrowser(), self.tr("History"))
        history = QGroupBox(self.tr("History"))
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.timeline)
        note_row = QHBoxLayout()
        self.note = named(multiline("", 50), self.tr("Note"))
        self.note.setMaximumHeight(80)
        self.note.setPlaceholderText(self.tr("Write a note for the history, or a comment to go with a move\u2026"))
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.clicked.connect(self._on_add_note_clicked)
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.add_note_button)
        history_layout.addLayout(note_row)
        layout.addWidget(history, 1)

        bottom = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Change\u2026"))
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.rate_button = QPushButton(self.tr("Rate this service\u2026"))
        self.rate_button.clicked.connect(self._on_rate_clicked)
        self.action_button = QPushButton(self.tr("Open corrective action\u2026"))
        self.action_button.clicked.connect(self._on_action_clicked)
        self.thank_button = QPushButton(self.tr("Thank who handled it\u2026"))
        self.thank_button.setToolTip(self.tr("Recognise the person who handled this request, now that it is resolved"))
        self.thank_button.clicked.connect(self._on_thank_clicked)
        self.print_button = QPushButton(self.tr("&Print\u2026"))
        self.print_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Print).toString(
            QKeySequence.SequenceFormat.NativeText))
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_button.click)
        self.print_button.clicked.connect(self._on_print_clicked)
        for button in (self.edit_button, self.rate_button, self.action_button, self.thank_button, self.print_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        # not "Close window": beside "Close the request" the two read alike ("Chiudi la finestra" / "Chiudi la
        # richiesta") and a slip closed the request
        self.close_button = QPushButton(self.tr("Done"))
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.move_buttons: dict[RequestStatus, QPushButton] = {}
        self._single_clicks = SingleClicks(self)
        self.reload()

    def move_text(self, current: RequestStatus, target: RequestStatus) -> str:
        if current is S.NEW and target is S.IN_PROGRESS:
            return self.tr("Start work")
        if current is S.RESOLVED and target is S.IN_PROGRESS:
            return self.tr("Reopen")
        if current is S.WAITING and target is S.IN_PROGRESS:
            return self.tr("Answer received: resume")
        return {S.WAITING: self.tr("Wait on requester"), S.RESOLVED: self.tr("Mark resolved"),
                S.CLOSED: self.tr("Close the request"), S.CANCELLED: self.tr("Cancel the request\u2026"),
                S.IN_PROGRESS: self.tr("In progress")}[target]

    def reload(self) -> None:
        self.detail = d = self.services.requests.get(self.request_id)
        r = d.row
        self.setWindowTitle(self.tr("Request #{n}").format(n=r.id))
        self.heading.setText(f"#{r.id} {r.title}")
        f = self.fact_labels
        status = ui_label(r.status) + (" \u2013 " + self.tr("OVERDUE") if r.overdue else "")
        f["status"].setText(status)
        styled(f["status"], strong_error_css if r.overdue else lambda _c: "")
        clock = self.services.requests.clocks().get(r.provider_id)
        f["due"].setText(due_text(r, self.services.requests.clock(), clock) or "\u2013")
        asked = r.requester_name + (f" ({r.requester_department_name})" if r.requester_department_name and
                                    r.requester_department_name != r.requester_name else "")
        f["asked"].setText(asked)
        f["provider"].setText(r.provider_name)
        f["assignee"].setText(r.assignee_name or self.tr("nobody yet"))
        if self.actor.currentData() is None and d.assignee_id is not None:
            # nobody said who works at this PC: the work on a request is most often done by its assignee
            select_data(self.actor, d.assignee_id)
        f["standard"].setText(d.standard_title or self.tr("none (no deadline)"))
        if not r.paused_seconds:
            f["paused"].setText("\u2013")
        elif clock is not None and not clock.always_open:  # counted in the provider's working time
            f["paused"].setText(fmt().working_span(r.paused_seconds, clock.calendar.day_seconds()))
        else:
            f["paused"].setText(span(r.paused_seconds))
        f["description"].setText(d.description or "\u2013")
        for button in self.move_buttons.values():
            button.setParent(None)  # its letter free at once for the buttons that take its place
            button.deleteLater()
        self.move_buttons = {}
        for target in legal_next_statuses(r.status):
            button = QPushButton(self.move_text(r.status, target))
            button.clicked.connect(lambda _=False, t=target: self._on_move_clicked(t))
            button.installEventFilter(self._single_clicks)
            self.moves.addWidget(button)
            self.move_buttons[target] = button
        if not self.move_buttons:
            done = QPushButton(self.tr("Nothing more to do: this request is finished"))
            done.setEnabled(False)
            self.moves.addWidget(done)
            self.move_buttons[r.status] = done
        self._order_tabs()
        if self.isVisible():  # made anew after a move: an Alt+letter each, as when the window opened
            assign_mnemonics(self)
        finished = r.status in (S.CLOSED, S.CANCELLED)
        self.edit_button.setEnabled(not finished)
        self.rate_button.setEnabled(r.status in (S.RESOLVED, S.CLOSED))
        self.handler = self.services.recognition.handler_of(r.id) if r.status in (S.RESOLVED, S.CLOSED) else None
        self.thank_button.setEnabled(self.handler is not None)
        self.timeline.setHtml(self.timeline_html(d))

    def _order_tabs(self) -> None:
        """Tab goes as the eye does: who acts, the moves, the history and its note, the other buttons,
        Close last. The move buttons are made anew with each reload and would otherwise come after Close."""
        chain: list[QWidget] = [self.actor, *self.move_buttons.values(), self.timeline, self.note,
                                self.add_note_button, self.edit_button, self.rate_button, self.action_button,
                                self.thank_button, self.print_button, self.close_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def timeline_html(self, d: RequestDetail) -> str:
        lines = []
        for e in d.events:
            if e.kind is EventKind.STATUS and e.from_status and e.to_status:
                what = f"{ui_label(e.from_status)} \u2192 <b>{escape(ui_label(e.to_status))}</b>"
            else:
                what = f"<b>{escape(ui_label(e.kind))}</b>"
                if e.kind is EventKind.ASSIGNED:
                    nobody = self.tr("nobody")
                    what += f": {escape(e.text) or escape(nobody)}"
            who = f" \u2013 {escape(e.actor_name)}" if e.actor_name else ""
            text = note_shown(e.text, fmt(), edit=e.kind is EventKind.EDITED)  # icdesk's own words translated
            note = f"<br><i>{escape(text)}</i>" if e.text and e.kind is not EventKind.ASSIGNED else ""
            when = escape(short_datetime(e.at))
            lines.append(f"<p><span style='color:{colours().muted.name()}'>{when}</span> {what}{who}{note}</p>")
        muted = colours().muted.name()
        for fid in d.feedback_ids:
            fb = self.services.feedback.get(fid)
            when = escape(short_datetime(fb.created_at))  # dated as every other line of the history
            lines.append(f"<p><span style='color:{muted}'>{when}</span> \u2605 <b>{fb.rating} / 5</b> "
                         f"{escape(fb.comment)}</p>")
        for action in self.services.actions.following(request_id=d.row.id):  # what it and its ratings set going
            said = self.tr("Corrective action opened on {opened}, due {due}: {status}").format(
                opened=short_date(action.opened_on), due=short_date(action.due_on), status=ui_label(action.status))
            owner = f" \u2013 {escape(action.owner_name)}" if action.owner_name else ""
            lines.append(f"<p>\u2691 <b>{escape(said)}</b>{owner}<br><i>{escape(action.description)}</i></p>")
        for thanks in self.services.recognition.for_request(d.row.id):
            said = self.tr("Thanks to {to} from {sender}").format(to=thanks.to_name,
                                                                   sender=thanks.from_name or self.tr("someone"))
            lines.append(f"<p>\u2665 <b>{escape(said)}</b> {escape(thanks.message)}</p>")
        return "".join(lines)

    def _act(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except ConflictError as error:  # another PC moved or noted it since: show what is saved, then say so
            self.reload()
            self.changed.emit()
            show_error(self, error)
            return False
        except DomainError as error:
            show_error(self, error)
            return False
        self.reload()
        self.changed.emit()
        return True

    def _on_move_clicked(self, target: RequestStatus) -> None:
        version = self.detail.version  # what this window shows: a move on an older state is refused
        if target is S.CANCELLED:
            cancelled = CancelRequestDialog(self.services, self.request_id, self, expected_version=version).exec()
            self.reload()  # also when it was refused because another PC changed the request meanwhile
            if cancelled:
                self.changed.emit()
            return
        note = self.note.toPlainText()
        actor = self.actor.currentData()
        if self._act(lambda: self.services.requests.transition(self.request_id, target, actor_id=actor, note=note,
                                                               expected_version=version)):
            self.note.clear()

    def _on_actor_changed(self) -> None:
        remember_person(self.services, "done_by", self.actor.currentData())

    def _on_add_note_clicked(self) -> None:
        note = self.note.toPlainText()
        actor = self.actor.currentData()
        version = self.detail.version
        if self._act(lambda: self.services.requests.add_note(self.request_id, note, actor_id=actor,
                                                             expected_version=version)):
            self.note.clear()

    def _on_edit_clicked(self) -> None:
        from icdesk.ui.dialogs.request_form import RequestFormDialog

        if RequestFormDialog(self.services, self.detail, self).exec():
            self.reload()
            self.changed.emit()

    def _on_print_clicked(self) -> None:
        """The printout opens over this window; the screen behind stays where it was."""
        from icdesk.ui.dialogs.preview import preview_report  # ReportLab and the PDF view load when printing

        lang = fmt().lang
        title = self.tr("Request #{n}").format(n=self.request_id)
        preview_report(self, self.services, ReportSpec("request", lang=lang, request_id=self.request_id),
                       title, f"{title}.pdf")  # the name Save as offers, in the window's language

    def _on_rate_clicked(self) -> None:
        from icdesk.ui.dialogs.loop import FeedbackDialog, follow_up_poor_rating

        dialog = FeedbackDialog(self.services, request=self.detail.row, parent=self, given_by=self.detail.requester_id)
        if dialog.exec():
            follow_up_poor_rating(self, self.services, dialog.given)
            self.reload()
            self.changed.emit()

    def _on_action_clicked(self) -> None:
        from icdesk.ui.dialogs.loop import ActionDialog

        if ActionDialog(self.services, request_id=self.request_id,
                        department_id=self.detail.row.provider_id, parent=self).exec():
            self.reload()  # the history shows the action now opened
            self.changed.emit()

    def _on_thank_clicked(self) -> None:
        from icdesk.ui.dialogs.loop import RecognitionDialog

        if RecognitionDialog(self.services, self, request_id=self.request_id, to_person_id=self.handler,
                             from_person_id=self.detail.requester_id).exec():
            self.reload()
            self.changed.emit()

    def reject(self) -> None:
        if self.note.toPlainText().strip() and not confirm(self, self.tr("Discard note?"), self.tr(
                "The note you typed has not been added to the history. Close and lose it?"), self.tr("Discard")):
            return
        super().reject()
