"""Importing bundles: verify everything, then apply in one transaction.

Order: header (format, version, project, recipient, size) → sender known and not revoked →
signature → ciphertext hash → decryption → archive structure (names, sizes, ratios) → manifest
hashes of every member → every record's schema. Only then are versions applied, in the same
transaction as the bookkeeping (peer state, receipt, bundle hash). A bundle already imported
(same bytes, any name) changes nothing. ``dry_run`` runs the whole import and rolls it back: the
preview shows exactly what the import would do.
"""

from __future__ import annotations

import marshal
import os
import re
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from gestor_app.core.errors import Cancelled, GestorError
from gestor_app.core.models.sync import SyncPeer, SyncReceived
from gestor_app.core.progress import Progress
from gestor_app.core.services.photos import has_blob, store_bytes
from gestor_app.core.store import Store
from gestor_app.core.sync import resources
from gestor_app.core.sync.archive import Archive, BundleRejected
from gestor_app.core.sync.container import open_header, sha256_file, verify_and_decrypt
from gestor_app.core.sync.identity import gaps, identity, proof
from gestor_app.core.sync.keys import load_keys
from gestor_app.core.sync.versions import ApplyReport, Version, entity_columns, known_entities

BATCH = 5000
_HEX = set("0123456789abcdef")
_HLC = re.compile(r"\d{15}\.\d{5}")  # HLC.encode(): fixed width, so string order is clock order


class _Rollback(Exception):
    pass


def _lock_for_import(session: Session) -> None:
    """One import at a time per central store, taken as the transaction's FIRST statement: two
    coordinators importing at once both succeed, the second after the first commits, and neither
    can compute record heads from a state the other is changing. PostgreSQL: a transaction-level
    advisory lock. SQLite: the write lock (waits up to busy_timeout)."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(7245016)"))
    else:
        conn.execute(text("UPDATE local_device SET counter = counter WHERE 1 = 0"))
        # random UUID keys touch pages all over every index: give this connection a bigger page cache
        conn.exec_driver_sql("PRAGMA cache_size = -131072")  # 128 MiB


def _sender(session: Session, header: dict[str, Any], ident) -> tuple[str, SyncPeer | None]:
    """The sender's signing key, and (office side) its peer row, bound on its first bundle."""
    sender = header.get("sender")
    if not isinstance(sender, str) or not sender:
        raise BundleRejected("La cabecera del paquete no dice quién lo envía.")
    if ident.role == "laptop":
        if sender != ident.office_device_id:
            raise BundleRejected("El paquete no viene de la oficina de este proyecto.")
        return ident.office_sign_public, None
    from sqlalchemy import select

    peer = session.scalars(select(SyncPeer).where(SyncPeer.device_id == sender)).first()
    enrol = header.get("enrollment") if isinstance(header.get("enrollment"), dict) else {}
    if peer is None and enrol.get("id"):
        candidate = session.get(SyncPeer, str(enrol["id"]))
        if candidate is not None and candidate.status == "revocado":
            peer = candidate
        elif candidate is not None and candidate.status == "inscrito" and candidate.secret:
            try:
                good = proof(candidate.secret, candidate.id, sender, str(enrol.get("age_public", "")),
                             str(enrol.get("sign_public", ""))) == enrol.get("proof")
            except ValueError:
                good = False
            if not good:
                raise BundleRejected("El paquete no prueba la inscripción del equipo (secreto incorrecto).")
            candidate.device_id, candidate.age_public = sender, str(enrol["age_public"])
            candidate.sign_public, candidate.secret, candidate.status = str(enrol["sign_public"]), "", "activo"
            peer = candidate
    if peer is None:
        raise BundleRejected("El paquete viene de un equipo desconocido (no inscrito en esta oficina).")
    if peer.status == "revocado":
        raise BundleRejected(f"El equipo {peer.name} fue revocado: sus paquetes ya no se aceptan.")
    return peer.sign_public, peer


