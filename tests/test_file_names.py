"""A data file's name is a name: URL characters, spaces, accents and Cyrillic mean nothing special."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from icdesk.cli import main
from icdesk.db.lock import lock_path
from icdesk.db.store import open_data_file
from icdesk.services import Services

NAMES = ["Budget%202026.sqlite", "a?b.sqlite", "notes#1.sqlite", "my company.sqlite", "Caffè Città.sqlite",
         "Отдел кадров.sqlite", "50%.sqlite"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def departments_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT name FROM departments"))
    finally:
        conn.close()


@pytest.mark.parametrize("name", NAMES)
def test_cli_demo_info_and_backup_use_exactly_the_named_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                             name: str) -> None:
    db = tmp_path / name
    code, _, err = run(capsys, "--db", str(db), "demo", "--requests", "5")
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no "a", no "Budget 2026.sqlite"
    assert len(departments_in(db)) == 9
    code, out, _ = run(capsys, "--db", str(db), "info")
    assert code == 0 and str(db) in out
    assert out.split("Internal requests")[1].split()[0] == "5"
    assert run(capsys, "--db", str(db), "backup")[0] == 0
    [backup] = (tmp_path / f"{db.stem}-backups").iterdir()
    assert backup.name.startswith(db.stem + ".") and backup.name.endswith(".manual.sqlite")
    assert len(departments_in(backup)) == 9


@pytest.mark.parametrize("name", NAMES)
def test_open_data_file_locks_and_backs_up_beside_the_named_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    services = Services(open_data_file(path, lock=True))
    try:
        services.departments.create("Кухня")
        assert lock_path(path) == tmp_path / f"{name}.lock" and lock_path(path).is_file()
        made = services.backups.auto_backup()
        assert made is not None and made.parent == tmp_path / f"{path.stem}-backups"
        assert made.name.startswith(path.stem + ".")
        assert [b.path for b in services.backups.list()] == [made]
    finally:
        services.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, f"{path.stem}-backups"])
    assert departments_in(path) == ["Кухня"]
    viewer = Services(open_data_file(path, read_only=True))
    assert [d.name for d in viewer.departments.list()] == ["Кухня"]
    viewer.close()


def test_a_percent_escape_does_not_open_the_file_it_spells(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spaced, escaped = tmp_path / "Budget 2026.sqlite", tmp_path / "Budget%202026.sqlite"
    assert run(capsys, "--db", str(spaced), "demo", "--requests", "7")[0] == 0
    assert run(capsys, "--db", str(escaped), "demo", "--requests", "3")[0] == 0
    for path, requests in ((spaced, "7"), (escaped, "3")):
        code, out, _ = run(capsys, "--db", str(path), "info")
        assert code == 0 and out.split("Internal requests")[1].split()[0] == requests
