"""Objectives and goals (step 3): one objetivo general and the objetivos específicos of a territory,
each linked to the diagnosed problems it addresses; metas with indicator, baseline, target and due
date, and the measurements of each indicator taken during the follow-up (step 5)."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.ambitos import check_ambito
from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.diagnosis import Problem
from gestor_app.core.models.plans import OBJECTIVE_KINDS, Goal, IndicatorMeasurement, Objective, as_list
from gestor_app.core.services.bin import move_to_bin
from gestor_app.core.services.plans import as_date

GOAL_FIELDS = {"indicator", "baseline", "target", "unit", "due_date"}


def _number(value: Any, what: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(f"{what}: debe ser un número.")
    try:
        return float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"{what}: debe ser un número (por ejemplo 12 o 3,5).") from exc


def _check_problems(session: Session, territory_id: str | None, problem_ids: Any) -> list[str]:
    ids = list(dict.fromkeys(as_list(problem_ids)))
    for pid in ids:
        p = session.get(Problem, pid)
        if p is None or p.deleted:
            raise ValidationError("Una problemática vinculada no existe o está en la papelera.")
        if territory_id and p.territory_id and p.territory_id != territory_id:
            raise ValidationError(f"La problemática «{p.title}» es de otro territorio.")
    return ids


def list_objectives(session: Session, *, territory_id: str) -> list[Objective]:
    """The general objective first, then the specific ones in their order."""
    q = select(Objective).where(Objective.territory_id == territory_id, Objective.deleted.is_(False))
    rows = list(session.scalars(q.order_by(Objective.position, Objective.created_at, Objective.id)))
    return sorted(rows, key=lambda o: o.kind != "general")


def get_objective(session: Session, objective_id: str) -> Objective:
    o = session.get(Objective, objective_id)
    if o is None or o.deleted:
        raise NotFoundError("El objetivo no existe o está en la papelera.")
    return o


def _check_kind(session: Session, territory_id: str | None, kind: str, exclude: str | None = None) -> None:
    if kind not in OBJECTIVE_KINDS:
        raise ValidationError("El objetivo debe ser «general» o «especifico».")
    if kind == "general" and territory_id:
        others = [o for o in list_objectives(session, territory_id=territory_id)
                  if o.kind == "general" and o.id != exclude]
        if others:
            raise ValidationError("El territorio ya tiene un objetivo general; los demás son específicos.")


def create_objective(session: Session, *, territory_id: str, text: str = "", kind: str = "especifico",
                     problem_ids: list[str] | None = None, position: int | None = None,
                     ambito: str = "", id: str | None = None) -> Objective:
    if not territory_id:
        raise ValidationError("El objetivo necesita un territorio.")
    _check_kind(session, territory_id, kind)
    if position is None:
        position = max((o.position for o in list_objectives(session, territory_id=territory_id)), default=-1) + 1
    o = Objective(territory_id=territory_id, kind=kind, text=str(text or ""), position=position,
                  ambito=check_ambito(ambito), problem_ids=_check_problems(session, territory_id, problem_ids))
    if id:
        o.id = id
    session.add(o)
    session.flush()
    return o


def update_objective(session: Session, objective_id: str, **changes: Any) -> Objective:
    o = get_objective(session, objective_id)
    unknown = set(changes) - {"text", "kind", "problem_ids", "position", "ambito"}
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    if "kind" in changes:
        _check_kind(session, o.territory_id, changes["kind"], exclude=o.id)
    if "problem_ids" in changes:
        changes["problem_ids"] = _check_problems(session, o.territory_id, changes["problem_ids"])
    if "text" in changes:
        changes["text"] = str(changes["text"] or "")
    if "ambito" in changes:
        changes["ambito"] = check_ambito(changes["ambito"])
    for key, value in changes.items():
        if getattr(o, key) != value:
            setattr(o, key, value)
    session.flush()
    return o


def delete_objective(session: Session, objective_id: str) -> None:
    move_to_bin(session, get_objective(session, objective_id))


# --- goals (metas) ------------------------------------------------------------------------------

def _clean_goal(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - GOAL_FIELDS
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    if "baseline" in changes:
        changes["baseline"] = _number(changes["baseline"], "Línea base")
    if "target" in changes:
        changes["target"] = _number(changes["target"], "Meta")
    if "due_date" in changes:
        changes["due_date"] = as_date(changes["due_date"], "Plazo de la meta")
    for key in ("indicator", "unit"):
        if key in changes:
            changes[key] = str(changes[key] or "").strip()
    return changes


def create_goal(session: Session, *, objective_id: str, indicator: str = "", baseline: float | None = None,
                target: float | None = None, unit: str = "", due_date: date | None = None,
                id: str | None = None) -> Goal:
    get_objective(session, objective_id)
    g = Goal(objective_id=objective_id, **_clean_goal(dict(indicator=indicator, baseline=baseline, target=target,
                                                           unit=unit, due_date=due_date)))
    if id:
        g.id = id
    session.add(g)
    session.flush()
    return g


def get_goal(session: Session, goal_id: str) -> Goal:
    g = session.get(Goal, goal_id)
    if g is None or g.deleted:
        raise NotFoundError("La meta no existe o está en la papelera.")
    return g


def update_goal(session: Session, goal_id: str, **changes: Any) -> Goal:
    g = get_goal(session, goal_id)
    for key, value in _clean_goal(changes).items():
        if getattr(g, key) != value:
            setattr(g, key, value)
    session.flush()
    return g


def delete_goal(session: Session, goal_id: str) -> None:
    move_to_bin(session, get_goal(session, goal_id))


def list_goals(session: Session, *, objective_id: str) -> list[Goal]:
    q = select(Goal).where(Goal.objective_id == objective_id, Goal.deleted.is_(False))
    return list(session.scalars(q.order_by(Goal.created_at, Goal.id)))


# --- indicator measurements ---------------------------------------------------------------------

def add_measurement(session: Session, *, goal_id: str, measured_on: date, value: float, note: str = "",
                    id: str | None = None) -> IndicatorMeasurement:
    get_goal(session, goal_id)
    on = as_date(measured_on, "Fecha de la medición")
    number = _number(value, "Valor medido")
    if on is None or number is None:
        raise ValidationError("La medición necesita una fecha y un valor.")
    m = IndicatorMeasurement(goal_id=goal_id, measured_on=on, value=number, note=str(note or ""))
    if id:
        m.id = id
    session.add(m)
    session.flush()
    return m


def get_measurement(session: Session, measurement_id: str) -> IndicatorMeasurement:
    m = session.get(IndicatorMeasurement, measurement_id)
    if m is None or m.deleted:
        raise NotFoundError("La medición no existe o está en la papelera.")
    return m


def update_measurement(session: Session, measurement_id: str, **changes: Any) -> IndicatorMeasurement:
    m = get_measurement(session, measurement_id)
    unknown = set(changes) - {"measured_on", "value", "note"}
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    if "measured_on" in changes:
        changes["measured_on"] = as_date(changes["measured_on"], "Fecha de la medición")
    if "value" in changes:
        changes["value"] = _number(changes["value"], "Valor medido")
    if any(changes.get(k, True) is None for k in ("measured_on", "value")):
        raise ValidationError("La medición necesita una fecha y un valor.")
    for key, value in changes.items():
        if getattr(m, key) != value:
            setattr(m, key, value)
    session.flush()
    return m


def delete_measurement(session: Session, measurement_id: str) -> None:
    move_to_bin(session, get_measurement(session, measurement_id))


def list_measurements(session: Session, *, goal_id: str) -> list[IndicatorMeasurement]:
    q = select(IndicatorMeasurement).where(IndicatorMeasurement.goal_id == goal_id,
                                           IndicatorMeasurement.deleted.is_(False))
    return list(session.scalars(q.order_by(IndicatorMeasurement.measured_on, IndicatorMeasurement.created_at)))


def share_of_way(baseline: float | None, target: float | None, value: float | None) -> float | None:
    """How far ``value`` has gone from ``baseline`` to ``target`` (0.0 = baseline, 1.0 = target
    reached; works for goals that go down as well as up). ``None`` when it cannot be computed."""
    if value is None or baseline is None or target is None or target == baseline:
        return None
    done, span = value - baseline, target - baseline
    if not (math.isfinite(done) and math.isfinite(span)):  # huge numbers overflowed: the same ratio in halves
        done, span = value / 2 - baseline / 2, target / 2 - baseline / 2
    return done / span


def attainment(goal: Goal, value: float | None) -> float | None:
    """``share_of_way`` of a goal (not clamped: beyond the target > 1, worse than the baseline < 0)."""
    return share_of_way(goal.baseline, goal.target, value)
