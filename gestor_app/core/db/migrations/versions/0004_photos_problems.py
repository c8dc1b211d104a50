"""photos and diagnosed problems

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import gestor_app.core.db.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('diagnosis_problems',
    sa.Column('territory_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', gestor_app.core.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', gestor_app.core.db.types.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('modified_by', sa.String(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diagnosis_problems'))
    )
    with op.batch_alter_table('diagnosis_problems', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diagnosis_problems_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_diagnosis_problems_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_diagnosis_problems_territory_id'), ['territory_id'], unique=False)

    op.create_table('photos',
    sa.Column('owner_entity', sa.String(length=64), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('mime', sa.String(length=40), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('original_name', sa.String(length=255), nullable=False),
    sa.Column('caption', sa.Text(), nullable=False),
    sa.Column('taken_at', gestor_app.core.db.types.UTCDateTime(), nullable=True),
    sa.Column('gps_lon', sa.Float(), nullable=True),
    sa.Column('gps_lat', sa.Float(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', gestor_app.core.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', gestor_app.core.db.types.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('modified_by', sa.String(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_photos'))
    )
    with op.batch_alter_table('photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_photos_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_photos_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_photos_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photos_sha256'), ['sha256'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_photos_sha256'))
        batch_op.drop_index(batch_op.f('ix_photos_owner_id'))
        batch_op.drop_index(batch_op.f('ix_photos_hlc'))
        batch_op.drop_index(batch_op.f('ix_photos_deleted'))

    op.drop_table('photos')
    with op.batch_alter_table('diagnosis_problems', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diagnosis_problems_territory_id'))
        batch_op.drop_index(batch_op.f('ix_diagnosis_problems_hlc'))
        batch_op.drop_index(batch_op.f('ix_diagnosis_problems_deleted'))

    op.drop_table('diagnosis_problems')
