"""What a document module receives and returns, and the pieces several documents share (maps,
photos without EXIF)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Table
from sqlalchemy.orm import Session

from gestor_app.core.config import AppConfig
from gestor_app.core.docs.kit import Audience, para, table_style
from gestor_app.core.docs.static_map import (
    MapItem,
    MapRequest,
    RenderedMap,
    feature_item,
    image_size,
    render_map,
)
from gestor_app.core.errors import ValidationError
from gestor_app.core.maps.basemaps import current_basemap
from gestor_app.core.progress import Progress

MAP_TEXT_SCALE = 1.45  # maps printed 17 cm wide: labels and legend readable on paper


@dataclass
class DocRequest:
    session: Session
    record_id: str
    audience: Audience
    config: AppConfig
    progress: Progress = field(default_factory=Progress)
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def community(self) -> bool:
        return self.audience is Audience.COMMUNITY

    def keep(self, feature: Any) -> bool:
        """Sensitive map points never reach a community document."""
        return feature is not None and not feature.deleted and not (self.community and feature.sensitive)

    def basemap(self) -> Path | None:
        b = current_basemap(self.session, self.config.data_dir)
        return b.path if b else None


@dataclass
class Document:
    title: str
    subtitle: str
    story: list[Flowable]
    territory_id: str | None = None
    pagesize: tuple[float, float] = A4


def map_flowable(req: DocRequest, *, boundary: dict[str, Any] | None, items: Iterable[MapItem],
                 width: float = 170 * mm, height: float = 110 * mm, grid: tuple[int, int] | None = None,
                 legend: bool = True) -> tuple[Flowable, RenderedMap] | tuple[Flowable, None]:
    """The static map as a PDF image (kept whole on one page), or a note when nothing has geometry."""
    try:
        rendered = render_map(MapRequest(image_size(width, height), boundary, list(items), req.basemap(), grid,
                                         legend, scale=MAP_TEXT_SCALE))
    except ValidationError as exc:
        return para(str(exc), "empty"), None
    w, h = rendered.image.size
    img = Image(io.BytesIO(rendered.png()), width=width, height=width * h / w)
    parts: list[Flowable] = [img]
    if rendered.attribution:  # also drawn on the map; in text so it survives any copy of the page
        parts.append(para(f"Mapa base: {rendered.attribution}", "small"))
    return KeepTogether(parts), rendered


def feature_items(req: DocRequest, features: Iterable[Any]) -> list[MapItem]:
    return [feature_item(f) for f in features if req.keep(f)]


def clean_thumbnail(path: Path, *, size: int = 480) -> bytes | None:
    """A downscaled JPEG re-encoded by Pillow from the pixels only: no EXIF, GPS or camera data."""
    try:
        with PILImage.open(path) as src:
            src.draft("RGB", (size, size))  # JPEG: decode at the smallest scale still ≥ size (much faster)
            img = ImageOps.exif_transpose(src).convert("RGB")
    except (OSError, ValueError):
        return None
    img.thumbnail((size, size))
    bare = PILImage.new("RGB", img.size)
    bare.paste(img)
    out = io.BytesIO()
    bare.save(out, "JPEG", quality=82)
    return out.getvalue()


def photo_grid(photos: list[tuple[bytes, str]], *, columns: int = 4, width: float = 170 * mm) -> Flowable:
    """Thumbnails with captions, ``columns`` per row (rows split across pages)."""
    cw = width / columns
    cells = []
    for data, caption in photos:
        with PILImage.open(io.BytesIO(data)) as im:
            w, h = im.size
        iw = cw - 6
        ih = min(iw * h / w, 45 * mm)
        iw = ih * w / h
        cells.append([Image(io.BytesIO(data), width=iw, height=ih), para(caption, "small")])
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    t = Table(rows, colWidths=[cw] * columns, hAlign="LEFT")
    t.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t
