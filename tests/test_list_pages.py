"""Pages of the request list by kept statements (issue 21): each page one statement, the next page
started from the last row's key, the same rows as the whole list read at once, on both stores, and
the overdue flags still following a calendar's change."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from icdesk.domain.enums import Priority, RequestStatus
from icdesk.services import Services
from icdesk.services.calendars import CalendarDraft
from icdesk.services.request_queries import SORT_KEYS, RequestFilter
from icdesk.services.requests import RequestDraft
from icdesk.ui.request_model import RequestTableModel
from tests.conftest import FakeClock
from tests.helpers import ON_BOTH_STORES, small_org
from tests.test_request_statements import statements_sent

MONDAY_OFF = CalendarDraft(False, ("",) + ("09:00-17:00",) * 4 + ("", ""))


def fill(services: Services, org: dict[str, int], clock: FakeClock, n: int) -> None:
    """Requests with repeated titles, some without assignee or standard (empty keys), a few moments apart."""
    priorities = list(Priority)
    for i in range(n):
        services.requests.create(RequestDraft(
            title=f"Printer {i % 4}", provider_id=org["it"] if i % 3 else org["acc"],
            requester_id=org["anna"] if i % 3 else org["laura"],  # never a department asking itself
            priority=priorities[i % len(priorities)], assignee_id=org["laura"] if i % 2 else None,
            standard_id=org["std"] if i % 3 and i % 5 else None))
        clock.now += timedelta(minutes=7 * (i % 3))  # some requests logged at the same moment


@ON_BOTH_STORES
@pytest.mark.parametrize("flt", [RequestFilter(), RequestFilter(text="printer 2"),
                                 RequestFilter(statuses=frozenset({RequestStatus.NEW})), RequestFilter(text="pr")])
def test_pages_read_by_key_are_the_whole_list_in_every_order(services: Services, clock: FakeClock,
                                                             flt: RequestFilter) -> None:
    org = small_org(services)
    fill(services, org, clock, 23)
    for sort in SORT_KEYS:
        for descending in (False, True):
            whole = services.requests.list(flt, sort=sort, descending=descending)
            paged, last = [], None
            while True:
                page = services.requests.page(flt, sort=sort, descending=descending, after=last, limit=4)
                paged += page.rows
                if page.last is None:
                    break
                last = page.last
            assert [r.id for r in paged] == [r.id for r in whole], (sort, descending)
            assert paged == whole
            assert services.requests.count(flt) == len(whole)


def test_a_page_is_one_statement_and_a_new_order_is_not_counted_again(services: Services, clock: FakeClock,
                                                                     qtbot: QtBot) -> None:
    org = small_org(services)
    fill(services, org, clock, 450)
    model = RequestTableModel(services.requests)
    model.set_filter(RequestFilter())  # the calendars are read once, then kept until one changes
    with statements_sent(services) as sent:
        model.set_filter(RequestFilter(provider_id=org["it"]))
    assert len(sent) == 2, "\n".join(sent)  # the count and the first page
    with statements_sent(services) as sent:
        model.fetchMore()
    assert len(sent) == 1, "\n".join(sent)  # the next page from the last row's key: no read of that row first
    title = [key for _header, key in model.columns].index("title")
    with statements_sent(services) as sent:
        model.sort(title, Qt.SortOrder.AscendingOrder)
        model.fetchMore()
    assert len(sent) == 2, "\n".join(sent)  # the same rows in another order: no count
    assert model.total == services.requests.count(RequestFilter(provider_id=org["it"]))
    while model.canFetchMore():
        model.fetchMore()
    assert model.rows == services.requests.list(RequestFilter(provider_id=org["it"]), sort="title", descending=False)


@ON_BOTH_STORES
def test_a_calendar_change_shows_in_the_overdue_flags(services: Services, clock: FakeClock, qtbot: QtBot) -> None:
    org = small_org(services)  # IT's standard: first answer within 1 hour, resolved within 4
    services.requests.create(RequestDraft(title="Cannot log into the PMS", provider_id=org["it"],
                                          requester_id=org["anna"], standard_id=org["std"]))
    clock.now += timedelta(hours=5)
    model = RequestTableModel(services.requests)
    model.set_filter(RequestFilter())
    assert [r.overdue for r in model.rows] == [True]
    model.set_filter(RequestFilter(overdue_only=True))
    assert model.total == 1
    kept = model.clocks[org["it"]]
    model.reload()
    assert model.clocks[org["it"]] is kept  # the calendars are not read again for every list
    # IT closed on Mondays: the request logged on a Monday falls due on Tuesday
    services.calendars.save(org["it"], MONDAY_OFF)
    model.reload()
    assert (model.total, model.rows) == (0, [])
    assert model.clocks[org["it"]] is not kept  # "due in" now counts in the new hours
    model.set_filter(RequestFilter())
    assert [r.overdue for r in model.rows] == [False]
    services.calendars.save(org["it"], CalendarDraft())  # open around the clock again
    model.reload()
    assert [r.overdue for r in model.rows] == [True]
