"""Offline basemaps: MBTiles files copied into ``<data>/basemaps/`` after validation; one is current."""

from __future__ import annotations

import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.maps.mbtiles import MBTiles
from gestor_app.core.services.settings import get_setting, set_setting

CURRENT_BASEMAP = "current_basemap"


@dataclass(frozen=True)
class Basemap:
    key: str  # file stem, safe in a URL
    name: str
    attribution: str
    path: Path
    bounds: tuple[float, float, float, float] | None
    zoom: tuple[int, int]


def basemaps_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "basemaps"


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-") or "mapa"


def describe(path: Path) -> Basemap:
    mb = MBTiles.open(path)
    try:
        return Basemap(path.stem, mb.name, mb.attribution, path, mb.bounds, mb.zoom_range())
    finally:
        mb.close()


def import_basemap(data_dir: Path, source: str | Path) -> Basemap:
    """Validate ``source`` (clear error otherwise), then copy it in; never overwrites another one."""
    src = Path(source)
    info = describe(src)  # raises ValidationError for a bad file: nothing copied
    target_dir = basemaps_dir(data_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    base = _key(src.stem)
    target, i = target_dir / f"{base}.mbtiles", 2
    while target.exists():
        target, i = target_dir / f"{base}-{i}.mbtiles", i + 1
    tmp = target.with_suffix(".part")
    shutil.copyfile(src, tmp)
    tmp.replace(target)
    return Basemap(target.stem, info.name, info.attribution, target, info.bounds, info.zoom)


def list_basemaps(data_dir: Path) -> list[Basemap]:
    out = []
    for p in sorted(basemaps_dir(data_dir).glob("*.mbtiles"), key=lambda p: p.stem):
        try:
            out.append(describe(p))
        except ValidationError:
            continue  # a damaged file is skipped, not fatal
    return out


def find_basemap(data_dir: Path, key: str) -> Basemap:
    for b in list_basemaps(data_dir):
        if b.key == key:
            return b
    raise NotFoundError(f"No existe el mapa base «{key}».")


def current_basemap(session: Session, data_dir: Path) -> Basemap | None:
    """The chosen basemap; if none chosen (or it vanished), the first one; None without basemaps."""
    available = list_basemaps(data_dir)
    key = get_setting(session, CURRENT_BASEMAP)
    if key == "":  # chosen explicitly: no basemap, neutral background
        return None
    return next((b for b in available if b.key == key), available[0] if available else None)


def set_current_basemap(session: Session, data_dir: Path, key: str | None) -> None:
    if key is not None:
        find_basemap(data_dir, key)
    set_setting(session, CURRENT_BASEMAP, key or "")
