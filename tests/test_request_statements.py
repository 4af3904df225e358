"""What saving one request costs in SQL (issue 21: a save near a raw INSERT), and that the shorter
way stores and shows the same as before: the saved request, its history, the network figures, the
company's months after its time zone changes, and the change notifications."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, insert, select
from sqlalchemy.dialects import sqlite

from icdesk.db.driver_sql import DriverStatement
from icdesk.db.store import open_store
from icdesk.domain.enums import EventKind, RequestStatus
from icdesk.domain.errors import RuleError, ValidationError
from icdesk.domain.models import PairBreakdown, PairMonth, Person, ProviderBreakdown, Request
from icdesk.services import Services
from icdesk.services.calendars import CalendarDraft
from icdesk.services.network_figures import rebuild
from icdesk.services.request_references import RequestReferences
from icdesk.services.requests import RequestDraft
from tests.conftest import FakeClock
from tests.helpers import ON_BOTH_STORES, small_org

# Reads of what the request names (people, departments, the standard in force), then the request,
# the network figures and the line of history: everything else a save needs is known already.
MOST_STATEMENTS = 6
DATA_STATEMENTS = {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"}  # not BEGIN, COMMIT, PRAGMA
OFFICE = CalendarDraft(False, ("09:00-17:00",) * 5 + ("", ""))


@contextmanager
def statements_sent(services: Services) -> Iterator[list[str]]:
    """The statements on the company's rows SQLite runs for the services while the block runs, from
    SQLite's own trace (the few a save runs by the driver pass no engine events). The trace repeats
    a statement as each of its triggers starts and shows a full-text index's own work as comments
    or on 'main'.'…' tables: each statement sent is counted once."""
    sent: list[str] = []

    def heard(sql: str) -> None:
        ours = sql.split(None, 1)[0].upper() in DATA_STATEMENTS and "'main'." not in sql
        if ours and (not sent or sent[-1] != sql):
            sent.append(sql)

    def trace(connection: sqlite3.Connection, _record: Any) -> None:
        connection.set_trace_callback(heard)

    event.listen(services.db.engine, "connect", trace)
    services.db.engine.dispose()  # connections made again, now traced
    try:
        yield sent
    finally:
        event.remove(services.db.engine, "connect", trace)
        services.db.engine.dispose()


@pytest.fixture
def org(services: Services) -> dict[str, int]:
    return small_org(services)


def full_draft(org: dict[str, int], title: str = "Cannot log into the PMS") -> RequestDraft:
    return RequestDraft(title=title, provider_id=org["it"], requester_id=org["anna"], standard_id=org["std"],
                        assignee_id=org["laura"], description="Since this morning")


def figures(services: Services) -> list[list[tuple[Any, ...]]]:
    with services.db.reading() as s:
        return [sorted(tuple(r) for r in s.execute(select(*model.__table__.c)))
                for model in (PairMonth, PairBreakdown, ProviderBreakdown)]


def rebuilt_figures(services: Services) -> list[list[tuple[Any, ...]]]:
    with services.db.rehearsal() as s:
        rebuild(s)
        return [sorted(tuple(r) for r in s.execute(select(*model.__table__.c)))
                for model in (PairMonth, PairBreakdown, ProviderBreakdown)]


def test_a_request_is_saved_in_a_handful_of_statements(services: Services, org: dict[str, int]) -> None:
    services.requests.create(full_draft(org, "First one: statements are prepared"))
    with statements_sent(services) as sent:
        created = services.requests.create(full_draft(org))
    assert len(sent) <= MOST_STATEMENTS, "\n".join(sent)
    assert created == services.requests.get(created.row.id)
    # a provider that keeps office hours: its hours and closures are read as well, nothing else
    services.calendars.save(org["it"], OFFICE)
    with statements_sent(services) as sent:
        services.requests.create(full_draft(org, "Printer jammed"))
    assert len(sent) <= MOST_STATEMENTS + 2, "\n".join(sent)


@ON_BOTH_STORES
def test_what_a_save_returns_is_what_opening_the_request_shows(services: Services, org: dict[str, int],
                                                                clock: FakeClock) -> None:
    services.calendars.save(org["it"], OFFICE)  # targets count in office hours
    laura = org["laura"]
    services.ctx.working_as = laura  # the history names who is working in this window
    created = services.requests.create(full_draft(org))
    assert created == services.requests.get(created.row.id)
    assert (created.row.provider_name, created.row.requester_name, created.row.requester_department_name,
            created.row.assignee_name, created.standard_title) == (
        "IT", "Anna Romano", "Accounting", "Laura Colombo", "PMS access (v1)")
    assert [(e.kind, e.to_status, e.actor_name) for e in created.events] == [
        (EventKind.CREATED, RequestStatus.NEW, "Laura Colombo")]
    assert created.row.response_due_at is not None and not created.row.overdue
    # asked by a department, nobody assigned, no standard: the empty parts are empty as when read
    plain = services.requests.create(RequestDraft(title="New chair", provider_id=org["it"],
                                                  requester_department_id=org["acc"]))
    assert plain == services.requests.get(plain.row.id)
    assert (plain.row.requester_name, plain.row.assignee_name, plain.standard_title) == ("Accounting", "", "")
    services.departments.create("Kitchen")
    clock.advance(days=40)
    again = services.requests.create(full_draft(org, "Second login problem"))
    assert again == services.requests.get(again.row.id)
    assert again.row.id == plain.row.id + 1
    assert figures(services) == rebuilt_figures(services)


@ON_BOTH_STORES
def test_a_new_time_zone_puts_later_requests_in_the_company_months(services: Services, org: dict[str, int],
                                                                   clock: FakeClock) -> None:
    """The company's months are read once per window, and again when the company's settings change."""
    clock.now = clock.now.replace(month=3, day=31, hour=22, minute=30)  # 31 March 22:30 UTC
    services.company.save("Hotel Miramare", time_zone="UTC")
    services.requests.create(full_draft(org, "Late in March in London"))
    assert {(row[0], row[3]) for row in figures(services)[0]} == {("2026-03", 1)}
    services.company.save("Hotel Miramare", time_zone="Europe/Rome")  # already 1 April 00:30 there
    clock.advance(minutes=5)
    services.requests.create(full_draft(org, "Early in April in Rome"))
    # the new zone moved the first into April too (rebuilt); the second is counted there as it is saved
    assert {(row[0], row[3]) for row in figures(services)[0]} == {("2026-04", 2)}  # (month, received)
    assert figures(services) == rebuilt_figures(services)


def test_another_pc_hears_of_a_new_time_zone(pg_url: str, clock: FakeClock) -> None:
    """A save of the company's settings on one PC reaches the others (NOTIFY) as a change of the
    company table: their next request counts in the new zone's months."""
    clock.now = clock.now.replace(month=3, day=31, hour=22, minute=45)  # 31 March UTC, 1 April in Rome
    here, there = Services(open_store(pg_url), clock=clock), Services(open_store(pg_url), clock=clock)
    try:
        org = small_org(here)
        here.company.save("Hotel Miramare", time_zone="UTC")
        heard: list[frozenset[str]] = []
        there.db.subscribe(heard.append)
        assert there.db.listen_to_server()
        there.requests.create(full_draft(org, "Logged in London"))
        time.sleep(0.5)  # the listening connection is being made
        here.company.save("Hotel Miramare", time_zone="Europe/Rome")
        deadline = time.monotonic() + 20  # generous: the machine may be busy (no speed is asserted)
        while not any("company" in tables for tables in heard) and time.monotonic() < deadline:
            there.db.deliver_remote_changes()  # as the window's timer does
            time.sleep(0.05)
        there.requests.create(full_draft(org, "Logged in Rome"))
        assert {(row[0], row[3]) for row in figures(here)[0]} == {("2026-04", 2)}
        assert figures(here) == rebuilt_figures(here)
    finally:
        there.close()
        here.close()


