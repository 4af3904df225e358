"""Recognition: thanks and awards, such as employee of the month."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from icdesk.db.portable import year_month
from icdesk.domain.enums import Award, EventKind, RequestStatus
from icdesk.domain.errors import DuplicateError, RuleError, ValidationError
from icdesk.domain.models import Department, Person, Recognition, Request, RequestEvent
from icdesk.domain.rules import TEXT_MAX, TITLE_MAX, check_day, check_recognition_day, clean_text, one_of
from icdesk.services.base import (
    ServiceBase,
    at_work,
    check_version,
    contains_text,
    get_or_fail,
    optional,
    still_here,
)
from icdesk.services.dto import RecognitionRow


def _rows(s: Session, *conditions: object, limit: int | None = None) -> list[RecognitionRow]:
    from_p, to_p = aliased(Person), aliased(Person)
    from_d, to_d = aliased(Department), aliased(Department)
    query = (
        select(Recognition, from_p.full_name, from_d.name, to_p.full_name, to_d.name)
        .outerjoin(from_p, from_p.id == Recognition.from_person_id)
        .outerjoin(from_d, from_d.id == Recognition.from_department_id)
        .outerjoin(to_p, to_p.id == Recognition.to_person_id)
        .outerjoin(to_d, to_d.id == Recognition.to_department_id)
        .where(Recognition.archived_at.is_(None), *conditions)  # type: ignore[arg-type]
        .order_by(Recognition.given_on.desc(), Recognition.id.desc())
        .limit(limit)
    )
    return [
        RecognitionRow(
            id=r.id, award=r.award, title=r.title, message=r.message, given_on=r.given_on,
            from_name=fp or fd or "", to_name=tp or td or "",
            to_person_id=r.to_person_id, to_department_id=r.to_department_id, request_id=r.request_id,
            version=r.version,
        )
        for r, fp, fd, tp, td in s.execute(query)
    ]


def give_recognition(
    s: Session, now: datetime, today: date, *, message: str, award: Award = Award.THANKS, title: str = "",
    to_person_id: int | None = None, to_department_id: int | None = None,
    from_person_id: int | None = None, from_department_id: int | None = None, given_on: date | None = None,
    request_id: int | None = None,
) -> Recognition:
    """The one way thanks or an award comes into a file; ``request_id``: thanks for that request."""
    message = clean_text(message, "The message", required=True, max_len=TEXT_MAX, field="message")
    title = clean_text(title, "The title", required=False, max_len=TITLE_MAX, field="title", single_line=True)
    award = one_of(Award, award, "award")
    given_on = check_day(given_on, "given_on") or today
    check_recognition_day(given_on, today)
    if to_person_id is None and to_department_id is None:
        raise ValidationError("Choose who is being recognised: a person or a department.", field="to")
    if award is Award.EMPLOYEE_OF_THE_MONTH and to_person_id is None:
        raise ValidationError("Employee of the month goes to a person.", field="to")
    if award is Award.TEAM_OF_THE_MONTH and to_department_id is None:
        raise ValidationError("Team of the month goes to a department.", field="to")
    if to_person_id is not None and to_person_id == from_person_id:
        raise RuleError("People cannot recognise themselves.")
    if to_department_id is not None and to_department_id == from_department_id and to_person_id is None:
        raise RuleError("A department cannot recognise itself.")
    for pid in (to_person_id, from_person_id):
        still_here(s, pid, "to" if pid == to_person_id else "from")
    for did in (to_department_id, from_department_id):
        at_work(s, did, "to" if did == to_department_id else "from")
    request = optional(s, Request, request_id, "request")
    if request is not None and request.status not in (RequestStatus.RESOLVED, RequestStatus.CLOSED):
        raise RuleError("Thanks for a request come once it is resolved.")
    if award in (Award.EMPLOYEE_OF_THE_MONTH, Award.TEAM_OF_THE_MONTH):
        month = given_on.strftime("%Y-%m")
        clash = s.scalar(select(func.count(Recognition.id)).where(
            Recognition.award == award, Recognition.archived_at.is_(None),
            year_month(s, Recognition.given_on) == month))
        if clash:
            raise DuplicateError("The award for {month} has already been given.", month=month, field="award")
    recognition = Recognition(
        from_person_id=from_person_id, from_department_id=from_department_id, to_person_id=to_person_id,
        to_department_id=to_department_id, award=award, title=title, message=message, given_on=given_on,
        created_at=now, request_id=request_id,
    )
    s.add(recognition)
    s.flush()
    return recognition


def _recipient(s: Session, recognition: Recognition) -> str:
    person = optional(s, Person, recognition.to_person_id, "person")
    department = optional(s, Department, recognition.to_department_id, "department")
    return person.full_name if person else department.name if department else ""


class RecognitionService(ServiceBase):
    def recognise(
        self, *, message: str, award: Award = Award.THANKS, title: str = "",
        to_person_id: int | None = None, to_department_id: int | None = None,
        from_person_id: int | None = None, from_department_id: int | None = None,
        given_on: date | None = None, request_id: int | None = None,
    ) -> RecognitionRow:
        with self.db.transaction() as s:
            recognition = give_recognition(
                s, self.clock(), self.today(), message=message, award=award, title=title,
                to_person_id=to_person_id, to_department_id=to_department_id, from_person_id=from_person_id,
                from_department_id=from_department_id, given_on=given_on, request_id=request_id)
            return _rows(s, Recognition.id == recognition.id)[0]

    def change(self, recognition_id: int, *, message: str, title: str = "",
               given_on: date | None = None, expected_version: int | None = None) -> RecognitionRow:
        """Mend the words or the day of a recognition (a typo, the wrong day). Who gave it, to whom and
        which award stay: a recognition meant for someone else is archived and given again."""
        with self.db.transaction() as s:
            recognition = get_or_fail(s, Recognition, recognition_id, "recognition")
            if recognition.archived_at is not None:
                raise RuleError("This recognition is archived; restore it before changing it.")
            check_version(recognition.title or _recipient(s, recognition), recognition.version, recognition.changed_at,
                          expected_version)
            recognition.message = clean_text(message, "The message", required=True, max_len=TEXT_MAX, field="message")
            recognition.title = clean_text(title, "The title", required=False, max_len=TITLE_MAX, field="title",
                                           single_line=True)
            day = given_on or recognition.given_on
            if day != recognition.given_on:
                check_recognition_day(day, self.today())
            if day != recognition.given_on and recognition.award in (Award.EMPLOYEE_OF_THE_MONTH,
                                                                     Award.TEAM_OF_THE_MONTH):
                month = day.strftime("%Y-%m")
                clash = s.scalar(select(func.count(Recognition.id)).where(
                    Recognition.award == recognition.award, Recognition.archived_at.is_(None),
                    Recognition.id != recognition.id, year_month(s, Recognition.given_on) == month))
                if clash:
                    raise DuplicateError("The award for {month} has already been given.", month=month, field="given_on")
            recognition.given_on = day
            s.flush()
            return _rows(s, Recognition.id == recognition.id)[0]

    def handler_of(self, request_id: int) -> int | None:
        """Who handled a request: its assignee, or else whoever marked it resolved."""
        with self.db.reading() as s:
            request = get_or_fail(s, Request, request_id, "request")
            if request.assignee_id is not None:
                return request.assignee_id
            return s.scalar(select(RequestEvent.actor_id).where(
                RequestEvent.request_id == request_id, RequestEvent.kind == EventKind.STATUS,
                RequestEvent.to_status == RequestStatus.RESOLVED, RequestEvent.actor_id.is_not(None))
                .order_by(RequestEvent.id.desc()).limit(1))

    def get(self, recognition_id: int) -> RecognitionRow:
        with self.db.reading() as s:
            get_or_fail(s, Recognition, recognition_id, "recognition")
            rows = _rows(s, Recognition.id == recognition_id)
        if not rows:
            raise RuleError("This recognition is archived; restore it before changing it.")
        return rows[0]

    def for_request(self, request_id: int) -> list[RecognitionRow]:
        with self.db.reading() as s:
            return _rows(s, Recognition.request_id == request_id)

    def archive(self, recognition_id: int) -> None:
        with self.db.transaction() as s:
            get_or_fail(s, Recognition, recognition_id, "recognition").archived_at = self.clock()

    def list(self, person_id: int | None = None, department_id: int | None = None,
             award: Award | None = None, limit: int | None = None, text: str = "") -> list[RecognitionRow]:
        conditions = []
        if text.strip():
            conditions.append(contains_text(Recognition.message, text))
        if person_id is not None:
            conditions.append(Recognition.to_person_id == person_id)
        if department_id is not None:
            conditions.append(Recognition.to_department_id == department_id)
        if award is not None:
            conditions.append(Recognition.award == award)
        with self.db.reading() as s:
            return _rows(s, *conditions, limit=limit)
