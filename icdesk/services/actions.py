"""Corrective actions: closing the loop on bad feedback and failed requests."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from icdesk.domain.enums import ActionStatus
from icdesk.domain.errors import RuleError, TransitionError, ValidationError
from icdesk.domain.models import (
    CorrectiveAction,
    Department,
    Feedback,
    Person,
    Request,
    ServiceStandard,
    StandardVersion,
)
from icdesk.domain.rules import (
    TEXT_MAX,
    check_action_dates,
    check_action_transition,
    clean_text,
    one_of,
)
from icdesk.services.base import (
    ServiceBase,
    at_work,
    check_version,
    contains_text,
    get_or_fail,
    optional,
    still_here,
)
from icdesk.services.dto import ActionRow, StandardVersionDetail


def _rows(s: Session, today: date, *conditions: object) -> list[ActionRow]:
    overdue = case((and_(CorrectiveAction.status != ActionStatus.DONE, CorrectiveAction.due_on < today), True),
                   else_=False)
    newest = (  # the newest revision made to close the action (reopened and revised again: the last one)
        select(func.max(StandardVersion.id)).where(StandardVersion.action_id == CorrectiveAction.id)
        .correlate(CorrectiveAction).scalar_subquery()
    )
    query = (
        select(CorrectiveAction, Person.full_name, Department.name, overdue, StandardVersion.title,
               StandardVersion.number)
        .outerjoin(Person, Person.id == CorrectiveAction.owner_id)
        .outerjoin(Department, Department.id == CorrectiveAction.department_id)
        .outerjoin(StandardVersion, StandardVersion.id == newest)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(CorrectiveAction.due_on, CorrectiveAction.id)
    )
    return [
        ActionRow(
            id=a.id, description=a.description, status=a.status, owner_id=a.owner_id, owner_name=owner or "",
            department_id=a.department_id, department_name=dept or "", feedback_id=a.feedback_id,
            request_id=a.request_id, opened_on=a.opened_on, due_on=a.due_on, completed_on=a.completed_on,
            outcome=a.outcome, overdue=bool(late), idea_id=a.idea_id, revision_title=revised or "",
            revision_number=number, version=a.version,
        )
        for a, owner, dept, late, revised, number in s.execute(query)
    ]


def open_action(s: Session, now: datetime, today: date, description: str, due_on: date, owner_id: int | None = None,
                *, feedback_id: int | None = None, request_id: int | None = None, department_id: int | None = None,
                opened_on: date | None = None, idea_id: int | None = None) -> CorrectiveAction:
    """The one way a corrective action comes into a file."""
    description = clean_text(description, "What will be done", required=True, max_len=TEXT_MAX,
                             field="description")
    opened_on = opened_on or today
    check_action_dates(opened_on, due_on)
    still_here(s, owner_id, "owner")
    feedback = optional(s, Feedback, feedback_id, "feedback")
    request = optional(s, Request, request_id, "request")
    if department_id is None:
        department_id = (feedback.department_id if feedback else
                         request.provider_id if request else None)
    at_work(s, department_id, "department")
    if request is None and feedback is not None and feedback.request_id is not None:
        request_id = feedback.request_id
    if feedback is None and request is not None:
        # opened on a rated request: the action follows up its poorest rating (the newest of equals), so
        # the loop from that feedback to this action shows on Closing the Loop
        feedback_id = s.scalar(select(Feedback.id).where(Feedback.request_id == request.id)
                               .order_by(Feedback.rating, Feedback.id.desc()).limit(1))
    action = CorrectiveAction(
        description=description, owner_id=owner_id, feedback_id=feedback_id, request_id=request_id,
        department_id=department_id, opened_on=opened_on, due_on=due_on, status=ActionStatus.OPEN,
        outcome="", created_at=now, idea_id=idea_id,
    )
    s.add(action)
    return action


def set_action_status(action: CorrectiveAction, today: date, status: ActionStatus, outcome: str = "") -> None:
    outcome = clean_text(outcome, "The outcome", required=False, max_len=TEXT_MAX, field="outcome")
    status = one_of(ActionStatus, status, "status")  # a combo box hands back the plain text value
    check_action_transition(action.status, status)
    if status is ActionStatus.DONE:
        if not outcome and not action.outcome:
            raise ValidationError("Write down the outcome: what was done and whether it worked.",
                                  field="outcome")
        action.completed_on = today
    else:
        action.completed_on = None
    if outcome:
        action.outcome = outcome
    action.status = status


class ActionService(ServiceBase):
    def following(self, *, request_id: int | None = None, feedback_id: int | None = None) -> list[ActionRow]:
        """The corrective actions already opened on a request, on its ratings, or on a piece of feedback (to
        say so before a second one is opened for the same problem; a request's window and printed sheet list
        what it set going), in one read."""
        if request_id is None and feedback_id is None:
            return []
        with self.db.reading() as s:
            if request_id is None and feedback_id is not None:
                request_id = s.scalar(select(Feedback.request_id).where(Feedback.id == feedback_id))
            ours = [CorrectiveAction.feedback_id == feedback_id] if feedback_id is not None else []
            if request_id is not None:
                ours += [CorrectiveAction.request_id == request_id, CorrectiveAction.feedback_id.in_(
                    select(Feedback.id).where(Feedback.request_id == request_id))]
            return _rows(s, self.today(), or_(*ours))

    def open(
        self, description: str, due_on: date, owner_id: int | None = None, *, feedback_id: int | None = None,
        request_id: int | None = None, department_id: int | None = None, opened_on: date | None = None,
    ) -> ActionRow:
        with self.db.transaction() as s:
            action = open_action(s, self.clock(), self.today(), description, due_on, owner_id,
                                 feedback_id=feedback_id, request_id=request_id, department_id=department_id,
                                 opened_on=opened_on)
            s.flush()
            return _rows(s, self.today(), CorrectiveAction.id == action.id)[0]

    def update(self, action_id: int, description: str, due_on: date, owner_id: int | None,
               outcome: str | None = None, *, expected_version: int | None = None,
               status: ActionStatus | None = None) -> ActionRow:
        """``status``: a move made with the same Save, in the same transaction: a refused due date after
        the move was already stored left the form's next Save refused as "changed by someone else"."""
        description = clean_text(description, "What will be done", required=True, max_len=TEXT_MAX,
                                 field="description")
        if outcome is not None:
            outcome = clean_text(outcome, "The outcome", required=False, max_len=TEXT_MAX, field="outcome")
        with self.db.transaction() as s:
            action = _edited(s, action_id, description, due_on, owner_id, expected_version)
            if status is not None and status != action.status:
                set_action_status(action, self.today(), status, outcome or "")
            if outcome is not None:
                action.outcome = outcome
            s.flush()
            return _rows(s, self.today(), CorrectiveAction.id == action.id)[0]

    def set_status(self, action_id: int, status: ActionStatus, outcome: str = "", *,
                   expected_version: int | None = None) -> ActionRow:
        with self.db.transaction() as s:
            action = get_or_fail(s, CorrectiveAction, action_id, "corrective action")
            check_version(action.description, action.version, action.changed_at, expected_version)
            set_action_status(action, self.today(), status, outcome)
            s.flush()
            return _rows(s, self.today(), CorrectiveAction.id == action.id)[0]

    def close(self, action_id: int, outcome: str) -> ActionRow:
        return self.set_status(action_id, ActionStatus.DONE, outcome)

    def close_by_revision(self, action_id: int, standard_id: int, change_note: str,
                          outcome: str, *, expected_version: int | None = None,
                          edits: tuple[str, date, int | None] | None = None) -> StandardVersionDetail:
        """Done by revising a standard: its new draft, linked to the action (and through it to the
        feedback), with the change note written; the draft then goes through review as any other.
        ``edits`` (what will be done, due, owner) as the action's form has them, saved in the same step,
        refused as any save is if someone saved the action after the form read it (``expected_version``):
        the form's other changes were dropped, and another window's save written over, without a word."""
        from icdesk.services.standards import StandardService, revise_standard

        outcome = clean_text(outcome, "The outcome", required=False, max_len=TEXT_MAX, field="outcome")
        if edits is not None:
            edits = (clean_text(edits[0], "What will be done", required=True, max_len=TEXT_MAX,
                                field="description"), edits[1], edits[2])
        with self.db.transaction() as s:
            if edits is not None:
                action = _edited(s, action_id, *edits, expected_version)
            else:
                action = get_or_fail(s, CorrectiveAction, action_id, "corrective action")
                check_version(action.description, action.version, action.changed_at, expected_version)
            if action.status is ActionStatus.DONE:
                raise TransitionError("This corrective action is already done; reopen it to revise a standard.")
            standard = get_or_fail(s, ServiceStandard, standard_id, "standard")
            draft_id = revise_standard(s, self.clock(), standard, change_note, action=action).id
            set_action_status(action, self.today(), ActionStatus.DONE, outcome)
        return StandardService(self.ctx).version(draft_id)

    def archive(self, action_id: int) -> None:
        with self.db.transaction() as s:
            get_or_fail(s, CorrectiveAction, action_id, "corrective action").archived_at = self.clock()

    def get(self, action_id: int) -> ActionRow:
        with self.db.reading() as s:
            get_or_fail(s, CorrectiveAction, action_id, "corrective action")
            return _rows(s, self.today(), CorrectiveAction.id == action_id)[0]

    def count_done(self) -> int:
        """Finished actions not archived: the ones a list of what is still to do leaves out."""
        with self.db.reading() as s:
            return int(s.scalar(select(func.count()).select_from(CorrectiveAction).where(
                CorrectiveAction.status == ActionStatus.DONE, CorrectiveAction.archived_at.is_(None))) or 0)

    def list(
        self, status: ActionStatus | None = None, open_only: bool = False, department_id: int | None = None,
        overdue_only: bool = False, include_archived: bool = False, text: str = "",
    ) -> list[ActionRow]:
        conditions = []
        if text.strip():
            conditions.append(contains_text(CorrectiveAction.description, text))
        if status is not None:
            conditions.append(CorrectiveAction.status == status)
        if open_only:
            conditions.append(CorrectiveAction.status != ActionStatus.DONE)
        if department_id is not None:
            conditions.append(CorrectiveAction.department_id == department_id)
        if overdue_only:
            conditions.append(and_(CorrectiveAction.status != ActionStatus.DONE,
                                   CorrectiveAction.due_on < self.today()))
        if not include_archived:
            conditions.append(CorrectiveAction.archived_at.is_(None))
        with self.db.reading() as s:
            return _rows(s, self.today(), *conditions)


def _edited(s: Session, action_id: int, description: str, due_on: date, owner_id: int | None,
            expected_version: int | None) -> CorrectiveAction:
    """The action with a form's changes to what, when and who, checked as every save of it is."""
    action = get_or_fail(s, CorrectiveAction, action_id, "corrective action")
    if action.archived_at is not None:  # archived from another window while this one had it open
        raise RuleError("This corrective action was archived meanwhile; nothing was saved.")
    check_version(action.description, action.version, action.changed_at, expected_version)
    check_action_dates(action.opened_on, due_on)
    if owner_id != action.owner_id:  # an owner who has left since may still see it through
        still_here(s, owner_id, "owner")
    action.description, action.due_on, action.owner_id = description, due_on, owner_id
    return action
