"""Agreements, training, cross-training, ideas and recognitions carry a version number too.

As 0012 did for requests, departments, people, standard versions and corrective actions: each UPDATE
checks the version the form read and adds one to it, so the second of two windows saving the same
agreement (or session, idea, recognition) is told instead of writing over the first without a word.
``changed_at`` says when the first save was made.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

TABLES = ("service_agreements", "training_sessions", "cross_trainings", "ideas", "recognitions")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        op.add_column(table, sa.Column("changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_at")
            batch.drop_column("version")
