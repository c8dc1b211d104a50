"""The demo barrio: realistic places in Peñalolén (real coordinates), fictional people.

Each feature adds a module here with ``def fill(session, ids) -> None`` and lists it in
``STEPS``. Every record gets a deterministic id (``demo_id``) and a step only creates what is
missing, so running the demo twice never duplicates anything.
"""

from __future__ import annotations

import importlib
import uuid

from sqlalchemy.orm import Session

from gestor_app.core.store import Store

STEPS = [
    "gestor_app.core.demo.territories",
    "gestor_app.core.demo.map",
    "gestor_app.core.demo.walks",
    "gestor_app.core.demo.focus_groups",
    "gestor_app.core.demo.diagnosis",
    "gestor_app.core.demo.secondary",
    "gestor_app.core.demo.plans",
    "gestor_app.core.demo.plan_comunal",
    "gestor_app.core.demo.meetings",
]
_NS = uuid.UUID("6f1d3c2a-5b7e-4c1a-9d2e-0a1b2c3d4e5f")


def demo_id(name: str) -> str:
    """Stable UUID for a demo record: the same on every run and every laptop."""
    return str(uuid.uuid5(_NS, name))


def fill_demo(store: Store) -> None:
    with store.transaction() as session:
        for step in STEPS:
            importlib.import_module(step).fill(session)


def exists(session: Session, model: type, name: str) -> bool:
    return session.get(model, demo_id(name)) is not None
