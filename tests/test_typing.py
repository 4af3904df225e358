"""The package type-checks cleanly (mypy with the project's settings in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(300)
def test_mypy_finds_no_issues() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "icdesk"], cwd=ROOT, capture_output=True, text=True,
                            timeout=280)
    assert result.returncode == 0, result.stdout[-4000:]
