"""project resources: legend, checklist templates and basemaps the office distributes

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 12:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import gestor_app.core.db.types

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('project_resources',
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('doc', gestor_app.core.db.types.JSONText(), nullable=False),
    sa.Column('updated_at', gestor_app.core.db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'key', name=op.f('pk_project_resources'))
    )
    with op.batch_alter_table('sync_peers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resources_held', gestor_app.core.db.types.JSONText(), nullable=False,
                                      server_default='{}'))


def downgrade() -> None:
    with op.batch_alter_table('sync_peers', schema=None) as batch_op:
        batch_op.drop_column('resources_held')
    op.drop_table('project_resources')
