"""The project's resources: the legend and checklist templates the office sets and the basemaps it
chooses to distribute; on a laptop, the ones it received (enrollment file, return bundles).

Stored in ``project_resources`` with the sha256 of each document: that hash is the version a
laptop reports holding. ``activate`` makes the stored legend and templates the ones this process
uses (``default_legend()``, ``available_templates()``); ``open_store`` calls it, and so does every
service that installs new ones, after its commit. Screens already open keep what they loaded."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.errors import GestorError, ValidationError
from gestor_app.core.field.templates import Template, parse_template, set_project_templates
from gestor_app.core.maps.legend import Legend, parse_legend, set_project_legend
from gestor_app.core.models.sync import ProjectResource, SyncIdentity
from gestor_app.core.store import Store

LEGEND, TEMPLATE, BASEMAP = "legend", "template", "basemap"
MAX_DOCUMENT = 4 * 1024 * 1024
log = logging.getLogger(__name__)


def canonical(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def check_legend(doc: Any) -> Legend:
    """``parse_legend`` that turns any malformed document into a Spanish ``ValidationError``."""
    try:
        return parse_legend(doc)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise ValidationError("La leyenda no tiene la estructura esperada (familias → categorías).") from exc


def check_template(doc: Any, where: str = "Plantilla") -> Template:
    try:
        return parse_template(doc, where=where)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise ValidationError(f"{where}: el documento no tiene la estructura esperada.") from exc


def read_document(path: Path) -> Any:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_DOCUMENT:
            raise ValidationError(f"{path.name} es demasiado grande para ser una leyenda o plantilla.")
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ValidationError(f"No existe el archivo {path}.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"No se pudo leer {path.name} (¿es un archivo JSON en UTF-8?).") from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{path.name}: JSON mal formado en la línea {exc.lineno}, columna {exc.colno}.") from exc


def put(session: Session, kind: str, key: str, doc: Any, sha256: str | None = None) -> bool:
    """Store one resource; False when that very version was already there."""
    sha256 = sha256 or hashlib.sha256(canonical(doc)).hexdigest()
    row = session.get(ProjectResource, (kind, key))
    if row is not None and row.sha256 == sha256:
        return False
    if row is None:
        session.add(ProjectResource(kind=kind, key=key, sha256=sha256, doc=doc))
    else:
        row.sha256, row.doc = sha256, doc
    return True


def rows(session: Session, kind: str) -> list[ProjectResource]:
    return list(session.scalars(select(ProjectResource).where(ProjectResource.kind == kind)
                                .order_by(ProjectResource.key)))


def not_on_laptop(session: Session) -> None:
    ident = session.get(SyncIdentity, 1)
    if ident is not None and ident.role == "laptop":
        raise GestorError("En un equipo de terreno la leyenda, las plantillas y los mapas base llegan de la oficina.")


def _categories_in_use(session: Session) -> set[str]:
    from gestor_app.core.models.map import MapFeature

    return set(session.scalars(select(MapFeature.category).where(MapFeature.deleted.is_(False)).distinct()))


def set_legend(store: Store, path: Path) -> dict[str, Any]:
    doc = read_document(path)
    legend = check_legend(doc)  # a broken file changes nothing
    with store.transaction() as s:
        not_on_laptop(s)
        lost = sorted(_categories_in_use(s) - {c.key for c in legend.categories})
        if lost:
            raise ValidationError("La nueva leyenda no tiene categorías que ya usan elementos del mapa: "
                                  f"{', '.join(lost[:10])}.")
        put(s, LEGEND, LEGEND, doc)
    activate(store)
    return summary(store)["legend"]


def set_template(store: Store, path: Path) -> dict[str, Any]:
    doc = read_document(path)
    t = check_template(doc, where=f"Plantilla {Path(path).name}")
    with store.transaction() as s:
        not_on_laptop(s)
        put(s, TEMPLATE, t.id, doc)
    activate(store)
    return {"id": t.id, "title": t.title, "version": t.version}


def summary(store: Store) -> dict[str, Any]:
    from gestor_app.core.project_basemaps import summaries

    with store.transaction() as s:
        (row,) = rows(s, LEGEND) or [None]
        legend = row and check_legend(row.doc)
        out: dict[str, Any] = {"legend": row and {"sha256": row.sha256, "version": legend.version,
                                                  "categories": len(legend.categories), "updated_at": row.updated_at}}
        out["templates"] = [{"id": r.key, "title": r.doc.get("title"), "version": r.doc.get("version"),
                             "sha256": r.sha256, "updated_at": r.updated_at} for r in rows(s, TEMPLATE)]
        out["basemaps"] = summaries(s, store.config.data_dir)
    return out


def documents(session: Session) -> dict[str, Any]:
    """The legend and templates as the enrollment file carries them."""
    (legend,) = rows(session, LEGEND) or [None]
    return {"legend": None if legend is None else legend.doc, "templates": [r.doc for r in rows(session, TEMPLATE)]}


def install_documents(session: Session, payload: Any) -> list[str]:
    """Validate and store the legend/templates of an enrollment file; names of what was installed."""
    if payload is None:
        return []
    if not isinstance(payload, dict) or not isinstance(payload.get("templates", []), list):
        raise ValidationError("La leyenda o las plantillas del archivo de inscripción están dañadas.")
    installed = []
    if payload.get("legend") is not None:
        check_legend(payload["legend"])
        if put(session, LEGEND, LEGEND, payload["legend"]):
            installed.append("leyenda")
    for doc in payload.get("templates", []):
        t = check_template(doc)
        if put(session, TEMPLATE, t.id, doc):
            installed.append(f"plantilla {t.id}")
    return installed


def activate(store: Store) -> None:
    with store.transaction() as s:
        (legend,) = rows(s, LEGEND) or [None]
        templates = [r.doc for r in rows(s, TEMPLATE)]
    try:
        set_project_legend(None if legend is None else check_legend(legend.doc))
        set_project_templates([check_template(d) for d in templates])
    except ValidationError as exc:  # stored only after validation: a damaged database, not a user error
        log.warning("recursos del proyecto no válidos, se usan los de la aplicación: %s", exc)
        set_project_legend(None)
        set_project_templates([])
