"""Plan datasets for analysts and the Plan Comunal: one row per activity, one per goal (meta) with
its latest measurement, and the goals aggregated by territory."""

from __future__ import annotations

from datetime import date
from statistics import mean

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.exports.base import Table, _territory_names
from gestor_app.core.exports.filters import ExportFilter
from gestor_app.core.models.plans import (
    ACTIVITY_STATUSES,
    ActionPlan,
    Activity,
    Goal,
    IndicatorMeasurement,
    Objective,
)
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


def _goals(session: Session, f: ExportFilter) -> list[tuple[Goal, Objective, list[IndicatorMeasurement]]]:
    objectives = {o.id: o for o in session.scalars(select(Objective).where(Objective.deleted.is_(False)))}
    measures: dict[str, list[IndicatorMeasurement]] = {}
    for m in session.scalars(select(IndicatorMeasurement).where(IndicatorMeasurement.deleted.is_(False))
                             .order_by(IndicatorMeasurement.measured_on)):
        if f.day_ok(m.measured_on) or (f.since is None and f.until is None):
            measures.setdefault(m.goal_id or "", []).append(m)
    out = []
    for g in session.scalars(select(Goal).where(Goal.deleted.is_(False)).order_by(Goal.id)):
        obj = objectives.get(g.objective_id or "")
        if obj is not None and _ok(f, obj.territory_id, g.origin_device):
            out.append((g, obj, measures.get(g.id, [])))
    return out


def indicators_table(session: Session, f: ExportFilter) -> Table:
    names = _territory_names(session)
    t = Table("indicadores", ["meta", "territorio", "objetivo", "indicador", "unidad", "línea base", "meta (valor)",
                              "fecha meta", "última medición", "fecha medición", "mediciones", "logro %"])
    for g, obj, ms in _goals(session, f):
        last = ms[-1] if ms else None
        got = attainment(g, last.value if last else None)
        t.rows.append([g.id, names.get(obj.territory_id or "", ""), obj.text, g.indicator, g.unit, g.baseline,
                       g.target, g.due_date, last.value if last else None, last.measured_on if last else None,
                       len(ms), round(got * 100, 1) if got is not None else None])
    return t


def indicators_by_territory(session: Session, f: ExportFilter) -> Table:
    names = _territory_names(session)
    per: dict[str, list[float | None]] = {}
    for g, obj, ms in _goals(session, f):
        per.setdefault(obj.territory_id or "", []).append(attainment(g, ms[-1].value) if ms else None)
    t = Table("indicadores_por_territorio", ["territorio", "metas", "metas con medición", "logro medio %"])
    for tid, values in sorted(per.items(), key=lambda kv: names.get(kv[0], "")):
        measured = [v for v in values if v is not None]
        t.rows.append([names.get(tid, tid), len(values), len(measured),
                       round(mean(measured) * 100, 1) if measured else None])
    return t
