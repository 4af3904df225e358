"""No silent new files: only the window and ``demo`` make a data file, and only for its owner."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from icdesk.cli import main

LOOKING = [["info"], ["check"], ["backup"], ["export", "people", "--out", "OUT/p.csv"],
           ["report", "handbook", "--out", "OUT/h.pdf"]]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", LOOKING, ids=lambda c: c[0])
def test_commands_on_a_missing_file_say_so_and_create_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                              command: list[str]) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    db = tmp_path / "typo.sqlite"
    code, out, err = run(capsys, "--db", str(db), *[a.replace("OUT", str(out_dir)) for a in command])
    assert code == 2 and "does not exist" in err and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"] and not list(out_dir.iterdir())


@pytest.mark.parametrize("command", LOOKING, ids=lambda c: c[0])
def test_commands_on_an_empty_file_leave_it_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  command: list[str]) -> None:
    db = tmp_path / "empty.sqlite"
    db.touch()
    code, _, err = run(capsys, "--db", str(db), *[a.replace("OUT", str(tmp_path)) for a in command])
    assert code == 2 and "is empty" in err and len(err.strip().splitlines()) == 1
    assert db.stat().st_size == 0 and [p.name for p in tmp_path.iterdir()] == ["empty.sqlite"]


def test_the_default_file_is_not_made_by_info(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "nowhere" / "icdesk.sqlite"
    monkeypatch.setenv("ICDESK_DB", str(path))
    code, _, err = run(capsys, "info")
    assert code == 2 and "does not exist" in err
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_demo_turns_an_empty_file_into_a_private_data_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           umask: int) -> None:
    db = tmp_path / "company.sqlite"
    old = os.umask(umask)
    try:
        db.touch()
        assert stat.S_IMODE(db.stat().st_mode) != 0o600
        assert run(capsys, "--db", str(db), "demo", "--requests", "5")[0] == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert run(capsys, "--db", str(db), "info")[0] == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_the_window_turns_an_empty_file_into_a_private_data_file(tmp_path: Path) -> None:
    from icdesk.app import open_services

    db = tmp_path / "company.sqlite"
    db.touch(mode=0o644)
    services = open_services(db)
    try:
        assert services.company.get() is None and services.departments.list() == []
    finally:
        services.close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
