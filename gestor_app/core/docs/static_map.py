"""Static maps for the PDFs, drawn with Pillow (no browser, deterministic): the territory boundary,
features in their legend colours, walk routes, labelled points, a legend, a scale bar, a north
arrow and an optional reference grid (cells A1, B2…). The background comes from the installed
MBTiles basemap (tiles read with sqlite3 and stitched at a fitting zoom) or is neutral."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from gestor_app.core.docs.map_draw import Painter, cell_column, merc
from gestor_app.core.errors import ValidationError
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.maps.mbtiles import MBTiles

NEUTRAL = (244, 242, 236)
BOUNDARY_COLOR = "#000000"
ROUTE_COLOR = "#3949AB"
EARTH = 40075016.686  # metres around the equator
MAX_TILES = 400


@dataclass(frozen=True)
class MapItem:
    geometry: dict[str, Any]  # GeoJSON geometry, WGS84 lon/lat
    color: str
    legend: str = ""  # legend entry ("" = not in the legend)
    label: str = ""  # short text drawn beside a point (e.g. an item key)
    route: bool = False


@dataclass
class MapRequest:
    size: tuple[int, int]
    boundary: dict[str, Any] | None = None
    items: list[MapItem] = field(default_factory=list)
    basemap: Path | None = None
    grid: tuple[int, int] | None = None  # columns, rows
    legend: bool = True  # a band under the map (the image grows by its height)
    scale: float = 1.0  # multiplies line widths and text


@dataclass
class RenderedMap:
    image: Image.Image  # map, then the legend band when asked
    bbox: tuple[float, float, float, float]  # Web Mercator 0..1: x0, y0, x1, y1
    grid: tuple[int, int] | None
    attribution: str
    legend: list[tuple[str, str]]

    def cell_of(self, lon: float, lat: float) -> str | None:
        """Grid cell (column letter + row number) of a position, None outside or without grid."""
        if self.grid is None:
            return None
        x, y = merc(lon, lat)
        x0, y0, x1, y1 = self.bbox
        cx, cy = int((x - x0) / (x1 - x0) * self.grid[0]), int((y - y0) / (y1 - y0) * self.grid[1])
        if not (0 <= cx < self.grid[0] and 0 <= cy < self.grid[1]):
            return None
        return f"{cell_column(cx)}{cy + 1}"

    def png(self) -> bytes:
        buf = io.BytesIO()
        self.image.save(buf, "PNG", optimize=False)
        return buf.getvalue()


def positions(geom: dict[str, Any] | None) -> list[tuple[float, float]]:
    if not geom:
        return []
    kind, c = geom.get("type"), geom.get("coordinates")
    if kind == "Point":
        return [(c[0], c[1])]
    if kind == "LineString":
        return [(p[0], p[1]) for p in c]
    if kind == "Polygon":
        return [(p[0], p[1]) for ring in c for p in ring]
    if kind == "MultiPolygon":
        return [(p[0], p[1]) for poly in c for ring in poly for p in ring]
    return []


def _bbox(req: MapRequest) -> tuple[float, float, float, float]:
    pts = [merc(*p) for p in positions(req.boundary)] + [merc(*p) for i in req.items for p in positions(i.geometry)]
    if not pts:
        raise ValidationError("No hay nada que dibujar en el mapa: el territorio no tiene límite ni elementos.")
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    w, h = max(max(xs) - min(xs), 1.2e-5) * 1.16, max(max(ys) - min(ys), 1.2e-5) * 1.16
    ratio = req.size[0] / req.size[1]
    w, h = (h * ratio, h) if w / h < ratio else (w, w / ratio)
    return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


def _background(req: MapRequest, bbox: tuple[float, float, float, float]) -> tuple[Image.Image, str]:
    if req.basemap is None:
        return Image.new("RGB", req.size, NEUTRAL), ""
    try:
        mb = MBTiles.open(req.basemap)
    except ValidationError:
        return Image.new("RGB", req.size, NEUTRAL), ""
    try:
        lo, hi = mb.zoom_range()
        x0, y0, x1, y1 = bbox
        z = max(lo, min(hi, math.ceil(math.log2(req.size[0] / (x1 - x0) / 256))))
        while z > lo and (int(x1 * 2**z) - int(x0 * 2**z) + 1) * (int(y1 * 2**z) - int(y0 * 2**z) + 1) > MAX_TILES:
            z -= 1
        n = 2**z
        tx0, ty0, tx1, ty1 = int(x0 * n), int(y0 * n), int(x1 * n), int(y1 * n)
        mosaic = Image.new("RGB", ((tx1 - tx0 + 1) * 256, (ty1 - ty0 + 1) * 256), NEUTRAL)
        for tx in range(tx0, tx1 + 1):
            for ty in range(ty0, ty1 + 1):
                data = mb.tile(z, tx, ty)
                if data:
                    try:
                        mosaic.paste(Image.open(io.BytesIO(data)).convert("RGB"), ((tx - tx0) * 256, (ty - ty0) * 256))
                    except OSError:
                        continue  # a damaged tile stays neutral
        box = ((x0 * n - tx0) * 256, (y0 * n - ty0) * 256, (x1 * n - tx0) * 256, (y1 * n - ty0) * 256)
        img = mosaic.resize(req.size, Image.Resampling.LANCZOS, box=box)
        return img, mb.attribution
    finally:
        mb.close()


def render_map(req: MapRequest) -> RenderedMap:
    bbox = _bbox(req)
    base, attribution = _background(req, bbox)
    painter = Painter(base, bbox, req.scale)
    if req.grid:
        painter.grid(*req.grid)
    if req.boundary:
        painter.boundary(req.boundary)
    for it in sorted(req.items, key=lambda i: (i.geometry.get("type") == "Point", i.route)):
        painter.item(it)
    painter.scale_bar(EARTH)
    painter.north_arrow()
    if attribution:
        painter.attribution(attribution)
    image, entries = painter.finish(), _legend_entries(req)
    if req.legend and entries:
        image = painter.legend_band(image, entries)
    return RenderedMap(image, bbox, req.grid, attribution, entries)


def _legend_entries(req: MapRequest) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    if req.boundary:
        out["Límite del territorio"] = BOUNDARY_COLOR
    for it in req.items:
        if it.legend:
            out.setdefault(it.legend, it.color)
    return list(out.items())


def feature_item(feature: Any, *, label: str = "") -> MapItem:
    """A map feature as drawn with its legend category's colour and label."""
    try:
        cat = default_legend().get(feature.category)
        color, legend = cat.color, cat.label
    except ValidationError:
        color, legend = "#616161", feature.category
    route = feature.category == "recorrido"
    return MapItem(feature.geometry, ROUTE_COLOR if route else color, legend, label, route)


def image_size(width_pt: float, height_pt: float, dpi: int = 200) -> tuple[int, int]:
    return int(width_pt / 72 * dpi), int(height_pt / 72 * dpi)
