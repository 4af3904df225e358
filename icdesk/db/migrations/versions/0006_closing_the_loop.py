"""Closing the loop: review and approval of standard versions, readers, acknowledgements,
training and cross-training, the ideas board, revisions from actions and ideas, thanks for a request.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-07

standard_versions is referenced by standard_steps with ON DELETE CASCADE: its new columns are
added in place (ALTER TABLE ... ADD COLUMN), never by rebuilding the table, which would delete
every step.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from icdesk.domain.models.base import UTCDateTime

revision = "0006"
down_revision = "0007"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def _add_reference(table: str, column: str, referred: str) -> None:
    """A nullable column pointing at ``referred``, added in place. Alembic would only add its
    foreign key by rebuilding the table; SQLite accepts it inline on ADD COLUMN."""
    op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER "
               f"CONSTRAINT fk_{table}_{column}_{referred} REFERENCES {referred} (id)")


def upgrade() -> None:
    op.create_table(
        "ideas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("proposed_on", sa.Date(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author_department_id", sa.Integer(), nullable=True),
        sa.Column("status", _enum("ideastatus", "proposed", "under_trial", "adopted", "declined"), nullable=False),
        sa.Column("status_note", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.CheckConstraint("NOT anonymous OR (author_id IS NULL AND author_department_id IS NULL)",
                           name=op.f("ck_ideas_anonymous_has_no_author")),
        sa.ForeignKeyConstraint(["author_department_id"], ["departments.id"],
                                name=op.f("fk_ideas_author_department_id_departments")),
        sa.ForeignKeyConstraint(["author_id"], ["people.id"], name=op.f("fk_ideas_author_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ideas")),
    )
    op.create_index(op.f("ix_ideas_status"), "ideas", ["status"])

    op.create_table(
        "standard_readers",
        sa.Column("standard_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["departments.id"],
                                name=op.f("fk_standard_readers_department_id_departments")),
        sa.ForeignKeyConstraint(["standard_id"], ["service_standards.id"],
                                name=op.f("fk_standard_readers_standard_id_service_standards"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("standard_id", "department_id", name=op.f("pk_standard_readers")),
    )
    op.create_index(op.f("ix_standard_readers_department_id"), "standard_readers", ["department_id"])

    op.create_table(
        "training_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("trainer_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["department_id"], ["departments.id"],
                                name=op.f("fk_training_sessions_department_id_departments")),
        sa.ForeignKeyConstraint(["trainer_id"], ["people.id"], name=op.f("fk_training_sessions_trainer_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_sessions")),
    )
    op.create_index(op.f("ix_training_sessions_department_id"), "training_sessions", ["department_id"])
    op.create_index(op.f("ix_training_sessions_held_on"), "training_sessions", ["held_on"])

    op.create_table(
        "acknowledgements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("standard_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=False),
        sa.Column("method", _enum("ackmethod", "signed_sheet", "in_person", "training"), nullable=False),
        sa.Column("training_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_acknowledgements_person_id_people")),
        sa.ForeignKeyConstraint(["standard_id"], ["service_standards.id"],
                                name=op.f("fk_acknowledgements_standard_id_service_standards")),
        sa.ForeignKeyConstraint(["training_id"], ["training_sessions.id"],
                                name=op.f("fk_acknowledgements_training_id_training_sessions")),
        sa.ForeignKeyConstraint(["version_id"], ["standard_versions.id"],
                                name=op.f("fk_acknowledgements_version_id_standard_versions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acknowledgements")),
        sa.UniqueConstraint("person_id", "version_id", name=op.f("uq_acknowledgements_person_id")),
    )
    op.create_index("ix_acknowledgements_standard_id_person_id", "acknowledgements", ["standard_id", "person_id"])
    op.create_index(op.f("ix_acknowledgements_training_id"), "acknowledgements", ["training_id"])
    op.create_index(op.f("ix_acknowledgements_version_id"), "acknowledgements", ["version_id"])

    op.create_table(
        "cross_trainings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("learned_on", sa.Date(), nullable=False),
        sa.Column("trainer_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("archived_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["department_id"], ["departments.id"],
                                name=op.f("fk_cross_trainings_department_id_departments")),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_cross_trainings_person_id_people")),
        sa.ForeignKeyConstraint(["session_id"], ["training_sessions.id"],
                                name=op.f("fk_cross_trainings_session_id_training_sessions")),
        sa.ForeignKeyConstraint(["trainer_id"], ["people.id"], name=op.f("fk_cross_trainings_trainer_id_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cross_trainings")),
    )
    op.create_index(op.f("ix_cross_trainings_department_id"), "cross_trainings", ["department_id"])
    op.create_index(op.f("ix_cross_trainings_person_id"), "cross_trainings", ["person_id"])

    op.create_table(
        "idea_departments",
        sa.Column("idea_id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["departments.id"],
                                name=op.f("fk_idea_departments_department_id_departments")),
        sa.ForeignKeyConstraint(["idea_id"], ["ideas.id"], name=op.f("fk_idea_departments_idea_id_ideas"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("idea_id", "department_id", name=op.f("pk_idea_departments")),
    )
    op.create_index(op.f("ix_idea_departments_department_id"), "idea_departments", ["department_id"])

    op.create_table(
        "idea_supports",
        sa.Column("idea_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("supported_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["idea_id"], ["ideas.id"], name=op.f("fk_idea_supports_idea_id_ideas"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_idea_supports_person_id_people")),
        sa.PrimaryKeyConstraint("idea_id", "person_id", name=op.f("pk_idea_supports")),
    )
    op.create_index(op.f("ix_idea_supports_person_id"), "idea_supports", ["person_id"])

    op.create_table(
        "training_attendees",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_training_attendees_person_id_people")),
        sa.ForeignKeyConstraint(["session_id"], ["training_sessions.id"],
                                name=op.f("fk_training_attendees_session_id_training_sessions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", "person_id", name=op.f("pk_training_attendees")),
    )
    op.create_index(op.f("ix_training_attendees_person_id"), "training_attendees", ["person_id"])

    op.create_table(
        "training_standards",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["training_sessions.id"],
                                name=op.f("fk_training_standards_session_id_training_sessions"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["version_id"], ["standard_versions.id"],
                                name=op.f("fk_training_standards_version_id_standard_versions")),
        sa.PrimaryKeyConstraint("session_id", "version_id", name=op.f("pk_training_standards")),
    )

    # Columns on existing tables: ADD COLUMN in place, foreign keys declared inline (SQLite
    # accepts REFERENCES on an added column whose default is NULL). No table is rebuilt.
    _add_reference("corrective_actions", "idea_id", "ideas")
    op.create_index(op.f("ix_corrective_actions_idea_id"), "corrective_actions", ["idea_id"])
    _add_reference("recognitions", "request_id", "requests")
    op.create_index(op.f("ix_recognitions_request_id"), "recognitions", ["request_id"])

    versions = "standard_versions"
    _add_reference(versions, "approver_id", "people")
    op.add_column(versions, sa.Column("submitted_at", UTCDateTime(), nullable=True))
    op.add_column(versions, sa.Column("approved_at", UTCDateTime(), nullable=True))
    op.add_column(versions, sa.Column("revision", _enum("revisionkind", "major", "minor"), nullable=True))
    op.add_column(versions, sa.Column("review_note", sa.Text(), server_default="", nullable=False))
    op.add_column(versions, sa.Column("ack_baseline", sa.Integer(), nullable=True))
    _add_reference(versions, "action_id", "corrective_actions")
    _add_reference(versions, "idea_id", "ideas")
    op.create_index(op.f("ix_standard_versions_action_id"), versions, ["action_id"])
    op.create_index(op.f("ix_standard_versions_idea_id"), versions, ["idea_id"])

    # Versions published before approvals were kept: each counts as a major revision whose
    # acknowledgements start with itself. Their approval stays empty (not recorded), so documents
    # fall back to the date they were published rather than invent an approver.
    op.execute("UPDATE standard_versions SET revision = 'major', ack_baseline = number "
               "WHERE status IN ('active', 'retired')")


def downgrade() -> None:
    raise NotImplementedError("icdesk files are only ever upgraded; restore a backup to go back")
