"""Barrio diagnosis (step 2). ``Problem`` is shared by the diagnosis and the objectives of the plan."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base, Record, RefColumn

PROBLEM_TEXT_FIELDS: dict[str, str] = {
    "description": "Descripción",
    "causes": "Causas / factores de riesgo",
    "spatial": "Dimensión espacial",
    "temporality": "Temporalidad / estacionalidad",
    "victims": "Perfil de víctimas",
    "offenders": "Perfil de victimarios",
    "impact": "Impacto en la comunidad (temor)",
    "non_reporting": "Victimización y no denuncia (cifra negra)",
    "institutional": "Problemas institucionales",
}
DIAGNOSIS_TEXT_FIELDS: dict[str, str] = {
    "limits": "Límites geográficos",
    "age_groups": "Grupos etarios",
    "gse": "Grupo socioeconómico (GSE)",
    "key_actors": "Actores clave",
    "institutional_presence": "Presencia institucional (municipal y policial)",
    "resources": "Recursos del barrio",
}


class Problem(Record, Base):
    """A security problem diagnosed in a territory (characterised in the diagnosis screen)."""

    __tablename__ = "diagnosis_problems"
    __label__ = "Problemática"
    __search_fields__: ClassVar[tuple[str, ...]] = ("title", *PROBLEM_TEXT_FIELDS)

    territory_id: Mapped[str | None] = RefColumn()
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    causes: Mapped[str] = mapped_column(Text, default="")
    spatial: Mapped[str] = mapped_column(Text, default="")
    temporality: Mapped[str] = mapped_column(Text, default="")
    victims: Mapped[str] = mapped_column(Text, default="")
    offenders: Mapped[str] = mapped_column(Text, default="")
    impact: Mapped[str] = mapped_column(Text, default="")
    non_reporting: Mapped[str] = mapped_column(Text, default="")
    institutional: Mapped[str] = mapped_column(Text, default="")


class Diagnosis(Record, Base):
    """The territory-wide part of the diagnosis (one per territory)."""

    __tablename__ = "diagnoses"
    __label__ = "Diagnóstico"
    __search_fields__: ClassVar[tuple[str, ...]] = tuple(DIAGNOSIS_TEXT_FIELDS)

    territory_id: Mapped[str | None] = RefColumn()
    limits: Mapped[str] = mapped_column(Text, default="")
    age_groups: Mapped[str] = mapped_column(Text, default="")
    gse: Mapped[str] = mapped_column(Text, default="")
    key_actors: Mapped[str] = mapped_column(Text, default="")
    institutional_presence: Mapped[str] = mapped_column(Text, default="")
    resources: Mapped[str] = mapped_column(Text, default="")

    def display_title(self) -> str:
        return "Diagnóstico del territorio"


class EvidenceLink(Record, Base):
    """A problem cites any record as evidence: walk answers, focus-group themes/quotes, map features…
    (``entity`` = table name, ``record_id`` = its id; tables unknown here plug in unchanged)."""

    __tablename__ = "diagnosis_evidence"
    __parent__ = ("problem_id", "diagnosis_problems")
    __label__ = "Evidencia de problemática"

    problem_id: Mapped[str | None] = RefColumn()
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str | None] = RefColumn()
    note: Mapped[str] = mapped_column(Text, default="")

    def display_title(self) -> str:
        return f"Evidencia ({self.entity})"
