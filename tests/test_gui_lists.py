"""Long lists in the window: scrolled to their end, searched once typing pauses, exported whole."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from icdesk.domain.rules import search_key
from icdesk.services import Services
from icdesk.services.demo import DemoOptions
from icdesk.services.feedback import FeedbackDraft, FeedbackReferences, insert_feedback, prepare_feedback
from icdesk.services.request_pages import RequestPage
from icdesk.services.request_queries import RequestFilter
from icdesk.ui.screens.loop import FeedbackScreen
from icdesk.ui.screens.requests import RequestsScreen
from tests.conftest import FakeClock


@pytest.fixture
def hotel(services: Services) -> Services:
    """The example hotel with 450 requests: more than two pages of the Requests list."""
    services.demo.fill(DemoOptions(requests=450))
    return services


def test_scrolling_to_the_end_shows_the_last_request_in_every_order(qtbot: QtBot, hotel: Services) -> None:
    screen = RequestsScreen(hotel)
    qtbot.addWidget(screen)
    screen.show()
    model = screen.request_model
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450 and model.row_at(449).id == 1  # type: ignore[union-attr]  # the oldest
    title = next(i for i, (_h, key) in enumerate(model.columns) if key == "title")
    screen.table.sortByColumn(title, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    shown = [model.row_at(i).title for i in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(shown) == 450 and shown == sorted(shown, key=search_key)


class _Knot:
    """Garbage in a reference cycle: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.itself = self


def test_a_list_read_anew_gives_garbage_frozen_with_its_pages_back_to_the_collector(qtbot: QtBot,
                                                                                    hotel: Services) -> None:
    import gc
    import weakref

    screen = RequestsScreen(hotel)
    qtbot.addWidget(screen)
    screen.show()
    model = screen.request_model
    held = _Knot()
    gc.collect()  # long-lived by now, as a dialog open a while
    knot = weakref.ref(held)
    del held  # closed: garbage only a full collection would free
    model.fetchMore()  # a second page: what exists now is kept out of the collector's walks, the knot too
    gc.collect()
    assert knot() is not None
    title = next(i for i, (_h, key) in enumerate(model.columns) if key == "title")
    screen.table.sortByColumn(title, Qt.SortOrder.AscendingOrder)  # the list is read anew
    gc.collect()
    assert knot() is None  # collected, not kept for as long as the window runs
    assert model.rowCount() == 200


