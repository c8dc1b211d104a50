"""The barrio diagnosis: territory-wide content, evidence cited by each problem (any record, by
table name + id) and the complete diagnosis as data for reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.db.base import model_for_table
from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.models.diagnosis import (
    DIAGNOSIS_TEXT_FIELDS,
    PROBLEM_TEXT_FIELDS,
    Diagnosis,
    EvidenceLink,
)
from gestor_app.core.services.bin import move_to_bin
from gestor_app.core.services.map_features import list_features
from gestor_app.core.services.problems import get_problem, list_problems
from gestor_app.core.services.territories import get_territory

HOTSPOT_CATEGORIES = {"hotspot", "harmspot"}
RESOURCE_FAMILIES = {"recursos", "instituciones", "actores"}


def get_diagnosis(session: Session, *, territory_id: str, create: bool = True) -> Diagnosis | None:
    """The territory's diagnosis; created empty on first use when ``create``."""
    q = select(Diagnosis).where(Diagnosis.territory_id == territory_id, Diagnosis.deleted.is_(False))
    d = session.scalars(q.order_by(Diagnosis.created_at, Diagnosis.id)).first()
    if d is None and create:
        get_territory(session, territory_id)
        d = Diagnosis(territory_id=territory_id)
        session.add(d)
        session.flush()
    return d


def update_diagnosis(session: Session, *, territory_id: str, **changes: str) -> Diagnosis:
    unknown = set(changes) - set(DIAGNOSIS_TEXT_FIELDS)
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    d = get_diagnosis(session, territory_id=territory_id)
    assert d is not None
    for key, value in changes.items():
        if getattr(d, key) != value:
            setattr(d, key, value)
    session.flush()
    return d


@dataclass(frozen=True)
class Evidence:
    link_id: str
    entity: str
    record_id: str
    kind: str
    title: str
    note: str
    available: bool  # False when the cited record is in the bin or has not arrived yet


def _cited(session: Session, entity: str, record_id: str) -> Any:
    try:
        model = model_for_table(entity)
    except KeyError as exc:
        raise ValidationError(f"No se puede citar como evidencia un registro de «{entity}».") from exc
    return model, session.get(model, record_id)


def add_evidence(session: Session, *, problem_id: str, entity: str, record_id: str, note: str = "",
                 id: str | None = None) -> EvidenceLink:
    get_problem(session, problem_id)
    _model, obj = _cited(session, entity, record_id)
    if obj is None or obj.deleted:
        raise NotFoundError("El registro citado como evidencia no existe o está en la papelera.")
    for e in list_evidence(session, problem_id=problem_id):
        if e.entity == entity and e.record_id == record_id:
            raise ValidationError("Esa evidencia ya está citada en la problemática.")
    link = EvidenceLink(problem_id=problem_id, entity=entity, record_id=record_id, note=note)
    if id:
        link.id = id
    session.add(link)
    session.flush()
    return link


def remove_evidence(session: Session, link_id: str) -> None:
    link = session.get(EvidenceLink, link_id)
    if link is None or link.deleted:
        raise NotFoundError("La evidencia no existe o ya está en la papelera.")
    move_to_bin(session, link)


def list_evidence(session: Session, *, problem_id: str) -> list[Evidence]:
    q = select(EvidenceLink).where(EvidenceLink.problem_id == problem_id, EvidenceLink.deleted.is_(False))
    out = []
    for link in session.scalars(q.order_by(EvidenceLink.created_at, EvidenceLink.id)):
        try:
            model, obj = _cited(session, link.entity, link.record_id or "")
            kind = model.__label__
        except ValidationError:
            obj, kind = None, link.entity
        ok = obj is not None and not obj.deleted
        out.append(Evidence(link.id, link.entity, link.record_id or "", kind,
                            obj.display_title() if ok else "(no disponible)", link.note, ok))
    return out


def hotspots(session: Session, *, territory_id: str) -> list[Any]:
    return list_features(session, territory_id=territory_id, categories=HOTSPOT_CATEGORIES)


def resource_features(session: Session, *, territory_id: str) -> list[Any]:
    cats = {c.key for c in default_legend().categories if c.family in RESOURCE_FAMILIES}
    return list_features(session, territory_id=territory_id, categories=cats)


@dataclass
class DiagnosisReport:
    territory: str
    boundary: dict[str, Any] | None
    population: int | None
    sections: dict[str, str]
    problems: list[dict[str, Any]] = field(default_factory=list)
    hotspots: list[dict[str, Any]] = field(default_factory=list)
    resources: list[dict[str, Any]] = field(default_factory=list)


def _feature_row(f: Any) -> dict[str, Any]:
    return {"id": f.id, "category": default_legend().get(f.category).label, "title": f.display_title(),
            "description": f.description, "sensitive": f.sensitive}


def diagnosis_report(session: Session, *, territory_id: str, include_sensitive: bool = False) -> DiagnosisReport:
    """The complete diagnosis as plain data (labels in Spanish), for the PDF report."""
    t = get_territory(session, territory_id)
    d = get_diagnosis(session, territory_id=territory_id, create=False)
    sections = {label: getattr(d, key) if d else "" for key, label in DIAGNOSIS_TEXT_FIELDS.items()}
    rep = DiagnosisReport(t.name, t.boundary, t.population, sections)
    for p in list_problems(session, territory_id=territory_id):
        ev = [e for e in list_evidence(session, problem_id=p.id) if e.available]
        rep.problems.append({"id": p.id, "title": p.title,
                             "fields": {label: getattr(p, key) for key, label in PROBLEM_TEXT_FIELDS.items()},
                             "evidence": [{"kind": e.kind, "title": e.title, "note": e.note} for e in ev]})

    def keep(f: Any) -> bool:
        return include_sensitive or not f.sensitive

    rep.hotspots = [_feature_row(f) for f in hotspots(session, territory_id=territory_id) if keep(f)]
    rep.resources = [_feature_row(f) for f in resource_features(session, territory_id=territory_id) if keep(f)]
    return rep
