"""Who is who: the office (created once), the laptops it enrolls, and a laptop joining.

The enrollment file carries the project id, the office's public keys, the laptop's assigned
territories, the project's legend and checklist templates, and a one-time secret. The laptop's
bundles prove the secret (HMAC over its own public keys) until the office binds those keys; from
then on only the signature counts."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core import project_resources
from gestor_app.core.errors import GestorError, NotFoundError, ValidationError
from gestor_app.core.models.sync import SyncIdentity, SyncPeer
from gestor_app.core.models.territory import Territory
from gestor_app.core.store import Store
from gestor_app.core.sync.keys import create_keys
from gestor_app.core.sync.versions import Version, apply_versions

ENROLLMENT_FORMAT = "gestor-enrollment"
PEER_STATUS = {"inscrito": "Inscrito (aún sin paquetes)", "activo": "Activo", "revocado": "Revocado"}


def identity(session: Session) -> SyncIdentity | None:
    return session.get(SyncIdentity, 1)


def require_identity(session: Session, role: str | None = None) -> SyncIdentity:
    ident = identity(session)
    if ident is None:
        raise GestorError("Esta instalación no pertenece a ningún proyecto: cree la oficina (office init) "
                          "o únase con un archivo de inscripción (join).")
    if role and ident.role != role:
        raise GestorError("Esta operación es de la oficina." if role == "office" else
                          "Esta operación es de un equipo de terreno.")
    return ident


def proof(secret: str, enrollment_id: str, device_id: str, age_public: str, sign_public: str) -> str:
    msg = "|".join([enrollment_id, device_id, age_public, sign_public]).encode()
    return hmac.new(bytes.fromhex(secret), msg, hashlib.sha256).hexdigest()


def office_init(store: Store, *, name: str) -> SyncIdentity:
    name = name.strip()
    if not name:
        raise ValidationError("Indique el nombre de la municipalidad (--name).")
    with store.transaction() as s:
        if identity(s) is not None:
            raise GestorError("Esta carpeta de datos ya pertenece a un proyecto.")
        keys = create_keys(store.config.data_dir)
        ident = SyncIdentity(id=1, role="office", project_id=str(uuid.uuid4()), office_name=name,
                             office_device_id=store.device_id, office_age_public=keys.age_public,
                             office_sign_public=keys.sign_public, acked={}, territories=[])
        s.add(ident)
    return ident


def _territory_versions(session: Session) -> list[dict[str, Any]]:
    from gestor_app.core.models.local import ChangeLog

    ids = [t for (t,) in session.execute(select(Territory.id))]
    rows = session.execute(select(ChangeLog.__table__).where(ChangeLog.entity == "territories",
                                                             ChangeLog.record_id.in_(ids))
                           .order_by(ChangeLog.device_id, ChangeLog.seq)).all()
    return [Version.from_row(r).as_json() for r in rows]


def enroll(store: Store, *, device_name: str, out: Path, territories: list[str] | None = None) -> SyncPeer:
    device_name = device_name.strip()
    if not device_name:
        raise ValidationError("Indique el nombre del equipo (--device-name).")
    if not out.parent.is_dir():
        raise ValidationError(f"No existe la carpeta {out.parent}.")
    with store.transaction() as s:
        ident = require_identity(s, "office")
        known = {t.id for t in s.scalars(select(Territory).where(Territory.deleted.is_(False)))}
        unknown = set(territories or ()) - known
        if unknown:
            raise ValidationError(f"Territorio desconocido: {', '.join(sorted(unknown))}.")
        peer = SyncPeer(id=str(uuid.uuid4()), name=device_name, status="inscrito", secret=secrets.token_hex(32),
                        territories=sorted(territories or []), holds={}, photos_held=[], bundle_seqs=[])
        s.add(peer)
        doc = {"format": ENROLLMENT_FORMAT, "version": 1, "project_id": ident.project_id,
               "office_name": ident.office_name, "office_device_id": ident.office_device_id,
               "office_age_public": ident.office_age_public, "office_sign_public": ident.office_sign_public,
               "enrollment_id": peer.id, "secret": peer.secret, "device_name": device_name,
               "territories": peer.territories, "records": _territory_versions(s),
               "resources": project_resources.documents(s)}
        part = out.with_name(f".{out.name}.part")
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # it holds a secret
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, out)
    return peer


def _read_enrollment(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ValidationError(f"No existe el archivo {path}.") from exc
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{Path(path).name} no es un archivo de inscripción válido.") from exc
    need = ("project_id", "office_device_id", "office_age_public", "office_sign_public", "enrollment_id", "secret")
    if not isinstance(doc, dict) or doc.get("format") != ENROLLMENT_FORMAT or any(
            not isinstance(doc.get(k), str) or not doc.get(k) for k in need):
        raise ValidationError(f"{Path(path).name} no es un archivo de inscripción válido.")
    if doc.get("version", 0) > 1:
        raise ValidationError("El archivo de inscripción es de una versión más nueva: actualice la aplicación.")
    return doc


def join(store: Store, path: Path) -> SyncIdentity:
    from gestor_app.core.services.territories import depth, list_territories, set_current_territory

    doc = _read_enrollment(path)
    with store.transaction() as s:
        if identity(s) is not None:
            raise GestorError("Esta instalación ya pertenece a un proyecto.")
        try:
            versions = [Version.from_json(r) for r in doc.get("records", [])]
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError("Los territorios del archivo de inscripción están dañados.") from exc
        if any(v.entity != "territories" for v in versions):
            raise ValidationError("El archivo de inscripción trae datos que no son territorios.")
        project_resources.install_documents(s, doc.get("resources"))  # validated: a bad one refuses the join
        create_keys(store.config.data_dir)
        ident = SyncIdentity(id=1, role="laptop", project_id=doc["project_id"], office_name=doc.get("office_name", ""),
                             enrollment_id=doc["enrollment_id"], enrollment_secret=doc["secret"],
                             office_device_id=doc["office_device_id"], office_age_public=doc["office_age_public"],
                             office_sign_public=doc["office_sign_public"], acked={},
                             territories=list(doc.get("territories") or []))
        s.add(ident)
        apply_versions(s, versions)
        s.flush()
        # the laptop opens on its territory: the first assigned, else the most local one it received
        candidates = [t for t in (s.get(Territory, i) for i in ident.territories or []) if t is not None] or \
            list_territories(s)
        if candidates:
            set_current_territory(s, max(candidates, key=lambda t: (depth(s, t), t.name)).id)
    project_resources.activate(store)
    return ident


def list_peers(session: Session) -> list[SyncPeer]:
    return list(session.scalars(select(SyncPeer).order_by(SyncPeer.name, SyncPeer.id)))


def find_peer(session: Session, ref: str) -> SyncPeer:
    peer = session.get(SyncPeer, ref) or session.scalars(select(SyncPeer).where(SyncPeer.device_id == ref)).first()
    if peer is None:
        raise NotFoundError(f"No hay un equipo inscrito con id {ref}.")
    return peer


def revoke(session: Session, ref: str) -> SyncPeer:
    require_identity(session, "office")
    peer = find_peer(session, ref)
    peer.status, peer.secret = "revocado", ""
    return peer


def gaps(seqs: list[int]) -> list[int]:
    """Bundle numbers not received yet between 1 and the highest received."""
    have = set(seqs)
    return [n for n in range(1, max(have, default=0) + 1) if n not in have]
