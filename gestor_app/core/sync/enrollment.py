"""Entry point of the first-run welcome for a field laptop: join the office's project with the
enrollment file it wrote (see ``identity.join``)."""

from __future__ import annotations

from pathlib import Path

from gestor_app.core.models.sync import SyncIdentity
from gestor_app.core.store import Store
from gestor_app.core.sync.identity import join


def join_from_file(store: Store, path: Path) -> SyncIdentity:
    return join(store, Path(path))
