from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from gestor_app.core.errors import ValidationError
from gestor_app.core.field.templates import (
    CHECKLISTS_DIR,
    check_value,
    default_template,
    load_folder,
    load_template,
    parse_template,
)

DOMAIN_ITEMS = {"A": 3, "B": 5, "C": 5, "D": 5, "E": 4, "F": 4, "G": 5, "H": 2, "I": 2, "J": 3, "K": 4}


def test_default_template_has_every_section_and_item_of_the_method():
    t = default_template()
    assert t.id == "caminata-segura" and t.version == 1
    assert {s.key: len(s.items) for s in t.sections} == DOMAIN_ITEMS
    assert all(s.source for s in t.sections) and any("METRAC" in src for src in t.sources)
    assert t.item("B2").type == "number" and t.item("A1").type == "scale" and t.item("K1").type == "text"
    assert "Iluminación" in [s.title for s in t.sections]


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "checklists"
    folder.mkdir()
    shutil.copy(CHECKLISTS_DIR / "caminata_segura.json", folder)
    return folder


def test_broken_files_give_clear_errors_and_the_good_ones_still_load(tmp_path):
    folder = _copy(tmp_path)
    (folder / "rota.json").write_text('{"schema": "gestor-checklist/1", "id": ', encoding="utf-8")
    bad_type = json.loads((folder / "caminata_segura.json").read_text(encoding="utf-8"))
    bad_type["id"] = "otra"
    bad_type["sections"][1]["items"][0]["type"] = "estrellas"
    (folder / "tipo_malo.json").write_text(json.dumps(bad_type), encoding="utf-8")
    good, errors = load_folder(folder)
    assert [t.id for t in good] == ["caminata-segura"]
    messages = {e.path.name: e.message for e in errors}
    assert "rota.json" in messages["rota.json"] and "JSON mal formado en la línea 1" in messages["rota.json"]
    assert "tipo_malo.json" in messages["tipo_malo.json"]
    assert "sección «B», ítem «B1»" in messages["tipo_malo.json"] and "estrellas" in messages["tipo_malo.json"]


@pytest.mark.parametrize("mutate, expected", [
    (lambda d: d.update(schema="otro/9"), "esquema"),
    (lambda d: d.update(version="1"), "version"),
    (lambda d: d.update(sections=[]), "sections"),
    (lambda d: d["sections"][0]["items"].append(dict(d["sections"][0]["items"][0])), "repetida: A1"),
    (lambda d: d["sections"][2].pop("title"), "sección «C»: falta el texto «title»"),
])
def test_validation_names_the_problem(mutate, expected):
    data = json.loads((CHECKLISTS_DIR / "caminata_segura.json").read_text(encoding="utf-8"))
    mutate(data)
    with pytest.raises(ValidationError, match=expected):
        parse_template(data, where="Plantilla x.json")


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ValidationError, match="no_existe.json: no se pudo leer"):
        load_template(tmp_path / "no_existe.json")


def test_answer_values_are_checked_by_type():
    t = default_template()
    assert check_value(t.item("A1"), "2") == "2"
    assert check_value(t.item("A1"), "N/O") == "NO"
    assert check_value(t.item("A2"), "No") == "no" and check_value(t.item("A2"), "NO") == "NO"
    assert check_value(t.item("B2"), "3,0") == "3"
    assert check_value(t.item("K1"), "  poda  ") == "poda"
    assert check_value(t.item("A1"), "") is None
    for key, value in (("A1", "4"), ("A2", "quizás"), ("B2", "tres")):
        with pytest.raises(ValidationError, match=f"Ítem {key}"):
            check_value(t.item(key), value)
