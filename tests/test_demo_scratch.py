"""``icdesk demo`` into a new file builds it beside its name (``name.partial``, written without a
journal) and gives it the name only when it is complete: a build that fails or is killed leaves no
file under the name, and the next build clears what it left."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

import icdesk.services.demo as demo_module
from icdesk.cli import main
from tests.test_demo_bulk import opened_like_a_new_file

ROOT = Path(__file__).resolve().parent.parent
KILLED = """
import os, sys
import icdesk.services.demo as demo
def killed(*args, **kwargs):
    os._exit(3)  # as if the power went, halfway through: the requests written, the figures not
demo.write_figures = killed
from icdesk.cli import main
main(["--db", sys.argv[1], "demo", "--requests", "400"])
"""


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_a_new_example_file_gets_its_name_when_complete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hotel.sqlite"
    assert main(["--db", str(path), "demo", "--requests", "500"]) == 0
    assert str(path) in capsys.readouterr().out
    assert _beside(path) == ["hotel.sqlite"]  # no partial file, log or lock left
    with closing(opened_like_a_new_file(path, tmp_path)) as hotel:  # a new file's schema, in WAL, whole
        assert hotel.execute("SELECT count(*) FROM requests").fetchone() == (500,)


def test_a_failed_build_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    def refused(*args: object, **kwargs: object) -> None:
        raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")

    monkeypatch.setattr(demo_module, "write_figures", refused)
    path = tmp_path / "hotel.sqlite"
    assert main(["--db", str(path), "demo", "--requests", "300"]) != 0
    assert _beside(path) == []


def test_a_killed_build_leaves_no_file_and_the_next_one_clears_its_remains(tmp_path: Path) -> None:
    path = tmp_path / "hotel.sqlite"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    killed = subprocess.run([sys.executable, "-c", KILLED, str(path)], capture_output=True, text=True, env=env,
                            timeout=300)
    assert killed.returncode == 3, killed.stderr
    assert not path.exists() and "hotel.sqlite.partial" in _beside(path)
    assert main(["--db", str(path), "demo", "--requests", "300"]) == 0
    assert _beside(path) == ["hotel.sqlite"]
    with closing(opened_like_a_new_file(path, tmp_path)) as hotel:
        assert hotel.execute("SELECT count(*) FROM requests").fetchone() == (300,)


def test_on_a_drive_without_links_the_file_is_renamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    def no_links(*args: object, **kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # what a FAT drive answers

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "hotel.sqlite"
    assert main(["--db", str(path), "demo", "--requests", "50"]) == 0
    assert _beside(path) == ["hotel.sqlite"]
