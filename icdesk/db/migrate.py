"""Running the Alembic migrations that ship inside the package.

Alembic is imported only when a file needs upgrading: which revisions exist, and which is the
head, are read from the migration scripts' own ``revision = "…"`` lines (a few small files; a test
checks that this agrees with Alembic), so opening an up-to-date file never pays for importing it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


SEARCH_INDEXES = ("request_search", "note_search")  # FTS5 tables the migrations make; no model maps them


def is_search_index(name: str | None) -> bool:
    """A full-text index or one of SQLite's shadow tables behind it (request_search_data, ...), or on a
    server one of the trigram indexes that stand in for them (ix_requests_title_search, ...)."""
    if name is None:
        return False
    if name.startswith("ix_") and name.endswith("_search"):
        return True
    return any(name == index or name.startswith(index + "_") for index in SEARCH_INDEXES)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def _revision_graph() -> dict[str, str | None]:
    """Each migration script's revision and the one it follows, read from the scripts' text."""
    graph: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = dict((m[0], m[1] or None) for m in _REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if found.get("revision"):
            graph[str(found["revision"])] = found.get("down_revision")
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    followed = set(graph.values())
    heads = [revision for revision in graph if revision not in followed]
    assert len(heads) == 1, f"the migrations must form one line, found heads {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revision(connection: Connection) -> str | None:
    """The schema revision stored in the database (None for an empty one), as Alembic would read it."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection, target: str = "head",
            progress: Callable[[int, int], None] | None = None) -> None:
    """``progress(done, total)`` hears from migrations that go through every request (0014); by default
    whoever listens through db.progress.upgrade_progress (the window's progress dialog)."""
    from alembic import command

    from icdesk.db.progress import tell

    config = alembic_config()
    config.attributes["connection"] = connection
    config.attributes["progress"] = progress or tell
    command.upgrade(config, target)
