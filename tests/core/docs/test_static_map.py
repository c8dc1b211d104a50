"""Static maps: deterministic PNGs from an MBTiles basemap or a neutral background, legend colours,
the reference grid's cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from gestor_app.core.docs.static_map import MapItem, MapRequest, render_map
from gestor_app.core.errors import ValidationError
from tests.support.basemap import make_synthetic_basemap

BOUNDARY = {"type": "Polygon", "coordinates": [[[-70.556, -33.470], [-70.550, -33.470], [-70.550, -33.475],
                                                [-70.556, -33.475], [-70.556, -33.470]]]}
HOT = MapItem({"type": "Point", "coordinates": [-70.553, -33.4725]}, "#D32F2F", "Hotspot", "H1")
ROUTE = MapItem({"type": "LineString", "coordinates": [[-70.555, -33.471], [-70.551, -33.474]]}, "#3949AB",
                "Recorrido", route=True)


def _req(basemap: Path | None = None, **kw) -> MapRequest:
    return MapRequest((800, 500), BOUNDARY, [HOT, ROUTE], basemap, **kw)


def test_neutral_background_is_deterministic_and_draws_the_legend_colours():
    a, b = render_map(_req(legend=False)), render_map(_req(legend=False))
    assert a.png() == b.png()
    assert a.image.size == (800, 500)
    colors = {c for _n, c in a.image.getcolors(1 << 20)}
    assert (0xD3, 0x2F, 0x2F) in colors  # the hotspot in its legend colour
    assert a.attribution == ""


def test_basemap_tiles_are_used_and_attributed(tmp_path: Path):
    mb = make_synthetic_basemap(tmp_path / "b.mbtiles")
    plain, with_tiles = render_map(_req(legend=False)), render_map(_req(mb, legend=False))
    assert "OpenStreetMap" in with_tiles.attribution
    assert plain.png() != with_tiles.png()
    assert (0xF7, 0xD6, 0x8A) in {c for _n, c in with_tiles.image.getcolors(1 << 20)}  # the tiles' avenue colour
    assert render_map(_req(mb, legend=False)).png() == with_tiles.png()


def test_legend_band_grows_the_image_and_lists_entries():
    r = render_map(_req())
    assert r.image.size[0] == 800 and r.image.size[1] > 500
    assert [label for label, _c in r.legend] == ["Límite del territorio", "Hotspot", "Recorrido"]


def test_grid_cells():
    r = render_map(_req(grid=(4, 3), legend=False))
    x0, y0, x1, y1 = r.bbox
    assert r.cell_of(-70.5559, -33.4701) == "A1"  # north-west corner of the boundary
    assert r.cell_of(-70.5501, -33.4749) == "D3"
    assert r.cell_of(-70.60, -33.47) is None
    assert render_map(_req(legend=False)).cell_of(-70.553, -33.4725) is None  # no grid, no cells


def test_nothing_to_draw_is_a_clear_error():
    with pytest.raises(ValidationError, match="No hay nada que dibujar"):
        render_map(MapRequest((400, 300)))
