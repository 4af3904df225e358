"""Alembic environment. icdesk runs migrations itself (icdesk.db.store) with an open connection."""

from __future__ import annotations

from alembic import context

from icdesk.db.migrate import is_search_index
from icdesk.domain.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for developers running `alembic` by hand
    from pathlib import Path

    from icdesk.db.engine import make_engine

    engine = make_engine(Path((config.get_main_option("sqlalchemy.url") or "").removeprefix("sqlite:///")))
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only change columns by rebuilding the table
    compare_type=True,
    # the full-text indexes are made by hand in their migration; autogenerate must not drop them
    include_name=lambda name, type_, _parent: not (type_ in ("table", "index") and is_search_index(name)),
)
with context.begin_transaction():
    context.run_migrations()
