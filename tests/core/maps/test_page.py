from __future__ import annotations

import json
import re

from gestor_app.core.maps.assets import resolve_asset
from gestor_app.core.maps.page import Boundary, build_map_html, feature_json
from gestor_app.core.models.map import MapFeature

POINT = MapFeature(id="f1", category="hotspot", title="Esquina", sensitive=True,
                   geometry={"type": "Point", "coordinates": [-70.553, -33.472]})


def _blob(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="gestor-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_the_page_uses_only_local_assets_and_sends_features_as_one_geojson_blob():
    ring = [[-70.556, -33.47], [-70.55, -33.47], [-70.55, -33.475], [-70.556, -33.47]]
    html = build_map_html([POINT], boundary=Boundary("Villa", {"type": "Polygon", "coordinates": [ring]}))
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(s.startswith(("asset:/", "qrc:///")) for s in sources)
    assert "bootstrap" not in html.lower() and not re.search(r"https?://", html)
    assert '"preferCanvas": true' in html
    data = _blob(html)
    assert data["features"]["features"] == [feature_json(POINT)]
    assert data["legend"]["hotspot"]["color"] == "#D32F2F"
    assert data["bounds"] == [[-33.475, -70.556], [-33.47, -70.55]]
    assert data["attribution"]  # shown even without a basemap
    assert html.count("L.marker(") == 0  # no Python-generated JS object per feature


def test_a_title_cannot_break_out_of_the_data_blob():
    f = MapFeature(id="x", category="temor", title="</script><script>alert(1)</script>",
                   geometry={"type": "Point", "coordinates": [0, 0]})
    assert _blob(build_map_html([f]))["features"]["features"][0]["properties"]["t"].startswith("</script>")


def test_assets_resolve_inside_their_folders_only():
    assert resolve_asset("/leaflet/leaflet.js").name == "leaflet.js"
    assert resolve_asset("/gestor/map.js").name == "map.js"
    assert resolve_asset("/fontawesome/fonts/fontawesome-webfont.woff2") is not None
    assert resolve_asset("/leaflet/../../../../etc/passwd") is None
    assert resolve_asset("/nada/x.js") is None
