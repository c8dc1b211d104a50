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


def test_documents_screen_lists_actas_and_the_plan(window, qtbot, tmp_path: Path):
    screen = window.show_screen("documentos")
    kinds = [p.kind for p in screen.items]
    assert kinds.count("acta") == 2 and kinds.count("plan") == 1
    labels = [screen.list.item(i).text() for i in range(screen.list.count())]
    assert any("Acta de Mesa de Seguridad" in t and "n.º 1" in t for t in labels)
    screen.list.setCurrentRow(kinds.index("acta"))
    assert screen.audience.currentData() == Audience.COMMUNITY and not screen.size.isEnabled()
    acta = tmp_path / "acta.pdf"
    screen.save_to(acta)
    assert "Acta de sesión" in pdf_text(acta) and "Versión para la comunidad" in pdf_text(acta)
    screen.list.setCurrentRow(kinds.index("plan"))
    assert screen.audience.currentData() == Audience.INTERNAL
    plan = tmp_path / "plan.pdf"
    screen.save_to(plan)
    assert "Carta Gantt" in pdf_text(plan)
