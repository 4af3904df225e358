"""Where things live: the default data file and the bundled resources."""

from __future__ import annotations

import importlib
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


SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_address(target: object) -> bool:
    """True for ``postgresql://user@host:port/dbname`` (what ``--db`` takes besides a file path)."""
    return isinstance(target, str) and target.strip().lower().startswith(SERVER_SCHEMES)


def default_company() -> Path | str:
    """Like default_db_path, but ``$ICDESK_DB`` may also be a server's postgresql:// address (kept as
    text: a Path would fold its '//')."""
    env = os.environ.get(DB_ENV, "").strip()
    if is_server_address(env):
        return env
    return default_db_path()


def resource_dir() -> Path:
    """resources/ of the source tree, of the installed package, or of the frozen executable."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        return checkout / "resources"  # running from a source checkout (or an editable install)
    # installed from resources/ as icdesk.resources (see pyproject); imported by name, since it is no
    # module of the source tree
    installed = importlib.import_module("icdesk.resources")
    return Path(str(installed.__file__)).parent


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
