"""A damaged data file is recognised when it is opened, refused untouched, and pointed to Restore."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest

from icdesk.cli import main
from icdesk.db.errors import DamagedDataFileError
from icdesk.db.store import open_data_file

PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def demo_file(path: Path, requests: int = 300) -> Path:
    assert main(["--db", str(path), "demo", "--requests", str(requests)]) == 0
    return path


def damage(path: Path, pages: int = 4, seed: int = 3) -> None:
    """Overwrite a few pages in the middle of the file with noise, as a failing disk would."""
    data = bytearray(path.read_bytes())
    middle = len(data) // PAGE // 2
    rng = random.Random(seed)
    for page in range(middle - pages // 2, middle + pages - pages // 2):
        data[page * PAGE:(page + 1) * PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def damaged_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = demo_file(tmp_path_factory.mktemp("damaged") / "hotel.sqlite")
    damage(path)
    return path.read_bytes()


@pytest.fixture
def damaged(tmp_path: Path, damaged_bytes: bytes) -> Path:
    path = tmp_path / "hotel.sqlite"
    path.write_bytes(damaged_bytes)
    return path


def test_a_damaged_file_is_refused_on_opening_and_left_unchanged(damaged: Path) -> None:
    before = digest(damaged)
    with pytest.raises(DamagedDataFileError, match="hotel.sqlite is damaged") as error:
        open_data_file(damaged)
    assert "Restore from backup" in str(error.value) and "icdesk restore" in str(error.value)
    with pytest.raises(DamagedDataFileError):
        open_data_file(damaged, read_only=True)
    with pytest.raises(DamagedDataFileError):
        open_data_file(damaged, lock=True)
    assert digest(damaged) == before
    # nothing made beside it (SQLite's own -wal/-shm aside, which reading a WAL file needs)
    assert [p.name for p in damaged.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))] == ["hotel.sqlite"]


@pytest.mark.parametrize("command", ["export", "report", "backup"])
def test_cli_commands_refuse_a_damaged_file_in_one_line(damaged: Path, tmp_path: Path, command: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(damaged)
    extra = {"export": ["requests", "--out", str(tmp_path / "r.csv")],
             "report": ["handbook", "--out", str(tmp_path / "h.pdf")]}.get(command, [])
    code = main(["--db", str(damaged), command, *extra])
    _, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "is damaged" in err and "icdesk restore" in err
    assert digest(damaged) == before


def test_info_on_a_damaged_file_changes_nothing(damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """info answers at once on any size of file, so it does not read every page (check does): it shows
    the counts it can read, or refuses in one line when what it reads is damaged; it never writes."""
    before = digest(damaged)
    code = main(["--db", str(damaged), "info"])
    out, err = capsys.readouterr()
    assert (code == 0 and "Internal requests" in out) or (code == 2 and "is damaged" in err)
    assert digest(damaged) == before


def test_check_reports_the_damage_in_sentences_with_exit_1(damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(damaged)
    code = main(["--db", str(damaged), "check"])
    out, err = capsys.readouterr()
    assert code == 1, err
    assert "Traceback" not in out + err
    lines = out.strip().splitlines()
    assert lines and all(line.startswith(f"{damaged}: ") for line in lines)
    assert "damaged" in out and "icdesk" in lines[-1] and "restore" in lines[-1]
    # no backup was ever made of it (a file used from the command line only): said, not a folder that is not there
    assert "no backup of it is in" in lines[-1] and "restore COPY" in lines[-1]
    assert digest(damaged) == before


def test_check_names_the_newest_backup_to_restore(damaged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from icdesk.db.backup import backup_folder

    folder = backup_folder(damaged)
    folder.mkdir()
    newest = folder / f"{damaged.stem}.20260301-090000.daily.sqlite"
    demo_file(newest, requests=5)
    capsys.readouterr()
    assert main(["--db", str(damaged), "check"]) == 1
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert f"restore BACKUP (the newest of 1 backup(s) is {newest})" in last


def test_check_of_a_sound_file_is_ok_and_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = demo_file(tmp_path / "hotel.sqlite", requests=20)
    before = digest(path)
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: ok"
    assert digest(path) == before


def test_check_finds_broken_references(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = demo_file(tmp_path / "hotel.sqlite", requests=20)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE requests SET provider_id = 9999 WHERE id = 3")
    conn.commit()
    conn.close()
    assert main(["--db", str(path), "check"]) == 1
    assert "requests row 3 points to a missing departments record" in capsys.readouterr().out
