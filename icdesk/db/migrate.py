"""Running the Alembic migrations that ship inside the package."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


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
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head",
            progress: Callable[[int, int], None] | None = None) -> None:
    """``progress(done, total)`` hears from migrations that go through every request (0014); by default
    whoever listens through db.progress.upgrade_progress (the window's progress dialog)."""
    from icdesk.db.progress import tell

    config = alembic_config()
    config.attributes["connection"] = connection
    config.attributes["progress"] = progress or tell
    command.upgrade(config, target)
