"""The example hotel's network story: who serves whom, one unbalanced two-way pair, one breakdown
a corrective action fixed, and a survey round that shows each team's view of itself.

Kept apart from ``demo.py`` so the story of the network can change without touching how the
example company is built. The pieces:

- departments serve the customers they would in a hotel (the kitchen serves the dining room,
  housekeeping the front office...), so the service map shows a real network, not a mesh;
- IT serves HR well (computers ready for new hires), while HR serves IT badly: notice of new
  hires comes late, so the pair is clearly unbalanced;
- housekeeping had rooms for early arrivals ready late, until a corrective action (the
  early-arrival rooms first in the morning round) was completed ten weeks ago: lateness and
  ratings recover from that date;
- a named survey round about the last quarter, in which every team rates itself higher than its
  customers do.
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import accumulate

from sqlalchemy.orm import Session

from icdesk.domain.enums import ActionStatus, SurveyDimension
from icdesk.services.actions import open_action, set_action_status
from icdesk.services.surveys import (
    DEFAULT_QUESTIONS,
    RoundDraft,
    SectionAnswer,
    add_round,
    close_round,
    form_content,
    insert_returns,
    prepare_return,
)

FO, HK, KITCHEN, DINING, MAINTENANCE, IT, HR, ACCOUNTING, SALES = range(9)
# provider index -> {customer index: weight}: who asks whom, as in a hotel
CUSTOMERS: dict[int, dict[int, float]] = {
    FO: {HK: 3, KITCHEN: 2, DINING: 2, MAINTENANCE: 2, SALES: 1},
    HK: {FO: 6, MAINTENANCE: 2, DINING: 1},
    KITCHEN: {DINING: 6, FO: 1, SALES: 1},
    DINING: {SALES: 3, KITCHEN: 2, FO: 1},
    MAINTENANCE: {HK: 4, FO: 3, KITCHEN: 2, DINING: 1},
    IT: {FO: 3, ACCOUNTING: 3, HR: 3, SALES: 1, DINING: 1},
    HR: {IT: 4, KITCHEN: 1, DINING: 1, HK: 1, FO: 1},
    ACCOUNTING: {KITCHEN: 2, MAINTENANCE: 2, SALES: 2, IT: 1},
    SALES: {FO: 3, DINING: 2},
}
# what HR is asked for by IT: word of the hires to come (the onboarding standard)
PAIR_TITLES: dict[tuple[int, int], list[tuple[str, str | None]]] = {
    (HR, IT): [("Start dates of next month's new hires", "Onboarding a new hire"),
               ("Accounts needed for a new waiter", "Onboarding a new hire"),
               ("Which hires start on Monday?", "Onboarding a new hire")],
    (IT, HR): [("Computer for new receptionist", "New hire workstation"),
               ("Accounts for the new HR assistant", "New hire workstation")],
    # most of what the front office asks of housekeeping: rooms for guests arriving early
    (HK, FO): [("Early check-in room needed", "Room readiness for early arrivals"),
               ("Early check-in room needed", "Room readiness for early arrivals"),
               ("Early check-in room needed", "Room readiness for early arrivals"),
               ("Extra towels for room", "Linen and gown restocking")],
}
# how busy each hotel department is, as a share of all requests (the others of a large file: even)
VOLUME: dict[int, float] = {FO: 14, HK: 20, KITCHEN: 13, DINING: 9, MAINTENANCE: 12, IT: 12, HR: 9, ACCOUNTING: 6,
                            SALES: 5}
NO_DEPARTMENT_SHARE = 0.04  # the owner and consultants ask too
FIXED_STANDARD = "Room readiness for early arrivals"
FIX_OPENED_DAYS, FIX_DONE_DAYS = 105, 70  # the corrective action: opened, and completed, this many days ago


@dataclass
class NetworkStory:
    departments: list[int]  # department ids by index
    people: dict[int | None, list[int]]  # department id -> people
    now: datetime

    @property
    def fixed_on(self) -> date:
        return (self.now - timedelta(days=FIX_DONE_DAYS)).date()

    # what every request asks again, worked out once (a large file logs a million requests):
    # the same draws from the same random numbers as choices(weights=...) makes
    _index: dict[int, int] = field(default_factory=dict, init=False)
    _providers: tuple[list[int], list[float]] | None = field(default=None, init=False)
    _customers: dict[int, tuple[list[int], list[float]]] = field(default_factory=dict, init=False)

    def index_of(self, department: int | None) -> int | None:
        if not self._index:
            self._index = {d: i for i, d in reversed(list(enumerate(self.departments)))}
        return self._index.get(department) if department is not None else None

    def provider(self, rng: random.Random) -> int:
        """The index of the department asked next: the hotel's by how busy they are."""
        if self._providers is None:
            count = len(self.departments)
            self._providers = list(range(count)), list(accumulate(VOLUME.get(i, 10.0) for i in range(count)))
        indexes, cumulative = self._providers
        return indexes[bisect(cumulative, rng.random() * cumulative[-1])]  # choices(cum_weights=...) without its checks

    def requester(self, rng: random.Random, index: int) -> int:
        """Someone of a department the provider serves (now and then someone with no department)."""
        random_ = rng.random
        if self.people.get(None) and random_() < NO_DEPARTMENT_SHARE:
            anyone = self.people[None]
            return anyone[int(random_() * len(anyone))]
        if index not in self._customers:
            self._customers[index] = self._customers_of(index)
        customers, cumulative = self._customers[index]
        customer = customers[bisect(cumulative, random_() * cumulative[-1])]
        people = self.people[self.departments[customer]]
        return people[int(random_() * len(people))]

    def _customers_of(self, index: int) -> tuple[list[int], list[float]]:
        weights = CUSTOMERS.get(index)
        if weights is None:  # generated departments of a large file: five customers each
            count = len(self.departments)
            weights = {(index * 7 + k * 11) % count: 1.0 for k in range(1, 6)}
            weights.pop(index, None)
        choices = [(c, w) for c, w in weights.items() if c < len(self.departments)
                   and self.people.get(self.departments[c])]
        if not choices:
            choices = [(c, 1.0) for c in range(len(self.departments)) if c != index
                       and self.people.get(self.departments[c])]
        return [c for c, _ in choices], list(accumulate(w for _, w in choices))

    def titles(self, index: int, customer: int | None) -> list[tuple[str, str | None]] | None:
        return PAIR_TITLES.get((index, customer)) if customer is not None else None

    def late_share(self, index: int, customer: int | None, standard_title: str | None, created_us: int) -> float:
        """How often a request of this pair misses its targets: the story's unbalanced pair and the
        breakdown fixed by a corrective action (``created_us``: microseconds since 1970, UTC)."""
        if (index, customer) == (IT, HR):
            return 0.03
        if (index, customer) == (HR, IT):
            return 0.75
        if index == HK and standard_title == FIXED_STANDARD:
            fixed_us = (self.fixed_on - date(1970, 1, 1)).days * 86_400_000_000  # the day's start in UTC
            return 0.7 if created_us < fixed_us else 0.04
        return 0.15

    def fixing_action(self, s: Session, today: date) -> None:
        """The corrective action that fixed housekeeping's early-arrival rooms, opened and completed
        through the same helpers as any other."""
        if len(self.departments) <= HK:
            return
        housekeeping = self.departments[HK]
        owner = next(iter(self.people.get(housekeeping) or []), None)
        opened = today - timedelta(days=FIX_OPENED_DAYS)
        action = open_action(
            s, self.now - timedelta(days=FIX_OPENED_DAYS), today,
            "Clean the rooms of early arrivals first in the morning round; Front Office sends the list by 9:00.",
            opened + timedelta(days=30), owner, department_id=housekeeping, opened_on=opened)
        set_action_status(action, self.fixed_on, ActionStatus.DONE,
                          "Done: early-arrival rooms are now ready on time almost every day.")

    def survey(self, s: Session, rng: random.Random, today: date) -> int:
        """A named round about the last full quarter, finished: each person rated the departments
        serving theirs and their own; teams see themselves about a point better than their customers."""
        hotel = self.departments[:9]
        if len(hotel) < 9:
            return 0
        end = today.replace(day=1) - timedelta(days=1)  # the three months before this one
        start = end.replace(day=1)
        for _ in range(2):
            start = (start - timedelta(days=1)).replace(day=1)
        pairs = [(self.departments[p], self.departments[c]) for p, customers in CUSTOMERS.items()
                 for c, weight in customers.items() if weight >= 2]
        survey = add_round(s, self.now - timedelta(days=21), RoundDraft(
            f"Internal service survey, {start:%b}\u2013{end:%b %Y}", start, end, False, pairs,
            list(DEFAULT_QUESTIONS)))
        s.flush()
        from sqlalchemy import select

        from icdesk.domain.models import SurveyForm

        returned = 0
        for form in s.scalars(select(SurveyForm).where(SurveyForm.round_id == survey.id).order_by(SurveyForm.id)):
            if rng.random() > 0.8:  # a few never answered
                continue
            content = form_content(s, form)
            sections = []
            for section in content.sections:
                provider = self.index_of(section.provider_id)
                customer = self.index_of(content.department_id)
                base = 4.2 if section.self_view else 3.6
                if (provider, customer) == (HR, IT):
                    base = 2.1
                elif (provider, customer) == (IT, HR):
                    base = 4.6
                if section.self_view:
                    base = 4.3  # every team sees itself well
                scores = {}
                for question in content.questions:
                    lean = -0.4 if question.dimension is SurveyDimension.RESPONSIVENESS and base < 3 else 0
                    scores[question.id] = max(1, min(5, round(rng.gauss(base + lean, 0.6))))
                comment, step = "", ""
                if (provider, customer) == (HR, IT) and rng.random() < 0.6:
                    comment = rng.choice(["We hear about new hires on their first day.",
                                          "Please tell us two weeks before someone starts."])
                    # where it breaks down: the step of the onboarding standard that tells IT
                    step = next((c.code for c in section.steps if "informs IT" in c.text), "")
                sections.append(SectionAnswer(section.provider_id, section.self_view, True, scores, step, comment))
            prepared = prepare_return(s, form, sections, today - timedelta(days=rng.randint(2, 19)))
            insert_returns(s, [prepared])
            returned += 1
        close_round(s, self.now - timedelta(days=1), survey)
        return returned
