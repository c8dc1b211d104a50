"""The datasets analysts get, one row per thing, with Spanish headers. Other domains add theirs
to ``DATASETS`` (name → function(session, filter) → Table)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shapely.geometry import shape
from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.exports import plan_tables
from gestor_app.core.exports.base import Table, _territory_names
from gestor_app.core.exports.filters import ExportFilter
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.walk import PERIODS, Walk, WalkAnswer
from gestor_app.core.services.walks import walk_template

SENSITIVE_MARK = "SENSIBLE"




def _live(model: type, f: ExportFilter, territory_col: Any) -> Any:
    q = select(model).where(model.deleted.is_(False))
    if f.territory_ids is not None:
        q = q.where(territory_col.in_(sorted(f.territory_ids)))
    if f.devices is not None:
        q = q.where(model.origin_device.in_(sorted(f.devices)))
    return q


def features_query(f: ExportFilter) -> Any:
    q = _live(MapFeature, f, MapFeature.territory_id)
    if f.categories is not None:
        q = q.where(MapFeature.category.in_(sorted(f.categories)))
    if not f.include_sensitive:
        q = q.where(MapFeature.sensitive.is_(False))
    return q.order_by(MapFeature.territory_id, MapFeature.created_at, MapFeature.id)


def filtered_features(session: Session, f: ExportFilter) -> list[MapFeature]:
    return [x for x in session.scalars(features_query(f)) if f.day_ok(x.observed_on) or (
        x.observed_on is None and f.day_ok(x.created_at.date() if x.created_at else None))]


def features_table(session: Session, f: ExportFilter) -> Table:
    legend, names = default_legend(), _territory_names(session)
    t = Table("elementos_mapa", ["id", "territorio", "familia", "categoría", "título", "descripción", "fecha",
                                 "fuente", "sensible", "geometría", "lon", "lat", "gestor (dispositivo)",
                                 "creado", "modificado"])
    for x in filtered_features(session, f):
        cat = legend.get(x.category)
        c = shape(x.geometry).representative_point()
        t.rows.append([x.id, names.get(x.territory_id or "", ""), cat.family_label, cat.label, x.title,
                       x.description, x.observed_on, x.source, SENSITIVE_MARK if x.sensitive else "",
                       x.geometry["type"], round(c.x, 6), round(c.y, 6), x.origin_device, x.created_at,
                       x.updated_at])
    return t


def walk_answers_table(session: Session, f: ExportFilter) -> Table:
    names = _territory_names(session)
    t = Table("respuestas_marcha", ["marcha", "título", "fecha", "período", "territorio", "sección", "ítem",
                                    "pregunta", "respuesta", "comentario", "prioridad", "derivación", "lon",
                                    "lat", "gestor (dispositivo)"])
    walks = [w for w in session.scalars(_live(Walk, f, Walk.territory_id).order_by(Walk.walk_date, Walk.id))
             if f.day_ok(w.walk_date)]
    for w in walks:
        items = {i.key: (s, i) for s, i in walk_template(w).items()}
        answers = session.scalars(select(WalkAnswer).where(WalkAnswer.walk_id == w.id,
                                                           WalkAnswer.deleted.is_(False)))
        for a in sorted(answers, key=lambda a: list(items).index(a.item_key) if a.item_key in items else 1 << 30):
            section, item = items.get(a.item_key, (None, None))
            t.rows.append([w.id, w.display_title(), w.walk_date, PERIODS.get(w.period, w.period),
                           names.get(w.territory_id or "", ""), section.title if section else "", a.item_key,
                           item.text if item else "", a.value, a.comment, a.priority, a.referral,
                           a.point_lon, a.point_lat, w.origin_device])
    return t


DATASETS: dict[str, Callable[[Session, ExportFilter], Table]] = {
    "elementos": features_table,
    "marchas": walk_answers_table,
    "actividades": plan_tables.activities_table,
    "indicadores": plan_tables.indicators_table,
    "indicadores_territorio": plan_tables.indicators_by_territory,
    "indicadores_ambito": plan_tables.indicators_by_ambito_table,
}
