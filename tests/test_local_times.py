"""Times in messages are said in local time: the stored UTC is no time anybody reads on a clock."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from icdesk.db.lock import FileInUseError, LockedElsewhereError, LockOwner
from icdesk.domain.errors import ConflictError

NINE_UTC = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def in_rome(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock in Rome (UTC+1 in March)."""
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_lock_left_on_another_computer_says_since_when_in_local_time(in_rome: None) -> None:
    owner = LockOwner("FRONT-DESK", 4242, NINE_UTC.isoformat(timespec="seconds"), "anna", "icdesk 1.0")
    error = LockedElsewhereError(Path("/data/hotel.sqlite"), owner)
    assert "since 2026-03-02 10:00." in str(error)
    in_use = str(FileInUseError(Path("/data/hotel.sqlite"), owner))
    assert "UTC" not in str(error) and "UTC" not in in_use and "since 2026-03-02 10:00)" in in_use


def test_a_conflict_said_on_the_command_line_is_in_local_time(in_rome: None) -> None:
    error = ConflictError("“{name}” was changed by someone else at {when}.", name="IT", when=NINE_UTC)
    assert str(error) == "“IT” was changed by someone else at 2026-03-02 10:00."


def test_a_conflict_in_the_window_is_in_the_company_time() -> None:
    from icdesk.ui.errors import localized
    from icdesk.ui.formatting import set_zone

    set_zone(ZoneInfo("Europe/Helsinki"))
    try:
        error = ConflictError("“{name}” was changed by someone else at {when}, after you opened it, so your change "
                              "was not saved. The form now shows what is saved; make your change again if it is "
                              "still needed.", name="IT", when=NINE_UTC)
        assert "at 02/03/2026 11:00, after" in localized(error)
    finally:
        set_zone(None)
