"""Checklist templates as data (``resources/checklists/*.json``, schema ``gestor-checklist/1``).

``load_template(path)`` validates one file and raises ``ValidationError`` with a Spanish message
naming the file and the problem; ``load_folder(folder)`` returns the good templates and the errors
of the broken ones, so the app keeps working with the others. See ``resources/checklists/README.md``.
``available_templates(folder)`` adds the project's templates (set by the office, installed on the
laptops by ``core/project_resources.py``); one with the id of a packaged template replaces it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gestor_app.core.config import RESOURCES_DIR
from gestor_app.core.errors import ValidationError

CHECKLISTS_DIR = RESOURCES_DIR / "checklists"
SCHEMA = "gestor-checklist/1"
DEFAULT_TEMPLATE_ID = "caminata-segura"
ANSWER_TYPES = {"scale": "Escala 0–3 + N/O", "yes_no": "Sí / No", "number": "Número", "text": "Texto"}
SCALE_VALUES = ("0", "1", "2", "3")
NOT_OBSERVED = "NO"
SCALE_LABELS = {"0": "Muy malo / ausente", "1": "Deficiente", "2": "Aceptable", "3": "Bueno", "NO": "No observado"}
YES_NO_VALUES = ("si", "no")


@dataclass(frozen=True)
class Item:
    key: str
    text: str
    type: str
    help: str = ""
    source: str = ""


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    source: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    title: str
    description: str
    sources: tuple[str, ...]
    sections: tuple[Section, ...]
    raw: dict[str, Any] = field(repr=False, compare=False, hash=False, default_factory=dict)

    def items(self) -> list[tuple[Section, Item]]:
        return [(s, i) for s in self.sections for i in s.items]

    def item(self, key: str) -> Item:
        for _s, i in self.items():
            if i.key == key:
                return i
        raise ValidationError(f"La plantilla «{self.title}» no tiene el ítem «{key}».")


@dataclass(frozen=True)
class TemplateError:
    path: Path
    message: str


def _text(obj: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = obj.get(key, None if required else "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValidationError(f"{where}: falta el texto «{key}» o no es un texto.")
    return value.strip()


def _item(raw: Any, where: str) -> Item:
    if not isinstance(raw, dict):
        raise ValidationError(f"{where}: cada ítem debe ser un objeto.")
    key = _text(raw, "key", where)
    where = f"{where}, ítem «{key}»"
    kind = raw.get("type")
    if kind not in ANSWER_TYPES:
        raise ValidationError(f"{where}: tipo de respuesta «{kind}» desconocido (use {', '.join(ANSWER_TYPES)}).")
    return Item(key=key, text=_text(raw, "text", where), type=kind, help=_text(raw, "help", where, required=False),
                source=_text(raw, "source", where, required=False))


def _section(raw: Any, where: str) -> Section:
    if not isinstance(raw, dict):
        raise ValidationError(f"{where}: cada sección debe ser un objeto.")
    key = _text(raw, "key", where)
    where = f"{where}, sección «{key}»"
    items = raw.get("items")
    if not isinstance(items, list) or not items:
        raise ValidationError(f"{where}: la sección necesita una lista «items» con al menos un ítem.")
    return Section(key=key, title=_text(raw, "title", where), source=_text(raw, "source", where, required=False),
                   items=tuple(_item(i, where) for i in items))


def parse_template(data: Any, *, where: str = "Plantilla") -> Template:
    """Validate a template document (already decoded JSON)."""
    if not isinstance(data, dict):
        raise ValidationError(f"{where}: el documento debe ser un objeto JSON.")
    if data.get("schema") != SCHEMA:
        raise ValidationError(f"{where}: esquema «{data.get('schema')}» no admitido (se espera «{SCHEMA}»).")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValidationError(f"{where}: «version» debe ser un número entero positivo.")
    sections = data.get("sections")
    if not isinstance(sections, list) or not sections:
        raise ValidationError(f"{where}: falta la lista «sections» o está vacía.")
    t = Template(id=_text(data, "id", where), version=version, title=_text(data, "title", where),
                 description=_text(data, "description", where, required=False),
                 sources=tuple(str(s) for s in data.get("sources", []) if str(s).strip()),
                 sections=tuple(_section(s, where) for s in sections), raw=data)
    for label, keys in (("sección", [s.key for s in t.sections]), ("ítem", [i.key for _s, i in t.items()])):
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValidationError(f"{where}: clave de {label} repetida: {', '.join(dupes)}.")
    return t


def load_template(path: Path) -> Template:
    where = f"Plantilla {path.name}"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(f"{where}: no se pudo leer el archivo ({exc.strerror}).") from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{where}: el archivo no está en UTF-8.") from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{where}: JSON mal formado en la línea {exc.lineno}, columna {exc.colno} "
                              f"({exc.msg}).") from exc
    return parse_template(data, where=where)


def load_folder(folder: Path = CHECKLISTS_DIR) -> tuple[list[Template], list[TemplateError]]:
    """Every valid template of ``folder`` (sorted by title) and the errors of the broken files."""
    good: list[Template] = []
    errors: list[TemplateError] = []
    for path in sorted(folder.glob("*.json")):
        try:
            good.append(load_template(path))
        except ValidationError as exc:
            errors.append(TemplateError(path, str(exc)))
    return sorted(good, key=lambda t: (t.title, t.version)), errors


_project: tuple[Template, ...] = ()


def set_project_templates(templates: list[Template]) -> None:
    """Install the project's templates for this process (an empty list: only the packaged ones)."""
    global _project
    _project = tuple(templates)


def available_templates(folder: Path = CHECKLISTS_DIR) -> tuple[list[Template], list[TemplateError]]:
    """``load_folder(folder)`` with the project's templates: a project template replaces a file's of the same id."""
    good, errors = load_folder(folder)
    ids = {t.id for t in _project}
    merged = [t for t in good if t.id not in ids] + list(_project)
    return sorted(merged, key=lambda t: (t.title, t.version)), errors


def default_template(folder: Path = CHECKLISTS_DIR) -> Template:
    good, errors = available_templates(folder)
    for t in good:
        if t.id == DEFAULT_TEMPLATE_ID:
            return t
    if good:
        return good[0]
    raise ValidationError("No hay ninguna plantilla de marcha válida. " + " ".join(e.message for e in errors))


def check_value(item: Item, value: str | None) -> str | None:
    """Normalise an answer for ``item``; raise ``ValidationError`` when it does not fit its type."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    value = str(value).strip()
    if value in ("NO", "N/O", "n/o") and item.type != "text":
        return NOT_OBSERVED
    if item.type == "scale" and value not in SCALE_VALUES:
        raise ValidationError(f"Ítem {item.key}: la respuesta debe ser 0, 1, 2, 3 o N/O.")
    if item.type == "yes_no" and value.lower() not in YES_NO_VALUES:
        raise ValidationError(f"Ítem {item.key}: la respuesta debe ser Sí, No o N/O.")
    if item.type == "yes_no":
        return value.lower()
    if item.type == "number":
        try:
            number = float(value.replace(",", "."))
        except ValueError as exc:
            raise ValidationError(f"Ítem {item.key}: «{value}» no es un número.") from exc
        return str(int(number)) if number.is_integer() else str(number)
    return value