def test_typing_several_keys_quickly_runs_one_search(qtbot: QtBot, hotel: Services,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    screen = RequestsScreen(hotel)
    qtbot.addWidget(screen)
    screen.show()
    searched: list[str] = []
    page = hotel.requests.page

    def reading(flt: RequestFilter, **kwargs: Any) -> RequestPage:
        if kwargs.get("count"):  # a new list is counted with its first page
            searched.append(flt.text)
        return page(flt, **kwargs)

    monkeypatch.setattr(hotel.requests, "page", reading)
    qtbot.keyClicks(screen.search, "printer")
    qtbot.waitUntil(lambda: searched == ["printer"])
    qtbot.wait(screen.search_delay_ms * 2)
    assert searched == ["printer"]
    assert screen.request_model.rowCount() > 0


def test_feedback_lists_every_rating_and_exports_them_all(qtbot: QtBot, services: Services, clock: FakeClock,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    it = services.departments.create("IT").id
    drafts = [FeedbackDraft(rating=1 + i % 5, department_id=it, comment=f"Rating {i}") for i in range(5_300)]
    with services.db.transaction() as s:
        refs = FeedbackReferences(s, drafts)
        insert_feedback(s, [prepare_feedback(refs, clock(), d) for d in drafts])
    screen = FeedbackScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    model = screen.table_model
    assert model.total == 5_300 and "5,300" in screen.count_label.text()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 5_300
    screen.refresh()  # back to the first page: the export still writes every rating
    assert model.rowCount() < 5_300
    target = tmp_path / "feedback.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "exported" in screen.count_label.text(), timeout=60000)
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 1 + 5_300
    assert {r[-1] for r in rows[1:]} == {f"Rating {i}" for i in range(5_300)}


def test_feedback_sorted_by_any_heading_is_read_page_by_page_in_that_order(
        qtbot: QtBot, services: Services, clock: FakeClock) -> None:
    """A heading click reads the first page in the new order from the file, not every rating sorted in
    memory; scrolling then brings each of the 5,300 ratings exactly once, in that order."""
    from datetime import timedelta

    from icdesk.domain.enums import BreakdownPoint

    departments = [services.departments.create(name).id for name in ("IT", "Ärzte", "Kitchen")]
    people = [services.people.create(name).id for name in ("Zoe", "Åsa", "Bo")]
    points = [None, *BreakdownPoint]
    drafts = []
    for i in range(5_300):
        anonymous = i % 7 == 0
        drafts.append(FeedbackDraft(
            rating=1 + i * 7 % 5, department_id=departments[i % 3], comment=f"Comment {i * 37 % 5_300:05}",
            breakdown_point=points[i % len(points)], anonymous=anonymous,
            author_id=None if anonymous or i % 2 else people[i % 3],
            author_department_id=None if anonymous or not i % 2 else departments[(i + 1) % 3]))
    with services.db.transaction() as s:
        refs = FeedbackReferences(s, drafts)
        insert_feedback(s, [prepare_feedback(refs, clock() + timedelta(seconds=i % 400), d)
                            for i, d in enumerate(drafts)])
    screen = FeedbackScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    model = screen.table_model
    every_rating = sorted(f.id for f in services.feedback.list())
    assert len(every_rating) == 5_300
    for column, spec in enumerate(model.columns):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            screen.table.sortByColumn(column, order)
            assert model.rowCount() == 200, spec.header  # one page: sorted where the ratings are stored
            descending = order == Qt.SortOrder.DescendingOrder
            expected = [f.id for f in services.feedback.list(sort=spec.order, descending=descending)]
            while model.canFetchMore():
                model.fetchMore()
            assert [f.id for f in model.rows] == expected, spec.header
            assert sorted(expected) == every_rating
            shown = [model.index(r, column).data() for r in range(model.rowCount())]
            if spec.order == "rating":  # what is shown follows the order asked
                shown = [stars.count("\u2605") for stars in shown]
            if spec.order in ("rating", "comment"):
                assert shown == sorted(shown, reverse=descending), spec.header


def test_an_older_file_is_keyed_on_opening_with_a_progress_dialog(qtbot: QtBot, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from icdesk.app import open_services
    from icdesk.db import migrate
    from icdesk.db.engine import make_engine
    from icdesk.ui import upgrade_progress

    path = tmp_path / "before-0014.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0013")
        conn.exec_driver_sql("INSERT INTO departments (id, name, name_key, description, created_at) "
                             "VALUES (1, 'IT', 'it', '', '2026-01-01 08:00:00.000000')")
        for i, (title, priority) in enumerate([("Chair for Mr López", "low"), ("Desk for Ms Järvinen", "urgent"),
                                               ("Printer jam", "normal")], start=1):
            conn.exec_driver_sql(
                "INSERT INTO requests (id, title, description, requester_department_id, provider_id, priority, "
                "status, created_at, paused_seconds, updated_at) VALUES "
                f"({i}, '{title}', 'Ask Núñez', 1, 1, '{priority}', 'new', '2026-02-0{i} 09:00:00.000000', 0, "
                f"'2026-02-0{i} 09:00:00.000000')")
        conn.exec_driver_sql("INSERT INTO request_events (request_id, at, kind, text) "
                             "VALUES (3, '2026-02-03 09:00:00.000000', 'note', 'Called Mr Åkesson')")
    engine.dispose()
    heard: list[tuple[int, int, bool]] = []
    shown = upgrade_progress.UpgradeDialog.__call__

    def watching(dialog: upgrade_progress.UpgradeDialog, done: int, total: int) -> None:
        shown(dialog, done, total)
        heard.append((done, total, dialog.dialog is not None and dialog.dialog.isVisible()))

    monkeypatch.setattr(upgrade_progress, "LARGE", 1)  # a "large" file of three requests
    monkeypatch.setattr(upgrade_progress.UpgradeDialog, "__call__", watching)
    services = open_services(path)
    try:
        assert heard[0] == (3, 6, True)  # every request keyed, shown in a dialog
        assert heard[-1] == (6, 6, False)  # indexed too; the dialog closed
        assert found(services, "lopez") == {"Chair for Mr López"}
        assert found(services, "nunez") == {"Chair for Mr López", "Desk for Ms Järvinen", "Printer jam"}
        assert found(services, "akesson") == {"Printer jam"}  # a note written before 0015, folded by it
        assert [r.title for r in services.requests.list(sort="priority")] == [
            "Desk for Ms Järvinen", "Printer jam", "Chair for Mr López"]
    finally:
        services.close()


def found(services: Services, text: str) -> set[str]:
    return {r.title for r in services.requests.list(RequestFilter(text=text))}


def test_the_rows_follow_the_sort_arrow_after_every_refresh(qtbot: QtBot, services: Services) -> None:
    """Service Standards showed its arrow on "Standard" while the rows stood by department: a refresh put
    the service's order back under the arrow."""
    from PySide6.QtCore import Qt

    from icdesk.ui.screens.standards import StandardsScreen
    from tests.helpers import active_standard

    it, hr = services.departments.create("IT").id, services.departments.create("HR").id
    active_standard(services, it, "Access cards")
    active_standard(services, hr, "Payroll questions")
    active_standard(services, hr, "Badges")
    screen = StandardsScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    header = screen.table.horizontalHeader()

    def titles() -> list[str]:
        return [screen.table_model.index(r, 0).data() for r in range(screen.table_model.rowCount())]

    def follows_the_arrow() -> bool:
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        shown = [screen.table_model.index(r, column).data() for r in range(screen.table_model.rowCount())]
        wanted = sorted(shown, key=str.casefold, reverse=order == Qt.SortOrder.DescendingOrder)
        return shown == wanted

    assert header.sortIndicatorSection() == -1  # no arrow over the rows as the service orders them
    screen.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert titles() == ["Access cards", "Badges", "Payroll questions"]
    active_standard(services, it, "Zebra printers")
    screen.refresh()  # read again, as after any save
    assert titles() == ["Access cards", "Badges", "Payroll questions", "Zebra printers"] and follows_the_arrow()
    screen.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by department, IT first
    screen.refresh()
    assert [screen.table_model.index(r, 1).data() for r in range(4)] == ["IT", "IT", "HR", "HR"]


def test_a_control_character_pasted_into_a_search_is_no_search_for_everything(qtbot: QtBot, hotel: Services) -> None:
    """A pasted NUL showed every row of every list, as if each had matched; a line break pasted after a word
    found nothing."""
    from icdesk.ui.screens.standards import StandardsScreen

    for screen in (RequestsScreen(hotel), StandardsScreen(hotel)):
        qtbot.addWidget(screen)
        screen.show()
        screen.search.setText("\x00")
        assert screen.search.text() == ""
        screen.search.setText("Printer\n")
        assert screen.search.text() == "Printer"
        model = screen.table.model()
        qtbot.waitUntil(lambda m=model: 0 < m.rowCount() < 20)  # the printer's rows, found
        shown = " ".join(str(model.index(r, c).data()) for r in range(model.rowCount())
                         for c in range(model.columnCount()))
        assert "printer" in search_key(shown)
