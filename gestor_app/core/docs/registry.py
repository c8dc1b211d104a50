"""The documents the app prints, and what each prints from.

``SOURCES[kind]`` lists records (``gestor list KIND``); ``DOCUMENTS[kind]`` turns one of them into a
PDF (``gestor report KIND ID``). The CLI, the Documents screen and the tests read both dicts, so a new
document is one module plus two lines in ``_register_builtin`` below. For the acta::

    # core/docs/documents/acta.py
    def build(req: DocRequest) -> Document:
        m = get_meeting(req.session, req.record_id)          # NotFoundError → clear CLI message
        story = title_block("Acta de sesión", m.title, [("Fecha", long_date(m.held_on)), ...])
        story += [heading("Asistencia"), data_table(["Nombre", "Organización", "Rol", "Firma"], rows),
                  heading("Acuerdos"), data_table([...], agreements), signature_lines([...])]
        if req.community: ...                                # leave out what neighbours must not see
        return Document("Acta de sesión", m.title, story, m.territory_id)

    register_source(Source("actas", "Actas", _actas))        # _actas(session, territory_id) -> [Listed]
    register_document(DocumentSpec("acta", "Acta de Mesa de Seguridad", "actas", acta.build, "ACT",
                                   default_audience=Audience.COMMUNITY))

``req`` carries the session, the record id, the audience, the config (photos, basemaps), a
``Progress`` and ``options``; ``map_flowable``/``feature_items`` in ``core.docs.base`` draw maps and
``req.keep(feature)`` drops sensitive points from community versions.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.config import AppConfig
from gestor_app.core.docs.base import DocRequest, Document
from gestor_app.core.docs.kit import Audience, DocMeta, build_pdf, pdf_bytes
from gestor_app.core.docs.letterhead import letterhead
from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.progress import Progress


@dataclass(frozen=True)
class Listed:
    id: str
    title: str
    territory_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "territory_id": self.territory_id, **self.extra}


@dataclass(frozen=True)
class Source:
    kind: str  # `gestor list KIND`
    label: str
    records: Callable[[Session, str | None], list[Listed]]  # (session, territory_id or None = all)


@dataclass(frozen=True)
class DocumentSpec:
    kind: str  # `gestor report KIND ID`
    label: str  # Spanish name of the document
    source: str  # key of SOURCES whose ids it prints
    build: Callable[[DocRequest], Document]
    prefix: str  # first part of the document id (e.g. "MAR")
    default_audience: Audience = Audience.INTERNAL
    resolve: Callable[[Session, str], str] | None = None  # maps another accepted id to the source's id


SOURCES: dict[str, Source] = {}
DOCUMENTS: dict[str, DocumentSpec] = {}


def register_source(source: Source) -> None:
    SOURCES[source.kind] = source


def register_document(spec: DocumentSpec) -> None:
    DOCUMENTS[spec.kind] = spec


def list_records(session: Session, kind: str, *, territory_id: str | None = None) -> list[Listed]:
    if kind not in SOURCES:
        raise ValidationError(f"Tipo de listado desconocido «{kind}»: use {', '.join(sorted(SOURCES))}.")
    return SOURCES[kind].records(session, territory_id)


def document_spec(kind: str) -> DocumentSpec:
    if kind not in DOCUMENTS:
        raise ValidationError(f"Tipo de documento desconocido «{kind}»: use {', '.join(sorted(DOCUMENTS))}.")
    return DOCUMENTS[kind]


@dataclass(frozen=True)
class Printable:
    kind: str
    label: str
    record_id: str
    title: str
    default_audience: Audience


def printable(session: Session, *, territory_id: str | None) -> list[Printable]:
    """Everything that can be printed for a territory, document by document."""
    out = []
    for spec in DOCUMENTS.values():
        for rec in SOURCES[spec.source].records(session, territory_id):
            out.append(Printable(spec.kind, spec.label, rec.id, rec.title, spec.default_audience))
    return out


def doc_id(spec: DocumentSpec, record_id: str, audience: Audience, when: datetime) -> str:
    digest = hashlib.sha256(f"{spec.kind}|{record_id}|{audience}|{when.isoformat()}".encode()).hexdigest()
    return f"{spec.prefix}-{when:%Y%m%d}-{digest[:6].upper()}-{'C' if audience is Audience.COMMUNITY else 'I'}"


def prepare(session: Session, config: AppConfig, *, kind: str, record_id: str, audience: str | Audience | None = None,
            progress: Progress | None = None, options: dict[str, Any] | None = None,
            generated_at: datetime | None = None) -> tuple[DocMeta, Document]:
    spec = document_spec(kind)
    aud = Audience.parse(audience, spec.default_audience)
    rid = spec.resolve(session, record_id) if spec.resolve else record_id
    req = DocRequest(session, rid, aud, config, progress or Progress(), dict(options or {}))
    doc = spec.build(req)
    when = generated_at or datetime.now().astimezone()
    meta = DocMeta(doc.title, doc_id(spec, rid, aud, when), aud, letterhead(session, territory_id=doc.territory_id),
                   subtitle=doc.subtitle, generated_at=when, pagesize=doc.pagesize)
    return meta, doc


def render_document(session: Session, config: AppConfig, *, kind: str, record_id: str, out: Path,
                    audience: str | Audience | None = None, progress: Progress | None = None,
                    options: dict[str, Any] | None = None, generated_at: datetime | None = None) -> int:
    """Write the PDF to ``out`` atomically (temp file, fsync, rename); returns its page count."""
    out = Path(out)
    if not out.parent.is_dir():
        raise ValidationError(f"No existe la carpeta {out.parent}.")
    meta, doc = prepare(session, config, kind=kind, record_id=record_id, audience=audience, progress=progress,
                        options=options, generated_at=generated_at)
    tmp = out.with_name(f".{out.name}.part")
    try:
        pages = build_pdf(tmp, meta, doc.story)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return pages


def render_bytes(session: Session, config: AppConfig, *, kind: str, record_id: str,
                 audience: str | Audience | None = None, progress: Progress | None = None,
                 options: dict[str, Any] | None = None) -> bytes:
    meta, doc = prepare(session, config, kind=kind, record_id=record_id, audience=audience, progress=progress,
                        options=options)
    return pdf_bytes(meta, doc.story)


# ---------------------------------------------------------------- sources


def _territories(session: Session, territory_id: str | None) -> list[Listed]:
    from gestor_app.core.services.territories import get_territory, list_territories

    rows = [get_territory(session, territory_id)] if territory_id else list_territories(session)
    return [Listed(t.id, t.display_title(), t.id, {"level": t.level}) for t in rows]


def _walks(session: Session, territory_id: str | None) -> list[Listed]:
    from gestor_app.core.services.walks import list_walks

    return [Listed(w.id, w.display_title(), w.territory_id, {"date": w.walk_date.isoformat() if w.walk_date else None})
            for w in list_walks(session, territory_id=territory_id)]


def _focus_groups(session: Session, territory_id: str | None) -> list[Listed]:
    from gestor_app.core.services.focus_groups import list_focus_groups

    return [Listed(f.id, f.display_title(), f.territory_id, {"date": f.held_on.isoformat() if f.held_on else None})
            for f in list_focus_groups(session, territory_id=territory_id)]


def _diagnoses(session: Session, territory_id: str | None) -> list[Listed]:
    from gestor_app.core.models.diagnosis import Diagnosis
    from gestor_app.core.models.territory import Territory

    q = select(Diagnosis).where(Diagnosis.deleted.is_(False))
    if territory_id:
        q = q.where(Diagnosis.territory_id == territory_id)
    out = []
    for d in session.scalars(q.order_by(Diagnosis.created_at, Diagnosis.id)):
        t = session.get(Territory, d.territory_id) if d.territory_id else None
        if t is not None and not t.deleted:
            out.append(Listed(d.id, f"Diagnóstico: {t.display_title()}", t.id))
    return out


def _diagnosis_territory(session: Session, record_id: str) -> str:
    """``gestor report diagnosis`` takes a diagnosis id or the id of its territory."""
    from gestor_app.core.models.diagnosis import Diagnosis
    from gestor_app.core.models.territory import Territory

    d = session.get(Diagnosis, record_id)
    if d is not None and not d.deleted and d.territory_id:
        return d.territory_id
    t = session.get(Territory, record_id)
    if t is not None and not t.deleted:
        return t.id
    raise NotFoundError(f"No existe un diagnóstico ni un territorio con id «{record_id}».")


def _actas(session: Session, territory_id: str | None) -> list[Listed]:
    from gestor_app.core.models.meetings import MEETING_STATUSES
    from gestor_app.core.services.meetings import list_meetings

    return [Listed(m.id, f"Acta: {m.display_title()}", m.territory_id,
                   {"date": m.held_on.isoformat() if m.held_on else None, "number": m.number,
                    "status": MEETING_STATUSES.get(m.status, m.status)})
            for m in list_meetings(session, territory_id=territory_id)]


def _plans(session: Session, territory_id: str | None) -> list[Listed]:
    from gestor_app.core.models.plans import ActionPlan
    from gestor_app.core.models.territory import Territory

    q = select(ActionPlan).where(ActionPlan.deleted.is_(False))
    if territory_id:
        q = q.where(ActionPlan.territory_id == territory_id)
    out = []
    for p in session.scalars(q.order_by(ActionPlan.created_at, ActionPlan.id)):
        t = session.get(Territory, p.territory_id) if p.territory_id else None
        if t is not None and not t.deleted:
            title = p.title if p.title and p.title != "Plan de acción" else f"Plan de acción: {t.display_title()}"
            out.append(Listed(p.id, title, t.id,
                              {"validated_on": p.validated_on.isoformat() if p.validated_on else None}))
    return out


def _register_builtin() -> None:
    from gestor_app.core.docs.documents import acta, diagnosis, focus_group, map_sheet, plan, walk

    register_source(Source("territories", "Territorios", _territories))
    register_source(Source("walks", "Marchas exploratorias", _walks))
    register_source(Source("focus-groups", "Grupos focales", _focus_groups))
    register_source(Source("diagnoses", "Diagnósticos", _diagnoses))
    register_document(DocumentSpec("walk", "Informe de marcha exploratoria", "walks", walk.build, "MAR"))
    register_document(DocumentSpec("focus-group", "Resumen de grupo focal", "focus-groups", focus_group.build, "GF"))
    register_document(DocumentSpec("diagnosis", "Diagnóstico del barrio", "diagnoses", diagnosis.build, "DIA",
                                   resolve=_diagnosis_territory))
    register_document(DocumentSpec("map-sheet", "Lámina de cartografía", "territories", map_sheet.build, "LAM",
                                   default_audience=Audience.COMMUNITY))
    register_source(Source("actas", "Actas", _actas))
    register_source(Source("plans", "Planes de acción", _plans))
    register_document(DocumentSpec("acta", "Acta de Mesa de Seguridad", "actas", acta.build, "ACT",
                                   default_audience=Audience.COMMUNITY))
    register_document(DocumentSpec("plan", "Plan de acción", "plans", plan.build, "PLA"))


_register_builtin()
