"""Demo police cases for Peñalolén (CUT 13122), 24 months, four crime types. The numbers are
fictional (a seasonal pattern, not CEAD data)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gestor_app.core.demo import demo_id, exists
from gestor_app.core.models.secondary import PoliceCaseCount

CRIMES = {"Robo por sorpresa": 38, "Robo con violencia o intimidación": 52, "Lesiones leves": 30,
          "Violencia intrafamiliar": 45}


def fill(session: Session) -> None:
    for year in (2024, 2025):
        for month in range(1, 13):
            for k, (crime, base) in enumerate(CRIMES.items()):
                name = f"cases:13122:{year}-{month:02d}:{crime}"
                if exists(session, PoliceCaseCount, name):
                    continue
                summer = 8 if month in (12, 1, 2) else 0
                wobble = (year * 7 + month * 13 + k * 5) % 11 - 5
                session.add(PoliceCaseCount(id=demo_id(name), comuna_code="13122", year=year, month=month,
                                            crime_type=crime, count=base + summer + wobble, source="demo"))
    session.flush()
