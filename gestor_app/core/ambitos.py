"""The ámbitos of the Plan Comunal as data (``resources/plan/ambitos.json``): the thematic areas
objectives (and through them their metas) are grouped by. An objective stores the key; "" means
«Sin ámbito». A key this installation does not know (a newer list synchronised from elsewhere)
is shown as the key itself, never rejected on import."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from gestor_app.core.config import RESOURCES_DIR
from gestor_app.core.errors import ValidationError

AMBITOS_FILE = RESOURCES_DIR / "plan" / "ambitos.json"
FORMAT = "gestor-ambitos"
NO_AMBITO = ""
NO_AMBITO_LABEL = "Sin ámbito"
_KEY = re.compile(r"[a-z0-9_]{1,60}")


@dataclass(frozen=True)
class Ambito:
    key: str
    label: str
    description: str = ""


def parse_ambitos(data: object, where: str = "ambitos.json") -> tuple[Ambito, ...]:
    """Validate an ámbitos document; a clear Spanish error names the file and the first problem."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(f"{where}: no tiene el formato «{FORMAT}».")
    items = data.get("ambitos")
    if not isinstance(items, list) or not items:
        raise ValidationError(f"{where}: falta la lista «ambitos» o está vacía.")
    out: list[Ambito] = []
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ValidationError(f"{where}: el ámbito n.º {n} debe ser un objeto.")
        key, label, description = item.get("key"), item.get("label"), item.get("description", "")
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise ValidationError(f"{where}: el ámbito n.º {n} tiene una clave inválida ({key!r}): "
                                  "use minúsculas, dígitos y «_».")
        if not isinstance(label, str) or not label.strip():
            raise ValidationError(f"{where}: el ámbito «{key}» no tiene nombre («label»).")
        if not isinstance(description, str):
            raise ValidationError(f"{where}: la descripción del ámbito «{key}» no es un texto.")
        if any(a.key == key for a in out):
            raise ValidationError(f"{where}: la clave «{key}» está repetida.")
        out.append(Ambito(key, label.strip(), description.strip()))
    return tuple(out)


def load_ambitos(path: Path = AMBITOS_FILE) -> tuple[Ambito, ...]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"No se pudo leer la lista de ámbitos {path.name}: {exc}") from exc
    return parse_ambitos(data, path.name)


@lru_cache(maxsize=1)
def default_ambitos() -> tuple[Ambito, ...]:
    return load_ambitos()


def ambito_label(key: str | None, ambitos: tuple[Ambito, ...] | None = None) -> str:
    if not key:
        return NO_AMBITO_LABEL
    return next((a.label for a in ambitos or default_ambitos() if a.key == key), key)


def check_ambito(key: object) -> str:
    """The key to store for an edit ("" for none); an unknown key is a ValidationError."""
    key = str(key or "").strip()
    if key and key not in {a.key for a in default_ambitos()}:
        raise ValidationError(f"Ámbito desconocido: «{key[:60]}».")
    return key
