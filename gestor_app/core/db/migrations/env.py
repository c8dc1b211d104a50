"""Alembic environment, driven from code (``core.db.migrate``): the connection comes in
``config.attributes["connection"]``. ``render_as_batch`` lets SQLite alter tables."""

from __future__ import annotations

from alembic import context

import gestor_app.core.models  # noqa: F401  (registers every table on Base.metadata)
from gestor_app.core.db.base import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
