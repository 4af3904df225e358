"""Static checks CI enforces: mypy --strict and ruff (lint with import sorting), settings in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(300)
def test_mypy_strict_finds_no_issues() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "icdesk"], cwd=ROOT, capture_output=True, text=True,
                            timeout=280)
    assert result.returncode == 0, result.stdout[-4000:]


@pytest.mark.timeout(120)
def test_ruff_finds_no_issues() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise", "icdesk", "tests",
                             "scripts", "benchmarks"], cwd=ROOT, capture_output=True, text=True, timeout=110)
    assert result.returncode == 0, result.stdout[-4000:]
