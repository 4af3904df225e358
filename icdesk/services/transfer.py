"""Moving a company between stores: a data file into an empty server database, or back.

Every table is copied row for row in one transaction of the destination, then counted there: the
copy is kept only if each table holds as many rows as the source. The numbers (ids) stay what
they were, so request #123 is #123 after the move and every reference still points right.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Column, Table, func, select, text, update
from sqlalchemy.orm import Session

from icdesk.db.engine import CHANGED, Database
from icdesk.db.portable import on_server
from icdesk.domain.errors import RuleError, StorageError
from icdesk.domain.models import Base

BATCH = 2000
LOCK_WAIT_S = 20  # a restore waits this long for other PCs' reads to finish before it gives up
Progress = Callable[[str, int], None]  # table, rows copied so far


@dataclass(frozen=True)
class CopyReport:
    counts: dict[str, int]  # rows per table, the same in source and destination

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _later_columns(table: Table) -> list[Column[object]]:
    """References that close a cycle between tables (departments.head_id -> people, whose
    department_id points back): written as empty first, filled in once every table is there."""
    return [fk.parent for fk in table.foreign_keys if fk.use_alter]


def _counts(db: Database) -> dict[str, int]:
    with db.reading() as s:
        return counted(s)


def counted(s: Session) -> dict[str, int]:
    return {t.name: int(s.scalar(select(func.count()).select_from(t)) or 0) for t in Base.metadata.sorted_tables}


@contextmanager
def snapshot(db: Database) -> Iterator[Session]:
    """One moment of ``db`` to copy: on a server the other PCs go on saving while it is read, so every
    table is read as it was when the copy began (a file's read transaction is such a snapshot already)."""
    with db.reading() as s:
        if db.on_server:
            s.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
        yield s


def copy_company(source: Database, destination: Database, progress: Progress | None = None) -> CopyReport:
    """Copy everything from ``source`` into ``destination``, which must hold nothing yet.

    Raises RuleError when the destination holds data, StorageError when the counts differ after
    the copy (nothing is then kept: the destination is as empty as before).
    """
    if any(_counts(destination).values()):
        raise RuleError("{place} already holds a company; copy into a new, empty database or file.",
                        place=destination.location)
    with snapshot(source) as read, destination.transaction() as write:
        return copy_rows(read, write, progress)


def copy_rows(read: Session, write: Session, progress: Progress | None = None) -> CopyReport:
    """Every row ``read`` sees, written through ``write`` (an empty company), counted on both sides inside
    ``write``'s transaction: a difference raises StorageError, which rolls the whole copy back."""
    expected = counted(read)
    tables = Base.metadata.sorted_tables
    for table in tables:
        later = {c.name for c in _later_columns(table)}
        rows = read.execute(select(table).order_by(*table.primary_key.columns)).mappings()
        batch: list[dict[str, object]] = []
        done = 0
        for row in rows:
            batch.append({k: (None if k in later else v) for k, v in row.items()})
            if len(batch) >= BATCH:
                write.execute(table.insert(), batch)
                done += len(batch)
                batch.clear()
                if progress:
                    progress(table.name, done)
        if batch:
            write.execute(table.insert(), batch)
            done += len(batch)
        if progress:
            progress(table.name, done)
    for table in tables:
        for column in _later_columns(table):
            key = list(table.primary_key.columns)[0]
            pairs = read.execute(select(key, column).where(column.is_not(None))).all()
            for record_id, value in pairs:
                write.execute(update(table).where(key == record_id).values({column.name: value}))
    if on_server(write):
        _sequences_after_the_highest(write, tables)
    copied = counted(write)
    if copied != expected:
        wrong = ", ".join(f"{name} {copied[name]} of {n}" for name, n in expected.items() if copied[name] != n)
        raise StorageError("The copy was not kept: the counts differ ({wrong}).", wrong=wrong)
    return CopyReport(expected)


def replace_server_company(read: Session, write: Session, progress: Progress | None = None) -> CopyReport:
    """The company on a server (``write``, a unit of work holding the writers' turn) replaced by what
    ``read`` sees, before ``write`` commits: no PC ever sees half a company, and a failure anywhere
    rolls everything back, the old company included.

    The history and survey answers refuse to be deleted (icd_refuse_change): their guards are switched
    off inside this transaction only (DDL is transactional on PostgreSQL, so a rollback switches them
    back on too). TRUNCATE waits for other PCs' reads to end, at most LOCK_WAIT_S."""
    write.execute(text(f"SET LOCAL lock_timeout = '{LOCK_WAIT_S}s'"))
    guards = write.execute(text(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'icd_refuse_change' AND NOT t.tgisinternal "
        "AND c.relnamespace = to_regnamespace(current_schema())")).all()
    for table, trigger in guards:
        write.execute(text(f'ALTER TABLE "{table}" DISABLE TRIGGER "{trigger}"'))
    write.execute(text("TRUNCATE " + ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)))
    write.info.setdefault(CHANGED, set()).update(Base.metadata.tables)  # every PC reads everything again
    report = copy_rows(read, write, progress)
    for table, trigger in guards:
        write.execute(text(f'ALTER TABLE "{table}" ENABLE TRIGGER "{trigger}"'))
    return report


def _sequences_after_the_highest(write: Session, tables: list[Table]) -> None:
    """Rows came with their numbers: each table's sequence must go on after the highest one, or the
    next record saved on the server would be given a number already taken."""
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) == 1 and key[0].name == "id" and key[0].autoincrement in (True, "auto"):
            write.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                               f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))
