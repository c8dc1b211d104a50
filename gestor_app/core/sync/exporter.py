"""Writing bundles.

- A laptop sends every version the office has not acknowledged (its last receipt), with what it
  holds (so the answer carries only what it lacks) and the photos of those versions.
- The office answers one laptop: a receipt (every version it holds), colleagues' versions for
  that laptop's territories that it does not hold yet, and only the photos it lacks."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app import __version__
from gestor_app.core.db.migrate import head_revisions
from gestor_app.core.db.parents import PROJECT_WIDE, TerritoryResolver
from gestor_app.core.errors import GestorError, ValidationError
from gestor_app.core.exports.filters import with_descendants
from gestor_app.core.models.photo import Photo
from gestor_app.core.models.sync import SyncPeer
from gestor_app.core.progress import Progress
from gestor_app.core.services.photos import blob_path
from gestor_app.core.store import Store
from gestor_app.core.sync import resources
from gestor_app.core.sync.archive import write_archive
from gestor_app.core.sync.container import SUFFIX, seal
from gestor_app.core.sync.identity import find_peer, proof, require_identity
from gestor_app.core.sync.keys import load_keys
from gestor_app.core.sync.versions import Version, held_vector, versions_beyond


@dataclass
class ExportResult:
    path: Path
    seq: int
    versions: int
    photos: int


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name)[:40] or "equipo"


class TerritoryScope:
    """Which versions go to a laptop: those of records in its territories (and their
    sub-territories, ``core.db.parents`` says where a record belongs), the project-wide ones, and
    those of records the laptop itself created. A record that belongs nowhere known (an orphan
    child, a record without territory made elsewhere) stays at the office."""

    def __init__(self, session: Session, territories: list[str], device_id: str = "") -> None:
        self.ids = with_descendants(session, set(territories)) if territories else None
        self.device_id = device_id
        self.resolver = TerritoryResolver(session.connection())

    def filter(self, versions: Iterable[Version], *, batch: int = 2000) -> Iterator[Version]:
        """``versions`` in their order, those outside the scope left out (parents looked up a
        batch at a time)."""
        if self.ids is None:
            yield from versions
            return
        it = iter(versions)
        while chunk := list(islice(it, batch)):
            by_entity: dict[str, list[int]] = {}
            for i, v in enumerate(chunk):
                by_entity.setdefault(v.entity, []).append(i)
            where: list[str | None] = [None] * len(chunk)
            for entity, idx in by_entity.items():
                for i, t in zip(idx, self.resolver.territories(entity, [chunk[i].data for i in idx]), strict=True):
                    where[i] = t
            for v, t in zip(chunk, where, strict=True):
                if t == PROJECT_WIDE or t in self.ids or (self.device_id and v.data.get("origin_device") == self.device_id):
                    yield v


def _photos_for(session: Session, store: Store, versions_photo_ids: set[str], skip: set[str]) -> list[tuple[str, Path]]:
    out: dict[str, Path] = {}
    ids = sorted(versions_photo_ids)
    for i in range(0, len(ids), 500):
        for sha in session.scalars(select(Photo.sha256).where(Photo.id.in_(ids[i:i + 500]))):
            path = blob_path(store.config.photos_dir, sha)
            if sha not in skip and path.is_file():
                out[sha] = path
    return sorted(out.items())


def local_photo_hashes(store: Store) -> list[str]:
    root = store.config.photos_dir
    return sorted(p.name for p in root.glob("??/*") if len(p.name) == 64) if root.is_dir() else []


def _write(store: Store, session: Session, *, out_dir: Path, header: dict[str, Any], manifest: dict[str, Any],
           versions: Iterator[Version], photo_skip: set[str], recipient_age: str, name: str,
           progress: Progress | None, extra: list[tuple[str, bytes | Path]] = ()) -> ExportResult:
    if not out_dir.is_dir():
        raise ValidationError(f"No existe la carpeta {out_dir}.")
    keys = load_keys(store.config.data_dir)
    photo_ids: set[str] = set()
    count = 0

    def stream() -> Iterator[dict[str, Any]]:
        nonlocal count
        for v in versions:
            if v.entity == "photos":
                photo_ids.add(v.record_id)
            count += 1
            if progress and count % 1000 == 0:
                progress.update(count, 0, "Escribiendo registros…")
            yield v.as_json()

    with tempfile.TemporaryDirectory(prefix="gestor-bundle-") as tmp:
        archive = Path(tmp) / "a.zip"
        # photos are chosen after the versions are streamed: write versions first, then photos
        holder: dict[str, Any] = {}

        def photos() -> Iterator[tuple[str, Path]]:
            chosen = _photos_for(session, store, photo_ids, photo_skip)
            holder["n"] = len(chosen)
            yield from chosen

        manifest = write_archive(archive, manifest, stream(), photos(), extra)
        dest = _free_name(out_dir / name)
        seal(archive, dest, {**header, "counts": manifest["counts"]}, keys, recipient_age)
    return ExportResult(dest, header["seq"], count, holder.get("n", 0))


def _free_name(dest: Path) -> Path:
    """Never replace a file already there: two laptops with the same name (computers installed from
    one image) writing their bundle No. n in the same second to one USB stick keep both files."""
    n = 2
    candidate = dest
    while candidate.exists():
        candidate = dest.with_name(f"{dest.name[:-len(SUFFIX)]}-{n}{SUFFIX}")
        n += 1
    return candidate


def _base_header(store: Store, ident, *, seq: int, recipient: str) -> dict[str, Any]:
    return {"project_id": ident.project_id, "sender": store.device_id, "sender_name": store.device_name,
            "sender_role": ident.role, "recipient": recipient, "seq": seq, "app_version": __version__,
            "schema": sorted(head_revisions()), "created_at": datetime.now(UTC).isoformat(timespec="seconds")}


def export_from_laptop(store: Store, out_dir: Path, *, progress: Progress | None = None,
                       limit: int | None = None) -> ExportResult:
    """``limit``: at most that many versions (the benchmarks' scaling curve; the rest go next time)."""
    with store.transaction() as s:
        ident = require_identity(s, "laptop")
        seq = ident.next_bundle_seq
        header = _base_header(store, ident, seq=seq, recipient=ident.office_device_id)
        keys = load_keys(store.config.data_dir)
        header["enrollment"] = {"id": ident.enrollment_id, "age_public": keys.age_public,
                                "sign_public": keys.sign_public,
                                "proof": proof(ident.enrollment_secret, ident.enrollment_id, store.device_id,
                                               keys.age_public, keys.sign_public)}
        manifest = {"holds": held_vector(s), "photos_held": local_photo_hashes(store),
                    "resources_held": resources.held(s, store.config.data_dir)}
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        result = _write(store, s, out_dir=out_dir, header=header, manifest=manifest,
                        versions=islice(versions_beyond(s, dict(ident.acked or {})), limit), photo_skip=set(),
                        recipient_age=ident.office_age_public,
                        name=f"gestor-{_safe(store.device_name)}-{seq:05d}-{stamp}{SUFFIX}", progress=progress)
        ident.next_bundle_seq = seq + 1  # committed only once the file is in place
    return result


def export_for_device(store: Store, device: str, out_dir: Path, *, basemaps: bool = False,
                      progress: Progress | None = None) -> ExportResult:
    """``basemaps``: also the basemaps the office distributes (``gestor proyecto mapa-base``) it lacks."""
    with store.transaction() as s:
        ident = require_identity(s, "office")
        peer: SyncPeer = find_peer(s, device)
        if peer.status == "revocado":
            raise GestorError(f"El equipo {peer.name} está revocado: no se le envían datos.")
        if not peer.device_id or not peer.age_public:
            raise GestorError(f"El equipo {peer.name} aún no ha enviado su primer paquete: "
                              "la respuesta necesita su clave.")
        seq = peer.next_return_seq
        header = _base_header(store, ident, seq=seq, recipient=peer.device_id)
        scope = TerritoryScope(s, list(peer.territories or []), peer.device_id)
        manifest = {"holds": held_vector(s), "receipt": held_vector(s)}
        project, extra = resources.outgoing(s, store.config.data_dir, peer, basemaps=basemaps)
        versions = scope.filter(versions_beyond(s, dict(peer.holds or {})))
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        result = _write(store, s, out_dir=out_dir, header=header, manifest=manifest | project, versions=versions,
                        photo_skip=set(peer.photos_held or []), recipient_age=peer.age_public,
                        name=f"oficina-para-{_safe(peer.name)}-{seq:05d}-{stamp}{SUFFIX}", progress=progress,
                        extra=extra)
        peer.next_return_seq = seq + 1
    return result
