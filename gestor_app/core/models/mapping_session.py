"""Workshop sessions of participatory cartography (sesión de cartografía participativa).

Participants are counted by age range × gender, never named."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base, Record, RefColumn
from gestor_app.core.db.types import JSONText

AGE_RANGES: dict[str, str] = {
    "0-17": "0 a 17 años",
    "18-29": "18 a 29 años",
    "30-44": "30 a 44 años",
    "45-59": "45 a 59 años",
    "60+": "60 años o más",
}
GENDERS: dict[str, str] = {"mujer": "Mujer", "hombre": "Hombre", "otro": "Otro / no dice"}


class MappingSession(Record, Base):
    __tablename__ = "mapping_sessions"
    __label__ = "Sesión de cartografía participativa"

    territory_id: Mapped[str | None] = RefColumn()
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[dict[str, Any]] = mapped_column(JSONText(), default=dict)  # {age: {gender: n}}
    notes: Mapped[str] = mapped_column(Text, default="")

    def total_participants(self) -> int:
        return sum(int(n) for row in (self.participants or {}).values() for n in row.values())

    def display_title(self) -> str:
        where = f" · {self.place}" if self.place else ""
        return f"Taller {self.held_on.strftime('%d-%m-%Y')}{where}"
