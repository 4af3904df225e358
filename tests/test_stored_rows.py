"""Pages of the Requests list keep the rows as the store gave them and make each row when it is
shown (issue 21): the same rows as before, made only when looked at, a changed row redrawn alone."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from icdesk.services import Services, request_pages
from icdesk.services.request_queries import RequestFilter
from icdesk.services.requests import RequestDraft
from icdesk.services.stored_rows import StoredRows, stored_rows
from icdesk.ui.request_model import RequestTableModel
from tests.conftest import FakeClock
from tests.helpers import ON_BOTH_STORES, small_org
from tests.test_list_pages import fill


def test_a_row_is_made_the_first_time_it_is_read_and_then_kept() -> None:
    made: list[int] = []

    def make(stored: tuple[int, str]) -> str:
        made.append(stored[0])
        return f"{stored[0]}: {stored[1]}"

    rows = StoredRows([(1, "a"), (2, "b"), (3, "c")], make)
    assert len(rows) == 3 and made == []
    assert rows[1] == "2: b" and rows[-1] == "3: c" and rows[1] is rows[1]
    assert made == [2, 3]
    rows.extend(StoredRows([(4, "d")], make))
    rows.extend(["5: e"])  # rows made already are kept as they are
    assert rows[1:4] == ["2: b", "3: c", "4: d"]
    assert list(rows) == ["1: a", "2: b", "3: c", "4: d", "5: e"] == rows
    assert made == [2, 3, 4, 1]
    assert rows.stored(0) == (1, "a")
    assert stored_rows([]) == [] and stored_rows(["x"]) == ["x"] and stored_rows(["x"]) != ["y"]
    with pytest.raises(IndexError):
        rows[5]


def _counting_rows(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The numbers of the requests made into rows, in the order they were made."""
    made: list[int] = []
    to_row = request_pages.to_row

    def counted(stored: Any) -> Any:
        made.append(stored[0])
        return to_row(stored)

    monkeypatch.setattr(request_pages, "to_row", counted)
    return made


@ON_BOTH_STORES
def test_a_page_makes_only_the_rows_that_are_read(services: Services, clock: FakeClock, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    org = small_org(services)
    fill(services, org, clock, 450)
    whole = services.requests.list(RequestFilter(), sort="title", descending=False)
    made = _counting_rows(monkeypatch)
    model = RequestTableModel(services.requests)
    model.sort([key for _h, key in model.columns].index("title"), Qt.SortOrder.AscendingOrder)
    model.set_filter(RequestFilter())
    model.fetchMore()
    assert model.rowCount() == 400 and made == []  # two pages in, no row looked at yet
    assert model.data(model.index(250, 1)) == whole[250].title
    assert made == [whole[250].id]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rows == whole  # every row made now, the same as the whole list read at once
    assert sorted(made) == sorted(r.id for r in whole)  # each made once


def test_a_changed_row_is_redrawn_alone_and_the_others_are_not_made(services: Services, clock: FakeClock,
                                                                     qtbot: QtBot,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    org = small_org(services)
    fill(services, org, clock, 30)
    model = RequestTableModel(services.requests)
    model.set_filter(RequestFilter())
    target = model.rows[5]
    made = _counting_rows(monkeypatch)
    redrawn: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, _roles=(): redrawn.append((first.row(), last.row())))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    services.requests.update(target.id, RequestDraft(title="Printer on floor 2 jams", provider_id=target.provider_id,
                                                     requester_id=org["anna"], priority=target.priority))
    model.reload()
    assert resets == [] and redrawn == [(5, 5)]
    assert made == []  # compared as stored: no row made to find the changed one
    assert model.data(model.index(5, 1)) == "Printer on floor 2 jams"
    assert model.data(model.index(5, 1), Qt.ItemDataRole.UserRole).id == target.id
    assert model.rowCount(QModelIndex()) == 30
