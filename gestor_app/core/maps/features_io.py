"""What GeoJSON and KML import/export share: a validated draft of a feature, and the writes.

A file is parsed and *every* feature validated before anything is written: a bad file imports
nothing. The file's own properties are kept as they came in ``MapFeature.properties``; our own
fields travel beside them (GeoJSON: the foreign member ``gestor``; KML: an ``ExtendedData`` entry
``gestor``) so a file exported here and imported again gives the same features exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from gestor_app.core.errors import ValidationError
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.models.map import FEATURE_SOURCES, MapFeature
from gestor_app.core.services.map_features import create_feature, validate_geometry

GESTOR_KEY = "gestor"
TITLE_KEYS = ("title", "titulo", "título", "name", "nombre")
CATEGORY_KEYS = ("category", "categoria", "categoría")


@dataclass
class Draft:
    geometry: dict[str, Any]
    category: str
    title: str = ""
    description: str = ""
    observed_on: date | None = None
    source: str = "fuente_secundaria"
    sensitive: bool = False
    properties: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def gestor_member(f: MapFeature) -> dict[str, Any]:
    """Our own fields of a feature, as written next to the file's properties."""
    return {"category": f.category, "title": f.title, "description": f.description,
            "observed_on": f.observed_on.isoformat() if f.observed_on else None, "source": f.source,
            "sensitive": bool(f.sensitive)}


def make_draft(n: int, geometry: Any, properties: dict[str, Any] | None, ours: dict[str, Any] | None,
               *, default_category: str | None, name: str = "", description: str = "") -> Draft:
    """Validate one feature of a file (``n`` counts from 1, for the message)."""
    where = f"El elemento {n} del archivo"
    try:
        geom = validate_geometry(geometry)
    except ValidationError as exc:
        raise ValidationError(f"{where}: {exc}") from exc
    ours = ours if isinstance(ours, dict) else {}
    props = properties or {}
    legend = default_legend()
    keys = {c.key for c in legend.categories}
    category = ours.get("category") or next((props[k] for k in CATEGORY_KEYS if props.get(k) in keys), None)
    category = category or default_category
    if not category:
        raise ValidationError(f"{where} no tiene una categoría de la leyenda; indique una categoría para importar.")
    if category not in keys:
        raise ValidationError(f"{where}: categoría desconocida «{category}».")
    cat = legend.get(category)
    if geom["type"] not in cat.geometries:
        raise ValidationError(f"{where}: la categoría «{cat.label}» no admite geometría {geom['type']}.")
    source = ours.get("source") or "fuente_secundaria"
    if source not in FEATURE_SOURCES:
        raise ValidationError(f"{where}: fuente desconocida «{source}».")
    observed = ours.get("observed_on")
    try:
        observed_on = date.fromisoformat(observed) if observed else None
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"{where}: fecha inválida «{observed}».") from exc
    title = ours.get("title")
    if title is None:
        title = name or next((str(props[k]) for k in TITLE_KEYS if props.get(k)), "")
    return Draft(geom, category, str(title)[:200], str(ours.get("description", description) or ""), observed_on,
                 source, bool(ours.get("sensitive", False)), properties)


def write_drafts(session: Session, drafts: list[Draft], *, territory_id: str | None,
                 session_id: str | None = None) -> list[MapFeature]:
    return [create_feature(session, territory_id=territory_id, category=d.category, geometry=d.geometry,
                           title=d.title, description=d.description, observed_on=d.observed_on, source=d.source,
                           sensitive=d.sensitive, session_id=session_id, properties=d.properties)
            for d in drafts]
