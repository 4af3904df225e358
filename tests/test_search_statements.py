"""Searching and filtering the Requests list (issue 21): what was typed or picked is a value of a kept
statement, so each new word, department, person or date runs the statement kept for the filter's
shape, with its own rows, on both stores."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from icdesk.services import Services
from icdesk.services import requests as request_service
from icdesk.services.request_pages import RequestPages
from icdesk.services.request_queries import RequestFilter, search_kind, search_values
from icdesk.services.requests import RequestDraft
from icdesk.ui.request_model import RequestTableModel
from tests.conftest import FakeClock
from tests.helpers import ON_BOTH_STORES, small_org


def _hotel(services: Services) -> dict[str, int]:
    org = small_org(services)
    org["jose"] = services.people.create("José López", department_id=org["acc"]).id
    titles = ["Printer jams", "Printer out of toner", "Cannot log into the PMS", "New chair", "PR photos"]
    for i, title in enumerate(titles * 3):
        services.requests.create(RequestDraft(
            title=title, provider_id=org["it"], requester_id=org["jose"] if i % 5 == 3 else org["anna"],
            assignee_id=org["laura"] if i % 2 else None))
    services.requests.add_note(4, "the toner cartridge is on order")
    return org


def _found(services: Services, text: str) -> list[int]:
    """The requests a search finds, read in full without the kept statements (the oracle)."""
    return sorted(r.id for r in services.requests.list(RequestFilter(text=text)))


@ON_BOTH_STORES
def test_each_word_typed_finds_its_own_requests_through_the_kept_statement(services: Services, clock: FakeClock,
                                                                          qtbot: QtBot) -> None:
    _hotel(services)
    rows = {r.id: r for r in services.requests.list(RequestFilter())}
    model = RequestTableModel(services.requests)
    model.set_filter(RequestFilter())
    expected = {
        "printer": [i for i, r in rows.items() if "Printer" in r.title],
        "toner": sorted({4} | {i for i, r in rows.items() if "toner" in r.title}),  # a note finds its request
        "CHAIR": [i for i, r in rows.items() if r.title == "New chair"],
        "lopez": [i for i, r in rows.items() if r.requester_name == "José López"],  # without its accent
        "laura": [i for i, r in rows.items() if r.assignee_name == "Laura Colombo"],
        "pr": [i for i, r in rows.items() if "pr" in r.title.lower()],  # too short for the text index
        "#5": [5], "7": [7], "zzz": [],
    }
    for text in [*expected, "printer", "#5", "pr"]:  # again: the same answers from the kept statement
        model.set_filter(RequestFilter(text=text))
        assert sorted(r.id for r in model.rows) == sorted(expected[text]) == _found(services, text), text
        assert model.total == len(expected[text]), text


def _fresh_statements(monkeypatch: pytest.MonkeyPatch) -> RequestPages:
    """The statements kept from here on (other tests' are kept in the same process too)."""
    pages = RequestPages()
    monkeypatch.setattr(request_service, "_PAGES", pages)
    return pages


def test_a_new_word_prepares_no_new_statement(services: Services, clock: FakeClock, qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _hotel(services)
    pages = _fresh_statements(monkeypatch)
    model = RequestTableModel(services.requests)
    model.set_filter(RequestFilter(text="printer"))
    assert len(pages._kept) == 2  # the count and the first page of a search of words
    for text in ("toner", "chair", "lopez", "laura", "photos", "Printer jams"):
        model.set_filter(RequestFilter(text=text))
    assert len(pages._kept) == 2


@pytest.mark.parametrize(("text", "kind"), [("", ""), ("   ", ""), ("12", "number"), ("#12", "number"),
                                            ("p", "short"), ("pr ", "short"), ("pri", "words"), ("López", "words")])
def test_a_search_is_kept_by_its_kind(text: str, kind: str) -> None:
    assert search_kind(text) == kind
    assert bool(search_values(text)) == bool(kind)


@ON_BOTH_STORES
def test_each_department_person_and_date_picked_finds_its_own_requests(services: Services, clock: FakeClock,
                                                                      qtbot: QtBot,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    org = _hotel(services)
    pages = _fresh_statements(monkeypatch)
    for i in range(6):  # later requests, logged a day apart: IT asks Accounting, Accounting asks IT
        clock.now += timedelta(days=1)
        services.requests.create(RequestDraft(title=f"Invoice {i}", provider_id=org["acc"] if i % 2 else org["it"],
                                              requester_id=org["laura"] if i % 2 else org["anna"],
                                              assignee_id=org["anna"] if i % 3 else None))
    rows = services.requests.list(RequestFilter())
    days = sorted({r.created_at for r in rows})
    model = RequestTableModel(services.requests)
    picks = [RequestFilter(provider_id=org["it"]), RequestFilter(provider_id=org["acc"]),
             RequestFilter(assignee_id=org["laura"]), RequestFilter(assignee_id=org["anna"]),
             RequestFilter(requester_department_id=org["acc"]), RequestFilter(requester_department_id=org["it"]),
             RequestFilter(created_from=days[-3]), RequestFilter(created_from=days[-5], created_before=days[-2]),
             RequestFilter(provider_id=org["acc"], created_before=days[-1]), RequestFilter(provider_id=org["it"])]
    for flt in picks:
        model.set_filter(flt)
        person = {org["laura"]: "Laura Colombo", org["anna"]: "Anna Romano"}.get(flt.assignee_id or 0)
        department = {org["acc"]: "Accounting", org["it"]: "IT"}.get(flt.requester_department_id or 0)
        expected = [r.id for r in rows if (flt.provider_id in (None, r.provider_id))
                    and (person is None or r.assignee_name == person)
                    and (department is None or r.requester_department_name == department)
                    and (flt.created_from is None or r.created_at >= flt.created_from)
                    and (flt.created_before is None or r.created_at < flt.created_before)]
        assert expected and [r.id for r in model.rows] == expected, flt
        assert model.total == len(expected)
    # one statement kept per shape of filter (which values it has), not one per department or date picked
    # provider; assignee; department; from a date; between dates; provider before a date: count + page each
    assert len(pages._kept) == 2 * 6


@ON_BOTH_STORES
def test_a_search_pasted_tens_of_thousands_of_characters_long_finds_by_its_start_and_never_fails(
        services: Services) -> None:
    """SQLite gave up on a LIKE of 50,001 characters ("LIKE or GLOB pattern too complex")."""
    org = small_org(services)
    services.requests.create(RequestDraft("Printer jammed", org["it"], requester_id=org["anna"]))
    pasted = "Printer jammed" + " and more" * 6000
    assert [r.title for r in services.requests.list(RequestFilter(text=pasted))] == []  # its first 200 characters
    assert [r.title for r in services.requests.list(RequestFilter(text="printer jammed" + " " * 60000))] == [
        "Printer jammed"]
    assert services.departments.list(text="IT" + "x" * 60000) == []
    assert [p.full_name for p in services.people.list(text="anna" + " " * 60000)] == ["Anna Romano"]
    assert services.actions.list(text="a" * 60000) == [] and services.ideas.list(text="a" * 60000) == []
    assert services.requests.list(RequestFilter(text="1" * 400)) == []  # too many digits for a request's number


@ON_BOTH_STORES
def test_a_search_finds_the_requests_of_the_department_doing_the_work(services: Services) -> None:
    """"ресторан" found nothing although the list showed Ресторан as the provider of two requests."""
    restaurant = services.departments.create("Ресторан").id
    reception = services.departments.create("Служба приёма").id
    services.requests.create(RequestDraft("Ужин для группы", restaurant, requester_department_id=reception))
    services.requests.create(RequestDraft("Ключ от номера", reception, requester_department_id=restaurant))
    found = sorted(r.title for r in services.requests.list(RequestFilter(text="РЕСТОРАН")))
    assert found == ["Ключ от номера", "Ужин для группы"]  # serving it, and asked by it
