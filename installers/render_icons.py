"""Render the hand-written SVG icons in resources/icons/ to PNG sizes and a Windows .ico.

    QT_QPA_PLATFORM=offscreen python installers/render_icons.py

Uses PySide6's QSvgRenderer (no other tool); the outputs are committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS = ("gestor-territorial", "gestor-bundle")


def render(svg: Path, size: int):  # -> QImage
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"SVG inválido: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def write_ico(pngs: list[Path], target: Path) -> None:
    """A multi-size .ico with PNG-compressed entries (valid since Windows Vista)."""
    import struct

    blobs = [p.read_bytes() for p in pngs]
    sizes = [int(p.stem.rsplit("-", 1)[1]) for p in pngs]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries, data = b"", b""
    for size, blob in zip(sizes, blobs, strict=True):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(data))
        data += blob
    target.write_bytes(header + entries + data)


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (needed by QPainter)
    for name in ICONS:
        pngs = []
        for size in SIZES:
            out = ICONS_DIR / f"{name}-{size}.png"
            if not render(ICONS_DIR / f"{name}.svg", size).save(str(out)):
                raise SystemExit(f"no se pudo escribir {out}")
            pngs.append(out)
        write_ico([p for p in pngs if int(p.stem.rsplit("-", 1)[1]) in (16, 24, 32, 48, 64, 256)],
                  ICONS_DIR / f"{name}.ico")
        print(f"{name}: {', '.join(str(s) for s in SIZES)} px + .ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
