"""Opening the data folder: configuration → engine → schema → device identity."""

from __future__ import annotations

import platform
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

import gestor_app.core.models  # noqa: F401  (all tables)
from gestor_app.core.config import AppConfig
from gestor_app.core.db.engine import make_engine, make_session_factory
from gestor_app.core.db.migrate import check_not_newer, ensure_schema
from gestor_app.core.models.local import LocalDevice


@dataclass
class Store:
    config: AppConfig
    engine: Engine
    sessions: sessionmaker[Session]
    device_id: str
    device_name: str
    schema_status: str

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _ensure_device(sessions: sessionmaker[Session], name: str | None) -> LocalDevice:
    with sessions.begin() as s:
        dev = s.scalars(select(LocalDevice)).first()
        if dev is None:
            dev = LocalDevice(id=str(uuid.uuid4()), name=name or platform.node() or "equipo", counter=0, hlc_last="")
            s.add(dev)
        return dev


def open_store(config: AppConfig, *, device_name: str | None = None) -> Store:
    config.ensure_dirs()
    check_not_newer(config.database_url)
    engine = make_engine(config.database_url)
    try:
        status = ensure_schema(engine, backups_dir=config.backups_dir)
    except Exception:
        engine.dispose()
        raise
    sessions = make_session_factory(engine)
    dev = _ensure_device(sessions, device_name)
    store = Store(config=config, engine=engine, sessions=sessions, device_id=dev.id, device_name=dev.name,
                  schema_status=status)
    from gestor_app.core.project_resources import activate

    activate(store)  # this data folder's legend and templates (or the packaged ones) for this process
    return store
