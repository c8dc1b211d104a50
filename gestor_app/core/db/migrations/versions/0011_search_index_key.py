"""search index keyed by an integer id (the FTS5 mirror's rowid)

The index is derived data (rebuilt from the records on the next search, ``INDEX_VERSION``), so
the table is recreated rather than copied; the old FTS5 mirror, created outside the migrations,
is dropped with it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 08:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _create(with_id: bool) -> None:
    cols = [sa.Column('id', sa.Integer(), autoincrement=True, nullable=False)] if with_id else []
    op.create_table('search_index',
    *cols,
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('territory_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('folded', sa.Text(), nullable=False),
    *([sa.PrimaryKeyConstraint('id', name=op.f('pk_search_index')),
       sa.UniqueConstraint('entity', 'record_id', name=op.f('uq_search_index_entity'))] if with_id else
      [sa.PrimaryKeyConstraint('entity', 'record_id', name=op.f('pk_search_index'))])
    )
    with op.batch_alter_table('search_index', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_index_territory_id'), ['territory_id'], unique=False)


def _drop() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    with op.batch_alter_table('search_index', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_index_territory_id'))
    op.drop_table('search_index')
    op.execute("DELETE FROM app_settings WHERE key = 'search.index_version'")


def upgrade() -> None:
    _drop()
    _create(with_id=True)


def downgrade() -> None:
    _drop()
    _create(with_id=False)
