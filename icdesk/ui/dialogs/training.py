"""Training sessions (with their attendance) and cross-training, as forms."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from icdesk.services import Services
from icdesk.services.dto import CrossTrainingRow, TrainingDetail
from icdesk.services.training import MAX_TRAINING_MINUTES, CrossTrainingDraft, TrainingDraft
from icdesk.ui.checklist import CheckList
from icdesk.ui.forms import FormDialog, date_edit, hint, multiline, show_date, to_date
from icdesk.ui.pickers import department_combo, keep_chosen, left_label, person_combo, select_data


class TrainingDialog(FormDialog):
    """A session: topic, date, duration, who gives it, who attends, which standards it covers."""

    def __init__(self, services: Services, session: TrainingDetail | None = None, department_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Training session") if session else self.tr("New training session"), parent)
        self.services, self.session = services, session
        self.resize(640, 760)
        self.recorded = 0
        s = session
        self.topic = self.add_field("topic", self.tr("Topic"), QLineEdit(s.topic if s else ""), required=True)
        self.topic.setPlaceholderText(self.tr("e.g. Allergens: from the booking to the plate"))
        self.held_on = self.add_field("held_on", self.tr("Date"), date_edit(
            s.held_on if s else services.training.today()))
        self.duration = self.add_field("duration", self.tr("Duration"), QSpinBox())
        self.duration.setRange(1, MAX_TRAINING_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(" " + self.tr("min"))
        self.duration.setValue(s.duration_minutes if s else 60)
        self.department = self.add_field("department", self.tr("Given by"), department_combo(
            services, self.tr("(choose)"), s.department_id if s else department_id,
            include=s.department_id if s else None), required=True)
        self.trainer = self.add_field("trainer", self.tr("Trainer"), person_combo(
            services, self.tr("(not said)"), s.trainer_id if s else None))
        self.attendees = self.add_field("attendees", self.tr("Attendees"), CheckList(
            self._people(s), s.attendee_ids if s else (), height=150))
        self.standards = self.add_field("standards", self.tr("Standards covered"), CheckList(
            self._versions(s), s.version_ids if s else (), height=110))
        self.notes = self.add_field("notes", self.tr("Notes"), multiline(s.notes if s else "", 50))
        self.acknowledge = self.add_field("record_acknowledgements", "", QCheckBox(self.tr(
            "Attending counts as reading and acknowledging the standards covered")))
        self.extra.addWidget(hint(self.tr(
            "Ticked, every attendee acknowledges the version in force of each standard covered, dated the day of "
            "the session (only once the session has been held).")))
        for checklist in (self.attendees, self.standards):
            checklist.changed.connect(lambda c=checklist: self._on_field_changed(
                "attendees" if c is self.attendees else "standards"))
        self.held_on.dateChanged.connect(lambda _d: self._follow_date())
        self._follow_date()
        self.ready()

    def _follow_date(self) -> None:
        """A session still to come records no acknowledgements: its box waits for the day (ticked ahead,
        Save was refused by a message below the visible part of the form, and nothing seemed to happen)."""
        held = to_date(self.held_on)
        to_come = held is not None and held > self.services.training.today()
        if to_come:
            self.acknowledge.setChecked(False)
        self.acknowledge.setEnabled(not to_come)
        self.acknowledge.setToolTip(self.tr("Tick this once the session has been held.") if to_come else "")

    def draft(self) -> TrainingDraft:
        return TrainingDraft(
            topic=self.topic.text(), held_on=to_date(self.held_on) or self.services.training.today(),
            duration_minutes=self.duration.value(), department_id=self.department.currentData(),
            trainer_id=self.trainer.currentData(), attendee_ids=[int(str(p)) for p in self.attendees.checked()],
            version_ids=[int(str(v)) for v in self.standards.checked()], notes=self.notes.toPlainText(),
            record_acknowledgements=self.acknowledge.isChecked())

    def save(self) -> TrainingDetail:
        if self.session is None:
            detail, self.recorded = self.services.training.create(self.draft())
        else:
            detail, self.recorded = self.services.training.update(self.session.id, self.draft(),
                                                                  expected_version=self.session.version)
        return detail

    def reload(self) -> None:
        if self.session is None:
            return
        self.session = s = self.services.training.get(self.session.id)
        self.topic.setText(s.topic)
        show_date(self.held_on, s.held_on)
        self.duration.setValue(s.duration_minutes)
        select_data(self.department, s.department_id)
        keep_chosen(self.trainer, self.services, s.trainer_id)
        self.attendees.set_items(self._people(s), s.attendee_ids)
        self.standards.set_items(self._versions(s), s.version_ids)
        self.notes.setPlainText(s.notes)

    def _people(self, s: TrainingDetail | None) -> list[tuple[str, object]]:
        people: list[tuple[str, object]] = [
            (f"{p.full_name} ({p.department_name})" if p.department_name else p.full_name, p.id)
            for p in self.services.people.list()]
        if s:  # who attended and has left since stays on the sheet, ticked: the session's history
            here = {data for _text, data in people}
            people += [(left_label(self.services, pid), pid) for pid in s.attendee_ids if pid not in here]
        return people

    def _versions(self, s: TrainingDetail | None) -> list[tuple[str, object]]:
        standards: list[tuple[str, object]] = [(f"{v.title} ({v.department_name})", v.id)
                                               for v in self.services.standards.active_versions()]
        if s:  # versions taught then and replaced since stay listed, ticked
            shown = {data for _text, data in standards}
            standards += [(f"{title} ({number})", vid) for title, number, vid in zip(
                s.standards, s.standard_numbers, s.version_ids, strict=True) if vid not in shown]
        return standards


class CrossTrainingDialog(FormDialog):
    """A person learned another department's service: who, which department, when, by whom."""

    def __init__(self, services: Services, record: CrossTrainingRow | None = None, person_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cross-training") if record else self.tr("Record cross-training"), parent)
        self.services, self.record = services, record
        self.extra.addWidget(hint(self.tr(
            "Cross-training: someone learns how another department serves its colleagues, so they can step in "
            "and ask for the right thing.")))
        self.person = self.add_field("person", self.tr("Who learned"), person_combo(
            services, self.tr("(choose)"), record.person_id if record else person_id), required=True)
        self.department = self.add_field("department", self.tr("Department's service learned"), department_combo(
            services, self.tr("(choose)"), record.department_id if record else None), required=True)
        self.learned_on = self.add_field("learned_on", self.tr("When"), date_edit(
            record.learned_on if record else services.training.today()))
        self.trainer = self.add_field("trainer", self.tr("Trained by"), person_combo(
            services, self.tr("(not said)"), record.trainer_id if record else None))
        self.note = self.add_field("note", self.tr("What was learned"), multiline(record.note if record else "", 50))
        self.ready()

    def save(self) -> CrossTrainingRow:
        draft = CrossTrainingDraft(self.person.currentData(), self.department.currentData(),
                                   to_date(self.learned_on) or self.services.training.today(),
                                   self.trainer.currentData(), note=self.note.toPlainText())
        if self.record is None:
            return self.services.training.cross_train(draft)
        return self.services.training.update_cross(self.record.id, draft, expected_version=self.record.version)

    def reload(self) -> None:
        if self.record is None:
            return
        self.record = record = self.services.training.cross_get(self.record.id)
        keep_chosen(self.person, self.services, record.person_id)
        select_data(self.department, record.department_id)
        show_date(self.learned_on, record.learned_on)
        keep_chosen(self.trainer, self.services, record.trainer_id)
        self.note.setPlainText(record.note)


__all__ = ["TrainingDialog", "CrossTrainingDialog"]
