"""Small vector charts for the PDFs (reportlab graphics): horizontal bars with labels and values."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from gestor_app.core.docs.fonts import BOLD, REGULAR
from gestor_app.core.docs.kit import BRAND, INK, MUTED, RULE


def bar_chart(rows: Sequence[tuple[str, float | None]], *, maximum: float, width: float = 170 * mm,
              label_width: float = 62 * mm, bar_height: float = 11, fmt: str = "{:.1f}",
              ticks: Sequence[float] = (), color: colors.Color = BRAND,
              empty: str = "sin datos") -> Drawing:
    """One bar per row (``None`` → "sin datos"), values written at the end of each bar."""
    gap = 5
    axis = 14 if ticks else 0
    height = len(rows) * (bar_height + gap) + axis + 2
    d = Drawing(width, height, initialFontName=REGULAR)
    plot = width - label_width - 30
    top = height - 2
    for t in ticks:
        x = label_width + plot * t / maximum
        d.add(Line(x, axis - 2, x, top, strokeColor=RULE, strokeWidth=0.5))
        d.add(String(x, 2, fmt.format(t).rstrip("0").rstrip(".") if "." in fmt.format(t) else fmt.format(t),
                     fontName=REGULAR, fontSize=7, fillColor=MUTED, textAnchor="middle"))
    for n, (label, value) in enumerate(rows):
        y = top - (n + 1) * (bar_height + gap) + gap
        text = label if len(label) <= 42 else label[:40] + "…"
        d.add(String(label_width - 4, y + 3, text, fontName=REGULAR, fontSize=8, fillColor=INK, textAnchor="end"))
        if value is None:
            d.add(String(label_width + 2, y + 3, empty, fontName=REGULAR, fontSize=7.5, fillColor=MUTED))
            continue
        w = max(0.0, plot * min(value, maximum) / maximum) if maximum else 0.0
        d.add(Rect(label_width, y, w, bar_height, fillColor=color, strokeColor=None))
        d.add(String(label_width + w + 3, y + 3, fmt.format(value), fontName=BOLD, fontSize=7.5, fillColor=INK))
    return d


def score_color(value: float | None) -> colors.Color:
    """Red → amber → green on the 0–3 walk scale."""
    if value is None:
        return MUTED
    return colors.HexColor("#C62828" if value < 1 else "#EF6C00" if value < 2 else "#2E7D32")


def score_chart(rows: Sequence[tuple[str, float | None]], *, width: float = 170 * mm) -> Drawing:
    """Section means on the 0–3 scale, each bar coloured by its level."""
    d = bar_chart(rows, maximum=3, width=width, ticks=(0, 1, 2, 3), fmt="{:.1f}")
    bars = [s for s in d.contents if isinstance(s, Rect)]
    values = [v for _label, v in rows if v is not None]
    for bar, v in zip(bars, values, strict=True):
        bar.fillColor = score_color(v)
    return d
