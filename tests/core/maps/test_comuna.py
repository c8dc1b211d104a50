"""The consolidated map's data and page: filters reused from the exports, density grid, 20,000 points."""

from __future__ import annotations

import json
import random
import re
from datetime import date

import pytest

from gestor_app.core.demo import demo_id
from gestor_app.core.exports.filters import ExportFilter
from gestor_app.core.exports.tables import filtered_features
from gestor_app.core.maps.comuna import (
    LEVELS,
    build_comuna_html,
    comuna_data,
    density_grid,
)
from gestor_app.core.maps.comuna_query import ComunaFilter, feature_rows, read_comuna_data
from gestor_app.core.models.map import MapFeature


def _page_config(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="gestor-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1).replace("<\\/", "</"))


def test_density_grid_counts_points_in_cells_and_ranks_hotspots():
    hot = [(-70.5530 + i * 1e-7, -33.4720) for i in range(40)]  # within half a metre
    cold = [(-70.5300, -33.4900), (-70.5100, -33.4600)]
    cells = density_grid(hot + cold, cell_m=200)
    assert sum(c.count for c in cells) == 42
    assert cells[0].count == 40 and cells[0].level == LEVELS
    assert [c.level for c in cells[1:]] == [1, 1]
    top = cells[0]
    assert top.south <= -33.4720 < top.north and top.west <= -70.5530 < top.east
    assert (top.north - top.south) * 111_320 == pytest.approx(200, rel=1e-6)
    assert density_grid([]) == []


def test_the_read_uses_the_export_filter_on_the_demo_barrio(demo_store):
    barrio = demo_id("territory:Villa Los Quillayes")
    with demo_store.transaction() as s:
        s.add(MapFeature(category="microbasural", geometry={"type": "Point", "coordinates": [-70.55, -33.47]},
                         territory_id=barrio, origin_device="dev-a", observed_on=date(2020, 1, 2)))
        every = feature_rows(s, ExportFilter())
        by_a = feature_rows(s, ExportFilter(devices=frozenset({"dev-a"})))
        old = feature_rows(s, ExportFilter(until=date(2020, 12, 31)))
        cats = feature_rows(s, ExportFilter(categories=frozenset({"microbasural"})))
        assert sorted(x.id for x in every) == sorted(x.id for x in filtered_features(s, ExportFilter()))  # as exported
    data = read_comuna_data(demo_store, ComunaFilter(), gestor_names={"dev-a": "Ana"})
    assert len(every) > 20 and [f.origin_device for f in by_a] == ["dev-a"]
    assert [f.observed_on for f in old] == [date(2020, 1, 2)]
    assert cats and all(f.category == "microbasural" for f in cats)
    assert data["count"] == len(every) == len(data["points"]) + len(data["shapes"]["features"])
    ana = data["gestores"].index("Ana")
    assert [p for p in data["points"] if p[3] == ana][0][:2] == [-70.55, -33.47]
    assert sum(c[4] for c in data["cells"]) == len(every)


def test_a_page_with_20000_points_builds_with_local_assets_only():
    rnd = random.Random(7)

    class F:  # the attributes comuna_data reads, without 20,000 ORM objects
        def __init__(self, i: int) -> None:
            self.id, self.title, self.origin_device = f"f{i}", f"Punto {i}", f"dev-{i % 60}"
            self.category = ("luminaria_apagada", "microbasural", "sitio_eriazo")[i % 3]
            self.geometry = {"type": "Point", "coordinates": [-70.58 + rnd.random() * 0.09, -33.51 + rnd.random() * 0.06]}
            self.observed_on, self.created_at = date(2026, 1 + i % 12, 1), None

    data = comuna_data([F(i) for i in range(20_000)], gestor_names={})
    html = build_comuna_html(data)
    cfg = _page_config(html)
    assert len(cfg["data"]["points"]) == 20_000 and len(cfg["data"]["gestores"]) == 60
    assert sum(c[4] for c in cfg["data"]["cells"]) == 20_000
    assert cfg["bounds"] is not None
    assert "asset:/gestor/comuna.js" in html and "asset:/markercluster/leaflet.markercluster.js" in html
    assert not re.search(r'(src|href)="https?:', html)
