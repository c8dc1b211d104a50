"""The project's resources in bundles.

- A laptop's manifest says what it holds (``resources_held``: legend hash, template hashes,
  basemap hashes); the office keeps it on the peer, like ``photos_held``.
- The office's answer carries the legend and templates the laptop lacks (``resources/<sha256>``)
  and, only when asked, the chosen basemaps it lacks (``basemaps/<sha256>``, streamed); the
  manifest's ``resources`` says which entry is what. The peer is then assumed to hold them (its
  next bundle tells the truth again, so a lost answer only delays them).
- On the laptop ``Incoming`` checks every document and extracts every basemap to a ``.part`` file
  before anything is applied; the documents are stored in the import's transaction and the
  basemaps renamed into place only after it commits (``finish``); otherwise they are removed.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from gestor_app.core import project_basemaps, project_resources
from gestor_app.core.errors import GestorError, ValidationError
from gestor_app.core.maps.basemaps import basemaps_dir, describe
from gestor_app.core.models.sync import SyncPeer
from gestor_app.core.project_resources import BASEMAP, LEGEND, TEMPLATE, canonical, put, rows
from gestor_app.core.store import Store
from gestor_app.core.sync.archive import Archive, BundleRejected
from gestor_app.core.sync.container import fsync_replace

_SHA = re.compile(r"[0-9a-f]{64}")
_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,59}")


def held(session: Session, data_dir: Path) -> dict[str, Any]:
    (legend,) = rows(session, LEGEND) or [None]
    return {"legend": legend and legend.sha256, "templates": sorted(r.sha256 for r in rows(session, TEMPLATE)),
            "basemaps": project_basemaps.held(session, data_dir)}


def _shas(value: Any) -> list[str]:
    return [x for x in value if isinstance(x, str) and _SHA.fullmatch(x)] if isinstance(value, list) else []


def record_held(peer: SyncPeer, manifest: dict[str, Any]) -> None:
    got = manifest.get("resources_held") if isinstance(manifest.get("resources_held"), dict) else {}
    legend = got.get("legend")
    peer.resources_held = {"legend": legend if isinstance(legend, str) and _SHA.fullmatch(legend) else None,
                           "templates": _shas(got.get("templates")), "basemaps": _shas(got.get("basemaps"))}


def outgoing(session: Session, data_dir: Path, peer: SyncPeer, *,
             basemaps: bool) -> tuple[dict[str, Any], list[tuple[str, bytes | Path]]]:
    """The manifest's ``resources`` and the archive entries for what ``peer`` lacks."""
    have = dict(peer.resources_held or {})
    spec: dict[str, Any] = {"legend": None, "templates": [], "basemaps": []}
    entries: list[tuple[str, bytes | Path]] = []
    for r in rows(session, LEGEND):
        if r.sha256 != have.get("legend"):
            entries.append((f"resources/{r.sha256}", canonical(r.doc)))
            spec["legend"] = r.sha256
    for r in rows(session, TEMPLATE):
        if r.sha256 not in have.get("templates", []):
            entries.append((f"resources/{r.sha256}", canonical(r.doc)))
            spec["templates"].append(r.sha256)
    if basemaps:
        chosen = rows(session, BASEMAP)
        if not chosen:
            raise GestorError("No hay mapas base elegidos para distribuir: use «gestor proyecto mapa-base CLAVE».")
        for r in chosen:
            path = project_basemaps.current(session, data_dir, r)
            if path is None:
                raise GestorError(f"Falta el archivo del mapa base «{r.key}» en la carpeta de datos de la oficina.")
            if r.sha256 not in have.get("basemaps", []):
                entries.append((f"basemaps/{r.sha256}", path))
                spec["basemaps"].append({"sha256": r.sha256, "key": r.key, "name": r.doc.get("name") or r.key,
                                         "size": r.doc["size"]})
    if not entries:
        return {}, []
    peer.resources_held = {"legend": spec["legend"] or have.get("legend"),
                           "templates": sorted(set(have.get("templates", [])) | set(spec["templates"])),
                           "basemaps": sorted(set(have.get("basemaps", [])) | {b["sha256"] for b in spec["basemaps"]})}
    return {"resources": spec}, entries


