"""Names are what they look like: existing names stored the way new ones are.

Files written before names were cleaned on entry can hold "Café" typed as e + combining accent,
"Kitchen" followed by a zero-width space, or two spaces in a row. They are stored now as they look
(NFC, no invisible characters, single spaces). Two departments whose names become the same keep
both: the later one is renamed "Name (2)" (a department's name must be unique), and each such pair
is written to the log, so nothing disappears and the list shows what to tidy up. People with the
same name in the same department are allowed, and only logged.

Revision ID: 0011
Revises: 0009
Create Date: 2026-11-30
"""

from __future__ import annotations

import logging
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None

log = logging.getLogger("icdesk.migrations")

# the names people tell records apart by; departments are done apart, with their unique keys
NAMES = [("people", "full_name"), ("company", "name"), ("standard_versions", "title")]


def _visible(text: str) -> str:
    """A frozen copy of icdesk.domain.rules' cleaning of a name, as of this revision."""
    text = unicodedata.normalize("NFC", text.replace("\x00", ""))
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cc") or ch in "\n\t")
    return " ".join(text.split())


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def upgrade() -> None:
    conn = op.get_bind()
    for table, column in NAMES:
        for row_id, value in conn.execute(sa.text(f"SELECT id, {column} FROM {table}")).all():
            cleaned = _visible(value or "")
            if cleaned and cleaned != value:  # a name of invisible characters only is left for a person to fix
                conn.execute(sa.text(f"UPDATE {table} SET {column} = :v WHERE id = :id"), {"v": cleaned, "id": row_id})
    _departments(conn)
    _people(conn)


def _departments(conn: sa.Connection) -> None:
    stored = {department_id: (name, key) for department_id, name, key in conn.execute(
        sa.text("SELECT id, name, name_key FROM departments ORDER BY id")).all()}
    wanted: dict[int, tuple[str, str]] = {}
    taken: dict[str, str] = {}
    for department_id, (name, _key_before) in stored.items():
        cleaned = _visible(name) or name
        key = _key(cleaned)
        if key in taken:
            first = taken[key]
            n = 2
            while _key(f"{cleaned} ({n})") in taken:
                n += 1
            renamed = f"{cleaned} ({n})"
            log.warning("Two departments are both called %r once invisible characters and accents typed in "
                        "two ways are ignored: the second (number %s) is now %r. Merge or rename them.",
                        first, department_id, renamed)
            cleaned, key = renamed, _key(renamed)
        taken[key] = cleaned
        wanted[department_id] = (cleaned, key)
    changed = {i: v for i, v in wanted.items() if v != stored[i]}
    # keys are unique: park the changed ones first, so one department may take a key another frees
    for department_id in changed:
        conn.execute(sa.text("UPDATE departments SET name_key = :k WHERE id = :id"),
                     {"k": f"\uffff{department_id}", "id": department_id})  # no name folds to this
    for department_id, (name, key) in changed.items():
        conn.execute(sa.text("UPDATE departments SET name = :n, name_key = :k WHERE id = :id"),
                     {"n": name, "k": key, "id": department_id})


def _people(conn: sa.Connection) -> None:
    seen: dict[tuple[int | None, str], str] = {}
    for _person_id, name, department_id in conn.execute(
            sa.text("SELECT id, full_name, department_id FROM people ORDER BY id")).all():
        key = (department_id, _key(name))
        if key in seen:
            log.warning("Two people in the same department are both called %r; if they are one person, "
                        "archive one of them.", name)
        seen[key] = name


def downgrade() -> None:
    pass  # the cleaned names are what the earlier revisions would have stored too
