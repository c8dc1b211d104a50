"""The map legend as data (``resources/legend/legend.json``): families → categories with a
Spanish label, a colour, a Font Awesome icon name and the geometry kinds they may have.

``default_legend()`` is the legend in use: the project's (set by the office, installed on the
laptops; ``core/project_resources.py`` activates it when a store opens or a new one is installed),
else the packaged one."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from gestor_app.core.config import RESOURCES_DIR
from gestor_app.core.errors import ValidationError

LEGEND_FILE = RESOURCES_DIR / "legend" / "legend.json"
GEOMETRY_KINDS = ("Point", "LineString", "Polygon")


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    family: str
    family_label: str
    color: str
    icon: str
    geometries: tuple[str, ...]


@dataclass(frozen=True)
class Legend:
    version: int
    categories: tuple[Category, ...]

    def get(self, key: str) -> Category:
        for c in self.categories:
            if c.key == key:
                return c
        raise ValidationError(f"Categoría de la leyenda desconocida: «{key}».")

    def families(self) -> list[tuple[str, str, list[Category]]]:
        out: dict[str, tuple[str, str, list[Category]]] = {}
        for c in self.categories:
            out.setdefault(c.family, (c.family, c.family_label, []))[2].append(c)
        return list(out.values())


def parse_legend(data: object) -> Legend:
    """Validate a legend document; a clear Spanish error names the first problem."""
    if not isinstance(data, dict) or data.get("format") != "gestor-legend":
        raise ValidationError("El archivo de leyenda no tiene el formato «gestor-legend».")
    cats: list[Category] = []
    for fam in data.get("families") or []:
        for c in fam.get("categories") or []:
            key = c.get("key", "")
            if not re.fullmatch(r"[a-z0-9_]+", key or ""):
                raise ValidationError(f"Clave de categoría inválida en la leyenda: {key!r}.")
            if not re.fullmatch(r"#[0-9A-Fa-f]{6}", c.get("color", "")):
                raise ValidationError(f"Color inválido para la categoría «{key}».")
            kinds = tuple(c.get("geometries") or GEOMETRY_KINDS)
            if set(kinds) - set(GEOMETRY_KINDS):
                raise ValidationError(f"Tipo de geometría desconocido en la categoría «{key}».")
            cats.append(Category(key, c.get("label") or key, fam["key"], fam.get("label") or fam["key"],
                                 c["color"], c.get("icon") or "map-marker", kinds))
    if len({c.key for c in cats}) != len(cats) or not cats:
        raise ValidationError("La leyenda está vacía o repite claves de categoría.")
    return Legend(int(data.get("version", 1)), tuple(cats))


def load_legend(path: Path = LEGEND_FILE) -> Legend:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValidationError(f"No se pudo leer la leyenda {path.name}: {exc}") from exc
    return parse_legend(data)


@lru_cache(maxsize=1)
def packaged_legend() -> Legend:
    return load_legend()


_project: Legend | None = None


def set_project_legend(legend: Legend | None) -> None:
    """Install (or, with None, drop) the project's legend for this process."""
    global _project
    _project = legend


def default_legend() -> Legend:
    return _project or packaged_legend()
