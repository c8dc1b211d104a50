"""Every user-visible string has its Spanish (Chile) translation, and the app starts in Spanish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gestor_app.ui import i18n


def test_every_source_string_has_a_spanish_translation(tmp_path: Path):
    fresh = i18n.update({area: tmp_path / f"{area}.ts" for area in i18n.sources_by_area()})
    missing = []
    for area, ts in fresh.items():
        committed = i18n.messages(i18n.catalogue(area))
        for key in i18n.messages(ts):
            if not committed.get(key):
                missing.append(f"{area}: {key[0]}: {key[1]!r}")
    assert missing == [], "Sin traducción (python -m gestor_app.ui.i18n update):\n" + "\n".join(missing)


def test_compiled_catalogues_are_loaded(qapp):
    assert QCoreApplication.translate("Navigation", "4. Action plan") == "4. Plan de acción"
    assert QCoreApplication.translate("BinScreen", "Restore") == "Restaurar"
