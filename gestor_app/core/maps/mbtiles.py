"""Reading MBTiles basemaps (an SQLite file of raster tiles, rows in TMS order: y flipped).

Opened read-only; never written. ``MBTiles.open`` validates the file and raises a clear Spanish
``ValidationError`` for anything that is not a usable raster MBTiles.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from gestor_app.core.errors import ValidationError

RASTER_FORMATS = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}


def tms_row(z: int, y: int) -> int:
    """XYZ (slippy map) row → TMS row as stored in MBTiles, and back (the flip is symmetric)."""
    return (1 << z) - 1 - y


@dataclass
class MBTiles:
    path: Path
    metadata: dict[str, str]
    _conn: sqlite3.Connection
    _lock: threading.Lock

    @classmethod
    def open(cls, path: str | Path) -> MBTiles:
        p = Path(path)
        if not p.is_file():
            raise ValidationError(f"No existe el archivo {p.name}.")
        try:
            conn = sqlite3.connect(f"file:{p}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
        except sqlite3.DatabaseError as exc:
            raise ValidationError(f"{p.name} no es un archivo MBTiles: no es una base SQLite.") from exc
        missing = {"metadata", "tiles"} - names
        if missing:
            conn.close()
            raise ValidationError(f"{p.name} no es un MBTiles válido: faltan las tablas {', '.join(sorted(missing))}.")
        try:
            meta = {str(k): str(v) for k, v in conn.execute("SELECT name, value FROM metadata")}
            has_tile = conn.execute("SELECT 1 FROM tiles LIMIT 1").fetchone() is not None
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise ValidationError(f"{p.name} no es un MBTiles válido: {exc}.") from exc
        if not has_tile:
            conn.close()
            raise ValidationError(f"{p.name} no contiene teselas.")
        fmt = meta.get("format", "png").lower()
        if fmt not in RASTER_FORMATS:
            conn.close()
            raise ValidationError(f"{p.name} tiene teselas «{fmt}»; solo se aceptan teselas raster PNG, JPEG o WebP.")
        return cls(p, meta, conn, threading.Lock())

    @property
    def name(self) -> str:
        return self.metadata.get("name") or self.path.stem

    @property
    def attribution(self) -> str:
        return self.metadata.get("attribution", "")

    @property
    def mime_type(self) -> str:
        return RASTER_FORMATS[self.metadata.get("format", "png").lower()]

    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) in degrees, when the file says."""
        try:
            w, s, e, n = (float(v) for v in self.metadata["bounds"].split(","))
        except (KeyError, ValueError):
            return None
        return (w, s, e, n)

    def zoom_range(self) -> tuple[int, int]:
        with self._lock:
            lo, hi = self._conn.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
        return int(lo), int(hi)

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ z/x/y (as Leaflet asks for it), or None."""
        if z < 0 or not (0 <= x < (1 << z) and 0 <= y < (1 << z)):
            return None
        with self._lock:
            row = self._conn.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                (z, x, tms_row(z, y))).fetchone()
        return bytes(row[0]) if row else None

    def close(self) -> None:
        self._conn.close()
