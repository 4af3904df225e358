"""Fill an empty file with the example hotel, or a large file of the same shape for benchmarks.

Rows are inserted in bulk (one transaction, Core inserts) so 100,000 requests take seconds; the
generator builds each request's life the way RequestService would, so the data obeys every rule.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from icdesk.domain.enums import (
    ActionStatus,
    Award,
    BreakdownPoint,
    EventKind,
    PersonKind,
    Priority,
    RequestStatus,
    StandardStatus,
)
from icdesk.domain.errors import RuleError
from icdesk.domain.models import (
    Company,
    CorrectiveAction,
    Department,
    Feedback,
    Person,
    Recognition,
    Request,
    RequestEvent,
    ServiceAgreement,
    ServiceStandard,
    StandardStep,
    StandardVersion,
)
from icdesk.domain.rules import name_key
from icdesk.services import demo_content as C
from icdesk.services.base import ServiceBase
from icdesk.services.maintenance import MaintenanceService

S = RequestStatus
HOUR = 3600.0
BATCH = 20_000


@dataclass(frozen=True)
class DemoOptions:
    seed: int = 1
    requests: int = 300
    departments: int = 9
    standards: int = 20
    months: int = 6


@dataclass(frozen=True)
class DemoSummary:
    departments: int
    people: int
    standards: int
    requests: int
    feedback: int
    actions: int
    recognitions: int


@dataclass
class _Std:
    standard_id: int
    version_id: int
    department: int
    response_h: float
    resolution_h: float


class DemoService(ServiceBase):
    def fill(self, options: DemoOptions = DemoOptions()) -> DemoSummary:
        if not MaintenanceService(self.db, self.clock).is_empty():
            raise RuleError("This file already holds data; the example company goes into a new, empty file.")
        rng = random.Random(options.seed)
        now = self.clock().replace(microsecond=0)
        with self.db.transaction() as s:
            company = s.scalars(select(Company).limit(1)).first()
            if company is None:
                s.add(Company(name=C.COMPANY, address_line=C.ADDRESS, service_vision=C.VISION, created_at=now))
            elif not company.service_vision:
                company.service_vision = C.VISION
            departments = self._departments(s, options.departments, now)
            people = self._people(s, departments, rng, now)
            standards = self._standards(s, departments, people, options.standards, rng, now)
            self._agreements(s, departments, standards, now)
            requests = self._requests(s, departments, people, standards, options, rng, now)
            feedback = self._feedback(s, requests, rng)
            actions = self._actions(s, feedback, people, rng, now)
            recognitions = self._recognitions(s, departments, people, rng, now, options.months)
        return DemoSummary(len(departments), sum(len(p) for p in people.values()), len(standards),
                           len(requests), len(feedback), actions, recognitions)

    @staticmethod
    def _departments(s: Session, count: int, now: datetime) -> list[int]:
        names = [(n, d) for n, d in C.DEPARTMENTS[:count]]
        names += [(f"Department {i:03d}", "Generated for large-file tests.") for i in range(len(names) + 1, count + 1)]
        ids = []
        for name, description in names:
            department = Department(name=name, name_key=name_key(name), description=description, created_at=now)
            s.add(department)
            s.flush()
            ids.append(department.id)
        return ids

    @staticmethod
    def _people(s: Session, departments: list[int], rng: random.Random, now: datetime) -> dict[int | None, list[int]]:
        people: dict[int | None, list[int]] = {None: []}
        rows: list[tuple[str, PersonKind, int | None, str]] = [
            (n, PersonKind(k), departments[d] if d is not None and d < len(departments) else None, t)
            for n, k, d, t in C.PEOPLE]
        for index, extra in enumerate(departments[len(C.DEPARTMENTS):], start=1):
            rows += [(f"Employee {index:03d}-{j}", PersonKind.FULL_TIME, extra, "Staff") for j in (1, 2, 3)]
        for full_name, kind, dept, title in rows:
            person = Person(full_name=full_name, kind=kind, department_id=dept, job_title=title, active=True,
                            email="", created_at=now)
            s.add(person)
            s.flush()
            people.setdefault(dept, []).append(person.id)
        for dept in departments:
            if people.get(dept):
                s.get_one(Department, dept).head_id = people[dept][0]
        return people

    @staticmethod
    def _standards(
        s: Session, departments: list[int], people: dict[int | None, list[int]], count: int,
        rng: random.Random, now: datetime,
    ) -> list[_Std]:
        specs = [(departments[d], t, p, w, steps, r1, r2) for d, t, p, w, steps, r1, r2 in C.STANDARDS
                 if d < len(departments)][:count]
        generic = ["Receive and log the request.", "Confirm receipt to the requester.", "Do the work.",
                   "Check the result with the requester.", "Record the outcome."]
        for i in range(len(specs), count):
            dept = departments[i % len(departments)]
            specs.append((dept, f"Service standard {i + 1:03d}", "Generated for large-file tests.", "All departments.",
                          generic, float(rng.choice([1, 2, 4, 8])), float(rng.choice([8, 24, 48, 72]))))
        out = []
        today = now.date()
        for i, (dept, title, purpose, serves, steps, response_h, resolution_h) in enumerate(specs):
            owner = next(iter(people.get(dept) or []), None)
            standard = ServiceStandard(department_id=dept, created_at=now - timedelta(days=400))
            s.add(standard)
            # every third standard has an older, retired version: the history a real file keeps
            older = i % 3 == 0
            numbers = [1, 2] if older else [1]
            version = None
            for number in numbers:
                is_last = number == numbers[-1]
                version = StandardVersion(
                    number=number, status=StandardStatus.ACTIVE if is_last else StandardStatus.RETIRED,
                    title=title, purpose=purpose, serves=serves, first_response_hours=response_h,
                    resolution_hours=resolution_h if is_last else resolution_h * 2, owner_id=owner,
                    effective_on=today - timedelta(days=380 if not is_last else 200 if older else 300),
                    next_review_on=today + timedelta(days=rng.randint(-20, 300)),
                    change_note="" if number == 1 else "Faster resolution target agreed with the customers.",
                    created_at=now - timedelta(days=390), published_at=now - timedelta(days=380),
                    retired_at=None if is_last else now - timedelta(days=200),
                    steps=[StandardStep(position=k, text=t) for k, t in enumerate(steps, start=1)],
                )
                standard.versions.append(version)
            s.flush()
            assert version is not None
            out.append(_Std(standard.id, version.id, dept, response_h, resolution_h))
        return out

    @staticmethod
    def _agreements(s: Session, departments: list[int], standards: list[_Std], now: datetime) -> None:
        for provider, customer, customer_needs, provider_needs in C.AGREEMENTS:
            if provider >= len(departments) or customer >= len(departments):
                continue
            agreement = ServiceAgreement(
                provider_id=departments[provider], customer_id=departments[customer], customer_needs=customer_needs,
                provider_needs=provider_needs, created_at=now, review_on=now.date() + timedelta(days=180),
            )
            agreement.standards = [s.get_one(ServiceStandard, st.standard_id) for st in standards
                                   if st.department == departments[provider]][:2]
            s.add(agreement)
        s.flush()

    def _requests(
        self, s: Session, departments: list[int], people: dict[int | None, list[int]], standards: list[_Std],
        options: DemoOptions, rng: random.Random, now: datetime,
    ) -> list[dict[str, Any]]:
        by_dept: dict[int, list[_Std]] = {}
        for st in standards:
            by_dept.setdefault(st.department, []).append(st)
        everyone = [p for plist in people.values() for p in plist]
        person_dept = {p: d for d, plist in people.items() for p in plist}
        span = options.months * 30 * 24 * HOUR
        requests: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        written: list[dict[str, Any]] = []
        for n in range(options.requests):
            index = rng.randrange(len(departments))
            provider = departments[index]
            title_pool = C.REQUEST_TITLES.get(index % len(C.DEPARTMENTS), ["Service request"])
            requester = rng.choice(everyone)
            while person_dept.get(requester) == provider:
                requester = rng.choice(everyone)
            std = rng.choice(by_dept[provider]) if by_dept.get(provider) and rng.random() < 0.8 else None
            created = now - timedelta(seconds=span * (rng.random() ** 1.3))
            assignee = rng.choice(people.get(provider) or [None])
            row, life = self._life(rng, now, created, std)
            request_id = n + 1
            row.update(
                id=request_id, title=rng.choice(title_pool), description="", requester_id=requester,
                requester_department_id=person_dept.get(requester), provider_id=provider,
                standard_version_id=std.version_id if std else None,
                priority=rng.choices(list(Priority), weights=[2, 6, 2, 1])[0], assignee_id=assignee,
            )
            requests.append(row)
            for at, kind, before, after, text in life:
                events.append({"request_id": request_id, "at": at, "kind": kind, "from_status": before,
                               "to_status": after, "actor_id": assignee if kind is EventKind.STATUS else requester,
                               "text": text})
            if len(events) >= BATCH:
                self._write(s, requests, events, written)
        self._write(s, requests, events, written)
        return written

    @staticmethod
    def _write(s: Session, requests: list[dict[str, Any]], events: list[dict[str, Any]],
               written: list[dict[str, Any]]) -> None:
        """Insert what has piled up and keep the few fields feedback generation needs."""
        if requests:
            s.execute(insert(Request), requests)
            written.extend({k: r[k] for k in ("id", "status", "provider_id", "requester_id",
                                              "requester_department_id", "resolved_at", "resolution_due_at")}
                           for r in requests)
            requests.clear()
        if events:
            s.execute(insert(RequestEvent), events)
            events.clear()

    @staticmethod
    def _life(rng: random.Random, now: datetime, created: datetime, std: _Std | None) -> tuple[
            dict[str, Any], list[tuple[datetime, EventKind, S | None, S | None, str]]]:
        """One request's story: when it was answered, paused, resolved and closed."""
        response_h = std.response_h if std else 4.0
        resolution_h = std.resolution_h if std else 24.0
        late = rng.random() < 0.15
        response = timedelta(hours=response_h * (rng.uniform(1.1, 3) if late else rng.uniform(0.05, 0.9)))
        work = timedelta(hours=resolution_h * (rng.uniform(1.1, 2.5) if late else rng.uniform(0.2, 0.95)))
        pause = timedelta(hours=rng.uniform(1, 30)) if rng.random() < 0.15 else timedelta(0)
        life: list[tuple[datetime, EventKind, S | None, S | None, str]] = [
            (created, EventKind.CREATED, None, S.NEW, "")]
        row: dict[str, Any] = {
            "status": S.NEW, "created_at": created, "updated_at": created, "first_response_at": None,
            "resolved_at": None, "closed_at": None, "cancelled_at": None, "waiting_since": None, "paused_seconds": 0,
            "response_due_at": created + timedelta(hours=std.response_h) if std else None,
            "resolution_due_at": created + timedelta(hours=std.resolution_h) if std else None,
        }

        # a few requests were forgotten somewhere along the way: these are the overdue ones
        stuck_after = rng.choice([1, 2]) if rng.random() < 0.04 else 99

        def step(at: datetime, target: S, text: str = "") -> bool:
            if at > now or len(life) > stuck_after:
                return False
            life.append((at, EventKind.STATUS, row["status"], target, text))
            row["status"], row["updated_at"] = target, at
            return True

        if rng.random() < 0.03:  # withdrawn by the requester
            at = created + response
            if step(at, S.CANCELLED, "No longer needed."):
                row["first_response_at"] = row["cancelled_at"] = at
            return row, life
        t = created + response
        if not step(t, S.IN_PROGRESS):
            return row, life
        row["first_response_at"] = t
        t += work * 0.4
        if pause:
            if not step(t, S.WAITING, "Asked the requester for details."):
                return row, life
            row["waiting_since"] = t
            if t + pause > now:
                return row, life
            t += pause
            step(t, S.IN_PROGRESS, "Details received.")
            row["waiting_since"] = None
            row["paused_seconds"] = int(pause.total_seconds())
            if row["resolution_due_at"] is not None:
                row["resolution_due_at"] += pause
        t += work * 0.6
        if not step(t, S.RESOLVED):
            return row, life
        row["resolved_at"] = t
        t += timedelta(hours=rng.uniform(2, 72))
        if step(t, S.CLOSED):
            row["closed_at"] = t
        return row, life

    @staticmethod
    def _feedback(s: Session, requests: list[dict[str, Any]], rng: random.Random) -> list[dict[str, Any]]:
        rows = []
        for r in requests:
            if r["status"] not in (S.RESOLVED, S.CLOSED) or rng.random() > 0.5:
                continue
            on_time = r["resolution_due_at"] is None or r["resolved_at"] <= r["resolution_due_at"]
            rating = rng.choices([5, 4, 3, 2, 1], weights=[5, 4, 1, 0.3, 0.1] if on_time else [0.5, 1, 3, 3, 2])[0]
            anonymous = rng.random() < 0.2
            breakdown = None
            if rating <= 3:
                breakdown = rng.choice([BreakdownPoint.TIMELINESS, BreakdownPoint.COMMUNICATION] if not on_time
                                       else list(BreakdownPoint))
            rows.append({
                "request_id": r["id"], "department_id": r["provider_id"], "rating": rating,
                "comment": rng.choice(C.FEEDBACK_COMMENTS[rating]) if rng.random() < 0.6 else "",
                "breakdown_point": breakdown, "anonymous": anonymous,
                "author_id": None if anonymous else r["requester_id"],
                "author_department_id": None if anonymous else r["requester_department_id"],
                "created_at": r["resolved_at"] + timedelta(hours=rng.uniform(1, 48)),
            })
        for start in range(0, len(rows), BATCH):
            s.execute(insert(Feedback), rows[start:start + BATCH])
        return rows

    @staticmethod
    def _actions(s: Session, feedback: list[dict[str, Any]], people: dict[int | None, list[int]],
                 rng: random.Random, now: datetime) -> int:
        poor = s.execute(select(Feedback.id, Feedback.department_id, Feedback.request_id, Feedback.created_at)
                         .where(Feedback.rating <= 2).order_by(Feedback.created_at.desc()).limit(25)).all()
        today = now.date()
        rows = []
        for i, (fid, dept, rid, created) in enumerate(poor):
            opened: date = min(created.date(), today)
            due = opened + timedelta(days=rng.choice([7, 14, 30]))
            done = due < today - timedelta(days=3) and rng.random() < 0.7
            rows.append({
                "feedback_id": fid, "request_id": rid, "department_id": dept,
                "description": C.ACTION_TEXTS[i % len(C.ACTION_TEXTS)],
                "owner_id": next(iter(people.get(dept) or []), None), "opened_on": opened, "due_on": due,
                "status": ActionStatus.DONE if done else rng.choice([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
                "outcome": "Done; no repeat complaints since." if done else "",
                "completed_on": min(due, today) if done else None, "created_at": now,
            })
        if rows:
            s.execute(insert(CorrectiveAction), rows)
        return len(rows)

    @staticmethod
    def _recognitions(s: Session, departments: list[int], people: dict[int | None, list[int]],
                      rng: random.Random, now: datetime, months: int) -> int:
        staff = [p for d, plist in people.items() if d is not None for p in plist]
        owner = people[None][0] if people[None] else None
        count = 0
        first_of_month = now.date().replace(day=1)
        for m in range(months):
            month_start = (first_of_month - timedelta(days=31 * m)).replace(day=1)
            s.add(Recognition(to_person_id=rng.choice(staff), from_person_id=owner, award=Award.EMPLOYEE_OF_THE_MONTH,
                              title=f"Employee of the month {month_start:%Y-%m}", given_on=month_start,
                              message=rng.choice(C.RECOGNITION_TEXTS), created_at=now))
            count += 1
        for _ in range(8):
            giver, receiver = rng.sample(staff, 2)
            s.add(Recognition(from_person_id=giver, to_person_id=receiver, award=Award.THANKS,
                              given_on=now.date() - timedelta(days=rng.randint(0, 30 * months)),
                              message=rng.choice(C.RECOGNITION_TEXTS), created_at=now))
            count += 1
        s.add(Recognition(from_person_id=owner, to_department_id=departments[min(1, len(departments) - 1)],
                          award=Award.TEAM_OF_THE_MONTH, title="Team of the month", given_on=first_of_month,
                          message="For the smooth congress week with 120 guests.", created_at=now))
        return count + 1
