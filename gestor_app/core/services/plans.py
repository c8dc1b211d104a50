"""Action plan (step 4) and its follow-up (step 5): one plan per territory, its activities (the
carta Gantt: dates, status, progress, dependencies, map features) and the progress log.

Other areas call ``get_or_create_plan``, ``create_activity`` and ``list_activities`` (e.g. an
agreement of a meeting becomes an activity with ``source_agreement_id``). Overdue checks take
``today`` as an argument: nothing here reads the clock.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.plans import ACTIVITY_STATUSES, ActionPlan, Activity, ProgressEntry, as_list
from gestor_app.core.services.bin import move_to_bin

PLAN_FIELDS = {"title", "strategies", "resources", "validated_on", "validation_meeting", "validation_acta_ref"}
ACTIVITY_FIELDS = {"objective_id", "strategy", "title", "responsible", "institution", "start_date", "end_date",
                   "status", "progress", "depends_on", "feature_ids", "resources", "source_agreement_id",
                   "position"}
CLOSED = ("cumplida", "cancelada")


def as_date(value: Any, what: str) -> date | None:
    """A date, ``None``/"" or an ISO ``AAAA-MM-DD`` string; anything else is refused in Spanish."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(f"{what}: fecha no válida ({value!r}); use AAAA-MM-DD.") from exc


def _apply(obj: Any, changes: dict[str, Any]) -> None:
    for key, value in changes.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)


def _unknown(changes: dict[str, Any], allowed: set[str]) -> None:
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")


# --- the plan -----------------------------------------------------------------------------------

def find_plan(session: Session, *, territory_id: str) -> ActionPlan | None:
    q = select(ActionPlan).where(ActionPlan.territory_id == territory_id, ActionPlan.deleted.is_(False))
    return session.scalars(q.order_by(ActionPlan.created_at, ActionPlan.id)).first()


def get_or_create_plan(session: Session, *, territory_id: str, id: str | None = None) -> ActionPlan:
    """The territory's action plan, created empty the first time it is asked for."""
    if not territory_id:
        raise ValidationError("El plan de acción necesita un territorio.")
    plan = find_plan(session, territory_id=territory_id)
    if plan is None:
        plan = ActionPlan(territory_id=territory_id, title="Plan de acción")
        if id:
            plan.id = id
        session.add(plan)
        session.flush()
    return plan


def get_plan(session: Session, plan_id: str) -> ActionPlan:
    plan = session.get(ActionPlan, plan_id)
    if plan is None or plan.deleted:
        raise NotFoundError("El plan de acción no existe o está en la papelera.")
    return plan


def update_plan(session: Session, plan_id: str, **changes: Any) -> ActionPlan:
    plan = get_plan(session, plan_id)
    _unknown(changes, PLAN_FIELDS)
    if "validated_on" in changes:
        changes["validated_on"] = as_date(changes["validated_on"], "Fecha de validación")
    for key in PLAN_FIELDS - {"validated_on"}:
        if key in changes:
            changes[key] = str(changes[key] or "")
    _apply(plan, changes)
    session.flush()
    return plan


def delete_plan(session: Session, plan_id: str) -> None:
    move_to_bin(session, get_plan(session, plan_id))


# --- activities ---------------------------------------------------------------------------------

def get_activity(session: Session, activity_id: str) -> Activity:
    a = session.get(Activity, activity_id)
    if a is None or a.deleted:
        raise NotFoundError("La actividad no existe o está en la papelera.")
    return a


def list_activities(session: Session, *, plan_id: str) -> list[Activity]:
    q = select(Activity).where(Activity.plan_id == plan_id, Activity.deleted.is_(False))
    return list(session.scalars(q.order_by(Activity.position, Activity.created_at, Activity.id)))


def find_cycle(graph: dict[str, list[str]]) -> list[str] | None:
    """A dependency cycle in ``{activity: [activities it depends on]}`` as a path, or ``None``."""
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt, [*path, nxt])):
                return found
        state[node] = 2
        return None

    for start in graph:
        if start not in state and (found := visit(start, [start])):
            return found
    return None


