"""Facts about the open file: where it is, its schema revision, counts, integrity."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select, text

from icdesk.db import migrate
from icdesk.db.engine import damaged_while_reading
from icdesk.db.store import check_pages
from icdesk.db.stored_values import content_problems
from icdesk.domain.errors import StorageError
from icdesk.domain.models import Base
from icdesk.services.base import ServiceBase


@dataclass(frozen=True)
class FileInfo:
    path: str
    revision: str | None
    head_revision: str
    size_bytes: int
    counts: dict[str, int]


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: list[str]


class MaintenanceService(ServiceBase):
    def damage(self, cancelled: Callable[[], bool] | None = None) -> StorageError | None:
        """Every page of the open file read once, on a connection of its own (the window runs this in
        the background after it is shown): the damage in a sentence, or None. Nothing on a server."""
        path = self.db.path
        problem = None if path is None else check_pages(path, cancelled)
        if path is None or problem is None:
            return None
        return damaged_while_reading(path, problem)

    def info(self) -> FileInfo:
        with self.db.reading() as s:
            counts = {
                name: int(s.scalar(select(func.count()).select_from(table)) or 0)
                for name, table in sorted(Base.metadata.tables.items())
            }
            revision = migrate.current_revision(s.connection())
            if self.db.path is None:
                size = int(s.scalar(text("SELECT pg_database_size(current_database())")) or 0)
            else:
                size = self.db.path.stat().st_size
        return FileInfo(
            path=self.db.location, revision=revision, head_revision=migrate.head_revision(),
            size_bytes=size, counts=counts,
        )

    def counts(self) -> dict[str, int]:
        return self.info().counts

    def is_empty(self) -> bool:
        return not any(n for name, n in self.counts().items() if name != "company")

    def check(self) -> CheckResult:
        """SQLite's integrity check, a check that every reference points somewhere and that every stored
        status, priority or kind is one icdesk knows."""
        problems: list[str] = []
        if self.db.on_server:  # the server checks its own pages, and refuses a broken reference on every write
            return CheckResult(ok=True, problems=problems)
        with self.db.reading() as s:
            for (line,) in s.execute(text("PRAGMA integrity_check")):
                if line != "ok":
                    problems.append(str(line))
            revision = migrate.current_revision(s.connection())
            problems += content_problems(s.connection().connection.dbapi_connection,  # type: ignore[arg-type]
                                         at_head=revision == migrate.head_revision())
        return CheckResult(ok=not problems, problems=problems)
