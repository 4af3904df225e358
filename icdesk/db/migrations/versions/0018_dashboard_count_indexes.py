"""The Dashboard's "within target" and "went past target" counted from indexes of only those requests.

The Dashboard (and the light start, issue 21) counts, for the last 30 days and the 30 before, the
requests resolved within their target and those that went past it. Both were read from the whole
range of a wider index, each entry's dates compared on the way: at a million requests about 225,000
entries a window, four times per start, most of the light start's wait. Two partial indexes hold only
the requests each count is about: the statements (services/dashboard_sql.py) name their very terms, so
SQLite counts index entries and compares nothing (measured at a million: 45 -> 18 ms and 27 -> 3 ms
a window).

The indexes are made in one pass each over the requests (about a second each at a million), with
progress.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from icdesk.db.migrations.told import told_share

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

# as the models say (domain/models/requests.py: MET_WHERE, MISSED_WHERE), written out: a migration
# keeps the schema of its day
MET_WHERE = "resolved_at <= resolution_due_at"
MISSED_WHERE = "status != 'cancelled' AND (resolved_at IS NULL OR resolved_at > resolution_due_at)"
INDEXES = {"ix_requests_missed": (["resolution_due_at"], MISSED_WHERE),
           "ix_requests_resolved_met": (["resolved_at"], MET_WHERE)}


def upgrade() -> None:
    conn = op.get_bind()
    share = told_share(conn)
    for made, (name, (columns, where)) in enumerate(INDEXES.items(), start=1):
        op.create_index(name, "requests", columns, sqlite_where=sa.text(where), postgresql_where=sa.text(where))
        share(made / len(INDEXES))


def downgrade() -> None:
    """Back to 0016, for tests that bring a file to an older schema (people restore a backup)."""
    for name in INDEXES:
        op.drop_index(name, "requests")