def _check_dependencies(session: Session, a: Activity, depends_on: list[str]) -> list[str]:
    deps = list(dict.fromkeys(as_list(depends_on)))
    if a.id in deps:
        raise ValidationError("Una actividad no puede depender de sí misma.")
    others = {x.id: x for x in list_activities(session, plan_id=a.plan_id)} if a.plan_id else {}
    for d in deps:
        if d not in others:
            raise ValidationError("La actividad de la que depende no existe en este plan o está en la papelera.")
    graph = {x.id: as_list(x.depends_on) for x in others.values()}
    graph[a.id] = deps
    cycle = find_cycle(graph)
    if cycle:
        titles = {x.id: x.title for x in others.values()} | {a.id: a.title}
        path = " → ".join(f"«{titles.get(i, i)}»" for i in cycle)
        raise ValidationError(f"Las dependencias formarían un ciclo: {path}.")
    return deps


def _check_features(session: Session, feature_ids: Any) -> list[str]:
    ids = list(dict.fromkeys(as_list(feature_ids)))
    for fid in ids:
        f = session.get(MapFeature, fid)
        if f is None or f.deleted:
            raise ValidationError("Un elemento del mapa vinculado no existe o está en la papelera.")
    return ids


def _clean_activity(session: Session, a: Activity, changes: dict[str, Any]) -> dict[str, Any]:
    _unknown(changes, ACTIVITY_FIELDS)
    for key in ("strategy", "responsible", "institution", "resources"):
        if key in changes:
            changes[key] = str(changes[key] or "").strip() if key != "resources" else str(changes[key] or "")
    if "title" in changes:
        changes["title"] = str(changes["title"] or "").strip()
        if not changes["title"]:
            raise ValidationError("La actividad necesita un nombre.")
    for key, what in (("start_date", "Fecha de inicio"), ("end_date", "Fecha de término")):
        if key in changes:
            changes[key] = as_date(changes[key], what)
    start = changes.get("start_date", a.start_date)
    end = changes.get("end_date", a.end_date)
    if start and end and end < start:
        raise ValidationError(f"La fecha de término ({end:%d-%m-%Y}) no puede ser anterior a la de inicio "
                              f"({start:%d-%m-%Y}).")
    if "status" in changes and changes["status"] not in ACTIVITY_STATUSES:
        raise ValidationError(f"Estado desconocido: {changes['status']!r}. Use: {', '.join(ACTIVITY_STATUSES)}.")
    if "progress" in changes:
        changes["progress"] = check_progress(changes["progress"])
    if "position" in changes and (isinstance(changes["position"], bool) or not isinstance(changes["position"], int)):
        raise ValidationError("La posición debe ser un número entero.")
    if "depends_on" in changes:
        changes["depends_on"] = _check_dependencies(session, a, changes["depends_on"])
    if "feature_ids" in changes:
        changes["feature_ids"] = _check_features(session, changes["feature_ids"])
    return changes


