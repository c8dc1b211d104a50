"""initial: device identity, settings, change log, territories

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import gestor_app.core.db.types as t

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", t.UTCDateTime(), nullable=False),
        sa.Column("updated_at", t.UTCDateTime(), nullable=False),
        sa.Column("origin_device", sa.String(36), nullable=False),
        sa.Column("modified_by", sa.String(36), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "local_device",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("hlc_last", sa.String(24), nullable=False),
        sa.Column("created_at", t.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_device")),
    )
    op.create_table(
        "app_settings",
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("value", t.JSONText(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_settings")),
    )
    op.create_table(
        "change_log",
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("hlc", sa.String(24), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", t.JSONText(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", "seq", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_record", "change_log", ["entity", "record_id"])
    op.create_table(
        "territories",
        *record_columns(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("level", sa.String(20), nullable=False),
        sa.Column("code", sa.String(20), nullable=True),
        sa.Column("parent_id", sa.String(36), nullable=True),
        sa.Column("boundary", t.JSONText(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
    )
    for col in ("hlc", "deleted", "parent_id"):
        op.create_index(op.f(f"ix_territories_{col}"), "territories", [col])


def downgrade() -> None:
    op.drop_table("territories")
    op.drop_table("change_log")
    op.drop_table("app_settings")
    op.drop_table("local_device")
