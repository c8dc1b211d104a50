"""objective ámbito (thematic area of the Plan Comunal)

A key of ``resources/plan/ambitos.json``; existing objectives get "" (sin ámbito).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 12:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan_objectives") as batch:
        batch.add_column(sa.Column("ambito", sa.String(length=60), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("plan_objectives") as batch:
        batch.drop_column("ambito")
