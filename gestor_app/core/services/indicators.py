"""Indicators of the Plan Comunal: every meta with its latest measurement and logro, and the metas
aggregated by (territory, ámbito) — the ámbito is the objective's.

Logro % of a meta = (latest − baseline) / (target − baseline), clamped to 0–100: it works for metas
that go down («reducir de 40 a 20 delitos») as well as up. Without a baseline or a target, with
target == baseline or without a measurement there is no logro (``None``). A meta is reached when
its logro is 100, or — when no logro can be computed — when its latest measurement equals the
target; it is overdue when its due date has passed and it is not reached.

Records in the bin are left out: metas, their measurements and objectives, and the metas of
territories in the bin. Pure given ``today`` (never reads the clock).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.ambitos import Ambito, ambito_label, default_ambitos
from gestor_app.core.models.plans import Goal, IndicatorMeasurement, Objective
from gestor_app.core.services.objectives import share_of_way
from gestor_app.core.services.territories import list_territories

DayFilter = Callable[[date], bool]


def logro_percent(baseline: float | None, target: float | None, value: float | None) -> float | None:
    """How far ``value`` has gone from ``baseline`` to ``target``, in 0–100 %; ``None`` when it
    cannot be computed (``objectives.share_of_way``, clamped)."""
    share = share_of_way(baseline, target, value)
    return None if share is None else max(0.0, min(100.0, share * 100.0))


def is_reached(baseline: float | None, target: float | None, value: float | None) -> bool:
    got = logro_percent(baseline, target, value)
    if got is not None:
        return got >= 100.0
    return value is not None and target is not None and math.isclose(value, target)


@dataclass(frozen=True)
class GoalIndicator:
    goal_id: str
    objective_id: str
    territory_id: str
    ambito: str  # key; "" = sin ámbito
    indicator: str
    unit: str
    baseline: float | None
    target: float | None
    due_date: date | None
    measurements: int
    latest: float | None
    latest_on: date | None
    logro: float | None  # 0–100
    reached: bool
    overdue: bool


def goal_indicator(goal: Goal, objective: Objective, measurements: list[IndicatorMeasurement], *,
                   today: date) -> GoalIndicator:
    """One meta given its (live) measurements in any order."""
    last = max(measurements, key=lambda m: (m.measured_on, m.created_at, m.id)) if measurements else None
    value = last.value if last else None
    reached = is_reached(goal.baseline, goal.target, value)
    return GoalIndicator(goal.id, objective.id, objective.territory_id or "", objective.ambito or "",
                         goal.indicator, goal.unit, goal.baseline, goal.target, goal.due_date, len(measurements),
                         value, last.measured_on if last else None, logro_percent(goal.baseline, goal.target, value),
                         reached, goal.due_date is not None and goal.due_date < today and not reached)


def goal_indicators(session: Session, *, today: date, territory_ids: Iterable[str] | None = None,
                    devices: Iterable[str] | None = None, day_ok: DayFilter | None = None
                    ) -> list[tuple[Goal, Objective, GoalIndicator]]:
    """Every live meta of a live objective of a live territory. ``territory_ids`` / ``devices``
    (the meta's ``origin_device``) narrow it; ``day_ok`` picks the measurements that count."""
    live = {t.id for t in list_territories(session)}
    wanted = live if territory_ids is None else live & set(territory_ids)
    objectives = {o.id: o for o in session.scalars(select(Objective).where(Objective.deleted.is_(False)))
                  if o.territory_id in wanted}
    measures: dict[str, list[IndicatorMeasurement]] = {}
    for m in session.scalars(select(IndicatorMeasurement).where(IndicatorMeasurement.deleted.is_(False))):
        if day_ok is None or day_ok(m.measured_on):
            measures.setdefault(m.goal_id or "", []).append(m)
    devs = None if devices is None else set(devices)
    out = []
    for g in session.scalars(select(Goal).where(Goal.deleted.is_(False)).order_by(Goal.id)):
        obj = objectives.get(g.objective_id or "")
        if obj is not None and (devs is None or g.origin_device in devs):
            out.append((g, obj, goal_indicator(g, obj, measures.get(g.id, []), today=today)))
    return out


@dataclass(frozen=True)
class AmbitoRow:
    territory_id: str
    territory: str
    ambito: str
    ambito_label: str
    goals: int
    measured: int  # metas with at least one measurement
    mean_logro: float | None  # mean over the metas that have a logro
    with_logro: int
    reached: int
    overdue: int


ALL_TERRITORIES = "Todos los territorios"


def aggregate(indicators: Iterable[GoalIndicator], territory_names: dict[str, str],
              ambitos: tuple[Ambito, ...] | None = None, *, by_territory: bool = True) -> list[AmbitoRow]:
    """One row per (territory, ámbito) that has metas, in the order of ``territory_names`` then
    the ámbitos' list (unknown keys after, «Sin ámbito» last). ``by_territory=False``: one row
    per ámbito over every territory (territory id "", ``ALL_TERRITORIES``)."""
    ambitos = ambitos if ambitos is not None else default_ambitos()
    if not by_territory:
        territory_names = {"": ALL_TERRITORIES}
    groups: dict[tuple[str, str], list[GoalIndicator]] = {}
    for gi in indicators:
        groups.setdefault((gi.territory_id if by_territory else "", gi.ambito), []).append(gi)
    t_order = {tid: i for i, tid in enumerate(territory_names)}
    a_order = {a.key: i for i, a in enumerate(ambitos)}

    def order(key: tuple[str, str]) -> tuple:
        tid, amb = key
        return (t_order.get(tid, len(t_order)), tid, not amb, a_order.get(amb, len(a_order)), amb)

    rows = []
    for (tid, amb) in sorted(groups, key=order):
        items = groups[(tid, amb)]
        logros = [gi.logro for gi in items if gi.logro is not None]
        rows.append(AmbitoRow(tid, territory_names.get(tid, tid), amb, ambito_label(amb, ambitos), len(items),
                              sum(1 for gi in items if gi.measurements), round(sum(logros) / len(logros), 1)
                              if logros else None, len(logros), sum(gi.reached for gi in items),
                              sum(gi.overdue for gi in items)))
    return rows


def indicators_by_ambito(session: Session, *, today: date, territory_ids: Iterable[str] | None = None,
                         devices: Iterable[str] | None = None, day_ok: DayFilter | None = None,
                         with_totals: bool = False) -> list[AmbitoRow]:
    """By (territory, ámbito); ``with_totals``: first one row per ámbito over all of them."""
    names = {t.id: t.name for t in list_territories(session)}
    found = [gi for _g, _o, gi in goal_indicators(session, today=today, territory_ids=territory_ids,
                                                   devices=devices, day_ok=day_ok)]
    return (aggregate(found, names, by_territory=False) if with_totals else []) + aggregate(found, names)
