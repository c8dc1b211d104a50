"""Exploratory walks: create, edit the header, draw the route, answer items, send to the bin."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.field.templates import Template, check_value, default_template, parse_template
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.walk import PARTICIPANT_GROUPS, PERIODS, PRIORITIES, Walk, WalkAnswer
from gestor_app.core.services.bin import move_to_bin
from gestor_app.core.services.map_features import create_feature, get_feature, update_feature

_HEADER = {"title", "walk_date", "start_time", "end_time", "period", "weather", "facilitator", "participants",
           "notes"}
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
UNSET: Any = object()


def _check_header(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - _HEADER
    if unknown:
        raise ValidationError(f"Campos de la marcha no editables: {', '.join(sorted(unknown))}.")
    for key in ("start_time", "end_time"):
        if changes.get(key) and not _TIME.match(changes[key]):
            raise ValidationError(f"Hora inválida «{changes[key]}»: use HH:MM (por ejemplo 19:30).")
    if "period" in changes and changes["period"] not in PERIODS:
        raise ValidationError("La marcha debe ser diurna o nocturna.")
    if "walk_date" in changes and changes["walk_date"] is not None and not isinstance(changes["walk_date"], date):
        raise ValidationError("La fecha de la marcha no es válida.")
    if "participants" in changes:
        changes["participants"] = clean_participants(changes["participants"])
    return changes


def clean_participants(counts: Any) -> dict[str, dict[str, int]]:
    """Counts only, by group and category: anything else (a name, a negative number) is refused."""
    if not isinstance(counts, dict):
        raise ValidationError("Los participantes se registran como conteos por tramo etario, género y rol.")
    out: dict[str, dict[str, int]] = {}
    for group, values in counts.items():
        if group not in PARTICIPANT_GROUPS or not isinstance(values, dict):
            raise ValidationError(f"Grupo de participantes desconocido: «{group}».")
        for cat, n in values.items():
            if cat not in PARTICIPANT_GROUPS[group]:
                raise ValidationError(f"Categoría desconocida «{cat}» en «{group}».")
            if not isinstance(n, int) or isinstance(n, bool) or n < 0:
                raise ValidationError("Cada conteo de participantes debe ser un número entero no negativo.")
            if n:
                out.setdefault(group, {})[cat] = n
    return out


def create_walk(session: Session, *, territory_id: str | None, template: Template | None = None,
                id: str | None = None, **header: Any) -> Walk:
    t = template or default_template()
    header = _check_header(dict(header))
    w = Walk(territory_id=territory_id, template_id=t.id, template_version=t.version, template=dict(t.raw), **header)
    if id:
        w.id = id
    session.add(w)
    session.flush()
    return w


def get_walk(session: Session, walk_id: str) -> Walk:
    w = session.get(Walk, walk_id)
    if w is None or w.deleted:
        raise NotFoundError("La marcha no existe o está en la papelera.")
    return w


def walk_template(walk: Walk) -> Template:
    """The frozen template the walk was made with (never the current file)."""
    return parse_template(walk.template, where=f"Plantilla guardada de «{walk.display_title()}»")


def update_walk(session: Session, walk_id: str, **changes: Any) -> Walk:
    w = get_walk(session, walk_id)
    for key, value in _check_header(dict(changes)).items():
        if getattr(w, key) != value:
            setattr(w, key, value)
    session.flush()
    return w


def list_walks(session: Session, *, territory_id: str | None) -> list[Walk]:
    q = select(Walk).where(Walk.deleted.is_(False))
    if territory_id is not None:
        q = q.where(Walk.territory_id == territory_id)
    return list(session.scalars(q.order_by(Walk.walk_date.desc(), Walk.start_time.desc(), Walk.id)))


def delete_walk(session: Session, walk_id: str) -> None:
    move_to_bin(session, get_walk(session, walk_id))


def set_route(session: Session, *, walk_id: str, coordinates: list[list[float]] | None = None,
              feature_id: str | None = None, title: str | None = None) -> MapFeature:
    """Draw the walk's route (a new or edited "recorrido" line) or reuse an existing one."""
    w = get_walk(session, walk_id)
    if feature_id is not None:
        f = get_feature(session, feature_id)
        if f.category != "recorrido":
            raise ValidationError("El elemento elegido no es un recorrido del mapa.")
    elif coordinates is None:
        raise ValidationError("Indique las coordenadas del recorrido o un recorrido existente.")
    elif w.route_feature_id and session.get(MapFeature, w.route_feature_id) is not None:
        f = update_feature(session, w.route_feature_id, geometry={"type": "LineString", "coordinates": coordinates})
    else:
        f = create_feature(session, territory_id=w.territory_id, category="recorrido", source="marcha",
                           geometry={"type": "LineString", "coordinates": coordinates},
                           title=title or f"Recorrido: {w.display_title()}", observed_on=w.walk_date)
    w.route_feature_id = f.id
    session.flush()
    return f


