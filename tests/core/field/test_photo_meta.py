from __future__ import annotations

import io

import pytest
from PIL import Image

from gestor_app.core.errors import ValidationError
from gestor_app.core.field.photo_meta import make_thumbnail, read_meta, strip_exif
from tests.support.photos import jpeg_with_gps, png_bytes


def test_exif_date_and_gps_are_read():
    meta = read_meta(jpeg_with_gps(-70.55245, -33.47195))
    assert (meta.mime, meta.width, meta.height) == ("image/jpeg", 64, 48)
    assert meta.gps_lon == pytest.approx(-70.55245, abs=1e-5) and meta.gps_lat == pytest.approx(-33.47195, abs=1e-5)
    assert meta.taken_at is not None and meta.taken_at.year == 2026 and meta.taken_at.hour == 20
    png = read_meta(png_bytes())
    assert png.mime == "image/png" and png.gps_lon is None and png.taken_at is None


def test_stripped_copy_has_no_exif_and_no_gps():
    original = jpeg_with_gps()
    assert b"Exif" in original and b"CamaraDePrueba" in original
    clean = strip_exif(original)
    img = Image.open(io.BytesIO(clean))
    assert img.format == "JPEG" and img.size == (64, 48)
    assert len(img.getexif()) == 0 and not img.getexif().get_ifd(0x8825)
    assert "exif" not in img.info and b"Exif" not in clean and b"CamaraDePrueba" not in clean
    meta = read_meta(clean)
    assert meta.gps_lon is None and meta.gps_lat is None and meta.taken_at is None
    png = Image.open(io.BytesIO(strip_exif(png_bytes())))
    assert png.format == "PNG" and png.size == (20, 10)


def test_not_an_image_is_refused():
    with pytest.raises(ValidationError, match="no es una imagen"):
        read_meta(b"esto no es una foto")


def test_thumbnail_is_made_once_in_the_cache(tmp_path):
    src = tmp_path / ("a" * 64)
    src.write_bytes(jpeg_with_gps())
    thumb = make_thumbnail(src, tmp_path / "cache", size=32)
    assert thumb.is_file() and max(Image.open(thumb).size) == 32
    mtime = thumb.stat().st_mtime_ns
    assert make_thumbnail(src, tmp_path / "cache", size=32).stat().st_mtime_ns == mtime
