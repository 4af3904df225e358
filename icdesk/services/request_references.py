"""What requests refer to, read once for a batch: people, departments with their working calendars,
and the standards in force.

``prepare_request`` checks a request against these (the person exists, the department is not
archived, the standard is in force and belongs to the provider) and counts its targets in the
provider's calendar. One request from the window reads them in three statements at most (people,
departments, the standard with its version in force), plus the hours and closures of a provider
that keeps working hours; an import or the example company reads them once for thousands.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from icdesk.db.driver_sql import RowsByIds
from icdesk.domain.calendar import ALWAYS_OPEN, WorkingCalendar
from icdesk.domain.enums import StandardStatus
from icdesk.domain.models import Department, Person, ServiceStandard, StandardVersion
from icdesk.domain.rules import search_key
from icdesk.services.base import gone
from icdesk.services.calendars import calendars_of

if TYPE_CHECKING:
    from icdesk.services.request_writes import NewRequest


@dataclass(frozen=True)
class VersionInForce:
    """The version of a standard in force: its targets, and what a request's window names it by."""

    id: int
    first_response_minutes: int | None
    resolution_minutes: int | None
    title: str
    number: int


# Compiled once and run by the driver (db/driver_sql.py): for one request from the window these
# reads took more Python in SQLAlchemy than SQLite took to answer them (issue 21).
_PEOPLE = RowsByIds(lambda ids: select(Person.id, Person.department_id, Person.full_name, Person.active)
                    .where(Person.id.in_(ids)))
# what a request checks (name, archived) and its calendar (open around the clock, holidays), in one read
_DEPARTMENTS = RowsByIds(lambda ids: select(Department.id, Department.name, Department.archived_at,
                                            Department.always_open, Department.holiday_country,
                                            Department.holiday_region).where(Department.id.in_(ids)))
_STANDARDS = RowsByIds(lambda ids: select(
    ServiceStandard.id, ServiceStandard.department_id, StandardVersion.id, StandardVersion.first_response_minutes,
    StandardVersion.resolution_minutes, StandardVersion.title, StandardVersion.number)
    .outerjoin(StandardVersion, and_(StandardVersion.standard_id == ServiceStandard.id,
                                     StandardVersion.status == StandardStatus.ACTIVE))
    .where(ServiceStandard.id.in_(ids)).order_by(ServiceStandard.id, StandardVersion.id))


class RequestReferences:
    """The departments, people and standards a batch of requests refers to, read in one go.

    ``providers``: the departments whose working calendars are needed (the requests' providers);
    None: every department read (an import or the example company, which log for any of them).
    """

    def __init__(self, s: Session, department_ids: Iterable[int | None], person_ids: Iterable[int | None],
                 standard_ids: Iterable[int | None], providers: Iterable[int] | None = None) -> None:
        connection = s.connection()
        self.people: dict[int, int | None] = {}  # id -> department
        self.names: dict[int, str] = {}  # id -> full name, as a new request's window shows it
        self.keys: dict[tuple[str, int], str] = {}  # ("person" or "department", id) -> its name folded
        self.left: set[int] = set()  # people who have left (archived)
        for person_id, department_id, name, active in _PEOPLE.rows(connection, person_ids):
            self.people[person_id] = department_id
            if not active:
                self.left.add(person_id)
            self.names[person_id] = name
            self.keys["person", person_id] = search_key(name)
        # a requester's department is the request's customer: it is looked at too
        self.departments: dict[int, tuple[str, bool, int | None]] = {}  # id -> name, archived, -
        hours: dict[int, tuple[bool, str, str]] = {}  # id -> always open, holiday country, region
        for d_id, name, archived_at, always_open, country, region in _DEPARTMENTS.rows(
                connection, (*department_ids, *self.people.values())):
            self.departments[d_id] = (name, archived_at is not None, None)
            hours[d_id] = (always_open, country, region)
            self.keys["department", d_id] = search_key(name)
        # targets count in the providing department's working calendar
        counted = hours if providers is None else {d: hours[d] for d in set(providers) if d in hours}
        self.calendars: dict[int, WorkingCalendar] = calendars_of(s, counted)
        self.standards: dict[int, tuple[int, VersionInForce | None]] = {}  # id -> department, version in force
        for st_id, dept, v_id, response, resolution, title, number in _STANDARDS.rows(connection, standard_ids):
            version = None if v_id is None else VersionInForce(v_id, response, resolution, title, number)
            self.standards[st_id] = (dept, version)

    @classmethod
    def for_items(cls, s: Session, items: Sequence[NewRequest]) -> RequestReferences:
        drafts = [i.draft for i in items]
        return cls(s, [d.provider_id for d in drafts] + [d.requester_department_id for d in drafts],
                   [d.requester_id for d in drafts] + [d.assignee_id for d in drafts] + [i.actor_id for i in items]
                   + [m.actor_id for i in items for m in i.moves],
                   [d.standard_id for d in drafts], providers=[d.provider_id for d in drafts])

    def department(self, department_id: int | None) -> tuple[str, bool, int | None]:
        if department_id is None or department_id not in self.departments:
            raise gone("department")
        return self.departments[department_id]

    def calendar(self, department_id: int) -> WorkingCalendar:
        return self.calendars.get(department_id, ALWAYS_OPEN)

    def person(self, person_id: int | None) -> int | None:
        """The person's department; the person must exist."""
        if person_id is None or person_id not in self.people:
            raise gone("person")
        return self.people[person_id]

