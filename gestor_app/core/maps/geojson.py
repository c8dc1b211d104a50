"""GeoJSON (RFC 7946, WGS84 lon/lat) in both directions, for map features and territory boundaries."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from gestor_app.core.errors import ValidationError
from gestor_app.core.maps.features_io import GESTOR_KEY, Draft, gestor_member, make_draft, write_drafts
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.territory import Territory
from gestor_app.core.services.territories import validate_boundary


def feature_to_geojson(f: MapFeature) -> dict[str, Any]:
    return {"type": "Feature", "id": f.id, "geometry": f.geometry,
            "properties": dict(f.properties) if f.properties is not None else {},
            GESTOR_KEY: gestor_member(f)}


def territory_to_geojson(t: Territory) -> dict[str, Any]:
    return {"type": "Feature", "id": t.id, "geometry": t.boundary,
            "properties": {"name": t.name, "level": t.level, "code": t.code},
            GESTOR_KEY: {"kind": "territory"}}


def to_feature_collection(features: list[MapFeature], territories: list[Territory] = ()) -> dict[str, Any]:
    items = [territory_to_geojson(t) for t in territories if t.boundary]
    return {"type": "FeatureCollection", "features": items + [feature_to_geojson(f) for f in features]}


def write_geojson(path: str | Path, features: list[MapFeature], territories: list[Territory] = ()) -> int:
    fc = to_feature_collection(features, territories)
    Path(path).write_text(json.dumps(fc, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(fc["features"])


def load_geojson(path: str | Path) -> dict[str, Any]:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(f"No se pudo leer {p.name}: {exc.strerror or exc}.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"{p.name} no es un archivo GeoJSON: no es JSON válido.") from exc
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = {"type": "FeatureCollection", "features": [data]}
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" or not isinstance(
            data.get("features"), list):
        raise ValidationError(f"{p.name} no es un GeoJSON válido: se esperaba un FeatureCollection.")
    return data


def parse_geojson(path: str | Path, *, default_category: str | None = None) -> list[Draft]:
    """Every map feature of the file, validated (territory boundaries it carries are skipped)."""
    data = load_geojson(path)
    drafts: list[Draft] = []
    for n, item in enumerate(data["features"], 1):
        if not isinstance(item, dict) or item.get("type") != "Feature":
            raise ValidationError(f"El elemento {n} del archivo no es un Feature GeoJSON.")
        ours = item.get(GESTOR_KEY)
        if isinstance(ours, dict) and ours.get("kind") == "territory":
            continue
        props = item.get("properties")
        if props is not None and not isinstance(props, dict):
            raise ValidationError(f"El elemento {n} del archivo tiene propiedades que no son un objeto.")
        drafts.append(make_draft(n, item.get("geometry"), props, ours, default_category=default_category))
    if not drafts:
        raise ValidationError(f"{Path(path).name} no contiene elementos para el mapa.")
    return drafts


def import_geojson(session: Session, path: str | Path, *, territory_id: str | None,
                   default_category: str | None = None, session_id: str | None = None) -> list[MapFeature]:
    drafts = parse_geojson(path, default_category=default_category)
    return write_drafts(session, drafts, territory_id=territory_id, session_id=session_id)


def read_boundary(path: str | Path) -> dict[str, Any]:
    """The one (Multi)Polygon of a GeoJSON file, to use as a territory boundary."""
    data = load_geojson(path)
    polys = [f.get("geometry") for f in data["features"] if isinstance(f, dict)
             and isinstance(f.get("geometry"), dict) and f["geometry"].get("type") in ("Polygon", "MultiPolygon")]
    if len(polys) != 1:
        raise ValidationError(f"{Path(path).name} debe contener exactamente un polígono para usarlo como límite "
                              f"(contiene {len(polys)}).")
    return validate_boundary(polys[0])