def check_progress(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise ValidationError("El avance debe ser un número entre 0 y 100 %.")
    return int(round(value))


def create_activity(session: Session, *, plan_id: str, title: str, responsible: str = "", institution: str = "",
                    start_date: date | None = None, end_date: date | None = None, objective_id: str | None = None,
                    source_agreement_id: str | None = None, **more: Any) -> Activity:
    """A new activity at the end of the plan. ``more``: strategy, status, progress, depends_on,
    feature_ids, resources, position, id."""
    get_plan(session, plan_id)
    a = Activity(plan_id=plan_id, title="", status="pendiente", progress=0, depends_on=[], feature_ids=[])
    if more.get("id"):
        a.id = more.pop("id")
    more.pop("id", None)
    if "position" not in more:
        more["position"] = max((x.position for x in list_activities(session, plan_id=plan_id)), default=-1) + 1
    changes = _clean_activity(session, a, dict(title=title, responsible=responsible, institution=institution,
                                               start_date=start_date, end_date=end_date, objective_id=objective_id,
                                               source_agreement_id=source_agreement_id, **more))
    _apply(a, changes)
    session.add(a)
    session.flush()
    return a


def update_activity(session: Session, activity_id: str, **changes: Any) -> Activity:
    a = get_activity(session, activity_id)
    _apply(a, _clean_activity(session, a, changes))
    session.flush()
    return a


def delete_activity(session: Session, activity_id: str) -> None:
    """To the bin; activities that depended on it forget that dependency."""
    a = get_activity(session, activity_id)
    for other in list_activities(session, plan_id=a.plan_id) if a.plan_id else []:
        if a.id in as_list(other.depends_on):
            other.depends_on = [d for d in as_list(other.depends_on) if d != a.id]
    move_to_bin(session, a)


def is_overdue(activity: Activity, today: date) -> bool:
    """Marked *atrasada*, or past its end date without being finished (cumplida/cancelada/100 %)."""
    if activity.status in CLOSED:
        return False
    if activity.status == "atrasada":
        return True
    return activity.end_date is not None and activity.end_date < today and (activity.progress or 0) < 100


def overdue_activities(session: Session, *, plan_id: str, today: date) -> list[Activity]:
    return [a for a in list_activities(session, plan_id=plan_id) if is_overdue(a, today)]


# --- progress log -------------------------------------------------------------------------------

def list_progress(session: Session, *, activity_id: str) -> list[ProgressEntry]:
    q = select(ProgressEntry).where(ProgressEntry.activity_id == activity_id, ProgressEntry.deleted.is_(False))
    return list(session.scalars(q.order_by(ProgressEntry.recorded_on, ProgressEntry.created_at, ProgressEntry.id)))


def _sync_progress(session: Session, a: Activity) -> None:
    """The activity shows its latest logged progress; 100 % closes it, any progress starts it."""
    entries = list_progress(session, activity_id=a.id)
    if not entries:
        return
    a.progress = entries[-1].progress
    if a.progress >= 100 and a.status != "cancelada":
        a.status = "cumplida"
    elif 0 < a.progress < 100 and a.status in ("pendiente", "cumplida"):
        a.status = "en_curso"
    session.flush()


def add_progress(session: Session, *, activity_id: str, recorded_on: date, progress: int, note: str = "",
                 id: str | None = None) -> ProgressEntry:
    a = get_activity(session, activity_id)
    on = as_date(recorded_on, "Fecha del avance")
    if on is None:
        raise ValidationError("El avance necesita una fecha.")
    e = ProgressEntry(activity_id=a.id, recorded_on=on, progress=check_progress(progress), note=str(note or ""))
    if id:
        e.id = id
    session.add(e)
    session.flush()
    _sync_progress(session, a)
    return e


def get_progress(session: Session, entry_id: str) -> ProgressEntry:
    e = session.get(ProgressEntry, entry_id)
    if e is None or e.deleted:
        raise NotFoundError("El registro de avance no existe o está en la papelera.")
    return e


def update_progress(session: Session, entry_id: str, **changes: Any) -> ProgressEntry:
    e = get_progress(session, entry_id)
    _unknown(changes, {"recorded_on", "progress", "note"})
    if "recorded_on" in changes:
        changes["recorded_on"] = as_date(changes["recorded_on"], "Fecha del avance")
        if changes["recorded_on"] is None:
            raise ValidationError("El avance necesita una fecha.")
    if "progress" in changes:
        changes["progress"] = check_progress(changes["progress"])
    _apply(e, changes)
    session.flush()
    if e.activity_id:
        _sync_progress(session, get_activity(session, e.activity_id))
    return e


def delete_progress(session: Session, entry_id: str) -> None:
    e = get_progress(session, entry_id)
    move_to_bin(session, e)
    if e.activity_id:
        _sync_progress(session, get_activity(session, e.activity_id))
