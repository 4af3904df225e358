"""Dependencies point one way (ui/reports/cli -> services -> i18n/db -> domain), checked two ways:
import-linter follows every import, direct or not, and a fresh interpreter proves that nothing
below the window loads Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BELOW_THE_WINDOW = ["icdesk.domain.models", "icdesk.domain.sla", "icdesk.db.store", "icdesk.db.backup",
                    "icdesk.services", "icdesk.reports.registry", "icdesk.i18n", "icdesk.cli"]


@pytest.mark.timeout(180)
def test_import_contracts_are_kept() -> None:
    """The contracts in pyproject.toml ([tool.importlinter]) cover indirect imports too."""
    result = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
                             "lint_imports_command()"], cwd=ROOT, capture_output=True, text=True, timeout=170)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


@pytest.mark.timeout(120)
def test_nothing_below_the_window_loads_qt() -> None:
    code = ("import importlib, json, sys\n"
            f"for name in {BELOW_THE_WINDOW!r}:\n"
            "    importlib.import_module(name)\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=110)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_the_command_line_makes_documents_without_qt(tmp_path: Path) -> None:
    """A report from the command line runs the whole stack below the window: still no Qt."""
    code = ("import sys\n"
            "from icdesk.cli import main\n"
            f"db = {str(tmp_path / 'q.sqlite')!r}\n"
            "assert main(['--db', db, 'demo', '--requests', '20']) == 0\n"
            f"out = {str(tmp_path / 's.pdf')!r}\n"
            "assert main(['--db', db, 'report', 'summary', '--out', out, '--lang', 'fi']) == 0\n"
            "print(any(m.startswith('PySide6') for m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=110)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("False")
