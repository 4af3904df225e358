"""Searching the Requests list as one types (issue 21): what was typed is a value of a kept statement,
so each new word runs the statement kept for its kind of search, with its own rows, on both stores."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from icdesk.services import Services
from icdesk.services import requests as request_service
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


def test_a_new_word_prepares_no_new_statement(services: Services, clock: FakeClock, qtbot: QtBot) -> None:
    _hotel(services)
    model = RequestTableModel(services.requests)
    model.set_filter(RequestFilter(text="printer"))
    kept = len(request_service._PAGES._kept)
    for text in ("toner", "chair", "lopez", "laura", "photos", "Printer jams"):
        model.set_filter(RequestFilter(text=text))
    assert len(request_service._PAGES._kept) == kept  # the count and the first page of a search, kept once


@pytest.mark.parametrize(("text", "kind"), [("", ""), ("   ", ""), ("12", "number"), ("#12", "number"),
                                            ("p", "short"), ("pr ", "short"), ("pri", "words"), ("López", "words")])
def test_a_search_is_kept_by_its_kind(text: str, kind: str) -> None:
    assert search_kind(text) == kind
    assert bool(search_values(text)) == bool(kind)
