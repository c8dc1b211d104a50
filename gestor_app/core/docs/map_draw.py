"""Drawing primitives of the static map (Pillow): geometry in Web Mercator → pixels."""

from __future__ import annotations

import math
import string
from typing import Any

from PIL import Image, ImageColor, ImageDraw

from gestor_app.core.docs.fonts import pil_font


def cell_column(i: int) -> str:
    letters = string.ascii_uppercase
    return letters[i] if i < 26 else letters[i // 26 - 1] + letters[i % 26]


def merc(lon: float, lat: float) -> tuple[float, float]:
    """WGS84 → Web Mercator in 0..1 (x east, y south)."""
    lat = max(-85.0, min(85.0, lat))
    return (lon + 180) / 360, (1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2


def short_label(text: str) -> str:
    """Legend label without its explanation in brackets: «Hotspot (concentración de casos)» → «Hotspot»."""
    return text.split(" (")[0]


NICE = (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000)


class Painter:
    def __init__(self, base: Image.Image, bbox: tuple[float, float, float, float], scale: float) -> None:
        self.img = base.convert("RGBA")
        self.bbox = bbox
        self.k = scale * base.width / 1200  # sizes tuned for a 1200 px wide map
        self.fill = Image.new("RGBA", self.img.size, (0, 0, 0, 0))
        self.lines = Image.new("RGBA", self.img.size, (0, 0, 0, 0))
        self.top = Image.new("RGBA", self.img.size, (0, 0, 0, 0))

    def px(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = merc(lon, lat)
        x0, y0, x1, y1 = self.bbox
        return (x - x0) / (x1 - x0) * self.img.width, (y - y0) / (y1 - y0) * self.img.height

    def s(self, v: float) -> int:
        return max(1, round(v * self.k))

    def _rings(self, geom: dict[str, Any]) -> list[list[tuple[float, float]]]:
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        return [[self.px(p[0], p[1]) for p in ring] for poly in polys for ring in poly]

    def dashed(self, draw: ImageDraw.ImageDraw, pts: list[tuple[float, float]], color: Any, width: int,
               dash: float, gap: float) -> None:
        for (ax, ay), (bx, by) in zip(pts, pts[1:], strict=False):
            length = math.hypot(bx - ax, by - ay)
            t = 0.0
            while t < length:
                e = min(t + dash, length)
                draw.line([(ax + (bx - ax) * t / length, ay + (by - ay) * t / length),
                           (ax + (bx - ax) * e / length, ay + (by - ay) * e / length)], fill=color, width=width)
                t += dash + gap

    def boundary(self, geom: dict[str, Any]) -> None:
        d = ImageDraw.Draw(self.lines)
        for ring in self._rings(geom):
            d.line(ring, fill=(255, 255, 255, 200), width=self.s(7))
            self.dashed(d, ring, (0, 0, 0, 255), self.s(3.5), self.s(18), self.s(9))

    def item(self, it: Any) -> None:
        rgb = ImageColor.getrgb(it.color)
        kind = it.geometry.get("type")
        if kind in ("Polygon", "MultiPolygon"):
            for ring in self._rings(it.geometry):
                ImageDraw.Draw(self.fill).polygon(ring, fill=(*rgb, 90))
                ImageDraw.Draw(self.lines).line(ring, fill=(*rgb, 255), width=self.s(3))
        elif kind == "LineString":
            pts = [self.px(p[0], p[1]) for p in it.geometry["coordinates"]]
            d = ImageDraw.Draw(self.lines)
            d.line(pts, fill=(255, 255, 255, 230), width=self.s(11 if it.route else 8), joint="curve")
            d.line(pts, fill=(*rgb, 255), width=self.s(7 if it.route else 4.5), joint="curve")
            if it.route and pts:
                self._dot(pts[0], (46, 125, 50), 9, "Inicio")
                self._dot(pts[-1], (183, 28, 28), 9, "Fin")
        elif kind == "Point":
            c = it.geometry["coordinates"]
            self._dot(self.px(c[0], c[1]), rgb, 8, it.label)

    def _dot(self, at: tuple[float, float], rgb: tuple[int, ...], r: float, label: str = "") -> None:
        d = ImageDraw.Draw(self.top)
        x, y, rr = at[0], at[1], self.s(r)
        d.ellipse([x - rr - self.s(2), y - rr - self.s(2), x + rr + self.s(2), y + rr + self.s(2)], fill="white")
        d.ellipse([x - rr, y - rr, x + rr, y + rr], fill=(*rgb[:3], 255))
        if label:
            f = pil_font(self.s(15), bold=True)
            tx, ty = x + rr + self.s(4), y - self.s(9)
            box = d.textbbox((tx, ty), label, font=f)
            d.rounded_rectangle([box[0] - self.s(3), box[1] - self.s(2), box[2] + self.s(3), box[3] + self.s(2)],
                                radius=self.s(3), fill=(255, 255, 255, 235), outline=(*rgb[:3], 255))
            d.text((tx, ty), label, font=f, fill=(31, 42, 55, 255))

    def grid(self, cols: int, rows: int) -> None:
        d = ImageDraw.Draw(self.top)
        w, h = self.img.size
        f = pil_font(self.s(14), bold=True)
        for i in range(1, cols):
            d.line([(w * i / cols, 0), (w * i / cols, h)], fill=(60, 60, 60, 150), width=self.s(1.5))
        for j in range(1, rows):
            d.line([(0, h * j / rows), (w, h * j / rows)], fill=(60, 60, 60, 150), width=self.s(1.5))
        for i in range(cols):
            for j in range(rows):
                x, y = w * i / cols + self.s(5), h * j / rows + self.s(4)
                text = f"{cell_column(i)}{j + 1}"
                box = d.textbbox((x, y), text, font=f)
                d.rectangle([box[0] - self.s(2), box[1] - self.s(1), box[2] + self.s(2), box[3] + self.s(2)],
                            fill=(255, 255, 255, 200))
                d.text((x, y), text, font=f, fill=(40, 40, 40, 255))

    def legend_band(self, img: Image.Image, entries: list[tuple[str, str]]) -> Image.Image:
        """The legend as a band under the map, in as many columns as fit."""
        f = pil_font(self.s(15))
        probe = ImageDraw.Draw(img)
        col_w = max(probe.textlength(short_label(t), font=f) for t, _c in entries) + self.s(46)
        cols = max(1, min(len(entries), int((img.width - self.s(20)) // col_w)))
        col_w = (img.width - self.s(20)) / cols
        line = self.s(24)
        rows = -(-len(entries) // cols)
        band = Image.new("RGB", (img.width, rows * line + self.s(44)), "white")
        d = ImageDraw.Draw(band)
        d.line([(0, 0), (img.width, 0)], fill=(120, 120, 120), width=self.s(2))
        d.text((self.s(10), self.s(8)), "Leyenda", font=pil_font(self.s(15), bold=True), fill="black")
        for n, (text, color) in enumerate(entries):
            text = short_label(text)
            x, y = self.s(10) + (n // rows) * col_w, self.s(34) + (n % rows) * line
            d.rectangle([x, y + self.s(3), x + self.s(18), y + self.s(18)], fill=color, outline=(60, 60, 60))
            d.text((x + self.s(26), y + self.s(1)), text, font=f, fill=(31, 42, 55))
        out = Image.new("RGB", (img.width, img.height + band.height), "white")
        out.paste(img, (0, 0))
        out.paste(band, (0, img.height))
        return out

    def scale_bar(self, earth: float) -> None:
        x0, y0, x1, y1 = self.bbox
        lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * (y0 + y1) / 2))))
        m_per_px = earth * math.cos(math.radians(lat)) * (x1 - x0) / self.img.width
        metres = max((n for n in NICE if n / m_per_px <= self.img.width / 5), default=NICE[0])
        length = metres / m_per_px
        d = ImageDraw.Draw(self.top)
        x, y = self.s(14), self.img.height - self.s(42)
        d.rectangle([x - self.s(6), y - self.s(20), x + length + self.s(40), y + self.s(12)], fill=(255, 255, 255, 220))
        d.rectangle([x, y, x + length, y + self.s(6)], fill="black")
        d.rectangle([x + length / 2, y + self.s(1), x + length, y + self.s(5)], fill="white")
        text = f"{metres // 1000} km" if metres >= 1000 else f"{metres} m"
        d.text((x, y - self.s(18)), text, font=pil_font(self.s(13)), fill="black")

    def north_arrow(self) -> None:
        d = ImageDraw.Draw(self.top)
        x, y = self.img.width - self.s(34), self.s(22)
        d.polygon([(x, y), (x - self.s(11), y + self.s(32)), (x, y + self.s(24)), (x + self.s(11), y + self.s(32))],
                  fill="black", outline="white")
        d.text((x - self.s(6), y + self.s(34)), "N", font=pil_font(self.s(15), bold=True), fill="black")

    def attribution(self, text: str) -> None:
        d = ImageDraw.Draw(self.top)
        f = pil_font(self.s(12))
        box = d.textbbox((0, 0), text, font=f)
        x, y = self.img.width - (box[2] - box[0]) - self.s(8), self.img.height - (box[3] - box[1]) - self.s(8)
        d.rectangle([x - self.s(4), y - self.s(3), self.img.width, self.img.height], fill=(255, 255, 255, 210))
        d.text((x, y), text, font=f, fill=(60, 60, 60, 255))

    def finish(self) -> Image.Image:
        out = self.img
        for layer in (self.fill, self.lines, self.top):
            out = Image.alpha_composite(out, layer)
        return out.convert("RGB")
