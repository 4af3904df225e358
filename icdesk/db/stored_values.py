"""Values inside the tables that this icdesk has no word for: a status, priority or kind written by
hand or by another program. SQLite's own checks pass them, and then every list and export that reads
the row stops, so ``check`` names them and a restore refuses a backup that holds them."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Enum

FIRST_FEW = 20  # a file rewritten by another program can hold thousands; the first ones tell the story


def _known_columns() -> list[tuple[str, str, list[str]]]:
    from icdesk.domain.models import Base

    return [(table.name, column.name, list(column.type.enums))
            for table in Base.metadata.sorted_tables for column in table.columns
            if isinstance(column.type, Enum)]


def unknown_values(conn: sqlite3.Connection, limit: int = FIRST_FEW) -> list[str]:
    """One sentence per stored value outside its column's list, at most ``limit``; empty when every
    value is known. Tables and columns the file does not have (an older revision) are passed over."""
    found: list[str] = []
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table, column, values in _known_columns():
        if table not in tables or column not in {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}:
            continue
        marks = ", ".join("?" * len(values))
        rows = conn.execute(f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL '
                            f'AND "{column}" NOT IN ({marks}) LIMIT ?', [*values, limit - len(found)])
        found += [f"{table} row {rowid}: {column} is {str(value)[:40]!r}, which icdesk does not know "
                  f"(it knows {', '.join(values)})." for rowid, value in rows]
        if len(found) >= limit:
            break
    return found


def is_unknown_value(error: BaseException) -> bool:
    """The error SQLAlchemy raises on reading such a value (a bare LookupError, not KeyError or IndexError)."""
    return type(error) is LookupError and "is not among the defined enum values" in str(error)
