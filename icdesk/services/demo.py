"""Fill an empty file with the example hotel, or a large file of the same shape for benchmarks.

Every record goes in through the same write helpers the window uses (``add_department``,
``log_request``, ``move_request``…), each called with the moment it happened, so the example
obeys every rule and its deadlines come from the one deadline clock. Requests are logged in the
order they happened, so their numbers follow their dates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from icdesk.domain.enums import ActionStatus, Award, BreakdownPoint, PersonKind, Priority, RequestStatus
from icdesk.domain.errors import RuleError
from icdesk.domain.models import Company, Department, ServiceStandard
from icdesk.services import demo_content as C
from icdesk.services.actions import open_action, set_action_status
from icdesk.services.agreements import add_agreement
from icdesk.services.base import ServiceBase
from icdesk.services.demo_network import NetworkStory
from icdesk.services.feedback import FeedbackDraft, FeedbackReferences, insert_feedback, prepare_feedback
from icdesk.services.maintenance import MaintenanceService
from icdesk.services.organisation import (
    DepartmentDraft,
    PersonDraft,
    add_department,
    add_person,
    change_department,
    save_company,
)
from icdesk.services.recognition import give_recognition
from icdesk.services.request_writes import (
    Move,
    NewRequest,
    PreparedRequest,
    RequestDraft,
    RequestLife,
    RequestReferences,
    insert_requests,
    prepare_request,
)
from icdesk.services.standards import (
    StandardContent,
    add_standard,
    edit_draft,
    publish_version,
    start_new_version,
)

S = RequestStatus
BATCH = 5_000  # requests checked, then written in one statement


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
    department: int
    title: str
    response_min: int
    resolution_min: int


@dataclass
class _Company:
    departments: list[int]
    people: dict[int | None, list[int]]
    standards: list[_Std] = field(default_factory=list)
    referred: list[object] = field(default_factory=list)  # records kept in the session's identity map


@dataclass
class _Done:
    """What feedback and actions need to know about a request once its story is told."""

    id: int
    provider: int
    requester: int
    status: S
    on_time: bool
    resolved_at: datetime | None


def _on_time(request: RequestLife) -> bool:
    due, resolved = request.resolution_due_at, request.resolved_at
    return due is None or (resolved is not None and resolved <= due)


class DemoService(ServiceBase):
    def fill(self, options: DemoOptions | None = None) -> DemoSummary:
        options = options or DemoOptions()
        if not MaintenanceService(self.ctx).is_empty():
            raise RuleError("This file already holds data; the example company goes into a new, empty file.")
        rng = random.Random(options.seed)
        now = self.clock().replace(microsecond=0)
        today = self.sla.today(now)
        # The helpers flush where a rule needs to see what came before (unique names); autoflush
        # before every look-up would only write thousands of one-row batches.
        with self.db.transaction() as s, s.no_autoflush:
            company_row = s.scalars(select(Company).limit(1)).first()
            if company_row is None:
                save_company(s, now, C.COMPANY, C.ADDRESS, C.VISION)
            elif not company_row.service_vision:  # the name the manager typed stays
                save_company(s, now, company_row.name, company_row.address_line, C.VISION)
            company = self._organisation(s, options.departments, now)
            self._standards(s, company, options.standards, rng, now, today)
            self._agreements(s, company, now)
            # the session's identity map holds records weakly: keep the ones every request and
            # rating refers to alive, so looking them up costs no query
            company.referred += [*s.scalars(select(ServiceStandard).options(selectinload(ServiceStandard.versions)))]
            story = NetworkStory(company.departments, company.people, now)  # see demo_network.py
            done = self._requests(s, company, options, rng, now, story)
            feedback, poor = self._feedback(s, done, rng, now)
            actions = self._actions(s, company, poor, rng, now, today)
            recognitions = self._recognitions(s, company, rng, now, today, options.months)
            story.fixing_action(s, today)
            story.survey(s, random.Random(options.seed + 17), today)
        return DemoSummary(len(company.departments), sum(len(p) for p in company.people.values()),
                           len(company.standards), len(done), feedback, actions, recognitions)

    @staticmethod
    def _organisation(s: Session, count: int, now: datetime) -> _Company:
        names = list(C.DEPARTMENTS[:count])
        names += [(f"Department {i:03d}", "Generated for large-file tests.") for i in range(len(names) + 1, count + 1)]
        records: list[object] = [add_department(s, now, DepartmentDraft(name, description))
                                 for name, description in names]
        departments = [d.id for d in records if isinstance(d, Department)]
        people: dict[int | None, list[int]] = {None: []}
        rows = [(n, PersonKind(k), departments[d] if d is not None and d < len(departments) else None, t)
                for n, k, d, t in C.PEOPLE]
        for index, extra in enumerate(departments[len(C.DEPARTMENTS):], start=1):
            rows += [(f"Employee {index:03d}-{j}", PersonKind.FULL_TIME, extra, "Staff") for j in (1, 2, 3)]
        for full_name, kind, dept, title in rows:
            person = add_person(s, now, PersonDraft(full_name, kind, dept, title))
            records.append(person)
            people.setdefault(dept, []).append(person.id)
        for dept in departments:
            if people.get(dept):
                department = s.get_one(Department, dept)
                change_department(s, department, DepartmentDraft(department.name, department.description,
                                                                 people[dept][0]))
        return _Company(departments, people, referred=records)

    def _standards(self, s: Session, company: _Company, count: int, rng: random.Random, now: datetime,
                   today: date) -> None:
        departments = company.departments
        specs = [(departments[d], t, p, w, steps, round(r1 * 60), round(r2 * 60))
                 for d, t, p, w, steps, r1, r2 in C.STANDARDS if d < len(departments)][:count]
        generic = ["Receive and log the request.", "Confirm receipt to the requester.", "Do the work.",
                   "Check the result with the requester.", "Record the outcome."]
        for i in range(len(specs), count):
            dept = departments[i % len(departments)]
            specs.append((dept, f"Service standard {i + 1:03d}", "Generated for large-file tests.", "All departments.",
                          generic, rng.choice([1, 2, 4, 8]) * 60, rng.choice([8, 24, 48, 72]) * 60))
        for i, (dept, title, purpose, serves, steps, response, resolution) in enumerate(specs):
            owner = next(iter(company.people.get(dept) or []), None)
            # every third standard has an older, retired version: the history a real file keeps
            older = i % 3 == 0
            first_published = now - timedelta(days=380 if older else 300)
            content = StandardContent(
                title=title, purpose=purpose, serves=serves, steps=list(steps), first_response_minutes=response,
                resolution_minutes=resolution * 2 if older else resolution, owner_id=owner,
                effective_on=first_published.date(),
                next_review_on=today + timedelta(days=rng.randint(-20, 300)),
            )
            version = add_standard(s, first_published - timedelta(days=10), dept, content)
            publish_version(s, first_published, first_published.date(), version)
            if older:
                revised = now - timedelta(days=200)
                version = start_new_version(s, revised - timedelta(days=5), version.standard)
                content.resolution_minutes = resolution
                content.effective_on = revised.date()
                content.change_note = "Faster resolution target agreed with the customers."
                edit_draft(s, version, content)
                publish_version(s, revised, revised.date(), version)
            s.flush()
            company.standards.append(_Std(version.standard_id, dept, title, response, resolution))

    @staticmethod
    def _agreements(s: Session, company: _Company, now: datetime) -> None:
        departments = company.departments
        for provider, customer, customer_needs, provider_needs in C.AGREEMENTS:
            if provider >= len(departments) or customer >= len(departments):
                continue
            linked = [st.standard_id for st in company.standards if st.department == departments[provider]][:2]
            add_agreement(s, now, departments[provider], departments[customer], customer_needs, provider_needs,
                          linked, now.date() + timedelta(days=180))

    def _requests(self, s: Session, company: _Company, options: DemoOptions, rng: random.Random,
                  now: datetime, story: NetworkStory) -> list[_Done]:
        departments = company.departments
        by_dept: dict[int, list[_Std]] = {}
        for st in company.standards:
            by_dept.setdefault(st.department, []).append(st)
        by_title = {st.title: st for st in company.standards}
        everyone = [p for plist in company.people.values() for p in plist]
        person_dept = {p: d for d, plist in company.people.items() for p in plist}
        span = options.months * 30 * 24 * 3600
        created_times = sorted(now - timedelta(seconds=span * (rng.random() ** 1.3)) for _ in range(options.requests))
        refs = RequestReferences(s, departments, everyone, [st.standard_id for st in company.standards])
        done: list[_Done] = []
        batch: list[tuple[PreparedRequest, int, int]] = []
        for created in created_times:
            index = story.provider(rng)
            provider = departments[index]
            requester = story.requester(rng, index)
            customer = story.index_of(person_dept.get(requester))
            title, standard_title = rng.choice(story.titles(index, customer) or
                                               C.REQUEST_TITLES.get(index, [("Service request", None)]))
            std = by_title.get(standard_title) if standard_title else None
            if std is None and standard_title is None and index >= len(C.DEPARTMENTS) and by_dept.get(provider):
                std = rng.choice(by_dept[provider])  # generated departments: any of their standards
            assignee = rng.choice(company.people.get(provider) or [None])
            item = NewRequest(created, RequestDraft(
                title=title, provider_id=provider, requester_id=requester,
                standard_id=std.standard_id if std else None,
                priority=rng.choices(list(Priority), weights=[2, 6, 2, 1])[0], assignee_id=assignee,
            ), actor_id=requester)
            item.moves = self._story(created, std, rng, now, assignee, requester,
                                     story.late_share(index, customer, standard_title, created))
            batch.append((prepare_request(refs, self.sla, item), provider, requester))
            if len(batch) >= BATCH:
                done += self._insert(s, batch)
        done += self._insert(s, batch)
        return done

    @staticmethod
    def _insert(s: Session, batch: list[tuple[PreparedRequest, int, int]]) -> list[_Done]:
        ids = insert_requests(s, [p for p, _, _ in batch])
        out = [_Done(request_id, provider, requester, p.life.status, _on_time(p.life), p.life.resolved_at)
               for request_id, (p, provider, requester) in zip(ids, batch, strict=True)]
        batch.clear()
        return out

    @staticmethod
    def _story(created: datetime, std: _Std | None, rng: random.Random, now: datetime, assignee: int | None,
               requester: int, late_share: float = 0.15) -> list[Move]:
        """One request's life, as the moves a person makes in the window."""
        response_h = (std.response_min if std else 240) / 60
        resolution_h = (std.resolution_min if std else 1440) / 60
        late = rng.random() < late_share
        response = timedelta(hours=response_h * (rng.uniform(1.1, 3) if late else rng.uniform(0.05, 0.9)))
        work = timedelta(hours=resolution_h * (rng.uniform(1.1, 2.5) if late else rng.uniform(0.2, 0.95)))
        pause = timedelta(hours=rng.uniform(1, 30)) if rng.random() < 0.15 else timedelta(0)
        # a few requests were forgotten somewhere along the way: these are the overdue ones
        moves_left = rng.choice([1, 2]) if rng.random() < 0.04 else 99
        moves: list[Move] = []

        def move(at: datetime, target: S, note: str = "", actor: int | None = assignee) -> bool:
            if at > now or len(moves) >= moves_left:
                return False
            moves.append(Move(at, target, actor, note))
            return True

        t = created + response
        if rng.random() < 0.03:  # withdrawn by the requester
            move(t, S.CANCELLED, "No longer needed.", actor=requester)
            return moves
        if not move(t, S.IN_PROGRESS):
            return moves
        t += work * 0.4
        if pause:
            if not move(t, S.WAITING, "Asked the requester for details."):
                return moves
            t += pause
            if not move(t, S.IN_PROGRESS, "Details received.", actor=requester):
                return moves
        t += work * 0.6
        if move(t, S.RESOLVED):
            move(t + timedelta(hours=rng.uniform(2, 72)), S.CLOSED)
        return moves

    @staticmethod
    def _feedback(s: Session, done: list[_Done], rng: random.Random,
                  now: datetime) -> tuple[int, list[tuple[int, int, datetime]]]:
        """About half of the finished requests get rated by the person who asked; returns how many,
        and the poor ratings (id, department, when)."""
        given = 0
        poor: list[tuple[int, int, datetime]] = []
        chosen = [r for r in done if r.status in (S.RESOLVED, S.CLOSED) and r.resolved_at is not None
                  and rng.random() <= 0.5]
        for start in range(0, len(chosen), BATCH):
            batch = chosen[start:start + BATCH]
            drafts, rows = [], []
            for r in batch:
                assert r.resolved_at is not None
                rating = rng.choices([5, 4, 3, 2, 1], weights=[5, 4, 1, 0.3, 0.1] if r.on_time
                                     else [0.5, 1, 3, 3, 2])[0]
                breakdown = None
                if rating <= 3:
                    breakdown = rng.choice([BreakdownPoint.TIMELINESS, BreakdownPoint.COMMUNICATION]
                                           if not r.on_time else list(BreakdownPoint))
                at = min(now, r.resolved_at + timedelta(hours=rng.uniform(1, 48)))
                drafts.append((at, FeedbackDraft(
                    rating=rating, request_id=r.id, author_id=r.requester, breakdown_point=breakdown,
                    comment=rng.choice(C.FEEDBACK_COMMENTS[rating]) if rng.random() < 0.6 else "",
                    anonymous=rng.random() < 0.2)))
            refs = FeedbackReferences(s, [d for _, d in drafts])
            rows = [prepare_feedback(refs, at, draft) for at, draft in drafts]
            ids = insert_feedback(s, rows)
            given += len(ids)
            poor += [(fid, r.provider, at) for fid, r, (at, d) in zip(ids, batch, drafts, strict=True) if d.rating <= 2]
        return given, poor

    @staticmethod
    def _actions(s: Session, company: _Company, poor: list[tuple[int, int, datetime]], rng: random.Random,
                 now: datetime, today: date) -> int:
        """The latest poor ratings each opened a corrective action in the department rated."""
        index_of = {dept: i for i, dept in enumerate(company.departments)}
        latest = sorted(poor, key=lambda p: p[2], reverse=True)[:25]
        for feedback_id, dept, at in latest:
            opened = min(at.date(), today)
            due = opened + timedelta(days=rng.choice([7, 14, 30]))
            texts = C.ACTION_TEXTS.get(index_of.get(dept)) or C.ACTION_TEXTS[None]
            owner = next(iter(company.people.get(dept) or []), None)
            action = open_action(s, at, today, rng.choice(texts), due, owner, feedback_id=feedback_id,
                                 opened_on=opened)
            if due < today - timedelta(days=3) and rng.random() < 0.7:
                set_action_status(action, min(due, today), ActionStatus.DONE, "Done; no repeat complaints since.")
            elif rng.random() < 0.5:
                set_action_status(action, today, ActionStatus.IN_PROGRESS)
        return len(latest)

    @staticmethod
    def _recognitions(s: Session, company: _Company, rng: random.Random, now: datetime, today: date,
                      months: int) -> int:
        staff = [p for d, plist in company.people.items() if d is not None for p in plist]
        owner = company.people[None][0] if company.people[None] else None
        count = 0
        first_of_month = today.replace(day=1)
        for m in range(months):
            month_start = (first_of_month - timedelta(days=31 * m)).replace(day=1)
            give_recognition(s, now, today, to_person_id=rng.choice(staff), from_person_id=owner,
                             award=Award.EMPLOYEE_OF_THE_MONTH, title=f"Employee of the month {month_start:%Y-%m}",
                             given_on=month_start, message=rng.choice(C.RECOGNITION_TEXTS))
            count += 1
        for _ in range(8):
            giver, receiver = rng.sample(staff, 2)
            give_recognition(s, now, today, from_person_id=giver, to_person_id=receiver, award=Award.THANKS,
                             given_on=today - timedelta(days=rng.randint(0, 30 * months)),
                             message=rng.choice(C.RECOGNITION_TEXTS))
            count += 1
        departments = company.departments
        give_recognition(s, now, today, from_person_id=owner,
                         to_department_id=departments[min(1, len(departments) - 1)], award=Award.TEAM_OF_THE_MONTH,
                         title="Team of the month", given_on=first_of_month,
                         message="For the smooth congress week with 120 guests.")
        return count + 1


__all__ = ["DemoService", "DemoOptions", "DemoSummary"]
