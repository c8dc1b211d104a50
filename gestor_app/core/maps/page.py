"""The map page: folium builds the Leaflet skeleton with every library served locally.

folium's CDN URLs are replaced by ``asset:`` URLs (files of the installed XStatic packages and our
own ``resources/map``), no Bootstrap. Features travel as ONE GeoJSON blob read by ``map.js``,
never as thousands of generated JavaScript objects. Nothing here imports Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import folium
from branca.element import Element

from gestor_app.core.maps.assets import ASSET_DIRS, resolve_asset  # noqa: F401 - re-exported
from gestor_app.core.maps.basemaps import Basemap
from gestor_app.core.maps.legend import Legend, default_legend
from gestor_app.core.models.map import MapFeature

JS = [("leaflet", "asset:/leaflet/leaflet.js"), ("jquery", "asset:/jquery/jquery.min.js"),
      ("markercluster", "asset:/markercluster/leaflet.markercluster.js"),
      ("qwebchannel", "qrc:///qtwebchannel/qwebchannel.js")]
CSS = [("leaflet_css", "asset:/leaflet/leaflet.css"), ("cluster_css", "asset:/markercluster/MarkerCluster.css"),
       ("cluster_default_css", "asset:/markercluster/MarkerCluster.Default.css"),
       ("fontawesome_css", "asset:/fontawesome/css/font-awesome.min.css"), ("gestor_css", "asset:/gestor/map.css")]
SANTIAGO = (-33.45, -70.66)


@dataclass(frozen=True)
class Boundary:
    name: str
    geometry: dict[str, Any]


def feature_json(f: MapFeature) -> dict[str, Any]:
    return {"type": "Feature", "id": f.id, "geometry": f.geometry,
            "properties": {"c": f.category, "t": f.title, "s": bool(f.sensitive)}}


def legend_json(legend: Legend) -> dict[str, Any]:
    return {c.key: {"label": c.label, "color": c.color, "icon": c.icon, "family": c.family}
            for c in legend.categories}


def _bounds(boundary: Boundary | None, basemap: Basemap | None) -> list[list[float]] | None:
    if boundary is not None:
        polys = boundary.geometry["coordinates"]
        rings = [p[0] for p in polys] if boundary.geometry["type"] == "MultiPolygon" else [polys[0]]
        lons = [p[0] for r in rings for p in r]
        lats = [p[1] for r in rings for p in r]
        return [[min(lats), min(lons)], [max(lats), max(lons)]]
    if basemap is not None and basemap.bounds:
        w, s, e, n = basemap.bounds
        return [[s, w], [n, e]]
    return None


def build_map_html(features: list[MapFeature] | list[dict[str, Any]], *, boundary: Boundary | None = None,
                   basemap: Basemap | None = None, legend: Legend | None = None) -> str:
    legend = legend or default_legend()
    m = folium.Map(location=SANTIAGO, zoom_start=15, tiles=None, prefer_canvas=True, control_scale=True,
                   zoom_control=True, max_zoom=20)
    m.default_js = JS
    m.default_css = CSS
    if basemap is not None:
        lo, hi = basemap.zoom
        folium.TileLayer(tiles=f"tiles:/{basemap.key}/{{z}}/{{x}}/{{y}}", attr=basemap.attribution or basemap.name,
                         name=basemap.name, min_zoom=0, max_zoom=20, max_native_zoom=hi, min_native_zoom=lo,
                         overlay=False, control=False).add_to(m)
    items = [f if isinstance(f, dict) else feature_json(f) for f in features]
    config = {"map": m.get_name(), "legend": legend_json(legend), "bounds": _bounds(boundary, basemap),
              "boundary": ({"type": "Feature", "geometry": boundary.geometry, "properties": {"name": boundary.name}}
                           if boundary else None),
              "attribution": "" if basemap is not None else "Sin mapa base · Gestor Territorial",
              "features": {"type": "FeatureCollection", "features": items}}
    blob = json.dumps(config, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    m.get_root().html.add_child(Element(f'<script type="application/json" id="gestor-data">{blob}</script>'))
    m.get_root().html.add_child(Element('<script src="asset:/gestor/map.js"></script>'))
    return m.get_root().render()
