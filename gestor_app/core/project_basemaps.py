"""Basemaps of the project: on the office, the MBTiles of ``<data>/basemaps/`` the coordinator
chose to distribute (``gestor proyecto mapa-base KEY``); on a laptop, the ones it received.

Each row keeps the file's sha256 with its size and modification time: the hash is recomputed only
when the file changed. A laptop holds a basemap when its file is in place with the recorded size
(a crash between the commit and the rename leaves it "not held": the office sends it again)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from gestor_app.core.errors import NotFoundError
from gestor_app.core.maps.basemaps import basemaps_dir, find_basemap
from gestor_app.core.models.sync import ProjectResource
from gestor_app.core.project_resources import BASEMAP, not_on_laptop, put, rows
from gestor_app.core.store import Store
from gestor_app.core.sync.container import sha256_file


def basemap_path(data_dir: Path, key: str) -> Path:
    return basemaps_dir(data_dir) / f"{key}.mbtiles"


def _stamp(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def choose_basemap(store: Store, key: str, *, remove: bool = False) -> dict[str, Any]:
    with store.transaction() as s:
        not_on_laptop(s)
        row = s.get(ProjectResource, (BASEMAP, key))
        if remove:
            if row is None:
                raise NotFoundError(f"El mapa base «{key}» no está elegido para distribuir.")
            s.delete(row)
            return {"basemap": key, "distributed": False}
        b = find_basemap(store.config.data_dir, key)  # a clear error for an unknown or damaged file
        put(s, BASEMAP, key, {"name": b.name, **_stamp(b.path)}, sha256_file(b.path)[0])
    return {"basemap": key, "name": b.name, "distributed": True}


def current(session: Session, data_dir: Path, row: ProjectResource) -> Path | None:
    """The chosen file, its hash brought up to date if the file changed since; None if it is gone."""
    path = basemap_path(data_dir, row.key)
    if not path.is_file():
        return None
    stamp = _stamp(path)
    if {k: row.doc.get(k) for k in stamp} != stamp:
        row.sha256, row.doc = sha256_file(path)[0], {**row.doc, **stamp}
    return path


def held(session: Session, data_dir: Path) -> list[str]:
    out = []
    for r in rows(session, BASEMAP):
        path = basemap_path(data_dir, r.key)
        if path.is_file() and path.stat().st_size == r.doc.get("size"):
            out.append(r.sha256)
    return sorted(out)


def summaries(session: Session, data_dir: Path) -> list[dict[str, Any]]:
    return [{"key": r.key, "name": r.doc.get("name"), "sha256": r.sha256, "size": r.doc.get("size"),
             "present": basemap_path(data_dir, r.key).is_file()} for r in rows(session, BASEMAP)]

