"""Exploratory walks (marcha exploratoria / caminata segura): header, route and one answer per item.

A walk keeps the id, version and a frozen copy of the checklist template it was made with, so
editing or replacing a template never changes what an old walk means. Participants are counts only.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from sqlalchemy import Date, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base, Record, RefColumn
from gestor_app.core.db.types import JSONText

PERIODS = {"dia": "Diurna", "noche": "Nocturna"}
PRIORITIES = ("Alta", "Media", "Baja")
REFERRAL_UNITS = ("DOM", "Aseo y Ornato", "Alumbrado Público", "Tránsito", "Carabineros", "PDI",
                  "Seguridad Municipal", "DIDECO", "Medio Ambiente", "Junta de Vecinos")
# Participant counts: group → category → label (counts only, never names).
PARTICIPANT_GROUPS: dict[str, dict[str, str]] = {
    "tramo_etario": {"0-17": "0–17", "18-29": "18–29", "30-44": "30–44", "45-59": "45–59", "60+": "60+"},
    "genero": {"mujer": "Mujer", "hombre": "Hombre", "otro": "Otro / no declara"},
    "rol": {"vecino": "Vecino/a", "dirigente": "Dirigente", "municipio": "Municipio", "policia": "Carabineros/PDI"},
}


class Walk(Record, Base):
    __tablename__ = "walks"
    __label__ = "Marcha exploratoria"
    __search_fields__: ClassVar[tuple[str, ...]] = ("title", "weather", "facilitator", "notes")

    territory_id: Mapped[str | None] = RefColumn()
    title: Mapped[str] = mapped_column(String(200), default="")
    walk_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # "HH:MM", local time
    end_time: Mapped[str] = mapped_column(String(5), default="")
    period: Mapped[str] = mapped_column(String(10), default="dia")
    weather: Mapped[str] = mapped_column(String(120), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[dict[str, Any] | None] = mapped_column(JSONText(), nullable=True)
    route_feature_id: Mapped[str | None] = RefColumn()  # MapFeature of category "recorrido"
    notes: Mapped[str] = mapped_column(Text, default="")
    template_id: Mapped[str] = mapped_column(String(80))
    template_version: Mapped[int] = mapped_column(Integer)
    template: Mapped[dict[str, Any]] = mapped_column(JSONText())  # frozen copy

    def display_title(self) -> str:
        when = self.walk_date.strftime("%d-%m-%Y") if self.walk_date else "sin fecha"
        return self.title or f"Marcha {PERIODS.get(self.period, self.period).lower()} {when}"


class WalkAnswer(Record, Base):
    __tablename__ = "walk_answers"
    __parent__ = ("walk_id", "walks")
    __label__ = "Respuesta de marcha"
    __search_fields__: ClassVar[tuple[str, ...]] = ("comment", "value")

    walk_id: Mapped[str] = RefColumn(nullable=False)
    item_key: Mapped[str] = mapped_column(String(40))
    value: Mapped[str | None] = mapped_column(Text, nullable=True)  # "0".."3", "NO", "si"/"no", number, text
    comment: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str | None] = mapped_column(String(10), nullable=True)
    referral: Mapped[str | None] = mapped_column(String(80), nullable=True)
    point_lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    point_lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    point_feature_id: Mapped[str | None] = RefColumn()

    def display_title(self) -> str:
        return f"Ítem {self.item_key}"
