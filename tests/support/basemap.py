"""A synthetic MBTiles basemap drawn with Pillow (never downloaded): blocks, streets and a park,
for tests and screenshots. Rows are written in TMS order, as real MBTiles files are."""

from __future__ import annotations

import io
import math
import sqlite3
from pathlib import Path

from PIL import Image, ImageDraw

from gestor_app.core.maps.mbtiles import tms_row


def lonlat_to_tile(lon: float, lat: float, z: int) -> tuple[int, int]:
    n = 1 << z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    return x, y


def draw_tile(z: int, x: int, y: int) -> bytes:
    img = Image.new("RGB", (256, 256), "#f2efe9")
    d = ImageDraw.Draw(img)
    step = max(16, 256 >> max(0, 17 - z))  # street grid denser as we zoom out
    road = max(2, step // 8)
    for i in range(-step, 256 + step, step):
        off = (x * 256 + y * 37) % step
        d.rectangle([i - off, 0, i - off + road, 256], fill="#ffffff")
        d.rectangle([0, i - off, 256, i - off + road], fill="#ffffff")
    if (x + y) % 3 == 0:
        d.rectangle([40, 40, 120, 110], fill="#cde8c4")
    d.line([(0, 200), (256, 150)], fill="#f7d68a", width=max(3, road * 2))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def make_synthetic_basemap(path: Path, bounds=(-70.5600, -33.4780, -70.5460, -33.4660),
                           zooms=range(14, 18)) -> Path:
    w, s, e, n = bounds
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE metadata (name text, value text)")
        c.execute("CREATE TABLE tiles (zoom_level int, tile_column int, tile_row int, tile_data blob)")
        c.executemany("INSERT INTO metadata VALUES (?, ?)", [
            ("name", "Plano sintético Lo Hermida"), ("format", "png"), ("bounds", f"{w},{s},{e},{n}"),
            ("minzoom", str(min(zooms))), ("maxzoom", str(max(zooms))),
            ("attribution", "Plano sintético de prueba · © OpenStreetMap contributors")])
        for z in zooms:
            x0, y0 = lonlat_to_tile(w, n, z)
            x1, y1 = lonlat_to_tile(e, s, z)
            for x in range(x0, x1 + 1):
                for y in range(y0, y1 + 1):
                    c.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, tms_row(z, y), draw_tile(z, x, y)))
    return path
