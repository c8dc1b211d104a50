"""A summary of an installation, for `gestor info`, the About dialog and support."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from gestor_app import __version__
from gestor_app.core.config import mask_url
from gestor_app.core.db.base import record_models
from gestor_app.core.db.migrate import current_revisions
from gestor_app.core.store import Store


def store_info(store: Store) -> dict[str, Any]:
    with store.transaction() as s:
        counts = {
            cls.__tablename__: s.scalar(select(func.count()).select_from(cls).where(cls.deleted.is_(False)))  # type: ignore[attr-defined]
            for cls in record_models()
        }
    return {
        "app_version": __version__,
        "schema_revision": ",".join(sorted(current_revisions(store.engine))),
        "device_id": store.device_id,
        "device_name": store.device_name,
        "data_dir": str(store.config.data_dir),
        "database_url": mask_url(store.config.database_url),
        "counts": counts,
    }
