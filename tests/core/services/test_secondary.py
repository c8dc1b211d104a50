from __future__ import annotations

from pathlib import Path

import pytest

from gestor_app.core.errors import ValidationError
from gestor_app.core.services.secondary import comuna_code_for, import_cases, list_cases, monthly_totals


def _write(tmp_path: Path, content: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / "casos.csv"
    p.write_bytes(content.encode(encoding))
    return p


def test_semicolon_latin1_with_dates(store, tmp_path):
    f = _write(tmp_path, "Fecha;Código comuna;Delito;Casos\n2025-01-01;13122;Robo por sorpresa;40\n"
                         "2025-02-01;13122;Robo por sorpresa;35\n01-02-2025;13122;Lesiones leves;12\n", "latin-1")
    with store.transaction() as s:
        assert import_cases(s, path=f) == 3
    with store.transaction() as s:
        assert monthly_totals(s, comuna_code="13122") == [(2025, 1, 40), (2025, 2, 47)]


def test_comma_year_month_and_reimport_updates(store, tmp_path):
    f = _write(tmp_path, "año,mes,cut,tipo_delito,frecuencia\n2024,marzo,13122,Hurtos,7\n2024,4,13122,Hurtos,9\n")
    with store.transaction() as s:
        import_cases(s, path=f)
        import_cases(s, path=_write(tmp_path, "año,mes,cut,tipo_delito,frecuencia\n2024,3,13122,Hurtos,8\n"))
    with store.transaction() as s:
        assert [(c.month, c.count) for c in list_cases(s, comuna_code="13122")] == [(3, 8), (4, 9)]


@pytest.mark.parametrize("content, words", [
    ("fecha;comuna;delito;casos;color\n2025-01;13122;Robo;3;rojo\n", ["Columna desconocida", "color", "columna 5"]),
    ("fecha;comuna;delito;casos\n2025-01;13122;Robo;3\n2025-13;13122;Robo;4\n", ["Fila 3", "fecha"]),
    ("fecha;comuna;delito;casos\n2025-01;13122;Robo;3\n2025-02;Peñalolén;Robo;4\n", ["Fila 3", "comuna"]),
    ("fecha;comuna;delito;casos\n2025-01;13122;Robo;3\n2025-02;13122;Robo;muchos\n", ["Fila 3", "casos"]),
    ("fecha;comuna;casos\n2025-01;13122;3\n", ["Faltan columnas", "delito"]),
    ("", ["vacío"]),
])
def test_bad_files_import_nothing(store, tmp_path, content, words):
    with pytest.raises(ValidationError) as err:
        with store.transaction() as s:
            import_cases(s, path=_write(tmp_path, content))
    assert all(w in str(err.value) for w in words), str(err.value)
    assert "No se importó nada" in str(err.value) or "vacío" in str(err.value)
    with store.transaction() as s:
        assert list_cases(s, comuna_code="13122") == []


def test_comuna_of_a_barrio(demo_store):
    from gestor_app.core.demo import demo_id

    with demo_store.transaction() as s:
        assert comuna_code_for(s, demo_id("territory:Villa Los Quillayes")) == "13122"
        assert len(monthly_totals(s, comuna_code="13122")) == 24  # demo data
