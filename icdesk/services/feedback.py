"""Feedback: ratings of a resolved request or of a department in general."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from icdesk.domain.enums import BreakdownPoint, EventKind, RequestStatus
from icdesk.domain.errors import RuleError, ValidationError
from icdesk.domain.models import Department, Feedback, Person, Request, RequestEvent
from icdesk.domain.rules import TEXT_MAX, check_rating, clean_text
from icdesk.services.base import ServiceBase, contains_text, get_or_fail, optional
from icdesk.services.dto import FeedbackRow


@dataclass
class FeedbackDraft:
    rating: int
    request_id: int | None = None
    department_id: int | None = None  # the department rated, when not about one request
    comment: str = ""
    breakdown_point: BreakdownPoint | None = None
    author_id: int | None = None
    author_department_id: int | None = None
    anonymous: bool = False


def _rows(s: Session, *conditions: object, limit: int | None = None) -> list[FeedbackRow]:
    rated, author_dept = aliased(Department), aliased(Department)
    query = (
        select(Feedback, rated.name, Person.full_name, author_dept.name)
        .join(rated, rated.id == Feedback.department_id)
        .outerjoin(Person, Person.id == Feedback.author_id)
        .outerjoin(author_dept, author_dept.id == Feedback.author_department_id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(Feedback.created_at.desc(), Feedback.id.desc())
        .limit(limit)
    )
    return [
        FeedbackRow(
            id=f.id, request_id=f.request_id, department_id=f.department_id, department_name=dept,
            rating=f.rating, comment=f.comment, breakdown_point=f.breakdown_point, anonymous=f.anonymous,
            author_name=author or "", author_department_name=author_dept_name or "", created_at=f.created_at,
        )
        for f, dept, author, author_dept_name in s.execute(query)
    ]


class FeedbackService(ServiceBase):
    def give(self, draft: FeedbackDraft) -> FeedbackRow:
        rating = check_rating(draft.rating)
        comment = clean_text(draft.comment, "The comment", required=False, max_len=TEXT_MAX, field="comment")
        breakdown = BreakdownPoint(draft.breakdown_point) if draft.breakdown_point else None
        with self.db.transaction() as s:
            author = optional(s, Person, draft.author_id, "person")
            if draft.request_id is not None:
                request = get_or_fail(s, Request, draft.request_id, "request")
                if request.status not in (RequestStatus.RESOLVED, RequestStatus.CLOSED):
                    raise RuleError("Only a resolved or closed request can be rated; finish the work first.")
                if author is not None and self._handled_by(s, request, author.id):
                    raise RuleError("{full_name} worked on this request and cannot rate it.",
                                    full_name=author.full_name)
                department_id = request.provider_id
            elif draft.department_id is not None:
                department_id = get_or_fail(s, Department, draft.department_id, "department").id
            else:
                raise ValidationError("Choose the request or the department this feedback is about.",
                                      field="department")
            author_dept_id = draft.author_department_id or (author.department_id if author else None)
            optional(s, Department, author_dept_id, "department")
            if draft.request_id is None and author_dept_id == department_id and author_dept_id is not None:
                raise RuleError("A department cannot rate its own service.")
            feedback = Feedback(
                request_id=draft.request_id, department_id=department_id, rating=rating, comment=comment,
                breakdown_point=breakdown, anonymous=draft.anonymous, created_at=self.clock(),
                # anonymous: who gave it is checked above, then forgotten, never stored
                author_id=None if draft.anonymous else draft.author_id,
                author_department_id=None if draft.anonymous else author_dept_id,
            )
            s.add(feedback)
            s.flush()
            return _rows(s, Feedback.id == feedback.id)[0]

    @staticmethod
    def _handled_by(s: Session, request: Request, person_id: int) -> bool:
        if request.assignee_id == person_id:
            return True
        acted = s.scalar(select(func.count(RequestEvent.id)).where(
            RequestEvent.request_id == request.id,
            RequestEvent.kind == EventKind.STATUS,
            RequestEvent.actor_id == person_id,
        ))
        return bool(acted)

    def get(self, feedback_id: int) -> FeedbackRow:
        with self.db.reading() as s:
            get_or_fail(s, Feedback, feedback_id, "feedback")
            return _rows(s, Feedback.id == feedback_id)[0]

    def list(
        self, department_id: int | None = None, request_id: int | None = None, max_rating: int | None = None,
        breakdown_point: BreakdownPoint | None = None, limit: int | None = None, text: str = "",
    ) -> list[FeedbackRow]:
        conditions = []
        if text.strip():
            conditions.append(contains_text(Feedback.comment, text))
        if department_id is not None:
            conditions.append(Feedback.department_id == department_id)
        if request_id is not None:
            conditions.append(Feedback.request_id == request_id)
        if max_rating is not None:
            conditions.append(Feedback.rating <= max_rating)
        if breakdown_point is not None:
            conditions.append(Feedback.breakdown_point == breakdown_point)
        with self.db.reading() as s:
            return _rows(s, *conditions, limit=limit)

    def average_rating_given(self, department_id: int) -> float | None:
        """How satisfied a department is as a customer: the average of the ratings it gave."""
        with self.db.reading() as s:
            value = s.scalar(select(func.avg(Feedback.rating)).where(Feedback.author_department_id == department_id))
        return None if value is None else float(value)

    def average_rating(self, department_id: int | None = None) -> float | None:
        query = select(func.avg(Feedback.rating))
        if department_id is not None:
            query = query.where(Feedback.department_id == department_id)
        with self.db.reading() as s:
            value = s.scalar(query)
        return None if value is None else float(value)