class Incoming:
    """Resources of one bundle on the laptop: checked, staged, stored, then put in place."""

    def __init__(self, data_dir: Path, *, dry_run: bool) -> None:
        self.data_dir, self.dry_run = data_dir, dry_run
        self.legend: tuple[str, Any] | None = None
        self.templates: list[tuple[str, str, Any]] = []  # (sha, template id, document)
        self.basemaps: list[dict[str, Any]] = []
        self.staged: list[tuple[Path, Path]] = []  # (.part, final name)

    def check(self, archive: Archive, *, from_office: bool) -> None:
        spec = archive.manifest.get("resources")
        present = {n for n in archive.names if n.startswith(("resources/", "basemaps/"))}
        if spec is None and not present:
            return
        if not from_office:
            raise BundleRejected("Un equipo de terreno no envía leyenda, plantillas ni mapas base.")
        if not isinstance(spec, dict):
            raise BundleRejected("El manifiesto describe mal los recursos del proyecto.")
        legend, templates = spec.get("legend"), spec.get("templates") or []
        maps = spec.get("basemaps") or []
        if not isinstance(templates, list) or not isinstance(maps, list) or \
                not all(isinstance(b, dict) for b in maps):
            raise BundleRejected("El manifiesto describe mal los recursos del proyecto.")
        listed = {f"resources/{x}" for x in [legend] * (legend is not None) + templates}
        listed |= {f"basemaps/{b.get('sha256')}" for b in maps}
        if listed != present:
            raise BundleRejected("Los recursos del proyecto no coinciden con el manifiesto del paquete.")
        if legend is not None:
            self.legend = (legend, self._document(archive, legend, project_resources.check_legend))
        for sha in templates:
            doc = self._document(archive, sha, project_resources.check_template)
            self.templates.append((sha, doc["id"].strip(), doc))
        for b in maps:
            self._basemap(archive, b)

    @staticmethod
    def _document(archive: Archive, sha: str, check) -> Any:
        try:
            doc = json.loads(archive.member_bytes(f"resources/{sha}"))
            check(doc)
        except (ValueError, ValidationError) as exc:
            raise BundleRejected(f"Un recurso del proyecto en el paquete no es válido: {exc}") from exc
        return doc

    def _basemap(self, archive: Archive, b: dict[str, Any]) -> None:
        key, sha, name = b.get("key"), str(b.get("sha256")), b.get("name")
        if not isinstance(key, str) or not _KEY.fullmatch(key) or not isinstance(name, str) or \
                b.get("size") != archive.sizes[f"basemaps/{sha}"] or any(x["key"] == key for x in self.basemaps):
            raise BundleRejected("Un mapa base del paquete está mal descrito en el manifiesto.")
        self.basemaps.append({"sha256": sha, "key": key, "name": name[:200], "size": b["size"]})
        if self.dry_run:
            return
        folder = basemaps_dir(self.data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        part = folder / f".{key}.{sha[:16]}.part"
        self.staged.append((part, project_basemaps.basemap_path(self.data_dir, key)))
        archive.extract(f"basemaps/{sha}", part)
        try:
            describe(part)  # opens and validates the MBTiles
        except ValidationError as exc:
            raise BundleRejected(f"El mapa base «{key}» del paquete no es un MBTiles válido: {exc}") from exc

    def apply(self, session: Session) -> list[str]:
        """Store what came, in the import's transaction; the names of what is new."""
        installed = []
        if self.legend and put(session, LEGEND, LEGEND, self.legend[1], self.legend[0]):
            installed.append("leyenda")
        installed += [f"plantilla {tid}" for sha, tid, doc in self.templates if put(session, TEMPLATE, tid, doc, sha)]
        for b in self.basemaps:
            put(session, BASEMAP, b["key"], {"name": b["name"], "size": b["size"]}, b["sha256"])
            installed.append(f"mapa base {b['key']}")
        return installed

    def finish(self, store: Store) -> None:
        """After the commit: basemaps renamed into place (each rename atomic), resources activated."""
        for part, final in self.staged:
            fsync_replace(part, final)
        self.staged.clear()
        if self.legend or self.templates:
            project_resources.activate(store)

    def discard(self) -> None:
        for part, _final in self.staged:
            part.unlink(missing_ok=True)
        self.staged.clear()
        for stale in basemaps_dir(self.data_dir).glob(".*.part"):  # left by an import killed mid-way
            if time.time() - stale.stat().st_mtime > 86400:  # (a younger one may be another import's)
                stale.unlink(missing_ok=True)

