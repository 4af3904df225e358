"""The example company's requests, told and stored as rows (a million for the benchmarks).

A request of the example is a short story: logged, answered, maybe paused while the requester
owes details, resolved, closed (or withdrawn, or forgotten along the way: the overdue ones). The
window would store each such story through ``prepare_request``: its targets from the standard in
force, due times, pauses and service time by the providing department's working calendar. Doing
that a million times costs minutes of Python, so here the story and its stored row are worked out
together, on whole microseconds since 1970 (integers: no rounding, no time-zone objects):

- a department open around the clock counts every second, so its due times are plain sums; a
  department with working hours is asked through its own ``ServiceClock`` (the one deadline clock),
  exactly as ``prepare_request`` asks it;
- the lifecycle follows ``lifecycle.advance`` move by move (first response, pause, resolution);
- titles, notes and the stored keys (``search_key``, ``priority_rank``) are worked out once per
  distinct text; the standards' versions in force and the people come from ``RequestReferences``;
- moments stay microseconds in the rows: the writer has the store turn them into its own kind
  (demo_bulk.py), SQLite's text in C instead of seven million formattings in Python.

``tests/test_demo_requests.py`` stores every request of an example again through ``prepare_request``
and ``insert_requests`` and finds the same rows and history, on both stores.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from typing import Any, NamedTuple

from icdesk.domain.enums import EventKind, Priority, RequestStatus
from icdesk.domain.errors import RuleError, ValidationError
from icdesk.domain.models.requests import PRIORITY_RANKS
from icdesk.domain.rules import TEXT_MAX, TITLE_MAX, clean_text, search_key
from icdesk.domain.sla import ServiceClock
from icdesk.services.demo_content import DEPARTMENTS, REQUEST_TITLES
from icdesk.services.demo_network import NetworkStory
from icdesk.services.request_writes import RequestReferences

S = RequestStatus
US = 1_000_000  # microseconds in a second
DAY_US = 86_400 * US
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
CREATED, STATUS = EventKind.CREATED.value, EventKind.STATUS.value  # stored values, not members: no lookups per row
NEW, IN_PROGRESS, WAITING, RESOLVED, CLOSED, CANCELLED = (
    S.NEW.value, S.IN_PROGRESS.value, S.WAITING.value, S.RESOLVED.value, S.CLOSED.value, S.CANCELLED.value)
STATUS_OF = {status.value: status for status in RequestStatus}
PRIORITY_ROWS = [(p.value, PRIORITY_RANKS[p]) for p in Priority]  # stored value and rank
PRIORITY_SHARES = list(accumulate([2, 6, 2, 1]))  # low, normal, high, urgent
CANCEL_NOTE, WAIT_NOTE, BACK_NOTE = "No longer needed.", "Asked the requester for details.", "Details received."
# the stored columns, in the order the rows below give them (``version`` takes the column's default)
REQUEST_COLUMNS = ("id", "title", "description", "provider_id", "requester_id", "requester_department_id",
                   "standard_version_id", "priority", "assignee_id", "status", "created_at", "updated_at",
                   "response_due_at", "resolution_due_at", "first_response_at", "waiting_since", "paused_seconds",
                   "resolved_at", "service_seconds", "closed_at", "cancelled_at", "title_key", "description_key",
                   "priority_rank", "provider_key", "requester_key", "assignee_key")
EVENT_COLUMNS = ("request_id", "at", "kind", "actor_id", "text", "from_status", "to_status", "text_key")
TIME_COLUMNS = ("created_at", "updated_at", "response_due_at", "resolution_due_at", "first_response_at",
                "waiting_since", "resolved_at", "closed_at", "cancelled_at", "at")


@dataclass
class DemoStandard:
    standard_id: int
    department: int
    title: str
    response_min: int
    resolution_min: int


class Done(NamedTuple):
    """What feedback and actions need to know about a request once its story is told."""

    id: int
    provider: int
    requester: int
    status: RequestStatus
    on_time: bool
    resolved_us: int | None  # when it was resolved, in microseconds since 1970
    # what the network figures count (demo_figures.py), times in microseconds since 1970
    customer: int | None
    version: int | None
    created_us: int
    resolution_due_us: int | None
    service_seconds: int | None
    first_response_us: int | None
    response_due_us: int | None


Facts = tuple[Any, ...]  # a request's ``Done`` without its number, which the store gives it
Told = tuple[tuple[Any, ...], list[tuple[Any, ...]], Facts]  # a request's row, its history, its facts


def instant(us: int) -> datetime:
    return EPOCH + timedelta(microseconds=us)


def micros(moment: datetime) -> int:
    return (moment - EPOCH) // timedelta(microseconds=1)


class Counter:
    """A provider's deadline clock on microseconds: sums when it is open around the clock, its
    ``ServiceClock`` otherwise (the same answers ``prepare_request`` gets)."""

    def __init__(self, clock: ServiceClock) -> None:
        self.clock = clock
        self.open = clock.always_open

    def add(self, start: int, seconds: int) -> int:
        """``seconds`` (>= 0) of working time after ``start``."""
        if self.open:
            return start + seconds * US
        return micros(self.clock.add(instant(start), seconds))

    def worked(self, start: int, end: int) -> int:
        """Working seconds from ``start`` to ``end``."""
        if self.open:
            return (end - start) // US if end > start else 0
        return self.clock.working_seconds(instant(start), instant(end))


class RequestRows:
    """The example's requests as stored rows, in the order they were logged."""

    def __init__(self, refs: RequestReferences, clock: ServiceClock, story: NetworkStory,
                 standards: list[DemoStandard], now: datetime) -> None:
        self.story, self.standards = story, standards
        self.now = micros(now)
        self._counters: dict[int, Counter] = {}
        for provider in story.departments:
            name, archived, _ = refs.department(provider)
            if archived:
                raise RuleError("{name} is archived and no longer takes requests.", name=name)
            self._counters[provider] = Counter(clock.counting_in(refs.calendar(provider)))
        self._person_dept = {p: refs.person(p) for plist in story.people.values() for p in plist}
        self._texts: dict[str, tuple[str, str]] = {}  # title -> cleaned, key
        self._versions: dict[int, tuple[int, int | None, int | None]] = {}  # standard -> version, targets
        for st in standards:
            department, version = refs.standards[st.standard_id]
            if department != st.department or version is None:
                raise ValidationError("That standard is not in force; publish it first or pick another.",
                                      field="standard")
            self._versions[st.standard_id] = (version.id, version.first_response_minutes, version.resolution_minutes)
        self._notes = {n: clean_text(n, "The note", required=False, max_len=TEXT_MAX, field="note")
                       for n in (CANCEL_NOTE, WAIT_NOTE, BACK_NOTE)}
        self._note_keys = {clean: search_key(clean) for clean in ("", *self._notes.values())}
        # the names' stored sort keys (migration 0015), as ``request_writes.name_keys`` gives them
        self._keys = refs.keys

    def _text(self, title: str) -> tuple[str, str]:
        found = self._texts.get(title)
        if found is None:
            clean = clean_text(title, "The title", required=True, max_len=TITLE_MAX, field="title", single_line=True)
            found = self._texts[title] = (clean, search_key(clean))
        return found

    def created_times(self, rng: random.Random, count: int, months: int) -> list[int]:
        """When each request was logged: more of them lately, oldest first."""
        span = months * 30 * 24 * 3600 * US
        return sorted(self.now - int(span * (rng.random() ** 1.3)) for _ in range(count))

    def rows(self, rng: random.Random, created_times: list[int]) -> Iterator[Told]:
        """Each request's row (``REQUEST_COLUMNS`` without the id), its history (``EVENT_COLUMNS``
        without the request) and what feedback needs (``Done`` without the id), moments in
        microseconds since 1970."""
        story, now = self.story, self.now
        by_title = {st.title: st for st in self.standards}
        by_dept: dict[int, list[DemoStandard]] = {}
        for st in self.standards:
            by_dept.setdefault(st.department, []).append(st)
        empty_key = search_key("")
        random_, uniform = rng.random, rng.uniform

        def choice(seq: list[Any]) -> Any:
            return seq[int(random_() * len(seq))]

        notes, note_keys, keys, texts = self._notes, self._note_keys, self._keys, self._texts
        no_key = note_keys[""]
        for created in created_times:
            index = story.provider(rng)
            provider = story.departments[index]
            requester = story.requester(rng, index)
            requester_dept = self._person_dept[requester]
            customer = story.index_of(requester_dept)
            title, standard_title = choice(story.titles(index, customer) or
                                           REQUEST_TITLES.get(index, [("Service request", None)]))
            std = by_title.get(standard_title) if standard_title else None
            if std is None and standard_title is None and index >= len(DEPARTMENTS) and by_dept.get(provider):
                std = choice(by_dept[provider])  # generated departments: any of their standards
            assignee = choice(story.people.get(provider) or [None])
            priority, rank = PRIORITY_ROWS[bisect(PRIORITY_SHARES, random_() * PRIORITY_SHARES[-1])]
            counter = self._counters[provider]
            # most departments are open around the clock: their sums are written out here, the
            # counter's method calls cost more than the additions (``Counter.add``/``worked``)
            open_ = counter.open
            version_id, first_minutes, resolution_minutes = (self._versions[std.standard_id] if std
                                                             else (None, None, None))
            response_due = (None if first_minutes is None else created + first_minutes * 60 * US if open_
                            else counter.add(created, first_minutes * 60))
            resolution_due = (None if resolution_minutes is None else created + resolution_minutes * 60 * US
                              if open_ else counter.add(created, resolution_minutes * 60))

            # the story: the provider works in its working hours, the requester answers whenever
            response_h = (std.response_min if std else 240) / 60
            resolution_h = (std.resolution_min if std else 1440) / 60
            late = random_() < story.late_share(index, customer, standard_title, created)
            response = int(3600 * response_h * (uniform(1.1, 3) if late else uniform(0.05, 0.9)))
            work = int(3600 * resolution_h * (uniform(1.1, 2.5) if late else uniform(0.2, 0.95)))
            pause = int(3600 * uniform(1, 30)) if random_() < 0.15 else 0
            # a few requests were forgotten somewhere along the way: these are the overdue ones
            moves_left = 1 + int(random_() * 2) if random_() < 0.04 else 99
            moves: list[tuple[int, str, int | None, str]] = []
            t = created + response * US if open_ else counter.add(created, response)
            if random_() < 0.03:  # withdrawn by the requester
                if t <= now:
                    moves.append((t, CANCELLED, requester, notes[CANCEL_NOTE]))
            elif t <= now:
                moves.append((t, IN_PROGRESS, assignee, ""))
                first_part = int(work * 0.4)
                t = t + first_part * US if open_ else counter.add(t, first_part)
                if pause:
                    moves.append((t, WAITING, assignee, notes[WAIT_NOTE]))
                    t += pause * US
                    moves.append((t, IN_PROGRESS, requester, notes[BACK_NOTE]))
                t = t + (work - first_part) * US if open_ else counter.add(t, work - first_part)
                moves.append((t, RESOLVED, assignee, ""))
                moves.append((t + int(3600 * uniform(2, 72)) * US, CLOSED, assignee, ""))
                # the moves come in time order: most requests are over by now, and need no search
                if moves[-1][0] > now or moves_left < len(moves):
                    cut = next((i for i, m in enumerate(moves) if m[0] > now), len(moves))
                    del moves[min(cut, moves_left):]

            # the lifecycle (``lifecycle.advance``), move by move
            status, first_response, waiting, paused = NEW, None, None, 0
            resolved = service = closed = cancelled = None
            updated = created
            events: list[tuple[Any, ...]] = [(created, CREATED, requester, "", None, NEW, no_key)]
            for at, target, actor, note in moves:
                if status == NEW and first_response is None:
                    first_response = at
                if status == WAITING and waiting is not None:
                    held = counter.worked(waiting, at)
                    paused += held
                    resolution_due = None if resolution_due is None else counter.add(resolution_due, held)
                    waiting = None
                if target == WAITING:
                    waiting = at
                elif target == RESOLVED:
                    resolved = at
                    service = max(0, ((at - created) // US if open_ else counter.worked(created, at)) - paused)
                elif target == CLOSED:
                    closed = at
                elif target == CANCELLED:
                    cancelled = at
                events.append((at, STATUS, actor, note, status, target, note_keys[note]))
                status, updated = target, at
            clean_title, title_key = texts.get(title) or self._text(title)
            row = (clean_title, "", provider, requester, requester_dept, version_id, priority, assignee,
                   status, created, updated, response_due, resolution_due, first_response, waiting, paused,
                   resolved, service, closed, cancelled, title_key, empty_key, rank, keys["department", provider],
                   keys["person", requester], None if assignee is None else keys["person", assignee])
            on_time = resolution_due is None or (resolved is not None and resolved <= resolution_due)
            yield row, events, (provider, requester, STATUS_OF[status], on_time, resolved, requester_dept,
                                version_id, created, resolution_due, service, first_response, response_due)


__all__ = ["DemoStandard", "Done", "Facts", "RequestRows", "REQUEST_COLUMNS", "EVENT_COLUMNS", "TIME_COLUMNS"]
