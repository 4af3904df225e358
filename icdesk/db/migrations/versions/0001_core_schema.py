"""Core schema: every table of the domain.

Date-times are stored as naive UTC text (see UTCDateTime in the models).

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24 22:01:38.764890
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


# SQLite gets icd_fold from Python on every connection (db/engine.py); a server needs it in SQL. An ICU
# collation lowers every alphabet whatever locale the database was made with (a "C" database would
# lower ASCII only); IMMUTABLE so the search indexes of 0010 can be built on it.
PG_FOLD = ("CREATE OR REPLACE FUNCTION icd_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
           "PARALLEL SAFE AS $$ SELECT lower(value COLLATE {collation}) $$")


def _create_fold_function() -> None:
    conn = op.get_bind()
    icu = conn.exec_driver_sql("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'").first() is not None
    conn.exec_driver_sql(PG_FOLD.format(collation='"und-x-icu"' if icu else '"default"'))


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        _create_fold_function()
    op.create_table('company',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('address_line', sa.String(length=300), nullable=False),
    sa.Column('logo_png', sa.LargeBinary(), nullable=True),
    sa.Column('service_vision', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company'))
    )
    op.create_table('departments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('name_key', sa.String(length=120), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('head_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['head_id'], ['people.id'], name=op.f('fk_departments_head_id_people'), ondelete='SET NULL', use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_departments')),
    sa.UniqueConstraint('name_key', name=op.f('uq_departments_name_key'))
    )
    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.Enum('full_time', 'part_time', 'temporary', 'contractor', 'owner', 'consultant', 'board_member', name='personkind', native_enum=False, length=32), nullable=False),
    sa.Column('job_title', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_people_department_id_departments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_department_id'), ['department_id'], unique=False)

    if op.get_bind().dialect.name == 'postgresql':
        # departments and people refer to each other: SQLite took this key inline, a server adds it
        # once both tables exist (use_alter above leaves it out of CREATE TABLE there)
        op.create_foreign_key(op.f('fk_departments_head_id_people'), 'departments', 'people', ['head_id'], ['id'],
                              ondelete='SET NULL')
    op.create_table('service_agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('provider_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('customer_needs', sa.Text(), nullable=False),
    sa.Column('provider_needs', sa.Text(), nullable=False),
    sa.Column('review_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['departments.id'], name=op.f('fk_service_agreements_customer_id_departments')),
    sa.ForeignKeyConstraint(['provider_id'], ['departments.id'], name=op.f('fk_service_agreements_provider_id_departments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_agreements')),
    sa.UniqueConstraint('provider_id', 'customer_id', name=op.f('uq_service_agreements_provider_id'))
    )
    with op.batch_alter_table('service_agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_agreements_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_agreements_provider_id'), ['provider_id'], unique=False)

    op.create_table('service_standards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_service_standards_department_id_departments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_standards'))
    )
    with op.batch_alter_table('service_standards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_standards_department_id'), ['department_id'], unique=False)

    op.create_table('agreement_standards',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('standard_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['service_agreements.id'], name=op.f('fk_agreement_standards_agreement_id_service_agreements'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['standard_id'], ['service_standards.id'], name=op.f('fk_agreement_standards_standard_id_service_standards')),
    sa.PrimaryKeyConstraint('agreement_id', 'standard_id', name=op.f('pk_agreement_standards'))
    )
    op.create_table('recognitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('from_person_id', sa.Integer(), nullable=True),
    sa.Column('from_department_id', sa.Integer(), nullable=True),
    sa.Column('to_person_id', sa.Integer(), nullable=True),
    sa.Column('to_department_id', sa.Integer(), nullable=True),
    sa.Column('award', sa.Enum('thanks', 'achievement', 'employee_of_the_month', 'team_of_the_month', name='award', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['from_department_id'], ['departments.id'], name=op.f('fk_recognitions_from_department_id_departments')),
    sa.ForeignKeyConstraint(['from_person_id'], ['people.id'], name=op.f('fk_recognitions_from_person_id_people')),
    sa.ForeignKeyConstraint(['to_department_id'], ['departments.id'], name=op.f('fk_recognitions_to_department_id_departments')),
    sa.ForeignKeyConstraint(['to_person_id'], ['people.id'], name=op.f('fk_recognitions_to_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recognitions'))
    )
    op.create_table('standard_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('standard_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'active', 'retired', name='standardstatus', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('serves', sa.Text(), nullable=False),
    sa.Column('first_response_hours', sa.Double(), nullable=True),
    sa.Column('resolution_hours', sa.Double(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('next_review_on', sa.Date(), nullable=True),
    sa.Column('change_note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['people.id'], name=op.f('fk_standard_versions_owner_id_people')),
    sa.ForeignKeyConstraint(['standard_id'], ['service_standards.id'], name=op.f('fk_standard_versions_standard_id_service_standards')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_standard_versions')),
    sa.UniqueConstraint('standard_id', 'number', name=op.f('uq_standard_versions_standard_id'))
    )
    with op.batch_alter_table('standard_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_standard_versions_standard_id'), ['standard_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_standard_versions_status'), ['status'], unique=False)

    op.create_table('requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('requester_id', sa.Integer(), nullable=True),
    sa.Column('requester_department_id', sa.Integer(), nullable=True),
    sa.Column('provider_id', sa.Integer(), nullable=False),
    sa.Column('standard_version_id', sa.Integer(), nullable=True),
    sa.Column('priority', sa.Enum('low', 'normal', 'high', 'urgent', name='priority', native_enum=False, length=32), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('new', 'in_progress', 'waiting', 'resolved', 'closed', 'cancelled', name='requeststatus', native_enum=False, length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('first_response_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(), nullable=True),
    sa.Column('response_due_at', sa.DateTime(), nullable=True),
    sa.Column('resolution_due_at', sa.DateTime(), nullable=True),
    sa.Column('waiting_since', sa.DateTime(), nullable=True),
    sa.Column('paused_seconds', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['people.id'], name=op.f('fk_requests_assignee_id_people')),
    sa.ForeignKeyConstraint(['provider_id'], ['departments.id'], name=op.f('fk_requests_provider_id_departments')),
    sa.ForeignKeyConstraint(['requester_department_id'], ['departments.id'], name=op.f('fk_requests_requester_department_id_departments')),
    sa.ForeignKeyConstraint(['requester_id'], ['people.id'], name=op.f('fk_requests_requester_id_people')),
    sa.ForeignKeyConstraint(['standard_version_id'], ['standard_versions.id'], name=op.f('fk_requests_standard_version_id_standard_versions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requests'))
    )
    op.create_table('standard_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['standard_versions.id'], name=op.f('fk_standard_steps_version_id_standard_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_standard_steps')),
    sa.UniqueConstraint('version_id', 'position', name=op.f('uq_standard_steps_version_id'))
    )
    op.create_table('feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('breakdown_point', sa.Enum('communication', 'timeliness', 'quality', 'tools', 'process', 'attitude', 'other', name='breakdownpoint', native_enum=False, length=32), nullable=True),
    sa.Column('anonymous', sa.Boolean(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('author_department_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('NOT anonymous OR (author_id IS NULL AND author_department_id IS NULL)', name=op.f('ck_feedback_anonymous_has_no_author')),
    sa.CheckConstraint('rating BETWEEN 1 AND 5', name=op.f('ck_feedback_rating_range')),
    sa.ForeignKeyConstraint(['author_department_id'], ['departments.id'], name=op.f('fk_feedback_author_department_id_departments')),
    sa.ForeignKeyConstraint(['author_id'], ['people.id'], name=op.f('fk_feedback_author_id_people')),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_feedback_department_id_departments')),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_feedback_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback'))
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_feedback_request_id'), ['request_id'], unique=False)

    op.create_table('request_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.Enum('created', 'status', 'note', 'assigned', 'edited', name='eventkind', native_enum=False, length=32), nullable=False),
    sa.Column('from_status', sa.Enum('new', 'in_progress', 'waiting', 'resolved', 'closed', 'cancelled', name='requeststatus', native_enum=False, length=32), nullable=True),
    sa.Column('to_status', sa.Enum('new', 'in_progress', 'waiting', 'resolved', 'closed', 'cancelled', name='requeststatus', native_enum=False, length=32), nullable=True),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['people.id'], name=op.f('fk_request_events_actor_id_people')),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_request_events_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_events'))
    )
    with op.batch_alter_table('request_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_events_request_id'), ['request_id'], unique=False)

    op.create_table('corrective_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('feedback_id', sa.Integer(), nullable=True),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('open', 'in_progress', 'done', name='actionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_corrective_actions_department_id_departments')),
    sa.ForeignKeyConstraint(['feedback_id'], ['feedback.id'], name=op.f('fk_corrective_actions_feedback_id_feedback')),
    sa.ForeignKeyConstraint(['owner_id'], ['people.id'], name=op.f('fk_corrective_actions_owner_id_people')),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_corrective_actions_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_corrective_actions'))
    )
    with op.batch_alter_table('corrective_actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_corrective_actions_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_corrective_actions_feedback_id'), ['feedback_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_corrective_actions_request_id'), ['request_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('corrective_actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_corrective_actions_request_id'))
        batch_op.drop_index(batch_op.f('ix_corrective_actions_feedback_id'))
        batch_op.drop_index(batch_op.f('ix_corrective_actions_department_id'))

    op.drop_table('corrective_actions')
    with op.batch_alter_table('request_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_events_request_id'))

    op.drop_table('request_events')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedback_request_id'))
        batch_op.drop_index(batch_op.f('ix_feedback_department_id'))

    op.drop_table('feedback')
    op.drop_table('standard_steps')
    op.drop_table('requests')
    with op.batch_alter_table('standard_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_standard_versions_status'))
        batch_op.drop_index(batch_op.f('ix_standard_versions_standard_id'))

    op.drop_table('standard_versions')
    op.drop_table('recognitions')
    op.drop_table('agreement_standards')
    with op.batch_alter_table('service_standards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_standards_department_id'))

    op.drop_table('service_standards')
    with op.batch_alter_table('service_agreements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_agreements_provider_id'))
        batch_op.drop_index(batch_op.f('ix_service_agreements_customer_id'))

    op.drop_table('service_agreements')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_department_id'))

    op.drop_table('people')
    op.drop_table('departments')
    op.drop_table('company')
