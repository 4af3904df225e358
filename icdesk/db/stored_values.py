"""What SQLite's own checks pass but icdesk cannot live with: a reference to a record that is gone, a
status, priority or kind it has no word for, a date that is no date, a column gone, a trigger icdesk
never made. Written by hand or by another
program, each one stops every list that reads the row (or, for a trigger, quietly changes what is
saved), so ``check`` names them and a restore refuses a backup that holds them."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Date, DateTime, Enum

FIRST_FEW = 20  # a file rewritten by another program can hold thousands; the first ones tell the story

# the triggers the migrations make: the search indexes kept in step, and the histories no one rewrites
# (tests/test_stored_values.py compares this list with a new file's)
KNOWN_TRIGGERS = frozenset({
    "note_search_insert", "request_search_delete", "request_search_insert", "request_search_update",
    "request_events_no_delete", "request_events_no_replace", "request_events_no_update",
    "survey_answers_no_delete", "survey_answers_no_replace", "survey_answers_no_update",
    "survey_scores_no_delete", "survey_scores_no_replace", "survey_scores_no_update",
})

# a date or an instant that reads back as itself: SQLite takes "2026-02-30" for 2 March, Python refuses it
_DAY_OK = 'date(julianday("{c}")) = "{c}"'
_INSTANT_OK = ('date(julianday("{c}")) = substr("{c}", 1, 10) AND (length("{c}") = 10 '
               'OR time("{c}") = substr("{c}", 12, 8))')


def _checked_columns() -> list[tuple[str, str, list[str] | None, str]]:
    """(table, column, the values it may hold or None, the SQL that is true of a readable value)."""
    from icdesk.domain.models import Base

    found: list[tuple[str, str, list[str] | None, str]] = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            kind = column.type
            if isinstance(kind, Enum):
                found.append((table.name, column.name, list(kind.enums), ""))
            elif isinstance(kind, Date):
                found.append((table.name, column.name, None, _DAY_OK.format(c=column.name)))
            elif isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime):
                found.append((table.name, column.name, None, _INSTANT_OK.format(c=column.name)))
    return found


def _columns_of(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def unknown_values(conn: sqlite3.Connection, limit: int = FIRST_FEW) -> list[str]:
    """One sentence per stored value icdesk cannot read (a status outside its list, a date that is no
    date), at most ``limit``; empty when every value reads. Tables and columns the file does not have
    (an older revision) are passed over."""
    found: list[str] = []
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    columns: dict[str, set[str]] = {}
    for table, column, values, readable in _checked_columns():
        if table not in tables or column not in columns.setdefault(table, _columns_of(conn, table)):
            continue
        if values is not None:
            marks = ", ".join("?" * len(values))
            rows = conn.execute(f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL '
                                f'AND "{column}" NOT IN ({marks}) LIMIT ?', [*values, limit - len(found)])
            found += [f"{table} row {rowid}: {column} is {str(value)[:40]!r}, which icdesk does not know "
                      f"(it knows {', '.join(values)})." for rowid, value in rows]
        else:
            rows = conn.execute(f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL '
                                f'AND (typeof("{column}") != \'text\' OR coalesce(({readable}), 0) = 0) LIMIT ?',
                                [limit - len(found)])
            found += [f"{table} row {rowid}: {column} is {str(value)[:40]!r}, which is not a date icdesk can read."
                      for rowid, value in rows]
        if len(found) >= limit:
            break
    return found


def foreign_triggers(conn: sqlite3.Connection) -> list[str]:
    """Triggers and views icdesk did not make: another program's trigger changes what a save does
    (one deleted every recognition when a department was edited), without a word."""
    return [f"a {kind} icdesk did not make: {name} on {table}." for kind, name, table in conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name")
        if kind == "view" or name not in KNOWN_TRIGGERS]


def missing_triggers(conn: sqlite3.Connection) -> list[str]:
    """The triggers icdesk keeps, gone: a history or a survey answer that "can never be changed" could be."""
    have = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [f"the trigger {name} icdesk keeps is missing." for name in sorted(KNOWN_TRIGGERS - have)]


def broken_rules(conn: sqlite3.Connection) -> list[str]:
    """Rows that break a rule the tables themselves state (a rating of 9, anonymous feedback with a name):
    SQLite checks them on every write, but not a file written with the checks turned off."""
    from sqlalchemy import CheckConstraint

    from icdesk.domain.models import Base

    found: list[str] = []
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in Base.metadata.sorted_tables:
        if table.name not in tables:
            continue
        for rule in table.constraints:
            if isinstance(rule, CheckConstraint):
                try:
                    row = conn.execute(f'SELECT rowid FROM "{table.name}" WHERE NOT ({rule.sqltext}) '
                                       'LIMIT 1').fetchone()
                except sqlite3.OperationalError:  # a column of a newer revision: the upgrade brings it
                    continue
                if row is not None:
                    found.append(f"{table.name} row {row[0]} breaks the rule {rule.name}.")
    return found


def missing_columns(conn: sqlite3.Connection) -> list[str]:
    """Columns of a file at the newest revision that are not there: the file opens, and then the first
    screen or document that reads one stops ("no such column")."""
    from icdesk.domain.models import Base

    found: list[str] = []
    for table in Base.metadata.sorted_tables:
        have = _columns_of(conn, table.name)
        if have:  # a table missing altogether is told apart by the caller
            found += [f"{table.name} has no column {column.name}." for column in table.columns
                      if column.name not in have]
    return found


def dangling_references(conn: sqlite3.Connection, limit: int = FIRST_FEW) -> list[str]:
    """Rows that point to a record no longer there (deleted with the checks turned off): the screen that
    shows the row has no name to show for it."""
    return [f"{table} row {rowid} points to a missing {parent} record." for table, rowid, parent, _key
            in conn.execute("PRAGMA foreign_key_check").fetchmany(limit)]


def content_problems(conn: sqlite3.Connection, at_head: bool, limit: int = FIRST_FEW) -> list[str]:
    """Everything above, for ``check`` and a restore, the first ``limit`` of each kind: columns only for a
    file at the newest revision (an older one gets them when it is upgraded)."""
    problems = dangling_references(conn, limit) + foreign_triggers(conn)
    problems += (missing_triggers(conn) + missing_columns(conn) if at_head else []) + broken_rules(conn)
    return problems + unknown_values(conn, max(1, limit - len(problems)))


def is_unknown_value(error: BaseException) -> bool:
    """The error SQLAlchemy raises on reading such a value (a bare LookupError, not KeyError or IndexError)."""
    return type(error) is LookupError and "is not among the defined enum values" in str(error)


UNREADABLE_DATE = ("Invalid isoformat string", "Couldn't parse", "out of range for month", " must be in ")


def is_unreadable_date(error: BaseException) -> bool:
    """The error Python raises on reading a date that is no date ("2026-13-45", "yesterday")."""
    return type(error) is ValueError and any(said in str(error) for said in UNREADABLE_DATE)
