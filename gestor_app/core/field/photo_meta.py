"""Photo metadata with Pillow: size, type, date and GPS from EXIF; EXIF-free copies; thumbnails."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from gestor_app.core.errors import ValidationError

try:  # HEIC/HEIF from phones, when the optional pillow-heif plugin is installed
    from pillow_heif import register_heif_opener  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the machine
    pass
else:  # pragma: no cover
    register_heif_opener()

_MIMES = {"JPEG": "image/jpeg", "PNG": "image/png", "HEIF": "image/heic", "WEBP": "image/webp", "MPO": "image/jpeg"}
_GPS_IFD, _EXIF_IFD = 0x8825, 0x8769
_DATETIME_ORIGINAL, _DATETIME = 0x9003, 0x0132


@dataclass(frozen=True)
class PhotoMeta:
    mime: str
    width: int
    height: int
    taken_at: datetime | None
    gps_lon: float | None
    gps_lat: float | None


def _open(data: bytes) -> Image.Image:
    try:
        img = Image.open(io.BytesIO(data))
        img.load()
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise ValidationError("El archivo no es una imagen legible (use JPEG, PNG o HEIC).") from exc
    if img.format not in _MIMES:
        raise ValidationError(f"Formato de imagen no admitido: {img.format}.")
    return img


def _degrees(dms: Any, ref: Any) -> float | None:
    try:
        d, m, s = (float(x) for x in dms)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    value = d + m / 60 + s / 3600
    return -value if str(ref).upper() in ("S", "W") else value


def _gps(exif: Image.Exif) -> tuple[float | None, float | None]:
    gps = exif.get_ifd(_GPS_IFD)
    if not gps or 2 not in gps or 4 not in gps:
        return None, None
    lat, lon = _degrees(gps[2], gps.get(1, "N")), _degrees(gps[4], gps.get(3, "E"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None, None
    return lon, lat


def _taken_at(exif: Image.Exif) -> datetime | None:
    raw = exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
    try:  # EXIF time has no zone: kept as given, marked UTC (good enough to order photos)
        return datetime.strptime(str(raw).strip("\x00 "), "%Y:%m:%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def read_meta(data: bytes) -> PhotoMeta:
    img = _open(data)
    exif = img.getexif()
    lon, lat = _gps(exif)
    return PhotoMeta(_MIMES[img.format or ""], img.width, img.height, _taken_at(exif), lon, lat)


def strip_exif(data: bytes) -> bytes:
    """A copy without EXIF/GPS/XMP/comments (orientation applied), for documents that leave the laptop."""
    img = _open(data)
    fmt = "PNG" if img.format == "PNG" else "JPEG"
    clean = ImageOps.exif_transpose(img)
    if fmt == "JPEG" and clean.mode not in ("RGB", "L"):
        clean = clean.convert("RGB")
    bare = Image.new(clean.mode, clean.size)  # a fresh image carries no metadata at all
    if clean.mode == "P":
        bare.putpalette(clean.getpalette() or [])
    bare.paste(clean)
    out = io.BytesIO()
    bare.save(out, fmt, **({"quality": 90} if fmt == "JPEG" else {}))
    return out.getvalue()


def make_thumbnail(source: Path, cache_dir: Path, *, size: int = 160) -> Path:
    """A JPEG thumbnail of the stored photo ``source`` in ``cache_dir`` (made once, named by hash)."""
    dest = cache_dir / "thumbnails" / f"{source.name}-{size}.jpg"
    if dest.is_file():
        return dest
    img = ImageOps.exif_transpose(_open(source.read_bytes()))
    img.thumbnail((size, size))
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(".tmp")
    img.convert("RGB").save(tmp, "JPEG", quality=80)
    tmp.replace(dest)
    return dest
