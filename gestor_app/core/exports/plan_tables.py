"""Plan datasets for analysts and the Plan Comunal: one row per activity, one per goal (meta) with
its latest measurement, and the goals aggregated by territory and by (territory, ámbito)."""

from __future__ import annotations

from datetime import date
from statistics import mean

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.ambitos import ambito_label
from gestor_app.core.exports.base import Table, _territory_names
from gestor_app.core.exports.filters import ExportFilter
from gestor_app.core.models.plans import (
    ACTIVITY_STATUSES,
    ActionPlan,
    Activity,
    Goal,
    Objective,
)
from gestor_app.core.services.indicators import GoalIndicator, goal_indicators, indicators_by_ambito
from gestor_app.core.services.objectives import attainment
from gestor_app.core.services.plans import is_overdue


def _ok(f: ExportFilter, territory_id: str | None, device: str) -> bool:
    return (f.territory_ids is None or territory_id in f.territory_ids) and (f.devices is None or device in f.devices)


def activities_table(session: Session, f: ExportFilter, *, today: date | None = None) -> Table:
    today = today or date.today()
    names = _territory_names(session)
    plans = {p.id: p for p in session.scalars(select(ActionPlan).where(ActionPlan.deleted.is_(False)))}
    objectives = {o.id: o for o in session.scalars(select(Objective))}
    t = Table("actividades", ["actividad", "territorio", "objetivo", "estrategia", "título", "responsable",
                              "institución", "inicio", "término", "estado", "avance %", "fuera de plazo",
                              "gestor (dispositivo)"])
    q = select(Activity).where(Activity.deleted.is_(False)).order_by(Activity.plan_id, Activity.position, Activity.id)
    for a in session.scalars(q):
        plan = plans.get(a.plan_id or "")
        if plan is None or not _ok(f, plan.territory_id, a.origin_device) or not f.day_ok(a.start_date):
            continue
        obj = objectives.get(a.objective_id or "")
        t.rows.append([a.id, names.get(plan.territory_id or "", ""), obj.text if obj else "", a.strategy, a.title,
                       a.responsible, a.institution, a.start_date, a.end_date,
                       ACTIVITY_STATUSES.get(a.status, a.status), a.progress, "sí" if is_overdue(a, today) else "no",
                       a.origin_device])
    return t


def _goals(session: Session, f: ExportFilter, today: date | None = None
           ) -> list[tuple[Goal, Objective, GoalIndicator]]:
    return goal_indicators(session, today=today or date.today(), territory_ids=f.territory_ids, devices=f.devices,
                           day_ok=f.day_ok)


def indicators_table(session: Session, f: ExportFilter) -> Table:
    names = _territory_names(session)
    t = Table("indicadores", ["meta", "territorio", "objetivo", "ámbito", "indicador", "unidad", "línea base",
                              "meta (valor)", "fecha meta", "última medición", "fecha medición", "mediciones",
                              "logro %"])
    for g, obj, gi in _goals(session, f):
        got = attainment(g, gi.latest)  # not clamped: beyond the target > 100, worse than the baseline < 0
        t.rows.append([g.id, names.get(obj.territory_id or "", ""), obj.text, ambito_label(obj.ambito), g.indicator,
                       g.unit, g.baseline, g.target, g.due_date, gi.latest, gi.latest_on, gi.measurements,
                       round(got * 100, 1) if got is not None else None])
    return t


def indicators_by_territory(session: Session, f: ExportFilter) -> Table:
    names = _territory_names(session)
    per: dict[str, list[float | None]] = {}
    for g, obj, gi in _goals(session, f):
        per.setdefault(obj.territory_id or "", []).append(attainment(g, gi.latest))
    t = Table("indicadores_por_territorio", ["territorio", "metas", "metas con medición", "logro medio %"])
    for tid, values in sorted(per.items(), key=lambda kv: names.get(kv[0], "")):
        measured = [v for v in values if v is not None]
        t.rows.append([names.get(tid, tid), len(values), len(measured),
                       round(mean(measured) * 100, 1) if measured else None])
    return t


AMBITO_HEADERS = ["territorio", "ámbito", "clave ámbito", "metas", "metas con medición", "metas con logro",
                  "logro medio %", "metas logradas", "metas vencidas"]


def indicators_by_ambito_table(session: Session, f: ExportFilter, *, today: date | None = None) -> Table:
    """Metas by (territory, ámbito); logro clamped to 0–100 (``core.services.indicators``)."""
    t = Table("indicadores_por_ambito", list(AMBITO_HEADERS))
    for r in indicators_by_ambito(session, today=today or date.today(), territory_ids=f.territory_ids,
                                  devices=f.devices, day_ok=f.day_ok):
        t.rows.append([r.territory, r.ambito_label, r.ambito, r.goals, r.measured, r.with_logro, r.mean_logro,
                       r.reached, r.overdue])
    return t