def test_a_save_tells_the_listeners_which_tables_changed(services: Services, org: dict[str, int]) -> None:
    heard: list[frozenset[str]] = []
    services.db.subscribe(heard.append)
    services.requests.create(full_draft(org))
    assert heard == [frozenset({"requests", "request_events", "pair_months"})]


@ON_BOTH_STORES
def test_a_refused_request_writes_nothing(services: Services, org: dict[str, int]) -> None:
    services.requests.create(full_draft(org))
    before = figures(services)
    with pytest.raises(ValidationError, match="title"):
        services.requests.create(full_draft(org, "   "))
    services.departments.archive(org["it"])
    with pytest.raises(RuleError, match="archived"):
        services.requests.create(full_draft(org))
    assert figures(services) == before
    assert services.requests.count() == 1
    services.departments.restore(org["it"])
    assert services.requests.create(full_draft(org)).row.id > 1


@ON_BOTH_STORES
def test_the_references_of_a_large_batch_are_read_whole(services: Services, org: dict[str, int],
                                                        clock: FakeClock) -> None:
    """An import names hundreds of people: they are read in slices of numbers, each person once."""
    with services.db.transaction() as s:
        s.execute(insert(Person), [dict(full_name=f"Person {i:04d}", department_id=org["acc"], created_at=clock())
                                   for i in range(1203)])
    with services.db.reading() as s:
        ids = list(s.scalars(select(Person.id).where(Person.full_name.like("Person %"))))
        refs = RequestReferences(s, [org["it"], None], [*ids, None, max(ids) + 1000], [org["std"], None])
    assert len(ids) == 1203 and set(refs.people) == set(ids)
    assert refs.names[ids[-1]] == "Person 1202" and set(refs.people.values()) == {org["acc"]}
    assert set(refs.departments) == {org["it"], org["acc"]}
    assert refs.standards[org["std"]][1] is not None


def test_a_statement_run_by_the_driver_leaves_no_column_to_python_defaults() -> None:
    """The driver fills in nothing: an INSERT that leaves out a stored key is refused when compiled."""
    missing = DriverStatement(insert(Request.__table__), ["title", "provider_id", "created_at", "updated_at"])
    with pytest.raises(ValueError, match="title_key"):
        missing._compiled(sqlite.dialect())  # noqa: SLF001
