"""Barrio diagnosis (step 2). ``Problem`` is shared by the diagnosis and the objectives of the plan."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base, Record, RefColumn


class Problem(Record, Base):
    """A security problem diagnosed in a territory (characterised in the diagnosis screen)."""

    __tablename__ = "diagnosis_problems"
    __label__ = "Problemática"

    territory_id: Mapped[str | None] = RefColumn()
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
