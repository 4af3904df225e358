"""Records people edit in forms carry a version number, so a second save cannot overwrite the first.

Each UPDATE of a request, department, person, standard version or corrective action checks the
version the form read and adds one to it (SQLAlchemy's version_id_col). Departments, people,
standard versions and corrective actions also note when they were last changed (``changed_at``;
requests already have ``updated_at``), so the person whose save came second is told when.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

VERSIONED = ("requests", "departments", "people", "standard_versions", "corrective_actions")
NOTED = ("departments", "people", "standard_versions", "corrective_actions")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    for table in NOTED:
        op.add_column(table, sa.Column("changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for table in NOTED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_at")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
