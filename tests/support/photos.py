"""Small test images made with Pillow, with EXIF date and GPS like a phone camera writes them."""

from __future__ import annotations

import io

from PIL import Image
from PIL.TiffImagePlugin import IFDRational


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60 * 100)
    return IFDRational(d, 1), IFDRational(m, 1), IFDRational(s, 100)


def jpeg_with_gps(lon: float = -70.55245, lat: float = -33.47195, *, color: tuple[int, int, int] = (180, 60, 40),
                  when: str = "2026:10:22 20:45:00") -> bytes:
    img = Image.new("RGB", (64, 48), color)
    exif = Image.Exif()
    exif[0x010F] = "CamaraDePrueba"  # Make
    exif[0x0132] = when
    gps = exif.get_ifd(0x8825)
    gps.update({1: "S" if lat < 0 else "N", 2: _dms(lat), 3: "W" if lon < 0 else "E", 4: _dms(lon)})
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif)
    return out.getvalue()


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 10), (10, 120, 200)).save(out, "PNG")
    return out.getvalue()
