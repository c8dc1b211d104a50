"""Steps 3–5 of the method: objectives and goals (metas), the action plan with its activities
(carta Gantt), their follow-up (progress log, indicator measurements) and the network map of
actors (mapa de redes: organisations and institutions only, never private persons' contact data)."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from sqlalchemy import Date, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base, Record, RefColumn
from gestor_app.core.db.types import JSONText

OBJECTIVE_KINDS: dict[str, str] = {"general": "Objetivo general", "especifico": "Objetivo específico"}
ACTIVITY_STATUSES: dict[str, str] = {
    "pendiente": "Pendiente",
    "en_curso": "En curso",
    "cumplida": "Cumplida",
    "atrasada": "Atrasada",
    "cancelada": "Cancelada",
}
ACTOR_KINDS: dict[str, str] = {"organizacion": "Organización", "institucion": "Institución"}
LINK_KINDS: dict[str, str] = {
    "colaboracion": "Colaboración",
    "coordinacion": "Coordinación",
    "informacion": "Intercambio de información",
    "conflicto": "Conflicto",
}


class Objective(Record, Base):
    __tablename__ = "plan_objectives"
    __label__ = "Objetivo"
    __search_fields__: ClassVar[tuple[str, ...]] = ("text",)

    territory_id: Mapped[str | None] = RefColumn()
    kind: Mapped[str] = mapped_column(String(20), default="especifico")
    text: Mapped[str] = mapped_column(Text, default="")
    problem_ids: Mapped[list[str] | None] = mapped_column(JSONText(), default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # thematic area of the Plan Comunal (key of resources/plan/ambitos.json); "" = sin ámbito
    ambito: Mapped[str] = mapped_column(String(60), default="", server_default="")

    def display_title(self) -> str:
        label = OBJECTIVE_KINDS.get(self.kind, "Objetivo")
        text = (self.text or "").strip()
        return f"{label}: {text[:80]}" if text else label


class Goal(Record, Base):
    """A meta of an objective: indicator, baseline, target (same unit) and due date."""

    __tablename__ = "plan_goals"
    __parent__ = ("objective_id", "plan_objectives")
    __label__ = "Meta"

    objective_id: Mapped[str | None] = RefColumn()
    indicator: Mapped[str] = mapped_column(String(300), default="")
    baseline: Mapped[float | None] = mapped_column(Float, nullable=True)
    target: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(String(60), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)

    def display_title(self) -> str:
        return f"Meta: {self.indicator}" if self.indicator else "Meta"


class ActionPlan(Record, Base):
    """One per territory; validated with the community in a meeting (its acta referenced)."""

    __tablename__ = "action_plans"
    __label__ = "Plan de acción"
    __search_fields__: ClassVar[tuple[str, ...]] = ("title", "strategies")

    territory_id: Mapped[str | None] = RefColumn()
    title: Mapped[str] = mapped_column(String(200), default="")
    strategies: Mapped[str] = mapped_column(Text, default="")
    resources: Mapped[str] = mapped_column(Text, default="")
    validated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    validation_meeting: Mapped[str] = mapped_column(String(200), default="")
    validation_acta_ref: Mapped[str] = mapped_column(String(200), default="")

    def display_title(self) -> str:
        return self.title or "Plan de acción"


class Activity(Record, Base):
    __tablename__ = "plan_activities"
    __label__ = "Actividad del plan"
    __search_fields__: ClassVar[tuple[str, ...]] = ("title", "strategy", "responsible", "institution", "resources")
    __parent__ = ("plan_id", "action_plans")

    plan_id: Mapped[str | None] = RefColumn()
    objective_id: Mapped[str | None] = RefColumn()
    strategy: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    institution: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="pendiente")
    progress: Mapped[int] = mapped_column(Integer, default=0)
    depends_on: Mapped[list[str] | None] = mapped_column(JSONText(), default=list)
    feature_ids: Mapped[list[str] | None] = mapped_column(JSONText(), default=list)
    resources: Mapped[str] = mapped_column(Text, default="")
    source_agreement_id: Mapped[str | None] = RefColumn()
    position: Mapped[int] = mapped_column(Integer, default=0)


class ProgressEntry(Record, Base):
    __tablename__ = "plan_progress_entries"
    __parent__ = ("activity_id", "plan_activities")
    __label__ = "Avance de actividad"

    activity_id: Mapped[str | None] = RefColumn()
    recorded_on: Mapped[date] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")

    def display_title(self) -> str:
        return f"Avance {self.progress} % del {self.recorded_on.strftime('%d-%m-%Y')}"


class IndicatorMeasurement(Record, Base):
    __tablename__ = "plan_indicator_measurements"
    __parent__ = ("goal_id", "plan_goals")
    __label__ = "Medición de indicador"

    goal_id: Mapped[str | None] = RefColumn()
    measured_on: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float, default=0.0)
    note: Mapped[str] = mapped_column(Text, default="")

    def display_title(self) -> str:
        return f"Medición {self.value:g} del {self.measured_on.strftime('%d-%m-%Y')}"


class Actor(Record, Base):
    """An organisation or institution of the network map (no private persons, no contact data)."""

    __tablename__ = "plan_actors"
    __label__ = "Actor (mapa de redes)"
    __search_fields__: ClassVar[tuple[str, ...]] = ("name", "sector")

    territory_id: Mapped[str | None] = RefColumn()
    name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20), default="organizacion")
    sector: Mapped[str] = mapped_column(String(120), default="")


class ActorLink(Record, Base):
    __tablename__ = "plan_actor_links"
    __label__ = "Vínculo entre actores"

    territory_id: Mapped[str | None] = RefColumn()
    a_id: Mapped[str | None] = RefColumn()
    b_id: Mapped[str | None] = RefColumn()
    kind: Mapped[str] = mapped_column(String(20), default="colaboracion")
    strength: Mapped[int] = mapped_column(Integer, default=1)

    def display_title(self) -> str:
        return f"Vínculo: {LINK_KINDS.get(self.kind, self.kind)}"


def as_list(value: Any) -> list[str]:
    return [str(v) for v in (value or [])]
