from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from gestor_app.core.errors import ValidationError
from gestor_app.core.maps.legend import default_legend, parse_legend
from gestor_app.core.maps.mbtiles import MBTiles, tms_row


def test_shipped_legend_follows_the_domain_reference():
    legend = default_legend()
    assert legend.get("hotspot").color == "#D32F2F"
    assert legend.get("harmspot").color == "#6A1B9A"
    assert {f[1] for f in legend.families()} >= {"Delito", "Percepción", "Riesgo físico", "Recursos", "Actores",
                                                 "Instituciones"}


def test_a_bad_legend_is_refused_in_spanish():
    with pytest.raises(ValidationError, match="Color inválido"):
        parse_legend({"format": "gestor-legend", "families": [{"key": "x", "categories": [
            {"key": "a", "color": "rojo"}]}]})


def make_mbtiles(path: Path, tiles: dict[tuple[int, int, int], bytes], fmt: str = "png") -> Path:
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE metadata (name text, value text)")
        c.execute("CREATE TABLE tiles (zoom_level int, tile_column int, tile_row int, tile_data blob)")
        c.executemany("INSERT INTO metadata VALUES (?, ?)", [("name", "Prueba"), ("format", fmt),
                                                              ("attribution", "© OpenStreetMap contributors")])
        c.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", [(z, x, y, d) for (z, x, y), d in tiles.items()])
    return path


def test_tile_is_read_with_the_tms_row_flip(tmp_path: Path):
    mb = MBTiles.open(make_mbtiles(tmp_path / "a.mbtiles", {(3, 2, tms_row(3, 1)): b"PNGDATA"}))
    assert mb.tile(3, 2, 1) == b"PNGDATA"
    assert mb.tile(3, 2, 6) is None and mb.tile(3, 99, 1) is None
    assert mb.zoom_range() == (3, 3) and "OpenStreetMap" in mb.attribution


@pytest.mark.parametrize("content, message", [
    (b"not sqlite at all" * 100, "no es una base SQLite"),
    (None, "faltan las tablas"),
])
def test_invalid_files_are_refused(tmp_path: Path, content, message):
    p = tmp_path / "bad.mbtiles"
    if content is None:
        sqlite3.connect(p).execute("CREATE TABLE otra (x)").connection.close()
    else:
        p.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        MBTiles.open(p)


def test_empty_mbtiles_is_refused(tmp_path: Path):
    with pytest.raises(ValidationError, match="no contiene teselas"):
        MBTiles.open(make_mbtiles(tmp_path / "e.mbtiles", {}))
