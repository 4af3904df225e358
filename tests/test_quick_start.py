"""Starting quickly: the command line's quick commands and opening an up-to-date file import only
what they use (no Qt, no ReportLab, no Alembic), and what they read without Alembic agrees with it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from icdesk.cli import main
from icdesk.db import migrate
from icdesk.db.peek import peek
from tests.helpers import demo_file

HEAVY = ("PySide6", "reportlab", "alembic", "sqlalchemy")


def imported_by(*args: str) -> tuple[str, set[str]]:
    """Run ``icdesk ARGS`` in a fresh interpreter; its output and which heavy packages it imported."""
    code = ("import sys\nfrom icdesk.cli import main\ntry:\n    code = main(sys.argv[1:])\nfinally:\n"
            f"    print('HEAVY:' + ','.join(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))\n"
            "sys.exit(code)")
    root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([root, os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    out, _, heavy = done.stdout.rpartition("HEAVY:")
    return out, set(filter(None, heavy.strip().split(",")))


def test_info_imports_no_window_pdf_or_migration_library(tmp_path: Path) -> None:
    path = demo_file(tmp_path)
    out, heavy = imported_by("--db", str(path), "info")
    assert "Internal requests" in out and "(up to date)" in out
    assert heavy == set()


def test_check_and_backup_import_no_window_pdf_or_migration_library(tmp_path: Path) -> None:
    path = demo_file(tmp_path)
    for command in ("check", "backup"):
        out, heavy = imported_by("--db", str(path), command)
        assert out.strip() and heavy <= {"sqlalchemy"}, (command, heavy)


def test_help_and_version_import_nothing_heavy() -> None:
    out, heavy = imported_by("--help")
    assert "report" in out and "export" in out and "import" in out and heavy == set()
    out, heavy = imported_by("--version")
    assert out.startswith("icdesk ") and heavy == set()


def test_a_heavy_command_still_has_all_its_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "--out" in capsys.readouterr().out


def test_the_quick_read_tells_an_older_file_as_it_is_and_leaves_a_newer_one_to_the_full_way(tmp_path: Path) -> None:
    path = demo_file(tmp_path)
    assert peek(path, ["requests"]) is not None
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0012'")  # as an older icdesk left it
    conn.commit()
    found = peek(path, ["requests"])  # looking is no reason to upgrade: its revision is told as it is
    assert found is not None and found.revision == "0012" and found.counts == {"requests": 300}
    conn.execute("UPDATE alembic_version SET version_num = '9999'")  # a newer icdesk's: the full way says so
    conn.commit()
    conn.close()
    assert peek(path, ["requests"]) is None
    assert peek(tmp_path / "missing.sqlite", ["requests"]) is None


def test_revisions_read_from_the_scripts_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}
