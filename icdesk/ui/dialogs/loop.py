"""Closing the loop: feedback, corrective action and recognition editors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from icdesk.domain.enums import ActionStatus, Award, BreakdownPoint, StandardStatus
from icdesk.domain.errors import DomainError
from icdesk.services import Services
from icdesk.services.dto import ActionRow, FeedbackRow, RecognitionRow, RequestRow, StandardVersionDetail
from icdesk.services.feedback import FeedbackDraft
from icdesk.ui.formatting import short_date, ui_label
from icdesk.ui.forms import FormDialog, confirm, date_edit, hint, multiline, plain, show_date, to_date
from icdesk.ui.pickers import department_combo, enum_combo, person_combo, select_data
from icdesk.ui.theme import error_css, styled


class FeedbackDialog(FormDialog):
    def __init__(self, services: Services, request: RequestRow | None = None, department_id: int | None = None,
                 parent: QWidget | None = None, *, given_by: int | None = None) -> None:
        super().__init__(self.tr("Give feedback"), parent)
        self.services, self.request = services, request
        if request:
            self.add_field("about", self.tr("About"), plain(QLabel(f"#{request.id} {request.title} \u2013 "
                                                                   f"{request.provider_name}")))
            self.department = None
        else:
            self.department = self.add_field("department", self.tr("Department rated"), department_combo(
                services, self.tr("(choose)"), department_id), required=True)
        self.rating = self.add_field("rating", self.tr("Rating"), QComboBox())
        for value, text in [(5, self.tr("5 \u2013 excellent")), (4, self.tr("4 \u2013 good")),
                            (3, self.tr("3 \u2013 acceptable")), (2, self.tr("2 \u2013 poor")),
                            (1, self.tr("1 \u2013 very poor"))]:
            self.rating.addItem(text, value)
        self.rating.setCurrentIndex(-1)
        self.rating.setPlaceholderText(self.tr("(choose)"))
        self._required.add("rating")
        # "(nothing broke down)" beside a rating of 1 said the opposite of the rating: nothing chosen is not said
        self.breakdown = self.add_field("breakdown_point", self.tr("Where it broke down"),
                                        enum_combo(BreakdownPoint, none_text=self.tr("(not said)")))
        self.comment = self.add_field("comment", self.tr("Comment"), multiline("", 80))
        self.anonymous = self.add_field("anonymous", self.tr("Anonymous"),
                                        QCheckBox(self.tr("Do not store who gave this feedback")))
        # a request is most often rated by whoever asked: offered, and changed or cleared at will
        self.author = self.add_field("author", self.tr("Given by"), person_combo(services, self.tr("(not said)"),
                                                                                 given_by))
        self.author_dept = self.add_field("author_department", self.tr("Given by department"),
                                          department_combo(services, self.tr("(the person's department)")))
        self.anonymous.toggled.connect(self._on_anonymous_toggled)
        self.extra.addWidget(hint(self.tr("Anonymous feedback keeps no name and no department at all.")))
        self.given: FeedbackRow | None = None  # the rating saved, for follow_up_poor_rating
        self.saved.connect(self._keep_given)
        self.ready()

    def _keep_given(self, given: object) -> None:
        self.given = given if isinstance(given, FeedbackRow) else None

    def _on_anonymous_toggled(self, anonymous: bool) -> None:
        for name in ("author", "author_department"):
            self.set_field_visible(name, not anonymous)

    def save(self) -> object:
        anonymous = self.anonymous.isChecked()
        return self.services.feedback.give(FeedbackDraft(
            rating=self.rating.currentData() or 0, request_id=self.request.id if self.request else None,
            department_id=self.department.currentData() if self.department else None,
            comment=self.comment.toPlainText(), breakdown_point=self.breakdown.currentData(),
            author_id=self.author.currentData(), author_department_id=None if anonymous else
            self.author_dept.currentData(), anonymous=anonymous))


def _feedback_or_none(services: Services, feedback_id: int | None) -> FeedbackRow | None:
    try:
        return services.feedback.get(feedback_id) if feedback_id else None
    except DomainError:  # gone from the file since: the action still opens, without its rating
        return None


def open_the_draft(parent: QWidget, services: Services, revision: StandardVersionDetail) -> None:
    """Both windows closed without a word, and where the draft was to be finished was left to guess."""
    from icdesk.ui.dialogs.standard import StandardDialog

    if confirm(parent, QCoreApplication.translate("ActionDialog", "Draft made"), QCoreApplication.translate(
            "ActionDialog", "Version {n} of \u201c{title}\u201d is a draft now, and this action is done. Open the "
            "draft to finish it and send it for review?").format(n=revision.number, title=revision.title),
            QCoreApplication.translate("ActionDialog", "Open the draft")):
        StandardDialog(services, revision.standard_id, parent=parent).exec()


POOR_RATING = 2  # this or lower: the corrective action that closes the loop is offered at once


def follow_up_poor_rating(parent: QWidget, services: Services, given: FeedbackRow | None) -> bool:
    """After a poor rating is saved, offer to open the corrective action it calls for (the loop from
    feedback to action to a revised standard starts here); True if one was opened."""
    if given is None or given.rating > POOR_RATING:
        return False
    question = QCoreApplication.translate(
        "FeedbackDialog", "The rating is saved: {department} was rated {rating} / 5. Open a corrective action now, "
        "so that it does not happen again?").format(department=given.department_name, rating=given.rating)
    if not confirm(parent, QCoreApplication.translate("FeedbackDialog", "A poor rating"), question,
                   QCoreApplication.translate("FeedbackDialog", "Open a corrective action"),
                   refuse=QCoreApplication.translate("FeedbackDialog", "Not now")):
        return False
    return bool(ActionDialog(services, feedback_id=given.id, department_id=given.department_id,
                             parent=parent).exec())


class ActionDialog(FormDialog):
    def __init__(self, services: Services, action: ActionRow | None = None, *, request_id: int | None = None,
                 feedback_id: int | None = None, department_id: int | None = None, idea_id: int | None = None,
                 description: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Corrective action") if action else self.tr("New corrective action"), parent)
        self.services, self.action = services, action
        self.request_id, self.feedback_id, self.idea_id = request_id, feedback_id, idea_id
        self.revision: StandardVersionDetail | None = None
        if action is not None:  # reopened to finish it: what it follows up stays in view, the complaint with it
            request_id = request_id or action.request_id
            feedback_id = feedback_id or action.feedback_id
            idea_id = idea_id or action.idea_id
        if request_id or feedback_id or idea_id:
            source = (self.tr("request #{n}").format(n=request_id) if request_id else
                      self.tr("feedback #{n}").format(n=feedback_id) if feedback_id else
                      self.tr("idea #{n}").format(n=idea_id))
            self.extra.addWidget(hint(self.tr("Follows up {source}.").format(source=source)))
        given = _feedback_or_none(services, feedback_id)
        if given is not None:  # what is acted on, in view: its rating, who gave it and what they wrote
            who = self.tr("anonymous") if given.anonymous else (given.author_name or given.author_department_name
                                                               or self.tr("anonymous"))
            said = given.comment if len(given.comment) <= 300 else given.comment[:299] + "\u2026"
            rated = plain(QLabel(self.tr("{department} rated {rating} / 5 by {who}").format(
                department=given.department_name, rating=given.rating, who=who) +
                (f": \u201c{said}\u201d" if said else ".")))
            rated.setWordWrap(True)
            self.extra.addWidget(rated)
        if action is None and (request_id or feedback_id):
            # the same problem met again from another screen: say what is already under way
            for earlier in services.actions.following(request_id=request_id, feedback_id=feedback_id):
                said = earlier.description if len(earlier.description) <= 80 else earlier.description[:79] + "\u2026"
                already = QLabel(self.tr(
                    "Corrective action #{n} ({status}, due {due}) already follows this up: \u201c{what}\u201d").format(
                    n=earlier.id, status=ui_label(earlier.status), due=short_date(earlier.due_on), what=said))
                already.setWordWrap(True)
                already.setTextFormat(Qt.TextFormat.PlainText)
                styled(already, error_css)
                self.extra.addWidget(already)
        if action and action.revision_title:
            self.extra.addWidget(hint(self.tr("Closed by revising \u201c{title}\u201d (version {n}).").format(
                title=action.revision_title, n=action.revision_number)))
        self.description = self.add_field("description", self.tr("What will be done"),
                                          multiline(action.description if action else description, 80), required=True)
        self.department = self.add_field("department", self.tr("Department"), department_combo(
            services, self.tr("(none)"), action.department_id if action else department_id))
        self.owner = self.add_field("owner", self.tr("Owner"), person_combo(
            services, self.tr("(nobody yet)"), action.owner_id if action else None))
        self.due = self.add_field("due_on", self.tr("Due"), date_edit(
            action.due_on if action else services.actions.today() + timedelta(days=14)))
        if action:
            self.department.setEnabled(False)
            self.status = self.add_field("status", self.tr("Status"), enum_combo(ActionStatus, action.status))
            self.outcome = self.add_field("outcome", self.tr("Outcome"), multiline(action.outcome, 70))
            if action.status is not ActionStatus.DONE:
                row = QHBoxLayout()
                self.revise_button = QPushButton(self.tr("Close by revising a standard\u2026"))
                self.revise_button.setToolTip(self.tr(
                    "When the fix is a change to a service standard: its new draft is made, linked to this action "
                    "and to the feedback behind it, and the action is done."))
                self.revise_button.clicked.connect(self._on_revise_clicked)
                row.addWidget(self.revise_button)
                row.addStretch(1)
                self.footer.addLayout(row)
        self.ready()

    def _on_revise_clicked(self) -> None:
        assert self.action is not None
        action = self.action
        # the form's other changes go in with it, and a save made elsewhere meanwhile stops it, as Save does
        edits = (self.description.toPlainText(), to_date(self.due) or action.due_on, self.owner.currentData())
        typed = self.outcome.toPlainText().strip()
        dialog = RevisionDialog(
            self.services, self.tr("Close by revising a standard"), action.department_id,
            self.description.toPlainText(), lambda standard, note, outcome: self.services.actions.close_by_revision(
                action.id, standard, note, outcome, expected_version=action.version, edits=edits),
            outcome=typed or self.tr("Standard revised: {what}").format(what=self.description.toPlainText().strip()),
            parent=self, reread=self.reload)
        if dialog.exec():
            self.revision = revision = dialog.revision
            self.dirty = False
            self.saved.emit(self.action)
            self.accept()
            if revision is not None:
                open_the_draft(self.parentWidget() or self, self.services, revision)

    def save(self) -> ActionRow:
        due = to_date(self.due) or self.services.actions.today()
        if self.action is None and self.idea_id is not None:
            return self.services.ideas.open_action(self.idea_id, self.description.toPlainText(), due,
                                                   self.owner.currentData(), self.department.currentData())
        if self.action is None:
            return self.services.actions.open(
                self.description.toPlainText(), due, self.owner.currentData(), request_id=self.request_id,
                feedback_id=self.feedback_id, department_id=self.department.currentData())
        # the move and the rest in one Save: all of it stored, or nothing (a refused due date after a stored
        # move made the next Save look like someone else's change)
        return self.services.actions.update(self.action.id, self.description.toPlainText(), due,
                                            self.owner.currentData(), self.outcome.toPlainText(),
                                            expected_version=self.action.version, status=self.status.currentData())

    def reload(self) -> None:
        if self.action is None:
            return
        self.action = action = self.services.actions.get(self.action.id)
        self.description.setPlainText(action.description)
        select_data(self.owner, action.owner_id)
        self.due.setDate(action.due_on)
        select_data(self.status, action.status)
        self.outcome.setPlainText(action.outcome)


class RevisionDialog(FormDialog):
    """Which standard to revise and what will change: its new draft, linked to where the change came from."""

    def __init__(self, services: Services, title: str, department_id: int | None, change_note: str,
                 revise: Callable[[int, str, str], StandardVersionDetail], outcome: str | None = None,
                 parent: QWidget | None = None, reread: Callable[[], None] | None = None) -> None:
        super().__init__(title, parent)
        self.services, self.revise, self.reread = services, revise, reread
        self.revision: StandardVersionDetail | None = None
        self.extra.addWidget(hint(self.tr(
            "A new draft of the standard is made with the change note written; finish it and send it for review in "
            "Service Standards. Its approver says whether everyone has to sign it again.")))
        self.standard = self.add_field("standard", self.tr("Standard to revise"), QComboBox(), required=True)
        self.standard.addItem(self.tr("(choose)"), None)
        rows = services.standards.list()
        rows.sort(key=lambda r: (r.department_id != department_id, r.department_name.casefold(), r.title.casefold()))
        for row in rows:
            if row.status is StandardStatus.ACTIVE or row.has_draft:
                self.standard.addItem(f"{row.title} ({row.department_name})", row.standard_id)
        self.change_note = self.add_field("change_note", self.tr("What will change"),
                                          multiline(change_note, 60), required=True)
        self.outcome = self.add_field("outcome", self.tr("Outcome of the action"), multiline(outcome or "", 50),
                                      required=outcome is not None)
        self.set_field_visible("outcome", outcome is not None)
        self.save_button.setText(self.tr("Make the draft"))
        self.ready()

    def save(self) -> StandardVersionDetail:
        self.revision = self.revise(self.standard.currentData(), self.change_note.toPlainText(),
                                    self.outcome.toPlainText())
        return self.revision

    def reload(self) -> None:
        """Someone saved what this revision closes meanwhile: the window it came from shows what is saved now."""
        if self.reread is not None:
            self.reread()


class RecognitionDialog(FormDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, *, request_id: int | None = None,
                 to_person_id: int | None = None, from_person_id: int | None = None,
                 row: RecognitionRow | None = None) -> None:
        super().__init__(self.tr("Recognition") if row is not None else self.tr("Recognise good service")
                         if request_id is None else self.tr("Thank who handled request #{n}").format(n=request_id),
                         parent)
        self.services, self.request_id, self.row = services, request_id, row
        self.award = self.add_field("award", self.tr("Kind"), enum_combo(Award, Award.THANKS))
        # the empty choices say what leaving them empty means ("(a team)" read as a team chosen as the person)
        self.to_person = self.add_field("to", self.tr("To (person)"), person_combo(
            services, self.tr("(nobody: a whole team is recognised)"), to_person_id))
        self.to_dept = self.add_field("to_department", self.tr("To (department)"),
                                      department_combo(services, self.tr("(no team: a person is recognised)")))
        self.from_person = self.add_field("from", self.tr("From (person)"),
                                          person_combo(services, self.tr("(not said)"), from_person_id))
        if request_id is not None:  # thanks for this request: to a person, as a thank-you
            self.award.setEnabled(False)
            self.set_field_visible("to_department", False)
        self.from_dept = self.add_field("from_department", self.tr("From (department)"),
                                        department_combo(services, self.tr("(not said)")))
        self.title_edit = self.add_field("title", self.tr("Title"), QLineEdit())
        # an example that fits the kind: a thank-you for a request is no "Employee of the month"
        self.title_edit.setPlaceholderText(self.tr("e.g. Quick fix before the breakfast rush") if request_id is not None
                                           else self.tr("e.g. Employee of the month, November"))
        self.message = self.add_field("message", self.tr("Message"), multiline("", 90), required=True)
        self.given_on = self.add_field("given_on", self.tr("Date"), date_edit(services.recognition.today()))
        today = services.recognition.today()
        self.given_on.setMaximumDate(QDate(today.year, today.month, today.day))  # the calendar offers no later day
        if row is not None:  # mending the words or the day; who and which award stay as given
            select_data(self.award, row.award)
            select_data(self.to_person, row.to_person_id)
            select_data(self.to_dept, row.to_department_id)
            for widget in (self.award, self.to_person, self.to_dept, self.from_person, self.from_dept):
                widget.setEnabled(False)
            self.set_field_visible("from", False)
            self.set_field_visible("from_department", False)
            self.title_edit.setText(row.title)
            self.message.setPlainText(row.message)
            self.given_on.setDate(QDate(row.given_on.year, row.given_on.month, row.given_on.day))
            self.extra.addWidget(hint(self.tr("Who gave it, to whom and which award stay as given; to recognise "
                                              "someone else, archive this one and give a new one.")))
        self.ready()

    def reload(self) -> None:
        if self.row is None:
            return
        self.row = row = self.services.recognition.get(self.row.id)
        self.title_edit.setText(row.title)
        self.message.setPlainText(row.message)
        show_date(self.given_on, row.given_on)

    def local_problems(self) -> dict[str, str]:
        problems = super().local_problems()
        if self.to_person.currentData() is None and self.to_dept.currentData() is None:
            problems["to"] = self.tr("Choose who is being recognised.")
        return problems

    def save(self) -> object:
        if self.row is not None:
            return self.services.recognition.change(self.row.id, message=self.message.toPlainText(),
                                                    title=self.title_edit.text(), given_on=to_date(self.given_on),
                                                    expected_version=self.row.version)
        return self.services.recognition.recognise(
            message=self.message.toPlainText(), award=self.award.currentData(), title=self.title_edit.text(),
            to_person_id=self.to_person.currentData(), to_department_id=self.to_dept.currentData(),
            from_person_id=self.from_person.currentData(), from_department_id=self.from_dept.currentData(),
            given_on=to_date(self.given_on), request_id=self.request_id)

