"""The window and its dialogs on screens smaller than the laptop of the other tests: 1024x768, and a
1920x1080 monitor at x2 scaling (960x540 to Qt). The offscreen platform reads its screen when the
application starts, so each screen is a process of its own (tests/screen_probe.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from icdesk.app import open_services

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def hotel_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hotel") / "hotel.sqlite"
    services = open_services(path)
    services.demo.fill()
    services.close()
    return path


def probe(hotel_file: Path, tmp_path: Path, screen: str, scale: int = 1, lang: str = "en") -> dict[str, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={FIXTURES / screen}",
               QT_SCALE_FACTOR=str(scale), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "tests.screen_probe", str(hotel_file), str(tmp_path), lang], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    found: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_on_a_1024_by_768_screen_everything_is_in_view_without_scrolling(hotel_file: Path, tmp_path: Path,
                                                                         lang: str) -> None:
    """The window fits (maximised), its status bar shows, every screen's buttons (Export, New...) are on
    the screen, the Requests list shows #, Title, Status and Due, and every dialog (19 of them) keeps its
    buttons in view; in Russian, whose labels are the longest, too."""
    found = probe(hotel_file, tmp_path, "small-screen.json", lang=lang)
    assert found["problems"] == []
    assert found["scrolls"] == []


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_at_twice_the_scale_the_window_still_fits_and_every_button_is_in_view(hotel_file: Path, tmp_path: Path,
                                                                             lang: str) -> None:
    """960x540 logical pixels: the window, its status bar and every screen's and dialog's buttons are in view
    (a screen taller than that scrolls inside the window; which ones do depends on their least height), and
    the list of screens, scrolling, still shows every name whole (Russian's are the longest)."""
    found = probe(hotel_file, tmp_path, "monitor-screen.json", scale=2, lang=lang)
    assert found["problems"] == []
