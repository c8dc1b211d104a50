"""Territories: the hierarchy, validation of codes and boundaries, the current territory."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.territory import TERRITORY_LEVELS, Territory
from gestor_app.core.services.settings import CURRENT_TERRITORY, get_setting, set_setting

_EDITABLE = {"name", "code", "description", "population", "boundary", "parent_id"}
_PARENT_LEVEL = {"comuna": None, "macrosector": "comuna", "unidad_vecinal": "macrosector", "barrio": "unidad_vecinal"}


def validate_boundary(geom: Any) -> dict[str, Any] | None:
    """A GeoJSON Polygon/MultiPolygon in WGS84 (lon, lat), or None."""
    if geom is None:
        return None
    if not isinstance(geom, dict) or geom.get("type") not in ("Polygon", "MultiPolygon"):
        raise ValidationError("El límite debe ser un polígono GeoJSON (Polygon o MultiPolygon).")
    polys = geom.get("coordinates") if geom["type"] == "MultiPolygon" else [geom.get("coordinates")]
    try:
        for poly in polys:
            for ring in poly:
                if len(ring) < 4 or ring[0] != ring[-1]:
                    raise ValidationError("Cada anillo del límite debe tener al menos 4 puntos y cerrarse.")
                for lon, lat, *_ in ring:
                    if not (-180 <= float(lon) <= 180 and -90 <= float(lat) <= 90):
                        raise ValidationError(f"Coordenada fuera de rango: {lon}, {lat}.")
    except (TypeError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError("El límite tiene coordenadas mal formadas.") from exc
    return geom


def _validate(level: str, code: str | None, name: str) -> None:
    if level not in TERRITORY_LEVELS:
        raise ValidationError(f"Nivel territorial desconocido: {level!r}.")
    if not name.strip():
        raise ValidationError("El territorio necesita un nombre.")
    if level == "comuna" and not (isinstance(code, str) and re.fullmatch(r"\d{5}", code)):
        raise ValidationError("El código CUT de una comuna tiene 5 dígitos (por ejemplo «13119»).")


def create_territory(session: Session, *, name: str, level: str, code: str | None = None,
                     parent_id: str | None = None, boundary: dict[str, Any] | None = None,
                     description: str = "", population: int | None = None, id: str | None = None) -> Territory:
    _validate(level, code, name)
    if parent_id is not None:
        parent = get_territory(session, parent_id)
        if _PARENT_LEVEL[level] and parent.level != _PARENT_LEVEL[level]:
            raise ValidationError(f"Un(a) {TERRITORY_LEVELS[level].lower()} debe pertenecer a un(a) "
                                  f"{TERRITORY_LEVELS[_PARENT_LEVEL[level]].lower()}.")
    t = Territory(name=name.strip(), level=level, code=code, parent_id=parent_id,
                  boundary=validate_boundary(boundary), description=description, population=population)
    if id:
        t.id = id
    session.add(t)
    session.flush()
    return t


def get_territory(session: Session, territory_id: str) -> Territory:
    t = session.get(Territory, territory_id)
    if t is None or t.deleted:
        raise NotFoundError("El territorio no existe o está en la papelera.")
    return t


def update_territory(session: Session, territory_id: str, **changes: Any) -> Territory:
    t = get_territory(session, territory_id)
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    if "boundary" in changes:
        changes["boundary"] = validate_boundary(changes["boundary"])
    if "population" in changes and changes["population"] is not None and int(changes["population"]) < 0:
        raise ValidationError("La población no puede ser negativa.")
    merged = {"name": t.name, "code": t.code, **changes}
    _validate(t.level, merged["code"], merged["name"])
    for key, value in changes.items():
        if getattr(t, key) != value:
            setattr(t, key, value)
    session.flush()
    return t


def list_territories(session: Session) -> list[Territory]:
    """All live territories, parents before children (depth-first, by name)."""
    rows = list(session.scalars(select(Territory).where(Territory.deleted.is_(False)).order_by(Territory.name)))
    by_parent: dict[str | None, list[Territory]] = {}
    ids = {t.id for t in rows}
    for t in rows:
        by_parent.setdefault(t.parent_id if t.parent_id in ids else None, []).append(t)
    out: list[Territory] = []

    def walk(pid: str | None) -> None:
        for t in by_parent.get(pid, []):
            out.append(t)
            walk(t.id)

    walk(None)
    return out


def depth(session: Session, territory: Territory) -> int:
    d, seen = 0, {territory.id}
    while territory.parent_id and (parent := session.get(Territory, territory.parent_id)) and parent.id not in seen:
        d, territory = d + 1, parent
        seen.add(parent.id)
    return d


def current_territory(session: Session) -> Territory | None:
    tid = get_setting(session, CURRENT_TERRITORY)
    t = session.get(Territory, tid) if tid else None
    return t if t is not None and not t.deleted else None


def set_current_territory(session: Session, territory_id: str) -> Territory:
    t = get_territory(session, territory_id)
    set_setting(session, CURRENT_TERRITORY, t.id)
    return t
