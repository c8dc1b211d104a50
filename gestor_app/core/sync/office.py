"""Entry point of the first-run welcome for the office: create the project and its keys once
(see ``identity.office_init``)."""

from __future__ import annotations

from gestor_app.core.models.sync import SyncIdentity
from gestor_app.core.store import Store
from gestor_app.core.sync.identity import office_init


def init_office(store: Store, *, name: str) -> SyncIdentity:
    return office_init(store, name=name)
