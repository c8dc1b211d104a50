"""A dataset as analysts get it: a name (sheet / file), Spanish headers, rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.models.territory import Territory


@dataclass
class Table:
    name: str  # sheet / file name
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)


def _territory_names(session: Session) -> dict[str, str]:
    return {t.id: t.name for t in session.scalars(select(Territory))}
