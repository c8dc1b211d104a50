from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gestor_app.core.errors import ValidationError
from gestor_app.core.maps.geojson import import_geojson, read_boundary, to_feature_collection, write_geojson
from gestor_app.core.maps.kml import import_features_file, write_kml
from gestor_app.core.models.map import MapFeature
from gestor_app.core.services.map_features import list_features

FOREIGN = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-70.55291234567891, -33.47161, 612.5]},
     "properties": {"nombre": "Sede", "categoria": "sede_jjvv", "aforo": 40, "tags": ["a", "b"], "nulo": None,
                    "activo": True}},
    {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[-70.5553, -33.4712], [-70.554, -33.4735]]},
     "properties": {"name": "Ruta", "category": "ruta_evitada"}},
    {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[-70.5536, -33.4719], [-70.5524, -33.4718],
                                                                         [-70.5523, -33.4727], [-70.5536, -33.4719]]]},
     "properties": {"category": "plaza_cancha", "área": 1.5e-3}},
]}


def _count(store) -> int:
    with store.transaction() as s:
        return s.scalar(select(func.count()).select_from(MapFeature))


def _export(store, path: Path, writer=write_geojson) -> None:
    with store.transaction() as s:
        writer(path, list_features(s))


def _strip_ids(fc: dict) -> list[dict]:
    return [{k: v for k, v in f.items() if k != "id"} for f in fc["features"]]


def test_foreign_geojson_keeps_geometry_and_properties_exactly(store, tmp_path: Path):
    src = tmp_path / "in.geojson"
    src.write_text(json.dumps(FOREIGN), encoding="utf-8")
    with store.transaction() as s:
        made = import_geojson(s, src, territory_id=None)
        assert [f.title for f in made] == ["Sede", "Ruta", ""]
    out = tmp_path / "out.geojson"
    _export(store, out)
    back = json.loads(out.read_text(encoding="utf-8"))
    assert [f["geometry"] for f in back["features"]] == [f["geometry"] for f in FOREIGN["features"]]
    assert [f["properties"] for f in back["features"]] == [f["properties"] for f in FOREIGN["features"]]


def test_geojson_round_trip_of_our_features_is_exact(demo_store, tmp_path: Path, store):
    first = tmp_path / "a.geojson"
    _export(demo_store, first)
    with demo_store.transaction() as s:
        count = len(list_features(s))
    with demo_store.transaction() as s:
        for f in list_features(s):
            f.deleted = True
        import_geojson(s, first, territory_id=None)
    second = tmp_path / "b.geojson"
    _export(demo_store, second)
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    assert len(a["features"]) == count > 20 and _strip_ids(a) == _strip_ids(b)
    assert any(f["gestor"]["sensitive"] for f in b["features"])


def test_kml_round_trip_keeps_geometry_fields_and_properties(store, tmp_path: Path):
    src = tmp_path / "in.geojson"
    src.write_text(json.dumps(FOREIGN), encoding="utf-8")
    with store.transaction() as s:
        import_geojson(s, src, territory_id=None)
        before = to_feature_collection(list_features(s))
        write_kml(tmp_path / "x.kml", list_features(s))
        for f in list_features(s):
            f.deleted = True
        import_features_file(s, tmp_path / "x.kml", territory_id=None)
        after = to_feature_collection(list_features(s))
    assert _strip_ids(after) == _strip_ids(before)


@pytest.mark.parametrize("content, message", [
    ("not json", "no es JSON"),
    ('{"type": "Topology"}', "FeatureCollection"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", '
     '"coordinates": [-70.5, -33.4]}, "properties": {"categoria": "hotspot"}}, {"type": "Feature", '
     '"geometry": {"type": "Point", "coordinates": [500, 0]}, "properties": {"categoria": "hotspot"}}]}',
     "elemento 2"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", '
     '"coordinates": [-70.5, -33.4]}, "properties": {}}]}', "categoría"),
])
def test_bad_geojson_is_rejected_and_nothing_is_imported(store, tmp_path: Path, content, message):
    p = tmp_path / "bad.geojson"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=message), store.transaction() as s:
        import_features_file(s, p, territory_id=None)
    assert _count(store) == 0


@pytest.mark.parametrize("content, message", [
    ("<kml><Document><Placemark>", "XML mal formado"),
    ('<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "x">]><kml/>', "DOCTYPE"),
    ("<kml xmlns='http://www.opengis.net/kml/2.2'><Placemark><name>a</name><Point><coordinates>-70.5,-33.4"
     "</coordinates></Point></Placemark><Placemark><MultiGeometry/></Placemark></kml>", "MultiGeometry"),
])
def test_bad_kml_is_rejected_and_nothing_is_imported(store, tmp_path: Path, content, message):
    p = tmp_path / "bad.kml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=message), store.transaction() as s:
        import_features_file(s, p, territory_id=None, default_category="temor")
    assert _count(store) == 0


def test_a_boundary_is_read_from_a_file_with_one_polygon(tmp_path: Path):
    p = tmp_path / "b.geojson"
    p.write_text(json.dumps(FOREIGN), encoding="utf-8")
    assert read_boundary(p)["type"] == "Polygon"
