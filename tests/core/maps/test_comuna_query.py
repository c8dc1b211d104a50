"""The comuna map's reads off the UI thread: a plain filter, the store's own session, progress and
cancel. Seven features laid by hand (sub-territories, gestores, dates, one sensitive, one in the
bin) and put in the centres of known 200 m cells, so every count and cell below is worked out
from the table in ``comuna``'s docstring, not from the code under test."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

import pytest

from gestor_app.core.errors import Cancelled, ValidationError
from gestor_app.core.maps.comuna import LEVELS, M_PER_DEG_LAT
from gestor_app.core.maps.comuna_query import ComunaFilter, read_comuna_data, read_comuna_page
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.models.map import MapFeature
from gestor_app.core.progress import Progress
from gestor_app.core.services.territories import create_territory

DLAT = 200 / M_PER_DEG_LAT
ROW = math.floor(-33.47 / DLAT)  # every feature sits in this row of cells, at its centre latitude
LAT = (ROW + 0.5) * DLAT
DLON = 200 / (M_PER_DEG_LAT * math.cos(math.radians(LAT)))
COL = math.floor(-70.55 / DLON)


def lon(col: int) -> float:
    return (COL + col + 0.5) * DLON


@pytest.fixture
def comuna(store):
    """      id  territory  category      gestor  day                  cell column
             f1  B1         microbasural  dev-a   2026-03-10           0
             f2  B1         temor         dev-b   2026-05-01           0
             f3  B2         microbasural  dev-a   (created 2026-07-01) 0
             f4  B2         microbasural  dev-b   2025-12-31 SENSITIVE 9
             f5  UV1        sitio_eriazo  dev-a   2026-04-04 polygon   3
             f6  B3 (UV2)   microbasural  dev-a   2026-03-10           6
             f7  B1         microbasural  dev-a   2026-03-10 IN BIN    0
    B1, B2 are barrios of UV1; B3 of UV2; both UVs in one macrosector of the comuna."""
    with store.transaction() as s:
        c = create_territory(s, id="C", name="Comuna", level="comuna", code="13122")
        m = create_territory(s, id="M", name="Macro", level="macrosector", parent_id=c.id)
        for uv in ("UV1", "UV2"):
            create_territory(s, id=uv, name=uv, level="unidad_vecinal", code=uv[-1], parent_id=m.id)
        for b, uv in (("B1", "UV1"), ("B2", "UV1"), ("B3", "UV2")):
            create_territory(s, id=b, name=b, level="barrio", parent_id=uv)

        def add(fid, tid, cat, dev, col, day=None, *, sensitive=False, deleted=False, polygon=False, created=None):
            x, d = lon(col), DLAT / 10
            geometry = ({"type": "Polygon", "coordinates": [[[x - d, LAT - d], [x + d, LAT - d], [x + d, LAT + d],
                                                             [x - d, LAT + d], [x - d, LAT - d]]]}
                        if polygon else {"type": "Point", "coordinates": [x + int(fid[1]) * 1e-7, LAT]})
            s.add(MapFeature(id=fid, territory_id=tid, category=cat, origin_device=dev, observed_on=day,
                             geometry=geometry, sensitive=sensitive, deleted=deleted, title=fid,
                             created_at=created or datetime(2026, 1, 1, tzinfo=UTC)))

        add("f1", "B1", "microbasural", "dev-a", 0, date(2026, 3, 10))
        add("f2", "B1", "temor", "dev-b", 0, date(2026, 5, 1))
        add("f3", "B2", "microbasural", "dev-a", 0, created=datetime(2026, 7, 1, 15, tzinfo=UTC))
        add("f4", "B2", "microbasural", "dev-b", 9, date(2025, 12, 31), sensitive=True)
        add("f5", "UV1", "sitio_eriazo", "dev-a", 3, date(2026, 4, 4), polygon=True)
        add("f6", "B3", "microbasural", "dev-a", 6, date(2026, 3, 10))
        add("f7", "B1", "microbasural", "dev-a", 0, date(2026, 3, 10), deleted=True)
    return store


def ids(store, **filters) -> set[str]:
    data = read_comuna_data(store, ComunaFilter(**filters), gestor_names={})
    found = {p[6] for p in data["points"]} | {f["id"] for f in data["shapes"]["features"]}
    assert data["count"] == len(found) == sum(c[4] for c in data["cells"])
    return found


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, {"f1", "f2", "f3", "f5", "f6"}),
    ({"include_sensitive": True}, {"f1", "f2", "f3", "f4", "f5", "f6"}),
    ({"territory": "UV1"}, {"f1", "f2", "f3", "f5"}),  # the UV, its barrios, not the other UV's
    ({"territory": "UV1", "include_sensitive": True}, {"f1", "f2", "f3", "f4", "f5"}),
    ({"territory": "B2"}, {"f3"}),
    ({"territory": "C"}, {"f1", "f2", "f3", "f5", "f6"}),
    ({"category": "microbasural"}, {"f1", "f3", "f6"}),
    ({"device": "dev-b"}, {"f2"}),
    ({"device": "dev-b", "include_sensitive": True}, {"f2", "f4"}),
    ({"since": date(2026, 4, 1), "until": date(2026, 6, 30)}, {"f2", "f5"}),
    ({"since": date(2026, 7, 1)}, {"f3"}),  # no observed day: the day it was created
    ({"until": date(2026, 3, 10)}, {"f1", "f6"}),  # both ends inclusive
    ({"territory": "UV1", "category": "microbasural", "device": "dev-a", "until": date(2026, 6, 30)}, {"f1"}),
])
def test_filters_give_the_features_worked_out_by_hand(comuna, filters, expected):
    assert ids(comuna, **filters) == expected


def test_the_density_grid_of_the_filtered_features(comuna):
    cells = read_comuna_data(comuna, ComunaFilter(), gestor_names={})["cells"]
    # f1 f2 f3 in column 0; f5 (polygon, by its inner point) in 3; f6 in 6; f4 sensitive, f7 in the bin
    assert [(c[4], c[5]) for c in cells] == [(3, LEVELS), (1, math.ceil(LEVELS / 3)), (1, math.ceil(LEVELS / 3))]
    for cell, col in zip(cells, (0, 3, 6), strict=True):
        assert cell[0] == pytest.approx(ROW * DLAT, abs=1e-6) and cell[2] == pytest.approx((ROW + 1) * DLAT, abs=1e-6)
        assert cell[1] == pytest.approx((COL + col) * DLON, abs=1e-6)
        assert cell[3] == pytest.approx((COL + col + 1) * DLON, abs=1e-6)
    only_uv2 = read_comuna_data(comuna, ComunaFilter(territory="UV2"), gestor_names={})["cells"]
    assert [(c[4], c[5]) for c in only_uv2] == [(1, LEVELS)]


def test_gestor_names_and_points_as_the_page_reads_them(comuna):
    data = read_comuna_data(comuna, ComunaFilter(territory="B1"), gestor_names={"dev-a": "Ana"})
    assert sorted(data["gestores"]) == ["Ana", "dev-b"]  # a device without a name shows its id
    f1 = next(p for p in data["points"] if p[6] == "f1")
    assert data["gestores"][f1[3]] == "Ana" and data["categories"][f1[2]] == "microbasural"
    assert f1[4:6] == ["f1", "10-03-2026"]


def test_wrong_filters_are_refused_in_spanish(comuna):
    with pytest.raises(ValidationError, match="«desde» es posterior a «hasta»"):
        read_comuna_data(comuna, ComunaFilter(since=date(2026, 2, 1), until=date(2026, 1, 1)), gestor_names={})
    with pytest.raises(ValidationError, match="Territorio desconocido"):
        read_comuna_data(comuna, ComunaFilter(territory="nope"), gestor_names={})


def test_progress_is_reported_and_cancel_stops_the_read(comuna):
    seen: list[tuple[int, int]] = []
    read_comuna_data(comuna, ComunaFilter(), gestor_names={}, progress=Progress(lambda d, t, _s: seen.append((d, t))))
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)  # 5 rows read (f4 sensitive, f7 in the bin), 5 kept
    stopped = Progress()
    stopped.cancel()
    with pytest.raises(Cancelled):
        read_comuna_data(comuna, ComunaFilter(), gestor_names={}, progress=stopped)


def test_the_page_lists_territories_parents_first(comuna):
    page = read_comuna_page(comuna, ComunaFilter(category="temor"), gestor_names={}, legend=default_legend())
    assert page.count == 1 and page.basemap_folder is None
    assert [tid for tid, _name in page.territories] == ["C", "M", "UV1", "B1", "B2", "UV2", "B3"]
    assert '"count":1' in page.html
