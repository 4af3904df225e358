"""The standalone build: PyInstaller makes the one-folder app from build.spec and it checks itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.executable
@pytest.mark.timeout(900)
def test_one_folder_build_passes_its_self_check(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    executable = tmp_path / "dist" / "icdesk" / ("icdesk.exe" if os.name == "nt" else "icdesk")
    assert executable.exists()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ICDESK_DB": str(tmp_path / "unused.sqlite")}
    check = subprocess.run([str(executable), "--self-check"], capture_output=True, text=True, env=env, timeout=120)
    lines = check.stdout.splitlines()
    assert check.returncode == 0, check.stdout + check.stderr
    assert [line.split(":")[0] for line in lines if line.startswith(("PASS", "FAIL"))] == [
        "PASS migrations", "PASS unicode data", "PASS handbook PDF", "PASS main window"]
    version = subprocess.run([str(executable), "--version"], capture_output=True, text=True, env=env, timeout=60)
    from icdesk import __version__

    assert version.stdout.strip() == f"icdesk {__version__}" and __version__ != "0.0.0+source"
    # the commands' own executable, with a console on Windows, beside the window's (which has none there)
    cli = executable.with_name("icdesk-cli.exe" if os.name == "nt" else "icdesk-cli")
    version = subprocess.run([str(cli), "--version"], capture_output=True, text=True, env=env, timeout=60)
    assert version.stdout.strip() == f"icdesk {__version__}"
    assert list((executable.parent / "_internal" / "resources" / "linux").glob("icdesk*"))  # install-desktop
