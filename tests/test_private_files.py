"""Personal data stays private: CSV exports are readable by their owner only, like the data file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from icdesk.cli import main
from icdesk.services import Services
from icdesk.services.exports import write_csv

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> object:
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_write_csv_makes_a_private_file_and_replaces_an_open_one(tmp_path: Path, umask: int) -> None:
    out = tmp_path / "people.csv"
    write_csv(out, ["name", "email"], [["Anna Romano", "anna@example.com"]])
    assert mode(out) == 0o600
    out.chmod(0o644)
    write_csv(out, ["name", "email"], [["Aino Virtanen", "aino@example.com"]])
    assert mode(out) == 0o600 and "Aino" in out.read_text(encoding="utf-8-sig")


def test_cli_export_is_private(tmp_path: Path, umask: int, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "hotel.sqlite"
    assert main(["--db", str(db), "demo", "--requests", "5"]) == 0
    out = tmp_path / "feedback.csv"
    assert main(["--db", str(db), "export", "feedback", "--out", str(out)]) == 0
    assert mode(out) == 0o600


def test_window_export_csv_is_private(qtbot: QtBot, services: Services, tmp_path: Path, umask: int,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from icdesk.ui.screens.organisation import PeopleList

    services.people.create("Anna Romano", email="anna@example.com")
    screen = PeopleList(services)
    qtbot.addWidget(screen)
    screen.show()  # a list reads its rows when shown
    out = tmp_path / "people.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    screen.export_csv()
    qtbot.waitUntil(lambda: "exported" in screen.count_label.text(), timeout=30000)
    assert "anna@example.com" in out.read_text(encoding="utf-8-sig")
    assert mode(out) == 0o600
