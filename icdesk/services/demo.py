"""Fill an empty file with the example hotel, or a large file of the same shape for benchmarks.

Every record goes in through the same write helpers the window uses (``add_department``,
``add_standard``, ``give_feedback``…), each called with the moment it happened, so the example
obeys every rule and its deadlines come from the one deadline clock. The requests, up to a million,
and their ratings are told as stored rows by ``demo_requests.py`` and ``demo_ratings.py`` (what
``prepare_request`` and ``prepare_feedback`` would store for the same stories, tested); requests are
logged in the order they happened, so their numbers follow their dates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from icdesk.domain.calendar import Closure, WorkingCalendar
from icdesk.domain.enums import (
    AckMethod,
    ActionStatus,
    Award,
    BreakdownPoint,
    IdeaStatus,
    PersonKind,
    RequestStatus,
    RevisionKind,
    StandardStatus,
)
from icdesk.domain.errors import RuleError, ValidationError
from icdesk.domain.models import Company, Department, Request, ServiceStandard, StandardVersion
from icdesk.domain.rules import search_key
from icdesk.services import demo_content as C
from icdesk.services.acknowledgements import AckDraft, acknowledge
from icdesk.services.actions import open_action, set_action_status
from icdesk.services.agreements import add_agreement
from icdesk.services.base import ServiceBase
from icdesk.services.calendars import CalendarDraft, load_calendars, set_calendar
from icdesk.services.demo_bulk import BulkWriter
from icdesk.services.demo_figures import write_figures
from icdesk.services.demo_network import NetworkStory
from icdesk.services.demo_ratings import RatingRows
from icdesk.services.demo_requests import DemoStandard, Done, Facts, RequestRows, instant
from icdesk.services.feedback import (
    FeedbackDraft,
    give_feedback,
)
from icdesk.services.ideas import IdeaDraft, propose_idea, set_idea_status, support_idea
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
from icdesk.services.request_writes import RequestReferences
from icdesk.services.standards import (
    StandardContent,
    add_standard,
    approve_version,
    edit_draft,
    publish_version,
    revise_standard,
    set_readers,
    start_new_version,
    submit_for_review,
)
from icdesk.services.training import CrossTrainingDraft, TrainingDraft, add_cross_training, add_training

S = RequestStatus
Rated = tuple[Done, tuple[Any, ...], int]  # a rating: the request rated, its stored row, when (microseconds)
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
    acknowledgements: int = 0
    trainings: int = 0
    ideas: int = 0


@dataclass
class _Company:
    departments: list[int]
    people: dict[int | None, list[int]]
    standards: list[DemoStandard] = field(default_factory=list)
    calendars: dict[int, WorkingCalendar] = field(default_factory=dict)
    referred: list[object] = field(default_factory=list)  # records kept in the session's identity map
    names: dict[str, int] = field(default_factory=dict)  # person's full name -> id
    readers: dict[int, list[int]] = field(default_factory=dict)  # standard -> other departments reading it
    acknowledgements: int = 0

    @property
    def manager(self) -> int | None:
        """The owner-manager, who approves every standard of the example."""
        return self.people[None][0] if self.people.get(None) else None

    def readers_of(self, standard_id: int, department: int) -> list[int]:
        """Everyone a standard applies to: its department's people and its readers'."""
        return [p for d in (department, *self.readers.get(standard_id, [])) for p in self.people.get(d, [])]


def _minute(text: str) -> int | None:
    if not text:
        return None
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


class DemoService(ServiceBase):
    def fill(self, options: DemoOptions | None = None) -> DemoSummary:
        options = options or DemoOptions()
        if options.departments < 2:
            raise ValidationError("The example company needs at least two departments: one to serve the other.",
                                  field="departments")
        if not MaintenanceService(self.ctx).is_empty():
            raise RuleError("This file already holds data; the example company goes into a new, empty file.")
        rng = random.Random(options.seed)
        now = self.clock().replace(microsecond=0)
        today = self.sla.today(now)
        # The helpers flush where a rule needs to see what came before (unique names); autoflush
        # before every look-up would only write thousands of one-row batches.
        # The file is new and empty: its references are checked once at the end, not row by row.
        with self.db.transaction(keys_checked_at_end=True) as s, s.no_autoflush:
            company_row = s.scalars(select(Company).limit(1)).first()
            if company_row is None:
                save_company(s, now, C.COMPANY, C.ADDRESS, C.VISION, time_zone=C.TIME_ZONE)
                self.ctx.zone_changed(C.TIME_ZONE)  # the hotel's hours are Trieste's
            elif not company_row.service_vision:  # the name the manager typed stays
                save_company(s, now, company_row.name, company_row.address_line, C.VISION)
            company = self._organisation(s, options.departments, now)
            self._calendars(s, company, now, today)
            self._standards(s, company, options.standards, rng, now, today)
            self._agreements(s, company, now)
            # the session's identity map holds records weakly: keep the ones every request and
            # rating refers to alive, so looking them up costs no query
            company.referred += [*s.scalars(select(ServiceStandard).options(selectinload(ServiceStandard.versions)))]
            story = NetworkStory(company.departments, company.people, now)  # see demo_network.py
            s.flush()
            bulk = BulkWriter(s)  # see demo_bulk.py
            done = self._requests(s, company, options, rng, now, story, bulk)
            feedback, poor, rated = self._feedback(company, done, rng, now, bulk)
            bulk.finish()  # the indexes back, before anything reads the requests or ratings
            actions = self._actions(s, company, poor, rng, now, today)
            revised_on = self._loops(s, company, rng, now, today)
            loops = len(C.LOOPS) + 1 if revised_on else 0
            trainings = self._trainings(s, company, now, today, revised_on)
            ideas = self._ideas(s, company, now, today)
            recognitions = self._recognitions(s, company, rng, now, today, options.months, done)
            story.fixing_action(s, today)
            story.survey(s, random.Random(options.seed + 17), today)
            s.flush()
            write_figures(s, done, rated)  # the bulk rows' figures, counted as they were told (demo_figures.py)
        return DemoSummary(len(company.departments), sum(len(p) for p in company.people.values()),
                           len(company.standards), len(done), feedback + loops, actions + loops, recognitions,
                           company.acknowledgements, trainings, ideas)

    @staticmethod
    def _organisation(s: Session, count: int, now: datetime) -> _Company:
        names = list(C.DEPARTMENTS[:count])
        names += [(f"Department {i:03d}", "Generated for large-file tests.") for i in range(len(names) + 1, count + 1)]
        records: list[object] = [add_department(s, now, DepartmentDraft(name, description))
                                 for name, description in names]
        departments = [d.id for d in records if isinstance(d, Department)]
        people: dict[int | None, list[int]] = {None: []}
        # a smaller example company leaves out the people of the departments it does not have
        rows = [(n, PersonKind(k), departments[d] if d is not None else None, t)
                for n, k, d, t in C.PEOPLE if d is None or d < len(departments)]
        for index, extra in enumerate(departments[len(C.DEPARTMENTS):], start=1):
            rows += [(f"Employee {index:03d}-{j}", PersonKind.FULL_TIME, extra, "Staff") for j in (1, 2, 3)]
        by_name: dict[str, int] = {}
        for full_name, kind, dept, title in rows:
            person = add_person(s, now, PersonDraft(full_name, kind, dept, title))
            records.append(person)
            people.setdefault(dept, []).append(person.id)
            by_name[full_name] = person.id
        for dept in departments:
            if people.get(dept):
                department = s.get_one(Department, dept)
                change_department(s, department, DepartmentDraft(department.name, department.description,
                                                                 people[dept][0]))
        return _Company(departments, people, referred=records, names=by_name)

    @staticmethod
    def _calendars(s: Session, company: _Company, now: datetime, today: date) -> None:
        for index, (week, (country, region), closures) in C.CALENDARS.items():
            if index >= len(company.departments):
                continue
            periods = tuple(Closure(date.fromisoformat(f"{year}-{first}"), date.fromisoformat(f"{year}-{last}"),
                                    _minute(start), _minute(end), note)
                            for year in (today.year - 1, today.year, today.year + 1)
                            for first, last, start, end, note in closures)
            set_calendar(s, now, s.get_one(Department, company.departments[index]),
                         CalendarDraft(False, week, country, region, periods))
        company.calendars = load_calendars(s, company.departments)

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
        first: list[tuple[StandardVersion, int, StandardContent, int]] = []
        for i, (dept, title, purpose, serves, steps, response, resolution) in enumerate(specs):
            owner = next(iter(company.people.get(dept) or []), None)
            # every third standard has an older, retired version: the history a real file keeps
            older = i % 3 == 0
            first_published = now - timedelta(days=380 if older else 300)
            content = StandardContent(
                title=title, purpose=purpose, serves=serves, steps=list(steps), first_response_minutes=response,
                resolution_minutes=resolution * 2 if older and i % 6 == 0 else resolution, owner_id=owner,
                effective_on=first_published.date(),
                next_review_on=today + timedelta(days=rng.randint(-20, 300)),
            )
            version = add_standard(s, first_published - timedelta(days=10), dept, content)
            readers = [departments[r] for r in C.STANDARD_READERS.get(title, []) if r < len(departments)]
            if readers:
                set_readers(s, version.standard, readers)
            self._approve(s, version, first_published, RevisionKind.MAJOR, company.manager)
            s.flush()
            company.readers[version.standard_id] = readers
            company.standards.append(DemoStandard(version.standard_id, dept, title, response, resolution))
            first.append((version, dept, content, i))
        # nine in ten read and signed each standard within a month of its first version
        self._sign(s, company, rng, now, today, [(v, d) for v, d, _c, _i in first], 0.9)
        revised: list[tuple[StandardVersion, int]] = []
        for version, dept, content, i in first:
            if i % 3:
                continue
            # half of the revisions are major (a faster target: everyone signs again), half minor
            major = i % 6 == 0
            when = now - timedelta(days=200)
            draft = start_new_version(s, when - timedelta(days=5), version.standard)
            content.effective_on = when.date()
            if major:
                content.resolution_minutes = (content.resolution_minutes or 0) // 2 or None
                content.change_note = "Faster resolution target agreed with the customers."
            else:
                content.purpose = f"{content.purpose} It applies on every shift."
                content.change_note = "Wording clarified; nothing changes in what is done."
            edit_draft(s, draft, content)
            self._approve(s, draft, when, RevisionKind.MAJOR if major else RevisionKind.MINOR, company.manager)
            if major:
                revised.append((draft, dept))
        # half have signed the major revisions again; the others are outdated
        self._sign(s, company, rng, now, today, revised, 0.5)

    def _approve(self, s: Session, version: StandardVersion, at: datetime, revision: RevisionKind,
                 approver: int | None) -> None:
        """Sent for review three days before, approved the day before, in force at ``at``."""
        submit_for_review(s, at - timedelta(days=3), version, approver)
        approve_version(s, at - timedelta(days=1), version, approver, revision)
        publish_version(s, at, self.sla.local_date(at), version)

    def _sign(self, s: Session, company: _Company, rng: random.Random, now: datetime, today: date,
              versions: list[tuple[StandardVersion, int]], share: float, within_days: int = 30) -> None:
        """Acknowledgements of ``versions`` by about ``share`` of the people each applies to."""
        s.flush()  # the versions' ids
        drafts = []
        for version, dept in versions:
            assert version.published_at is not None
            in_force_on = self.sla.local_date(version.published_at)
            for person in company.readers_of(version.standard_id, dept):
                if rng.random() < share:
                    on = min(today, in_force_on + timedelta(days=rng.randint(1, within_days)))
                    method = rng.choice([AckMethod.SIGNED_SHEET, AckMethod.SIGNED_SHEET, AckMethod.IN_PERSON])
                    drafts.append(AckDraft(person, version.id, on, method))
        company.acknowledgements += len(acknowledge(s, self.sla, now, today, drafts))

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
                  now: datetime, story: NetworkStory, bulk: BulkWriter) -> list[Done]:
        """The requests of the example, in the order they were logged (see demo_requests.py)."""
        everyone = [p for plist in company.people.values() for p in plist]
        refs = RequestReferences(s, company.departments, everyone, [st.standard_id for st in company.standards])
        told = RequestRows(refs, self.sla, story, company.standards, now)
        done: list[Done] = []
        rows: list[tuple[object, ...]] = []
        events: list[list[tuple[object, ...]]] = []
        facts: list[Facts] = []
        for row, history, fact in told.rows(rng, told.created_times(rng, options.requests, options.months)):
            rows.append(row)
            events.append(history)
            facts.append(fact)
            if len(rows) >= BATCH:
                done += [Done(i, *f) for i, f in zip(bulk.request_rows(rows, events), facts, strict=True)]
                rows, events, facts = [], [], []
        done += [Done(i, *f) for i, f in zip(bulk.request_rows(rows, events), facts, strict=True)]
        return done

    @staticmethod
    def _feedback(company: _Company, done: list[Done], rng: random.Random, now: datetime,
                  bulk: BulkWriter) -> tuple[int, list[tuple[int, int, datetime]], list[Rated]]:
        """About half of the finished requests get rated by the person who asked (see demo_ratings.py);
        returns how many, the poor ratings (id, department, when) and, for the figures, each rating
        with its request and when it was given."""
        departments_of = {p: d for d, plist in company.people.items() for p in plist}
        author_keys = {person: search_key(name) for name, person in company.names.items()}
        rows, given = RatingRows(departments_of, C.FEEDBACK_COMMENTS, now, author_keys).rows(rng, done)
        ids: list[int] = []
        for start in range(0, len(rows), BATCH):
            ids += bulk.feedback_rows(rows[start:start + BATCH])
        poor = [(feedback_id, row[1], instant(at))
                for feedback_id, row, (rating, at, _) in zip(ids, rows, given, strict=True) if rating <= 2]
        return len(ids), poor, [(request, row, at) for row, (_, at, request) in zip(rows, given, strict=True)]

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

    def _loops(self, s: Session, company: _Company, rng: random.Random, now: datetime,
               today: date) -> dict[str, date]:
        """Two loops closed end to end (feedback -> action -> revision -> acknowledged) and one still
        waiting for its approver; returns the day each closed loop's revision came into force."""
        by_title = {st.title: st for st in company.standards}
        in_force_on: dict[str, date] = {}
        loops = [(*loop, True) for loop in C.LOOPS] + [(*C.OPEN_LOOP, "", False)]
        for dept, title, days_ago, rating, author_dept, comment, action_text, note, outcome, closes in loops:
            st = by_title.get(title)
            if st is None or max(dept, author_dept) >= len(company.departments):
                continue
            given = now - timedelta(days=days_ago)
            author = company.people[company.departments[author_dept]][0]
            feedback_id = give_feedback(s, given, FeedbackDraft(
                rating=rating, department_id=company.departments[dept], author_id=author, comment=comment,
                breakdown_point=BreakdownPoint.PROCESS))
            opened = given + timedelta(days=2)
            owner = company.people[company.departments[dept]][0]
            action = open_action(s, opened, today, action_text, self.sla.local_date(opened) + timedelta(days=21),
                                 owner, feedback_id=feedback_id, opened_on=self.sla.local_date(opened))
            s.flush()
            revised = opened + timedelta(days=8)
            draft = revise_standard(s, revised, s.get_one(ServiceStandard, st.standard_id), note, action=action)
            step, text = C.LOOP_STEPS[title]
            draft.steps[step].text = text
            if not closes:  # the loop still going round: its revision is with the approver
                set_action_status(action, self.sla.local_date(revised), ActionStatus.DONE,
                                  "Standard being revised; the kitchen calls the head waiter meanwhile.")
                submit_for_review(s, revised + timedelta(days=1), draft, company.manager)
                continue
            set_action_status(action, self.sla.local_date(revised), ActionStatus.DONE, outcome)
            published = revised + timedelta(days=6)
            self._approve(s, draft, published, RevisionKind.MAJOR, company.manager)
            in_force_on[title] = self.sla.local_date(published)
            # everyone reads the revision within a month; the night shift signs at its training
            trained = {company.names.get(n) for n in C.TRAININGS[0][3]} if title == C.TRAININGS[0][4][0] else set()
            drafts = [AckDraft(p, draft.id, min(today, in_force_on[title] + timedelta(days=rng.randint(2, 25))),
                               AckMethod.SIGNED_SHEET)
                      for p in company.readers_of(st.standard_id, st.department) if p not in trained]
            company.acknowledgements += len(acknowledge(s, self.sla, now, today, drafts))
        return in_force_on

    def _trainings(self, s: Session, company: _Company, now: datetime, today: date,
                   revised_on: dict[str, date]) -> int:
        s.flush()
        active = {v.title: v.id for v in s.scalars(select(StandardVersion).where(
            StandardVersion.status == StandardStatus.ACTIVE))}
        made = 0
        for topic, dept, trainer, attendees, standards, days_ago, minutes in C.TRAININGS:
            if dept >= len(company.departments) or trainer not in company.names:
                continue
            held = today - timedelta(days=days_ago)
            if days_ago == C.AFTER_REVISION:  # three days after the revision it teaches came into force
                if standards[0] not in revised_on:
                    continue
                held = min(today, revised_on[standards[0]] + timedelta(days=3))
                days_ago = (today - held).days
            session, recorded = add_training(s, self.sla, now - timedelta(days=max(days_ago, 0) + 7), today,
                                             TrainingDraft(
                topic=topic, held_on=held, duration_minutes=minutes, department_id=company.departments[dept],
                trainer_id=company.names[trainer],
                attendee_ids=[company.names[n] for n in attendees if n in company.names],
                version_ids=[active[t] for t in standards if t in active],
                record_acknowledgements=held <= today and bool(standards)))
            company.acknowledgements += recorded
            made += 1
            del session
        for person, dept, trainer, days_ago, note in C.CROSS_TRAININGS:
            if dept >= len(company.departments) or person not in company.names:
                continue
            add_cross_training(s, now - timedelta(days=days_ago), today, CrossTrainingDraft(
                person_id=company.names[person], department_id=company.departments[dept],
                learned_on=today - timedelta(days=days_ago), trainer_id=company.names.get(trainer), note=note))
        return made

    def _ideas(self, s: Session, company: _Company, now: datetime, today: date) -> int:
        made = 0
        for title, description, depts, author, status, note, days_ago, supporters in C.IDEAS:
            if max(depts) >= len(company.departments):
                continue
            proposed = now - timedelta(days=days_ago)
            idea = propose_idea(s, proposed, today, IdeaDraft(
                title=title, description=description, department_ids=[company.departments[d] for d in depts],
                author_id=company.names.get(author) if author else None, anonymous=author is None,
                proposed_on=self.sla.local_date(proposed)))
            for supporter in supporters:
                support_idea(s, self.sla.local_date(proposed) + timedelta(days=2), idea, company.names.get(supporter))
            if status != IdeaStatus.PROPOSED:
                decided = self.sla.local_date(proposed) + timedelta(days=min(days_ago // 2, 20))
                if status == IdeaStatus.ADOPTED and days_ago > 100:
                    set_idea_status(idea, decided - timedelta(days=7), IdeaStatus.UNDER_TRIAL, "Tried for a month.")
                set_idea_status(idea, decided, IdeaStatus(status), note)
            if title == C.IDEA_ACTION[0]:
                owner = company.people.get(company.departments[depts[1]], [None])[0]
                opened = self.sla.local_date(proposed) + timedelta(days=14)
                open_action(s, proposed + timedelta(days=14), today, C.IDEA_ACTION[1], opened + timedelta(days=30),
                            owner, department_id=company.departments[depts[1]], opened_on=opened, idea_id=idea.id)
            made += 1
        return made

    @staticmethod
    def _recognitions(s: Session, company: _Company, rng: random.Random, now: datetime, today: date,
                      months: int, done: list[Done] | None = None) -> int:
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
        # thanks given from a resolved request, to whoever handled it
        handled = [r for r in done or [] if r.status in (S.RESOLVED, S.CLOSED) and r.on_time and r.resolved_us]
        for request in handled[-3:]:
            assignee = s.get_one(Request, request.id).assignee_id
            if assignee is None or assignee == request.requester or request.resolved_us is None:
                continue
            give_recognition(s, now, today, from_person_id=request.requester, to_person_id=assignee,
                             request_id=request.id, given_on=min(today, instant(request.resolved_us).date()),
                             message=rng.choice(C.THANKS_FOR_REQUEST))
            count += 1
        return count + 1


__all__ = ["DemoService", "DemoOptions", "DemoSummary"]