def _version(item: dict[str, Any], n: int, entities: set[str]) -> Version:
    try:
        v = Version.from_json(item)
        entity, data = v.entity, v.data
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleRejected(f"El registro {n} del paquete no tiene el formato esperado.") from exc
    if entity not in entities:
        raise BundleRejected(f"El registro {n} es de un tipo desconocido («{str(entity)[:40]}»): "
                             "actualice la aplicación.")
    if not isinstance(data, dict) or data.get("id") != v.record_id or v.seq < 1 or len(v.record_id) > 36 \
            or not _HLC.fullmatch(v.hlc):
        raise BundleRejected(f"El registro {n} del paquete no es coherente.")
    extra = set(data) - entity_columns(entity)
    if extra:
        raise BundleRejected(f"El registro {n} trae campos desconocidos ({', '.join(sorted(extra)[:3])}): "
                             "actualice la aplicación.")
    return v


class _Spool:
    """Checked versions parked in a local temp file between verifying and applying: bounded
    memory, and the bundle is not parsed twice. Batches of plain tuples (JSON values only) are
    ``marshal``-led with a length prefix (``marshal.load`` on a file reads in tiny pieces)."""

    def __init__(self, folder: Path) -> None:
        self.file = tempfile.TemporaryFile(dir=folder)

    def write(self, batch: list[Version]) -> None:
        blob = marshal.dumps([tuple(v) for v in batch])
        self.file.write(len(blob).to_bytes(8, "little") + blob)

    def batches(self) -> Iterator[list[Version]]:
        self.file.seek(0)
        while size := int.from_bytes(self.file.read(8), "little"):
            yield [Version._make(x) for x in marshal.loads(self.file.read(size))]  # our own file, written above

    def close(self) -> None:
        self.file.close()


def _photo_refs(v: Version) -> str | None:
    sha = v.data.get("sha256") if v.entity == "photos" else None
    return sha if isinstance(sha, str) and len(sha) == 64 and not set(sha) - _HEX else None


def import_bundle(store: Store, path: str | Path, *, dry_run: bool = False,
                  progress: Progress | None = None) -> dict[str, Any]:
    """Import one bundle file; returns a summary. Never raises for a bad file: it is rejected."""
    path = Path(path)
    summary: dict[str, Any] = {"file": str(path), "status": "rechazado"}
    try:
        summary.update(_import(store, path, dry_run=dry_run, progress=progress))
    except Cancelled:
        summary.update(status="cancelado", reason="Importación cancelada: no se aplicó nada.")
    except BundleRejected as exc:
        summary["reason"] = str(exc)
    except GestorError as exc:
        summary["reason"] = str(exc)
    return summary


def _import(store: Store, path: Path, *, dry_run: bool, progress: Progress | None) -> dict[str, Any]:
    if not path.is_file():
        raise BundleRejected(f"No existe el archivo {path}.")
    opened = open_header(path)
    header = opened.header
    sha, _size = sha256_file(path)
    out: dict[str, Any] = {"sender": header.get("sender_name") or header.get("sender"), "seq": header.get("seq")}
    result: dict[str, Any] = {}
    incoming = resources.Incoming(store.config.data_dir, dry_run=dry_run)
    try:
        with store.transaction() as s:
            _lock_for_import(s)
            ident = identity(s)
            if ident is None:
                raise BundleRejected("Esta instalación no pertenece a ningún proyecto: no puede importar paquetes.")
            if header.get("project_id") != ident.project_id:
                raise BundleRejected("El paquete es de otro proyecto (otra municipalidad u oficina).")
            if header.get("recipient") != store.device_id:
                raise BundleRejected("El paquete está dirigido a otro equipo, no a esta instalación.")
            if s.get(SyncReceived, sha) is not None:
                result = {"status": "ya importado", "counts": ApplyReport().counts(),
                          "reason": "Este paquete ya fue importado; no cambia nada."}
                raise _Rollback
            sign_public, peer = _sender(s, header, ident)
            keys = load_keys(store.config.data_dir)
            with tempfile.TemporaryDirectory(prefix="gestor-import-", dir=store.config.cache_dir) as tmp:
                archive_path = Path(tmp) / "a.zip"
                verify_and_decrypt(opened, sign_public, keys, archive_path)
                archive = Archive(archive_path)
                try:
                    archive.check_hashes()
                    result = _apply(store, s, archive, header, ident, peer, sha, progress, incoming)
                finally:
                    archive.close()
            if dry_run:
                result["status"] = "vista previa"
                raise _Rollback
        incoming.finish(store)  # committed: basemaps renamed into place
    except _Rollback:
        pass
    finally:
        incoming.discard()
    return {**out, **result}


