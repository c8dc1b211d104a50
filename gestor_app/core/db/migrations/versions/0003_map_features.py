"""map features

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import gestor_app.core.db.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('map_features',
    sa.Column('territory_id', sa.String(length=36), nullable=True),
    sa.Column('session_id', sa.String(length=36), nullable=True),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('geometry', gestor_app.core.db.types.JSONText(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('observed_on', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=30), nullable=False),
    sa.Column('sensitive', sa.Boolean(), nullable=False),
    sa.Column('properties', gestor_app.core.db.types.JSONText(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', gestor_app.core.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', gestor_app.core.db.types.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=False),
    sa.Column('modified_by', sa.String(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_map_features'))
    )
    with op.batch_alter_table('map_features', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_map_features_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_map_features_hlc'), ['hlc'], unique=False)
        batch_op.create_index(batch_op.f('ix_map_features_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_map_features_territory_id'), ['territory_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('map_features', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_map_features_territory_id'))
        batch_op.drop_index(batch_op.f('ix_map_features_session_id'))
        batch_op.drop_index(batch_op.f('ix_map_features_hlc'))
        batch_op.drop_index(batch_op.f('ix_map_features_deleted'))

    op.drop_table('map_features')
