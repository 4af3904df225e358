"""Where things live: the default data file and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "icdesk"
DB_ENV = "ICDESK_DB"


def default_data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """``$ICDESK_DB`` if set, else icdesk.sqlite in the user's data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir() / "icdesk.sqlite"


def resource_dir() -> Path:
    """resources/ of the source tree, of the installed package, or of the frozen executable."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        return checkout / "resources"  # running from a source checkout (or an editable install)
    import icdesk.resources  # type: ignore[import-not-found, import-untyped, unused-ignore]  # installed from resources/, see pyproject

    return Path(icdesk.resources.__file__).parent


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
