"""Analyst exports: filters, sensitive data only on request and marked, the formats QGIS/Excel read."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from gestor_app.core.errors import ValidationError
from gestor_app.core.exports.filters import parse_filters
from gestor_app.core.exports.tables import SENSITIVE_MARK, features_table, walk_answers_table
from gestor_app.core.exports.writers import export
from gestor_app.core.models import MapFeature


def _live(s, **where) -> list[MapFeature]:
    q = select(MapFeature).where(MapFeature.deleted.is_(False))
    for k, v in where.items():
        q = q.where(getattr(MapFeature, k) == v)
    return list(s.scalars(q))


def test_sensitive_points_stay_out_unless_asked_and_then_are_marked(demo_store):
    with demo_store.transaction() as s:
        everything, sensitive = _live(s), _live(s, sensitive=True)
        assert sensitive, "the demo must hold sensitive points for this test to mean anything"
        plain = features_table(s, parse_filters(s, []))
        assert len(plain.rows) == len(everything) - len(sensitive)
        assert {r[0] for r in plain.rows}.isdisjoint({x.id for x in sensitive})
        full = features_table(s, parse_filters(s, ["sensibles=si"]))
        col = full.headers.index("sensible")
        assert len(full.rows) == len(everything)
        assert sorted(r[0] for r in full.rows if r[col] == SENSITIVE_MARK) == sorted(x.id for x in sensitive)


def test_category_date_and_territory_filters(demo_store):
    with demo_store.transaction() as s:
        one = _live(s, sensitive=False)[0]
        cat = features_table(s, parse_filters(s, [f"categoria={one.category}"]))
        assert cat.rows and all(r[0] in {x.id for x in _live(s, category=one.category)} for r in cat.rows)
        assert not features_table(s, parse_filters(s, ["desde=2099-01-01"])).rows
        assert not features_table(s, parse_filters(s, ["gestor=otro-dispositivo"])).rows
        here = features_table(s, parse_filters(s, ["territorio=actual"])).rows
        assert here and len(here) <= len(features_table(s, parse_filters(s, [])).rows)
        answers = walk_answers_table(s, parse_filters(s, []))
        assert len(answers.rows) > 40  # one row per answer of every demo walk
        assert not walk_answers_table(s, parse_filters(s, ["hasta=2000-01-01"])).rows


@pytest.mark.parametrize("bad, message", [
    ("color=rojo", "Filtro «color=rojo» no válido"),
    ("desde=ayer", "«ayer» no es una fecha"),
    ("territorio=nada", "Territorio desconocido: nada"),
])
def test_bad_filters_are_spanish_errors(demo_store, bad, message):
    with demo_store.transaction() as s, pytest.raises(ValidationError, match=message):
        parse_filters(s, [bad])
    with demo_store.transaction() as s, pytest.raises(ValidationError, match="posterior"):
        parse_filters(s, ["desde=2026-05-01", "hasta=2026-04-01"])


def test_csv_keeps_accents_for_excel_and_xlsx_has_one_sheet_per_dataset(demo_store, tmp_path: Path):
    from openpyxl import load_workbook

    with demo_store.transaction() as s:
        f = parse_filters(s, [])
        n = export(s, f, fmt="csv", out=tmp_path / "e.csv")
        raw = (tmp_path / "e.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # BOM
        rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
        assert rows[0][:4] == ["id", "territorio", "familia", "categoría"] and len(rows) == n + 1
        export(s, f, fmt="xlsx", out=tmp_path / "e.xlsx")
        n_answers = len(walk_answers_table(s, f).rows)
        gj = export(s, f, fmt="geojson", out=tmp_path / "e.geojson")
    wb = load_workbook(tmp_path / "e.xlsx", read_only=True)
    assert wb.sheetnames == ["elementos_mapa", "respuestas_marcha", "actividades", "indicadores",
                             "indicadores_por_territorio", "indicadores_por_ambito"]
    assert wb["respuestas_marcha"].max_row == n_answers + 1
    assert len(json.loads((tmp_path / "e.geojson").read_text(encoding="utf-8"))["features"]) == gj


def test_a_failed_export_leaves_nothing_behind(demo_store, tmp_path: Path):
    tmp_path = tmp_path / "salida"
    tmp_path.mkdir()
    with demo_store.transaction() as s:
        f = parse_filters(s, [])
        with pytest.raises(ValidationError, match="Formato"):
            export(s, f, fmt="pdf", out=tmp_path / "x.pdf")
        with pytest.raises(ValidationError, match="No existe la carpeta"):
            export(s, f, fmt="csv", out=tmp_path / "no" / "x.csv")
        with pytest.raises(ValidationError, match="Datos desconocidos"):
            export(s, f, fmt="csv", out=tmp_path / "x.csv", dataset="vecinos")
    assert list(tmp_path.iterdir()) == []


def test_geojson_reads_back_as_valid_shapely_geometries_matching_the_database(demo_store, tmp_path: Path):
    from shapely.geometry import shape

    with demo_store.transaction() as s:
        export(s, parse_filters(s, ["sensibles=si"]), fmt="geojson", out=tmp_path / "e.geojson")
        db = {x.id: x.geometry for x in _live(s)}
    features = json.loads((tmp_path / "e.geojson").read_text(encoding="utf-8"))["features"]
    mapped = [f for f in features if f["id"] in db]
    assert len(mapped) == len(db)
    for f in mapped:
        geom = shape(f["geometry"])
        assert geom.is_valid and geom.equals(shape(db[f["id"]]))


def test_activities_and_indicators_for_the_plan_comunal(demo_store):
    from datetime import date

    from gestor_app.core.exports.plan_tables import (
        activities_table,
        indicators_by_territory,
        indicators_table,
    )
    from gestor_app.core.models import Activity, Goal

    with demo_store.transaction() as s:
        f = parse_filters(s, [])
        acts = activities_table(s, f, today=date(2030, 1, 1))
        live = s.scalars(select(Activity).where(Activity.deleted.is_(False))).all()
        assert len(acts.rows) == len(live) >= 10
        late, status = acts.headers.index("fuera de plazo"), acts.headers.index("estado")
        open_ = [r for r in acts.rows if r[status] not in ("Cumplida", "Cancelada")]
        assert open_ and all(r[late] == "sí" for r in open_)  # in 2030 every open 2026-27 activity is late
        early = activities_table(s, f, today=date(2000, 1, 1))
        assert all(r[late] == "no" for r in early.rows if r[status] != "Atrasada")
        goals = indicators_table(s, f)
        assert len(goals.rows) == len(s.scalars(select(Goal).where(Goal.deleted.is_(False))).all()) > 0
        measured = [r for r in goals.rows if r[goals.headers.index("mediciones")]]
        assert measured and all(r[goals.headers.index("logro %")] is not None for r in measured
                                if r[goals.headers.index("línea base")] is not None)
        here = indicators_table(s, parse_filters(s, ["territorio=actual"]))
        assert 0 < len(here.rows) < len(goals.rows)  # the demo's Plan Comunal has metas of the comuna too
        (row,) = indicators_by_territory(s, parse_filters(s, ["territorio=actual"])).rows
        assert row[1] == len(here.rows)
