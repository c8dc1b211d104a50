"""The ámbitos of the Plan Comunal as data: the shipped list, and clear Spanish errors on a broken file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gestor_app.core.ambitos import AMBITOS_FILE, ambito_label, check_ambito, default_ambitos, load_ambitos
from gestor_app.core.config import RESOURCES_DIR
from gestor_app.core.errors import ValidationError


def test_the_shipped_list_is_valid_spanish_and_packaged():
    ambitos = default_ambitos()
    keys = [a.key for a in ambitos]
    assert len(keys) == len(set(keys)) >= 8
    assert {"prevencion_social", "prevencion_situacional", "vif_genero", "alcohol_drogas", "convivencia",
            "delitos_violentos", "reinsercion", "fiscalizacion", "participacion"} <= set(keys)
    assert all(a.label and a.description for a in ambitos)
    assert ambito_label("vif_genero") == "Violencia intrafamiliar y de género"
    # the frozen app ships the whole resources/ folder (installers/spec_support.app_datas)
    assert AMBITOS_FILE.is_relative_to(RESOURCES_DIR) and AMBITOS_FILE.is_file()


def test_labels_of_no_ambito_and_of_a_key_from_a_newer_list():
    assert ambito_label("") == ambito_label(None) == "Sin ámbito"
    assert ambito_label("seguridad_vial") == "seguridad_vial"  # synchronised from a newer list: shown, kept


def test_edits_accept_only_known_keys():
    assert check_ambito(" convivencia ") == "convivencia"
    assert check_ambito(None) == check_ambito("") == ""
    with pytest.raises(ValidationError, match="Ámbito desconocido: «otra_cosa»"):
        check_ambito("otra_cosa")


GOOD = {"key": "uno", "label": "Uno", "description": "d"}


@pytest.mark.parametrize("content, message", [
    ("{no es json", "No se pudo leer la lista de ámbitos a.json"),
    (json.dumps({"format": "otra", "ambitos": [GOOD]}), "a.json: no tiene el formato «gestor-ambitos»"),
    (json.dumps({"format": "gestor-ambitos", "ambitos": []}), "falta la lista «ambitos» o está vacía"),
    (json.dumps({"format": "gestor-ambitos", "ambitos": ["uno"]}), "el ámbito n.º 1 debe ser un objeto"),
    (json.dumps({"format": "gestor-ambitos", "ambitos": [{"key": "Con Espacio", "label": "x"}]}),
     "clave inválida"),
    (json.dumps({"format": "gestor-ambitos", "ambitos": [{"key": "uno", "label": " "}]}), "no tiene nombre"),
    (json.dumps({"format": "gestor-ambitos", "ambitos": [{"key": "uno", "label": "U", "description": 3}]}),
     "la descripción del ámbito «uno» no es un texto"),
    (json.dumps({"format": "gestor-ambitos", "ambitos": [GOOD, GOOD]}), "la clave «uno» está repetida"),
])
def test_a_broken_file_is_a_spanish_validation_error(tmp_path: Path, content: str, message: str):
    path = tmp_path / "a.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        load_ambitos(path)


def test_a_missing_file_names_the_file(tmp_path: Path):
    with pytest.raises(ValidationError, match="no_existe.json"):
        load_ambitos(tmp_path / "no_existe.json")
