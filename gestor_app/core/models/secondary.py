"""Secondary sources: police cases by comuna and month (CEAD-style exports)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base, Record


class PoliceCaseCount(Record, Base):
    __tablename__ = "police_case_counts"
    __project_wide__ = True  # comuna-level figures
    __label__ = "Casos policiales (fuente secundaria)"

    comuna_code: Mapped[str] = mapped_column(String(5), index=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    crime_type: Mapped[str] = mapped_column(String(200))
    count: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(255), default="")

    def display_title(self) -> str:
        return f"{self.crime_type} {self.month:02d}-{self.year} ({self.comuna_code}): {self.count}"
