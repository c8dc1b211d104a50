"""Fonts embedded in every PDF: Bitstream Vera, shipped inside the reportlab package (already a
dependency), so no font file is committed or downloaded. It covers every Spanish glyph
(á é í ó ú ñ ü ¿ ¡ º ª « » – …). Registered once as the family ``GT``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(reportlab.__file__).resolve().parent / "fonts"
FILES = {"GT": "Vera.ttf", "GT-Bold": "VeraBd.ttf", "GT-Italic": "VeraIt.ttf", "GT-BoldItalic": "VeraBI.ttf"}
REGULAR, BOLD, ITALIC = "GT", "GT-Bold", "GT-Italic"


def font_path(name: str = REGULAR) -> Path:
    return FONT_DIR / FILES[name]


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the TTF family with reportlab (embedded subsets); returns the family name."""
    for name, file in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    for bold, italic, name in ((0, 0, "GT"), (1, 0, "GT-Bold"), (0, 1, "GT-Italic"), (1, 1, "GT-BoldItalic")):
        addMapping("GT", bold, italic, name)
    return REGULAR


@lru_cache(maxsize=32)
def pil_font(size: int, *, bold: bool = False):  # type: ignore[no-untyped-def]
    """The same face for Pillow (static maps), so maps and text match."""
    from PIL import ImageFont

    return ImageFont.truetype(str(font_path(BOLD if bold else REGULAR)), size)
