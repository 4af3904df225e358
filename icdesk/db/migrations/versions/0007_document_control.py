"""Document control: department codes, standard numbers (document IDs such as IT-003), handbook editions.

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from icdesk.domain.rules import suggested_code

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Columns are added in place: departments and standards are referenced by other tables, and a
    # batch rebuild of either could cascade-delete what refers to them.
    op.add_column("departments", sa.Column("code", sa.String(length=12), nullable=False, server_default=""))
    op.add_column("service_standards", sa.Column("number", sa.Integer(), nullable=False, server_default="0"))
    conn = op.get_bind()
    taken: set[str] = set()
    for department_id, name in conn.execute(sa.text("SELECT id, name FROM departments ORDER BY id")).all():
        code = suggested_code(name, taken)
        taken.add(code)
        conn.execute(sa.text("UPDATE departments SET code = :code WHERE id = :id"), {"code": code, "id": department_id})
    # standards are numbered within their department in the order they were made
    conn.execute(sa.text(
        "UPDATE service_standards SET number = (SELECT COUNT(*) FROM service_standards AS earlier "
        "WHERE earlier.department_id = service_standards.department_id AND earlier.id <= service_standards.id)"))
    op.create_index("ix_departments_code", "departments", ["code"], unique=True)
    op.create_index("ix_service_standards_number", "service_standards", ["department_id", "number"], unique=True)
    op.create_table(
        "handbook_editions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handbook_editions")),
        sa.UniqueConstraint("number", name=op.f("uq_handbook_editions_number")),
    )


def downgrade() -> None:
    raise NotImplementedError("icdesk files are only ever upgraded; restore a backup to go back")
