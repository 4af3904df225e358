"""``icdesk install-desktop``: icdesk in a Linux desktop's menu, with its icon, and its data files
opened by a double-click (a MIME type of its own, application/x-icdesk, for *.sqlite files).

Everything goes to the person's own folders (XDG_DATA_HOME, normally ~/.local/share): no
administrator is needed, and removing those files undoes it."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from icdesk.paths import resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launch_command() -> str:
    """How the desktop starts this icdesk: the frozen executable itself, or this Python with -m icdesk."""
    if getattr(sys, "frozen", False):
        return shlex.quote(sys.executable)
    return f"{shlex.quote(sys.executable)} -m icdesk"


def install_desktop(home: Path | None = None) -> list[Path]:
    """Write the menu entry, the MIME type and the icons; tell the desktop's caches. The files written."""
    home = home or data_home()
    entry = resource("linux", "icdesk.desktop").read_text(encoding="utf-8")
    entry = entry.replace("Exec=icdesk %f", f"Exec={launch_command()} %f")
    written = [_write(home / "applications" / "icdesk.desktop", entry),
               _write(home / "mime" / "packages" / "icdesk.xml",
                      resource("linux", "icdesk-mime.xml").read_text(encoding="utf-8"))]
    for size in ICON_SIZES:
        source = resource("icons", f"icdesk-{size}.png")
        if source.exists():
            target = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "icdesk.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            written.append(target)
    # the caches the file manager reads; a desktop without these tools reads the files directly
    for tool, folder in (("update-mime-database", home / "mime"), ("update-desktop-database", home / "applications")):
        if shutil.which(tool):
            subprocess.run([tool, str(folder)], check=False, capture_output=True)
    return written


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
