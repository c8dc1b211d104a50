"""Map features: create, edit, list, send to the bin. Geometry is GeoJSON (WGS84, lon/lat)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.models.map import FEATURE_SOURCES, MapFeature
from gestor_app.core.services.bin import move_to_bin

_EDITABLE = {"category", "geometry", "title", "description", "observed_on", "source", "sensitive",
             "session_id", "properties", "territory_id"}


def _positions(geom: dict[str, Any]) -> list[Any]:
    kind, coords = geom.get("type"), geom.get("coordinates")
    if kind == "Point":
        return [coords]
    if kind == "LineString":
        if not isinstance(coords, list) or len(coords) < 2:
            raise ValidationError("Una línea necesita al menos 2 puntos.")
        return coords
    if kind == "Polygon":
        if not isinstance(coords, list) or not coords:
            raise ValidationError("Un polígono necesita al menos un anillo.")
        for ring in coords:
            if not isinstance(ring, list) or len(ring) < 4 or ring[0] != ring[-1]:
                raise ValidationError("Cada anillo de un polígono debe tener al menos 4 puntos y cerrarse.")
        return [p for ring in coords for p in ring]
    raise ValidationError(f"Tipo de geometría no admitido: {kind!r} (use Point, LineString o Polygon).")


def validate_geometry(geom: Any) -> dict[str, Any]:
    if not isinstance(geom, dict):
        raise ValidationError("La geometría debe ser un objeto GeoJSON.")
    try:
        for lon, lat, *_ in _positions(geom):
            if not (-180 <= float(lon) <= 180 and -90 <= float(lat) <= 90):
                raise ValidationError(f"Coordenada fuera de rango: {lon}, {lat}.")
    except (TypeError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError("La geometría tiene coordenadas mal formadas.") from exc
    return {"type": geom["type"], "coordinates": geom["coordinates"]}


def _check(category: str, geometry: dict[str, Any], source: str) -> None:
    cat = default_legend().get(category)
    if geometry["type"] not in cat.geometries:
        raise ValidationError(f"La categoría «{cat.label}» no admite geometría {geometry['type']}.")
    if source not in FEATURE_SOURCES:
        raise ValidationError(f"Fuente desconocida: {source!r}.")


def create_feature(session: Session, *, territory_id: str | None, category: str, geometry: dict[str, Any],
                   title: str = "", description: str = "", observed_on: date | None = None,
                   source: str = "taller", sensitive: bool = False, session_id: str | None = None,
                   properties: dict[str, Any] | None = None, id: str | None = None) -> MapFeature:
    geometry = validate_geometry(geometry)
    _check(category, geometry, source)
    f = MapFeature(territory_id=territory_id, category=category, geometry=geometry, title=title.strip(),
                   description=description, observed_on=observed_on, source=source, sensitive=sensitive,
                   session_id=session_id, properties=properties)
    if id:
        f.id = id
    session.add(f)
    session.flush()
    return f


def get_feature(session: Session, feature_id: str) -> MapFeature:
    f = session.get(MapFeature, feature_id)
    if f is None or f.deleted:
        raise NotFoundError("El elemento del mapa no existe o está en la papelera.")
    return f


def update_feature(session: Session, feature_id: str, **changes: Any) -> MapFeature:
    f = get_feature(session, feature_id)
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    if "geometry" in changes:
        changes["geometry"] = validate_geometry(changes["geometry"])
    _check(changes.get("category", f.category), changes.get("geometry", f.geometry), changes.get("source", f.source))
    for key, value in changes.items():
        if getattr(f, key) != value:
            setattr(f, key, value)
    session.flush()
    return f


def list_features(session: Session, *, territory_id: str | None = None, include_sensitive: bool = True,
                  categories: set[str] | None = None) -> list[MapFeature]:
    q = select(MapFeature).where(MapFeature.deleted.is_(False))
    if territory_id is not None:
        q = q.where(MapFeature.territory_id == territory_id)
    if not include_sensitive:
        q = q.where(MapFeature.sensitive.is_(False))
    if categories is not None:
        q = q.where(MapFeature.category.in_(sorted(categories)))
    return list(session.scalars(q.order_by(MapFeature.created_at, MapFeature.id)))


def delete_feature(session: Session, feature_id: str) -> None:
    move_to_bin(session, get_feature(session, feature_id))
