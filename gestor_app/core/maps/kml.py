"""KML 2.2 in both directions (Google Earth, My Maps, QGIS), for map features and territory boundaries.

Coordinates are written with ``repr`` (shortest exact form), so numbers come back bit for bit. The
file's own properties go in ``ExtendedData`` (one ``Data`` each; non-text values as JSON, listed in
the ``gestor`` entry with our own fields) and come back exactly on import.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from gestor_app.core.errors import ValidationError
from gestor_app.core.maps.features_io import GESTOR_KEY, Draft, gestor_member, make_draft, write_drafts
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.territory import Territory

NS = "http://www.opengis.net/kml/2.2"  # a namespace name, never fetched
_K = f"{{{NS}}}"


def _coords(positions: list[list[float]]) -> str:
    return " ".join(",".join(repr(float(v)) if not isinstance(v, int) else str(v) for v in p) for p in positions)


def _geometry(parent: ET.Element, geom: dict[str, Any]) -> None:
    kind, c = geom["type"], geom["coordinates"]
    if kind == "Point":
        ET.SubElement(ET.SubElement(parent, "Point"), "coordinates").text = _coords([c])
    elif kind == "LineString":
        ET.SubElement(ET.SubElement(parent, "LineString"), "coordinates").text = _coords(c)
    elif kind in ("Polygon", "MultiPolygon"):
        polys = c if kind == "MultiPolygon" else [c]
        target = ET.SubElement(parent, "MultiGeometry") if kind == "MultiPolygon" else parent
        for rings in polys:
            poly = ET.SubElement(target, "Polygon")
            for i, ring in enumerate(rings):
                box = ET.SubElement(poly, "outerBoundaryIs" if i == 0 else "innerBoundaryIs")
                ET.SubElement(ET.SubElement(box, "LinearRing"), "coordinates").text = _coords(ring)


def _placemark(doc: ET.Element, name: str, description: str, geom: dict[str, Any], props: dict[str, Any],
               ours: dict[str, Any]) -> None:
    pm = ET.SubElement(doc, "Placemark")
    ET.SubElement(pm, "name").text = name
    if description:
        ET.SubElement(pm, "description").text = description
    ext = ET.SubElement(pm, "ExtendedData")
    json_keys = [k for k, v in props.items() if not isinstance(v, str)]
    for key, value in props.items():
        data = ET.SubElement(ext, "Data", name=key)
        ET.SubElement(data, "value").text = json.dumps(value, ensure_ascii=False) if key in json_keys else value
    data = ET.SubElement(ext, "Data", name=GESTOR_KEY)
    ET.SubElement(data, "value").text = json.dumps({**ours, "json_keys": json_keys}, ensure_ascii=False)
    _geometry(pm, geom)


def write_kml(path: str | Path, features: list[MapFeature], territories: list[Territory] = ()) -> int:
    ET.register_namespace("", NS)
    root = ET.Element("kml", xmlns=NS)
    doc = ET.SubElement(root, "Document")
    ET.SubElement(doc, "name").text = "Gestor Territorial"
    n = 0
    for t in territories:
        if t.boundary:
            _placemark(doc, t.name, "", t.boundary, {"level": t.level, "code": t.code or ""}, {"kind": "territory"})
            n += 1
    for f in features:
        _placemark(doc, f.title, f.description, f.geometry, dict(f.properties or {}), gestor_member(f))
        n += 1
    ET.indent(root)
    Path(path).write_bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
    return n


def _parse_coords(el: ET.Element | None, n: int) -> list[list[float]]:
    if el is None or not (el.text or "").strip():
        raise ValidationError(f"El elemento {n} del archivo no tiene coordenadas.")
    try:
        return [[float(v) for v in tup.split(",")] for tup in el.text.split()]
    except ValueError as exc:
        raise ValidationError(f"El elemento {n} del archivo tiene coordenadas mal formadas.") from exc


def _find(el: ET.Element, path: str) -> ET.Element | None:
    return el.find(path.replace("k:", _K)) if el.tag.startswith(_K) else el.find(path.replace("k:", ""))


def _read_geometry(pm: ET.Element, n: int) -> dict[str, Any]:
    if (p := _find(pm, "k:Point")) is not None:
        return {"type": "Point", "coordinates": _parse_coords(_find(p, "k:coordinates"), n)[0]}
    if (ls := _find(pm, "k:LineString")) is not None:
        return {"type": "LineString", "coordinates": _parse_coords(_find(ls, "k:coordinates"), n)}
    if (poly := _find(pm, "k:Polygon")) is not None:
        outer = _parse_coords(_find(poly, "k:outerBoundaryIs/k:LinearRing/k:coordinates"), n)
        inner = [_parse_coords(c, n) for c in poly.iter() if c.tag.endswith("coordinates")][1:]
        return {"type": "Polygon", "coordinates": [outer, *inner]}
    raise ValidationError(f"El elemento {n} del archivo no tiene un punto, una línea o un polígono "
                          "(MultiGeometry no se admite).")


def _read_data(pm: ET.Element) -> tuple[dict[str, Any], dict[str, Any]]:
    raw: dict[str, str] = {}
    ext = _find(pm, "k:ExtendedData")
    if ext is not None:
        for data in ext:
            if data.tag.endswith("Data") and data.get("name"):
                v = _find(data, "k:value")
                raw[data.get("name")] = (v.text or "") if v is not None else ""
    ours: dict[str, Any] = {}
    if GESTOR_KEY in raw:
        try:
            ours = json.loads(raw.pop(GESTOR_KEY))
        except json.JSONDecodeError:
            ours = {}
    json_keys = set(ours.pop("json_keys", []) if isinstance(ours, dict) else [])
    props = {k: (json.loads(v) if k in json_keys else v) for k, v in raw.items()}
    return props, ours if isinstance(ours, dict) else {}


def _root(path: str | Path) -> ET.Element:
    p = Path(path)
    try:
        text = p.read_bytes()
    except OSError as exc:
        raise ValidationError(f"No se pudo leer {p.name}: {exc.strerror or exc}.") from exc
    if b"<!DOCTYPE" in text[:2000] or b"<!ENTITY" in text:
        raise ValidationError(f"{p.name}: los KML con DOCTYPE o entidades no se aceptan.")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise ValidationError(f"{p.name} no es un archivo KML: XML mal formado ({exc}).") from exc
    if not root.tag.endswith("kml"):
        raise ValidationError(f"{p.name} no es un archivo KML.")
    return root


def read_boundary_kml(path: str | Path) -> dict:
    """The one polygon of a KML file (a Placemark with a Polygon), to use as a territory boundary."""
    root = _root(path)
    polys = [_read_geometry(pm, n) for n, pm in enumerate((e for e in root.iter() if e.tag.endswith("Placemark")), 1)
             if _find(pm, "k:Polygon") is not None]
    if len(polys) != 1:
        raise ValidationError(f"{Path(path).name} debe contener exactamente un polígono para usarlo como límite "
                              f"(contiene {len(polys)}).")
    from gestor_app.core.services.territories import validate_boundary

    return validate_boundary(polys[0])


def parse_kml(path: str | Path, *, default_category: str | None = None) -> list[Draft]:
    p = Path(path)
    root = _root(p)
    drafts: list[Draft] = []
    for n, pm in enumerate((e for e in root.iter() if e.tag.endswith("Placemark")), 1):
        props, ours = _read_data(pm)
        if ours.get("kind") == "territory":
            continue
        name, desc = _find(pm, "k:name"), _find(pm, "k:description")
        drafts.append(make_draft(n, _read_geometry(pm, n), props or None, ours, default_category=default_category,
                                 name=(name.text or "") if name is not None else "",
                                 description=(desc.text or "") if desc is not None else ""))
    if not drafts:
        raise ValidationError(f"{p.name} no contiene elementos para el mapa.")
    return drafts


def import_kml(session: Session, path: str | Path, *, territory_id: str | None,
               default_category: str | None = None, session_id: str | None = None) -> list[MapFeature]:
    drafts = parse_kml(path, default_category=default_category)
    return write_drafts(session, drafts, territory_id=territory_id, session_id=session_id)


def read_boundary_file(path: str | Path) -> dict:
    """A territory boundary from a GeoJSON or KML file with exactly one polygon."""
    from gestor_app.core.maps.geojson import read_boundary

    suffix = Path(path).suffix.lower()
    if suffix == ".kml":
        return read_boundary_kml(path)
    if suffix in (".geojson", ".json"):
        return read_boundary(path)
    raise ValidationError(f"Formato no reconocido «{suffix}»: use un archivo .geojson, .json o .kml.")


def import_features_file(session: Session, path: str | Path, **kw: Any) -> list[MapFeature]:
    """GeoJSON or KML, by extension."""
    from gestor_app.core.maps.geojson import import_geojson

    suffix = Path(path).suffix.lower()
    if suffix == ".kml":
        return import_kml(session, path, **kw)
    if suffix in (".geojson", ".json"):
        return import_geojson(session, path, **kw)
    raise ValidationError(f"Formato no reconocido «{suffix}»: use un archivo .geojson, .json o .kml.")