def list_routes(session: Session, *, territory_id: str | None) -> list[MapFeature]:
    q = select(MapFeature).where(MapFeature.deleted.is_(False), MapFeature.category == "recorrido")
    if territory_id is not None:
        q = q.where(MapFeature.territory_id == territory_id)
    return list(session.scalars(q.order_by(MapFeature.created_at, MapFeature.id)))


def answers(session: Session, *, walk_id: str) -> dict[str, WalkAnswer]:
    q = select(WalkAnswer).where(WalkAnswer.walk_id == walk_id, WalkAnswer.deleted.is_(False))
    return {a.item_key: a for a in session.scalars(q.order_by(WalkAnswer.created_at))}


def get_answer(session: Session, answer_id: str) -> WalkAnswer:
    a = session.get(WalkAnswer, answer_id)
    if a is None or a.deleted:
        raise NotFoundError("La respuesta no existe o está en la papelera.")
    return a


def set_answer(session: Session, *, walk_id: str, item_key: str, value: Any = UNSET, comment: Any = UNSET,
               priority: Any = UNSET, referral: Any = UNSET, point: Any = UNSET,
               point_feature_id: Any = UNSET, id: str | None = None) -> WalkAnswer:
    """Create or update the answer of one item; only the given fields change. ``point`` is
    ``(lon, lat)`` or ``None``."""
    w = get_walk(session, walk_id)
    item = walk_template(w).item(item_key)
    changes: dict[str, Any] = {}
    if value is not UNSET:
        changes["value"] = check_value(item, value)
    if comment is not UNSET:
        changes["comment"] = str(comment or "")
    if priority is not UNSET:
        if priority not in (None, *PRIORITIES):
            raise ValidationError(f"Prioridad inválida «{priority}»: use Alta, Media o Baja.")
        changes["priority"] = priority
    if referral is not UNSET:
        changes["referral"] = (referral or "").strip() or None
    if point is not UNSET:
        changes.update(_point(point))
    if point_feature_id is not UNSET:
        if point_feature_id is not None:
            get_feature(session, point_feature_id)
        changes["point_feature_id"] = point_feature_id
    a = session.scalars(select(WalkAnswer).where(WalkAnswer.walk_id == walk_id, WalkAnswer.item_key == item_key,
                                                 WalkAnswer.deleted.is_(False))).first()
    if a is None:
        a = WalkAnswer(walk_id=walk_id, item_key=item_key, comment="")
        if id:
            a.id = id
        session.add(a)
    for key, v in changes.items():
        if getattr(a, key) != v:
            setattr(a, key, v)
    session.flush()
    return a


def _point(point: Any) -> dict[str, float | None]:
    if point is None:
        return {"point_lon": None, "point_lat": None}
    try:
        lon, lat = float(point[0]), float(point[1])
    except (TypeError, ValueError, IndexError) as exc:
        raise ValidationError("El punto debe ser un par longitud, latitud.") from exc
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise ValidationError(f"Coordenada fuera de rango: {lon}, {lat}.")
    return {"point_lon": lon, "point_lat": lat}
