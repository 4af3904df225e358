"""An idea for working better together: proposing it, and what happens to it afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QWidget

from icdesk.domain.enums import IdeaStatus
from icdesk.domain.errors import ConflictError, DomainError
from icdesk.domain.rules import IDEA_TRANSITIONS
from icdesk.services import Services
from icdesk.services.dto import IdeaRow
from icdesk.services.ideas import IdeaDraft
from icdesk.ui.checklist import CheckList
from icdesk.ui.dialogs.loop import ActionDialog, RevisionDialog
from icdesk.ui.formatting import short_date, ui_label
from icdesk.ui.forms import FormDialog, date_edit, hint, multiline, show_error, to_date
from icdesk.ui.pickers import department_combo, person_combo


class IdeaDialog(FormDialog):
    """Propose an idea, or follow one up: its status, its supporters, the action or revision it opens."""

    def __init__(self, services: Services, idea: IdeaRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Idea") if idea else self.tr("Propose an idea"), parent)
        self.services, self.idea = services, idea
        self.setMinimumWidth(640)
        i = idea
        self.title_edit = self.add_field("title", self.tr("The idea"), QLineEdit(i.title if i else ""), required=True)
        self.title_edit.setPlaceholderText(self.tr("e.g. A shared board for early arrivals"))
        self.description = self.add_field("description", self.tr("How it would work"),
                                          multiline(i.description if i else "", 70))
        self.description.setMaximumHeight(110)
        self.departments = self.add_field("departments", self.tr("Departments it brings together"), CheckList(
            [(d.name, d.id) for d in services.departments.list()], i.department_ids if i else (), height=100))
        self.departments.changed.connect(lambda: self._on_field_changed("departments"))
        if i is None:
            self.anonymous = self.add_field("anonymous", self.tr("Anonymous"),
                                            QCheckBox(self.tr("Do not store who proposed this idea")))
            self.author = self.add_field("author", self.tr("Proposed by"),
                                         person_combo(services, self.tr("(not said)")))
            self.author_dept = self.add_field("author_department", self.tr("Proposed by department"), department_combo(
                services, self.tr("(the person's department)")))
            self.proposed_on = self.add_field("proposed_on", self.tr("Proposed on"), date_edit(services.ideas.today()))
            self.anonymous.toggled.connect(self._on_anonymous_toggled)
            self.extra.addWidget(hint(self.tr("An anonymous idea keeps no name and no department at all.")))
        else:
            author = self.tr("anonymous") if i.anonymous else ", ".join(
                x for x in (i.author_name, i.author_department_name) if x) or "\u2013"
            self.add_field("from", self.tr("Proposed by"), QLabel(f"{author} \u2013 {short_date(i.proposed_on)}"))
            self.status_label = self.add_field("status", self.tr("Status"), QLabel(self.status_text(i)))
            names = ", ".join(i.supporter_names[:5]) or self.tr("nobody yet")
            if len(i.supporter_names) > 5:
                names += " " + self.tr("and {n} more").format(n=len(i.supporter_names) - 5)
            supporters = QLabel(self.tr("{n}: {names}").format(n=i.supporters, names=names))
            supporters.setToolTip("\n".join(i.supporter_names))
            self.add_field("supporters", self.tr("Supported by"), supporters)
            if i.action_ids or i.revisions:
                led = [self.tr("corrective action #{n}").format(n=a) for a in i.action_ids]
                led += [self.tr("{title}, version {n}").format(title=t, n=n) for t, n in i.revisions]
                self.add_field("led_to", self.tr("Led to"), QLabel("; ".join(led)))
            self._add_buttons(i)
        self.ready()

    def status_text(self, i: IdeaRow) -> str:
        text = ui_label(i.status)
        if i.decided_on:
            text += f" \u2013 {short_date(i.decided_on)}"
        return text + (f": {i.status_note}" if i.status_note else "")

    def _add_buttons(self, i: IdeaRow) -> None:
        moves = QHBoxLayout()
        labels = {IdeaStatus.UNDER_TRIAL: self.tr("Start a trial\u2026"), IdeaStatus.ADOPTED: self.tr("Adopt\u2026"),
                  IdeaStatus.DECLINED: self.tr("Decline\u2026"),
                  IdeaStatus.PROPOSED: self.tr("Stop the trial") if i.status is IdeaStatus.UNDER_TRIAL else
                  self.tr("Reconsider")}
        self.move_buttons: dict[IdeaStatus, QPushButton] = {}
        for status in (IdeaStatus.UNDER_TRIAL, IdeaStatus.ADOPTED, IdeaStatus.DECLINED, IdeaStatus.PROPOSED):
            if status in IDEA_TRANSITIONS[i.status]:
                button = QPushButton(labels[status])
                button.clicked.connect(lambda _=False, st=status: self._on_move_clicked(st))
                moves.addWidget(button)
                self.move_buttons[status] = button
        moves.addStretch(1)
        self.footer.addLayout(moves)
        follow = QHBoxLayout()
        self.support_button = QPushButton(self.tr("Add a supporter\u2026"))
        self.support_button.clicked.connect(self._on_support_clicked)
        self.support_button.setEnabled(i.status in (IdeaStatus.PROPOSED, IdeaStatus.UNDER_TRIAL))
        self.action_button = QPushButton(self.tr("Open corrective action\u2026"))
        self.action_button.clicked.connect(self._on_action_clicked)
        self.revise_button = QPushButton(self.tr("Revise a standard\u2026"))
        self.revise_button.clicked.connect(self._on_revise_clicked)
        for button in (self.support_button, self.action_button, self.revise_button):
            follow.addWidget(button)
        follow.addStretch(1)
        self.footer.addLayout(follow)

    def _on_anonymous_toggled(self, anonymous: bool) -> None:
        for name in ("author", "author_department"):
            self.set_field_visible(name, not anonymous)

    def local_problems(self) -> dict[str, str]:
        problems = super().local_problems()
        if len(self.departments.checked()) < 2:
            problems["departments"] = self.tr("Tick at least two departments.")
        return problems

    def draft(self) -> IdeaDraft:
        departments = [int(str(d)) for d in self.departments.checked()]
        if self.idea is not None:
            return IdeaDraft(self.title_edit.text(), self.description.toPlainText(), departments)
        anonymous = self.anonymous.isChecked()
        return IdeaDraft(self.title_edit.text(), self.description.toPlainText(), departments,
                         author_id=None if anonymous else self.author.currentData(),
                         author_department_id=None if anonymous else self.author_dept.currentData(),
                         anonymous=anonymous, proposed_on=to_date(self.proposed_on))

    def save(self) -> IdeaRow:
        if self.idea is None:
            return self.services.ideas.propose(self.draft())
        # the version saved now: a move made next in this window checks against it
        self.idea = self.services.ideas.update(self.idea.id, self.draft(), expected_version=self.idea.version)
        return self.idea

    def reload(self) -> None:
        if self.idea is None:
            return
        self.idea = idea = self.services.ideas.get(self.idea.id)
        self.title_edit.setText(idea.title)
        self.description.setPlainText(idea.description)
        self.departments.set_items([(d.name, d.id) for d in self.services.departments.list()], idea.department_ids)
        self.status_label.setText(self.status_text(idea))

    def _edits_saved(self) -> bool:
        """What was typed here is saved before a move, a supporter, an action or a revision: each of them
        closed the window, and a reworded description went without a word."""
        if not self.dirty or self.idea is None:
            return True
        self._touched.update(self._fields)
        self.refresh_state()
        return not self.local_problems() and self.save_now()

    def _done(self, row: object) -> None:
        self.dirty = False
        self.saved.emit(row)
        self.accept()

    def _on_move_clicked(self, status: IdeaStatus) -> None:
        assert self.idea is not None
        note = ""
        if status is not IdeaStatus.PROPOSED:
            prompt = {IdeaStatus.UNDER_TRIAL: self.tr("What is tried, and until when?"),
                      IdeaStatus.ADOPTED: self.tr("How is it put into practice?"),
                      IdeaStatus.DECLINED: self.tr("Why is it declined? Whoever proposed and supported it will "
                                                   "read this.")}[status]
            note, ok = QInputDialog.getMultiLineText(self, ui_label(status), prompt)
            if not ok:
                return
        if not self._edits_saved():
            return
        try:
            row = self.services.ideas.set_status(self.idea.id, status, note, expected_version=self.idea.version)
        except ConflictError as error:  # changed in another window since this one read it: show what is saved
            self.reload()
            self.ready()
            self.show_error(error)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self._done(row)

    def _on_support_clicked(self) -> None:
        assert self.idea is not None
        if not self._edits_saved():
            return
        dialog = SupportDialog(self.services, self.idea, self)
        if dialog.exec():
            self._done(dialog.result_row)

    def _on_action_clicked(self) -> None:
        assert self.idea is not None
        if not self._edits_saved():
            return
        department = self.idea.department_ids[0] if self.idea.department_ids else None
        if ActionDialog(self.services, idea_id=self.idea.id, department_id=department,
                        description=self.idea.title, parent=self).exec():
            self._done(self.idea)

    def _on_revise_clicked(self) -> None:
        assert self.idea is not None
        if not self._edits_saved():
            return
        idea = self.idea
        dialog = RevisionDialog(
            self.services, self.tr("Revise a standard"), idea.department_ids[0] if idea.department_ids else None,
            idea.title, lambda standard, note, _outcome: self.services.ideas.revise_standard(idea.id, standard, note),
            parent=self)
        if dialog.exec():
            self._done(idea)


class SupportDialog(FormDialog):
    def __init__(self, services: Services, idea: IdeaRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Support the idea"), parent)
        self.services, self.idea = services, idea
        self.result_row: IdeaRow | None = None
        self.extra.addWidget(hint(idea.title))
        self.person = self.add_field("person", self.tr("Who supports it"), person_combo(
            services, self.tr("(choose)")), required=True)
        self.save_button.setText(self.tr("Support"))
        self.ready()

    def save(self) -> IdeaRow:
        self.result_row = self.services.ideas.support(self.idea.id, self.person.currentData())
        return self.result_row