def _apply(store: Store, s: Session, archive: Archive, header: dict[str, Any], ident, peer: SyncPeer | None,
           sha: str, progress: Progress | None, incoming: resources.Incoming) -> dict[str, Any]:
    spool = _Spool(store.config.cache_dir)
    try:
        return _check_and_apply(store, s, archive, spool, header, ident, peer, sha, progress, incoming)
    finally:
        spool.close()


def _check_and_apply(store: Store, s: Session, archive: Archive, spool: _Spool, header: dict[str, Any], ident,
                     peer: SyncPeer | None, sha: str, progress: Progress | None,
                     incoming: resources.Incoming) -> dict[str, Any]:
    from gestor_app.core.sync.versions import apply_versions

    manifest = archive.manifest
    total = int((manifest.get("counts") or {}).get("versions") or 0)
    entities = known_entities()
    total_report = ApplyReport()
    photo_refs: set[str] = set()
    # 1. every record parsed and checked before any is applied, the checked versions spooled
    checked = 0
    pending: list[Version] = []
    for n, item in enumerate(archive.records(), start=1):
        pending.append(_version(item, n, entities))
        checked = n
        if len(pending) >= BATCH:
            spool.write(pending)
            pending = []
            if progress:
                progress.update(0, total, "Verificando registros…")
    if pending:
        spool.write(pending)
    if total and checked != total:
        raise BundleRejected("El número de registros no coincide con el manifiesto.")
    incoming.check(archive, from_office=peer is None)  # legend, templates, basemaps (staged)
    # 2. photos written (content-addressed, verified): an interrupted import leaves only spare files
    written = []
    for p in archive.photos():
        if not has_blob(store.config.photos_dir, p):
            store_bytes(store.config.photos_dir, archive.photo_bytes(p), expected_sha256=p, fsync=not hasattr(os, "sync"))
            written.append(p)
    if written and hasattr(os, "sync"):
        os.sync()  # one flush for every photo, before the records that cite them are committed
    # 3. versions applied in batches, all in this one transaction
    batch: list[Version] = []
    done = 0

    def flush_batch() -> None:
        nonlocal done
        rep = apply_versions(s, batch)
        for k, val in rep.counts().items():
            setattr(total_report, k, getattr(total_report, k) + val)
        total_report.clock_warnings += [w for w in rep.clock_warnings if w not in total_report.clock_warnings]
        done += len(batch)
        batch.clear()
        if progress:
            progress.update(done, checked, "Aplicando registros…")  # raises Cancelled if asked to stop

    for chunk in spool.batches():
        for v in chunk:
            ref = _photo_refs(v)
            if ref:
                photo_refs.add(ref)
        batch.extend(chunk)
        flush_batch()
    missing = sorted(r for r in photo_refs if not has_blob(store.config.photos_dir, r))
    seq = header.get("seq") if isinstance(header.get("seq"), int) else 0
    now = datetime.now(UTC)
    result: dict[str, Any] = {"status": "importado", "counts": total_report.counts(),
                              "clock_warnings": total_report.clock_warnings, "missing_photos": missing}
    if peer is not None:
        holds = manifest.get("holds") if isinstance(manifest.get("holds"), dict) else {}
        peer.holds = {str(k): int(v) for k, v in holds.items() if isinstance(v, int)}
        held = manifest.get("photos_held") if isinstance(manifest.get("photos_held"), list) else []
        peer.photos_held = sorted({str(x) for x in held})
        resources.record_held(peer, manifest)
        peer.bundle_seqs = sorted(set(peer.bundle_seqs or []) | {seq})
        peer.last_bundle_at = now
        result["gaps"] = gaps(peer.bundle_seqs)
    else:
        receipt = manifest.get("receipt") if isinstance(manifest.get("receipt"), dict) else {}
        acked = dict(ident.acked or {})
        for k, v in receipt.items():
            if isinstance(v, int):
                acked[str(k)] = max(v, acked.get(str(k), 0))
        ident.acked = acked
    result["resources"] = incoming.apply(s)
    s.add(SyncReceived(sha256=sha, sender=str(header.get("sender")), seq=seq, imported_at=now,
                       summary=result["counts"]))
    return result
