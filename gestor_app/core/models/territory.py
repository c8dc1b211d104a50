"""Territorial units: comuna → macrosector → unidad vecinal → barrio/sector."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base, Record, RefColumn
from gestor_app.core.db.types import JSONText

TERRITORY_LEVELS: dict[str, str] = {
    "comuna": "Comuna",
    "macrosector": "Macrosector",
    "unidad_vecinal": "Unidad vecinal",
    "barrio": "Barrio / sector",
}


class Territory(Record, Base):
    __tablename__ = "territories"
    __project_wide__ = True  # names and boundaries go to every laptop of the project
    __label__ = "Territorio"

    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))
    code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    parent_id: Mapped[str | None] = RefColumn()
    boundary: Mapped[dict[str, Any] | None] = mapped_column(JSONText(), nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    population: Mapped[int | None] = mapped_column(Integer, nullable=True)

    def display_title(self) -> str:
        return f"{TERRITORY_LEVELS.get(self.level, self.level)} {self.name}"
