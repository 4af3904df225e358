"""A commit on one PC reaches the other PCs' change listeners (PostgreSQL LISTEN/NOTIFY)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from icdesk.db.store import open_data_file, open_store
from icdesk.services import Services


@pytest.fixture
def two_pcs(pg_url: str) -> Iterator[tuple[Services, Services]]:
    first, second = Services(open_store(pg_url)), Services(open_store(pg_url))
    try:
        yield first, second
    finally:
        first.close()
        second.close()


def heard_within(services: Services, heard: list[frozenset[str]], wanted: str, seconds: float = 20) -> bool:
    """Poll as the window's timer does; generous, because the machine may be busy (no speed is asserted)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        services.db.deliver_remote_changes()
        if any(wanted in tables for tables in heard):
            return True
        time.sleep(0.05)
    return False


def test_a_commit_on_one_pc_reaches_the_listeners_of_another(two_pcs: tuple[Services, Services]) -> None:
    first, second = two_pcs
    heard_by_first: list[frozenset[str]] = []
    heard_by_second: list[frozenset[str]] = []
    first.db.subscribe(heard_by_first.append)
    second.db.subscribe(heard_by_second.append)
    assert first.db.listen_to_server() and second.db.listen_to_server()
    time.sleep(0.5)  # the listening connections are being made
    first.departments.create("Kitchen")
    assert heard_within(second, heard_by_second, "departments")
    assert second.departments.list()[0].name == "Kitchen"
    # the first PC heard its own commit once, from its own unit of work, not again from the server
    assert heard_by_first == [frozenset({"departments"})]
    second.people.create("Anna Romano")
    assert heard_within(first, heard_by_first, "people")
    assert not any("departments" in tables for tables in heard_by_first[1:])


def test_a_rolled_back_change_tells_no_one(two_pcs: tuple[Services, Services]) -> None:
    first, second = two_pcs
    heard: list[frozenset[str]] = []
    second.db.subscribe(heard.append)
    second.db.listen_to_server()
    time.sleep(0.5)
    first.departments.create("Kitchen")
    with pytest.raises(Exception, match="already exists"):
        first.departments.create("kitchen")  # refused: rolled back, nothing to tell
    first.departments.create("Laundry")
    assert heard_within(second, heard, "departments")
    time.sleep(1)
    second.db.deliver_remote_changes()
    assert len(heard) <= 2 and all(tables == frozenset({"departments"}) for tables in heard)


def test_a_data_file_has_no_server_to_listen_to(tmp_path: Path) -> None:
    db = open_data_file(tmp_path / "company.sqlite")
    try:
        assert not db.listen_to_server()
        assert db.deliver_remote_changes() == frozenset()
    finally:
        db.close()


def test_a_department_added_on_another_pc_appears_on_the_screen_shown_here(
        qtbot: QtBot, two_pcs: tuple[Services, Services]) -> None:

    from icdesk.ui.screens.organisation import OrganisationScreen

    here, elsewhere = two_pcs
    screen = OrganisationScreen(here)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.wait(500)  # the listening connection is being made
    elsewhere.departments.create("Kitchen")

    def shown() -> list[str]:
        model = screen.departments.table.model()
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: "Kitchen" in shown(), timeout=20000)  # generous: the machine may be busy
