"""The consolidated map of the comuna: every gestor's features, filtered like the analysts'
exports (``core.exports.filters.ExportFilter``), and a density grid of hotspots. Reading it from the
store (off the UI thread, with progress and cancel) is ``core.maps.comuna_query``.

Built for 20,000+ points: points travel as compact arrays (lon, lat, category, gestor, title,
date) read by ``resources/map/comuna.js``, drawn as canvas circle markers inside a marker cluster;
lines and polygons as one GeoJSON on the canvas renderer; the density grid is computed here
(deterministic, testable) and drawn as coloured rectangles. Same local assets as the map page
(``core.maps.page``): nothing is fetched from the internet. Nothing here imports Qt.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import folium
import orjson
import shapely
from branca.element import Element
from shapely.geometry import shape

from gestor_app.core.maps.basemaps import Basemap
from gestor_app.core.maps.legend import Legend, default_legend
from gestor_app.core.maps.page import CSS, JS, SANTIAGO, legend_json
from gestor_app.core.models.territory import Territory

CELL_M = 200  # side of a density cell, metres
LEVELS = 5
M_PER_DEG_LAT = 111_320.0


@dataclass(frozen=True)
class Cell:
    south: float
    west: float
    north: float
    east: float
    count: int
    level: int  # 1 (few) … LEVELS (the hotspots)


def _inner_points(geometries: list[dict[str, Any]]) -> list[tuple[float, float]]:
    """A point inside each line or polygon (shapely's representative point), in one GEOS call."""
    if not geometries:
        return []
    inner = shapely.point_on_surface(shapely.from_geojson([orjson.dumps(g) for g in geometries]))
    return [(float(x), float(y)) for x, y in shapely.get_coordinates(inner)]


class _Index(dict[str, int]):
    """Position of each distinct value in ``values``: the page gets names once, points an index."""

    def __init__(self) -> None:
        super().__init__()
        self.values: list[str] = []

    def __missing__(self, key: str) -> int:
        self.values.append(key)
        self[key] = len(self.values) - 1
        return self[key]


def density_grid(points: list[tuple[float, float]], *, cell_m: float = CELL_M) -> list[Cell]:
    """Count points in square cells of about ``cell_m`` metres; level grows with the count
    (relative to the busiest cell). Only non-empty cells, busiest first."""
    if not points:
        return []
    lat0 = sum(lat for _lon, lat in points) / len(points)
    dlat = cell_m / M_PER_DEG_LAT
    dlon = cell_m / (M_PER_DEG_LAT * max(math.cos(math.radians(lat0)), 0.01))
    counts = Counter((math.floor(lon / dlon), math.floor(lat / dlat)) for lon, lat in points)
    top = max(counts.values())
    cells = [Cell(j * dlat, i * dlon, (j + 1) * dlat, (i + 1) * dlon, n, max(1, math.ceil(LEVELS * n / top)))
             for (i, j), n in counts.items()]
    return sorted(cells, key=lambda c: (-c.count, c.south, c.west))


def comuna_data(features: Sequence[Any], *, gestor_names: dict[str, str]) -> dict[str, Any]:
    """What the page draws: points as arrays, shapes as GeoJSON, the density grid. ``features`` are
    anything with a map feature's attributes (rows of ``comuna_query.feature_rows``, ORM objects)."""
    categories, gestores, days = _Index(), _Index(), {}
    points: list[list[Any]] = []
    shapes: list[dict[str, Any]] = []
    for f in features:
        c, device = categories[f.category], f.origin_device or ""
        g = gestores[gestor_names.get(device, device)]
        day = f.observed_on or (f.created_at.date() if f.created_at else None)
        when = days.get(day)
        if when is None:
            when = days[day] = day.strftime("%d-%m-%Y") if day else ""
        geometry = f.geometry
        if geometry.get("type") == "Point":
            lon, lat = geometry["coordinates"][:2]
            points.append([round(lon, 6), round(lat, 6), c, g, f.title, when, f.id])
        else:
            shapes.append({"type": "Feature", "id": f.id, "geometry": geometry,
                           "properties": {"c": c, "g": g, "t": f.title, "d": when}})
    where = [(p[0], p[1]) for p in points] + _inner_points([x["geometry"] for x in shapes])
    cells = [[round(x.south, 6), round(x.west, 6), round(x.north, 6), round(x.east, 6), x.count, x.level]
             for x in density_grid(where)]
    return {"categories": categories.values, "gestores": gestores.values, "points": points,
            "shapes": {"type": "FeatureCollection", "features": shapes}, "cells": cells, "count": len(features)}


def boundaries_json(territories: list[Territory]) -> dict[str, Any]:
    items = [{"type": "Feature", "geometry": t.boundary, "properties": {"name": t.name, "level": t.level}}
             for t in territories if t.boundary and not t.deleted]
    return {"type": "FeatureCollection", "features": items}


def _bounds(boundaries: dict[str, Any], data: dict[str, Any], basemap: Basemap | None) -> list[list[float]] | None:
    lons: list[float] = []
    lats: list[float] = []
    for item in boundaries["features"]:
        g = shape(item["geometry"]).bounds
        lons += [g[0], g[2]]
        lats += [g[1], g[3]]
    if not lons:
        lons = [p[0] for p in data["points"]]
        lats = [p[1] for p in data["points"]]
    if lons:
        return [[min(lats), min(lons)], [max(lats), max(lons)]]
    if basemap is not None and basemap.bounds:
        w, s, e, n = basemap.bounds
        return [[s, w], [n, e]]
    return None


def build_comuna_html(data: dict[str, Any], *, boundaries: dict[str, Any] | None = None,
                      basemap: Basemap | None = None, legend: Legend | None = None) -> str:
    legend = legend or default_legend()
    boundaries = boundaries or {"type": "FeatureCollection", "features": []}
    m = folium.Map(location=SANTIAGO, zoom_start=13, tiles=None, prefer_canvas=True, control_scale=True,
                   zoom_control=True, max_zoom=20)
    m.default_js = JS
    m.default_css = CSS
    if basemap is not None:
        lo, hi = basemap.zoom
        folium.TileLayer(tiles=f"tiles:/{basemap.key}/{{z}}/{{x}}/{{y}}", attr=basemap.attribution or basemap.name,
                         name=basemap.name, min_zoom=0, max_zoom=20, max_native_zoom=hi, min_native_zoom=lo,
                         overlay=False, control=False).add_to(m)
    config = {"map": m.get_name(), "legend": legend_json(legend), "bounds": _bounds(boundaries, data, basemap),
              "boundaries": boundaries, "levels": LEVELS, "cellM": CELL_M,
              "attribution": "" if basemap is not None else "Sin mapa base · Gestor Territorial", "data": data}
    blob = json.dumps(config, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    m.get_root().html.add_child(Element(f'<script type="application/json" id="gestor-data">{blob}</script>'))
    m.get_root().html.add_child(Element('<script src="asset:/gestor/comuna.js"></script>'))
    return m.get_root().render()
