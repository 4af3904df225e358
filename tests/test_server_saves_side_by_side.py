"""Several PCs saving on one PostgreSQL server: request saves run side by side (numbers from the
sequences, version checks, figures added with ON CONFLICT), every other writer still takes turns,
and what they save adds up as if they had saved one after another."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, text

from icdesk.db.store import open_store
from icdesk.domain.enums import RequestStatus
from icdesk.domain.errors import ConflictError, DomainError, DuplicateError
from icdesk.domain.models import PairBreakdown, PairMonth, ProviderBreakdown
from icdesk.services import Services
from icdesk.services.network_figures import rebuild
from icdesk.services.request_writes import NewRequest, log_request
from icdesk.services.requests import RequestDraft
from tests.conftest import FakeClock
from tests.helpers import small_org

S = RequestStatus
WAIT_S = 120  # only so a test that would hang fails instead; nothing here asserts how fast anything runs


@pytest.fixture
def pcs(pg_url: str, clock: FakeClock) -> Iterator[list[Services]]:
    """Three PCs with the same company open on the test server, each with its own connections."""
    opened = [Services(open_store(pg_url), clock=clock) for _ in range(3)]
    yield opened
    for services in opened:
        services.close()


def at_once(pcs: list[Services], work: Callable[[int, Services], Any]) -> list[Any]:
    """Run ``work(i, pc)`` on every PC in a thread of its own, starting together; what each returned
    or raised, in PC order."""
    start = threading.Barrier(len(pcs))
    results: list[Any] = [None] * len(pcs)

    def run(i: int, pc: Services) -> None:
        start.wait(timeout=WAIT_S)
        try:
            results[i] = work(i, pc)
        except BaseException as error:  # returned, so the test says which PC got what
            results[i] = error

    threads = [threading.Thread(target=run, args=(i, pc)) for i, pc in enumerate(pcs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=WAIT_S)
    assert not any(thread.is_alive() for thread in threads), "a PC never finished saving"
    return results


def figures(services: Services, rebuilt: bool = False) -> list[set[tuple[Any, ...]]]:
    """Every row of the three network-figure tables (those adding up to something), as kept or as a
    rebuild from the requests makes them."""
    def rows(s: Any) -> list[set[tuple[Any, ...]]]:
        out = []
        for model in (PairMonth, PairBreakdown, ProviderBreakdown):
            keys = {c.name for c in model.__table__.primary_key.columns}
            out.append({tuple(sorted(row.items())) for row in s.execute(select(*model.__table__.columns)).mappings()
                        if any(v for k, v in row.items() if k not in keys)})
        return out

    if rebuilt:
        with services.db.rehearsal() as s:
            rebuild(s)
            return rows(s)
    with services.db.reading() as s:
        return rows(s)


def test_pcs_logging_requests_at_the_same_moment_all_succeed_with_distinct_numbers(pcs: list[Services]) -> None:
    org = small_org(pcs[0])

    def log(i: int, pc: Services) -> list[int]:
        return [pc.requests.create(RequestDraft(title=f"PC {i}: request {n}", provider_id=org["it"],
                                                requester_id=org["anna"])).row.id for n in range(10)]

    made = at_once(pcs, log)
    assert not [r for r in made if isinstance(r, BaseException)]
    numbers = [n for each in made for n in each]
    assert len(numbers) == len(set(numbers)) == 30
    listed = {r.id: r.title for r in pcs[1].requests.list(limit=100)}
    assert all(listed[n].startswith(f"PC {i}:") for i, each in enumerate(made) for n in each)
    for n in made[2]:  # each with its own line of history
        assert [e.kind.value for e in pcs[0].requests.get(n).events] == ["created"]


def test_a_request_save_does_not_wait_for_another_pcs_request_save(pcs: list[Services], clock: FakeClock) -> None:
    org = small_org(pcs[0])
    draft = RequestDraft(title="Printer jammed", provider_id=org["it"], requester_id=org["anna"])
    # the other way round: the two saves add to different rows of figures, as two pairs' saves do
    answer = RequestDraft(title="Invoice missing", provider_id=org["acc"], requester_id=org["laura"])
    with pcs[0].db.transaction(side_by_side=True) as s:  # the first PC is halfway through its save
        first = log_request(s, pcs[0].requests.sla, NewRequest(clock(), draft)).id
        second = at_once([pcs[1]], lambda _, pc: pc.requests.create(answer).row.id)[0]
        assert isinstance(second, int)  # saved while the first save is still open
        assert [r.id for r in pcs[1].requests.list()] == [second]
    assert {r.id for r in pcs[2].requests.list()} == {first, second} and first != second


def test_any_other_writer_waits_for_request_saves_and_then_saves(pcs: list[Services], clock: FakeClock) -> None:
    org = small_org(pcs[0])
    draft = RequestDraft(title="Printer jammed", provider_id=org["it"], requester_id=org["anna"])
    other: dict[str, Any] = {}

    def add_department() -> None:
        try:
            other["saved"] = pcs[1].departments.create("Housekeeping").name
        except BaseException as error:
            other["saved"] = error

    with pcs[0].db.transaction(side_by_side=True) as s:
        log_request(s, pcs[0].requests.sla, NewRequest(clock(), draft))
        thread = threading.Thread(target=add_department)
        thread.start()
        with pcs[2].db.reading() as look:  # the department's save is waiting for its turn, not saved
            waiting = 0
            while not waiting and thread.is_alive():
                waiting = look.scalar(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                           "AND NOT granted AND database = (SELECT oid FROM pg_database "
                                           "WHERE datname = current_database())")) or 0
                look.rollback()
        assert waiting == 1 and "saved" not in other
    thread.join(timeout=WAIT_S)
    assert other["saved"] == "Housekeeping"


def test_two_pcs_adding_a_department_of_the_same_name_at_once_one_is_told(pcs: list[Services]) -> None:
    for name in ("Front Office", "Kitchen", "Dining Room"):
        outcome = at_once(pcs, lambda _, pc, name=name: pc.departments.create(name).name)
        assert outcome.count(name) == 1
        refused = [r for r in outcome if r != name]
        assert all(isinstance(r, DuplicateError) for r in refused), refused
        assert {str(r) for r in refused} == {f"A department called “{name}” already exists."}
    assert sorted(d.name for d in pcs[2].departments.list()) == ["Dining Room", "Front Office", "Kitchen"]


def test_figures_added_by_pcs_at_once_equal_a_rebuild(pcs: list[Services], clock: FakeClock) -> None:
    org = small_org(pcs[0])  # every PC adds to the same pair and month: the same rows of figures

    def log(i: int, pc: Services) -> list[int]:
        return [pc.requests.create(RequestDraft(title=f"PC {i}: {n}", provider_id=org["it"], requester_id=org["anna"],
                                                standard_id=org["std"])).row.id for n in range(6)]

    made = at_once(pcs, log)
    assert not [r for r in made if isinstance(r, BaseException)]
    clock.advance(hours=30)  # past every target: resolving also adds late responses and resolutions

    def serve(i: int, pc: Services) -> None:
        for n in made[i]:
            pc.requests.transition(n, S.IN_PROGRESS)
            pc.requests.transition(n, S.RESOLVED)

    assert at_once(pcs, serve) == [None, None, None]
    kept = figures(pcs[0])
    assert kept == figures(pcs[0], rebuilt=True)
    month = pcs[1].network.network(date(2026, 3, 1), date(2026, 3, 31)).between(org["it"], org["acc"])
    assert month is not None and (month.received, month.resolved) == (18, 18)


def test_two_pcs_resolving_one_request_at_once_count_it_once(pcs: list[Services]) -> None:
    org = small_org(pcs[0])
    for n in range(4):
        rid = pcs[0].requests.create(RequestDraft(title=f"Request {n}", provider_id=org["it"],
                                                  requester_id=org["anna"])).row.id
        pcs[0].requests.transition(rid, S.IN_PROGRESS)
        outcome = at_once(pcs, lambda _, pc, rid=rid: pc.requests.transition(rid, S.RESOLVED).row.status)
        assert outcome.count(S.RESOLVED) == 1
        assert all(isinstance(r, DomainError) for r in outcome if r != S.RESOLVED), outcome
        assert [e.kind.value for e in pcs[2].requests.get(rid).events].count("status") == 2
    assert figures(pcs[0]) == figures(pcs[0], rebuilt=True)


def test_two_saves_the_server_finds_waiting_for_each_other_end_in_a_sentence(pcs: list[Services]) -> None:
    org = small_org(pcs[0])
    rows = (org["anna"], org["laura"])
    both_hold_one = threading.Barrier(2)

    def lock_in_turn(i: int, pc: Services) -> str:
        with pc.db.transaction(side_by_side=True) as s:
            lock = text("SELECT id FROM people WHERE id = :id FOR UPDATE")
            s.execute(lock, {"id": rows[i]})
            both_hold_one.wait(timeout=WAIT_S)
            s.execute(lock, {"id": rows[1 - i]})  # each wants the other's row: the server ends one
        return "saved"

    outcome = at_once(pcs[:2], lock_in_turn)
    assert sorted(outcome, key=str).count("saved") == 1
    refused = [r for r in outcome if r != "saved"]
    assert len(refused) == 1 and isinstance(refused[0], ConflictError), refused
    assert str(refused[0]).startswith("Someone else saved the same record at the same moment")
