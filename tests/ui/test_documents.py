"""The Documents screen: lists what the current territory can print, previews page 1 with QtPdf,
saves the chosen version through the task runner."""

from __future__ import annotations

from pathlib import Path

from gestor_app.core.docs.kit import Audience
from tests.core.docs.support import pdf_text


def test_documents_screen_lists_previews_and_saves(window, qtbot, tmp_path: Path):
    screen = window.show_screen("documentos")
    kinds = [p.kind for p in screen.items]
    assert {"walk", "focus-group", "diagnosis", "map-sheet"} <= set(kinds)
    assert screen.list.count() == len(screen.items)
    assert not screen.preview.image.isNull() and screen.preview.pages >= 1  # page 1 rendered by QtPdf
    assert screen.preview.image.width() == 760
    assert screen.preview.image.pixelColor(5, 5).name() == "#ffffff"  # paper, not a transparent page
    # the map sheet: community by default, sensitive points kept out
    screen.list.setCurrentRow(kinds.index("map-sheet"))
    assert screen.audience.currentData() == Audience.COMMUNITY and screen.size.isEnabled()
    community = tmp_path / "lamina.pdf"
    screen.save_to(community)
    assert screen.last_saved == community and "lamina.pdf" in screen.status.text()
    assert "Punto de venta de drogas" not in pdf_text(community)
    # the same sheet, internal version
    screen.audience.setCurrentIndex(screen.audience.findData(Audience.INTERNAL))
    internal = tmp_path / "lamina-interna.pdf"
    screen.save_to(internal)
    assert "Punto de venta de drogas" in pdf_text(internal) and "Uso interno" in pdf_text(internal)
    # another document: the walk report
    screen.list.setCurrentRow(kinds.index("walk"))
    assert not screen.size.isEnabled()
    walk = tmp_path / "marcha.pdf"
    screen.save_to(walk)
    assert "Informe de marcha exploratoria" in pdf_text(walk)
