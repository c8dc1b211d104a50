"""Focus groups (grupo focal): metadata, anonymous participants (codes P1…Pn), consent, guide
questions with notes, themes, quotes, places mentioned and agreements. No names, no contact data."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base, Record, RefColumn
from gestor_app.core.db.types import JSONText

AGE_RANGES = ("18–29", "30–44", "45–59", "60+")
GENDERS = ("Mujer", "Hombre", "Otro / no binario", "Prefiere no decir")
ROLES = ("Vecino/a", "Dirigente", "Comerciante", "Joven", "Adulto/a mayor", "Otro")
CONSENT_KINDS = {"verbal": "Verbal", "escrito": "Escrito"}


class FocusGroup(Record, Base):
    __tablename__ = "focus_groups"
    __label__ = "Grupo focal"
    __search_fields__: ClassVar[tuple[str, ...]] = ("title", "place", "notes", "agreements")

    territory_id: Mapped[str | None] = RefColumn()
    title: Mapped[str] = mapped_column(String(200), default="")
    held_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    duration_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    convocation: Mapped[str] = mapped_column(Text, default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    reporter: Mapped[str] = mapped_column(String(200), default="")
    consent_kind: Mapped[str] = mapped_column(String(20), default="verbal")
    recording_allowed: Mapped[bool] = mapped_column(Boolean, default=False)
    quotes_unattributed: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str] = mapped_column(Text, default="")

    def display_title(self) -> str:
        when = f" ({self.held_on:%d-%m-%Y})" if self.held_on else ""
        return f"{self.title or 'Grupo focal'}{when}"


class FocusGroupParticipant(Record, Base):
    """An anonymous participant: a code and a profile, never a name or contact."""

    __tablename__ = "focus_group_participants"
    __parent__ = ("focus_group_id", "focus_groups")
    __label__ = "Participante de grupo focal"

    focus_group_id: Mapped[str | None] = RefColumn()
    number: Mapped[int] = mapped_column(Integer)
    age_range: Mapped[str] = mapped_column(String(10), default="")
    gender: Mapped[str] = mapped_column(String(40), default="")
    role: Mapped[str] = mapped_column(String(60), default="")
    years_in_barrio: Mapped[int | None] = mapped_column(Integer, nullable=True)

    @property
    def code(self) -> str:
        return f"P{self.number}"

    def display_title(self) -> str:
        return self.code


class FocusGroupQuestion(Record, Base):
    __tablename__ = "focus_group_questions"
    __label__ = "Pregunta de grupo focal"
    __search_fields__: ClassVar[tuple[str, ...]] = ("text", "notes")
    __parent__: ClassVar[tuple[str, str]] = ("focus_group_id", "focus_groups")

    focus_group_id: Mapped[str | None] = RefColumn()
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    def display_title(self) -> str:
        return self.text[:80] or "Pregunta"


class FocusGroupTheme(Record, Base):
    """A theme (code) of the group; ``problem_ids`` links it to diagnosed problems."""

    __tablename__ = "focus_group_themes"
    __label__ = "Tema de grupo focal"
    __search_fields__: ClassVar[tuple[str, ...]] = ("name", "description")
    __parent__: ClassVar[tuple[str, str]] = ("focus_group_id", "focus_groups")

    focus_group_id: Mapped[str | None] = RefColumn()
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    problem_ids: Mapped[list[Any] | None] = mapped_column(JSONText(), nullable=True)

    def display_title(self) -> str:
        return self.name


class FocusGroupQuote(Record, Base):
    __tablename__ = "focus_group_quotes"
    __label__ = "Cita de grupo focal"
    __search_fields__: ClassVar[tuple[str, ...]] = ("text",)
    __parent__: ClassVar[tuple[str, str]] = ("focus_group_id", "focus_groups")

    focus_group_id: Mapped[str | None] = RefColumn()
    participant_id: Mapped[str | None] = RefColumn()
    theme_id: Mapped[str | None] = RefColumn()
    text: Mapped[str] = mapped_column(Text, default="")

    def display_title(self) -> str:
        t = self.text.strip()
        return f"«{t[:70]}…»" if len(t) > 70 else f"«{t}»"


class FocusGroupPlace(Record, Base):
    """A place mentioned in the group, linked to a feature of the participatory map."""

    __tablename__ = "focus_group_places"
    __label__ = "Lugar mencionado en grupo focal"
    __search_fields__: ClassVar[tuple[str, ...]] = ("note",)
    __parent__: ClassVar[tuple[str, str]] = ("focus_group_id", "focus_groups")

    focus_group_id: Mapped[str | None] = RefColumn()
    feature_id: Mapped[str | None] = RefColumn()
    note: Mapped[str] = mapped_column(Text, default="")

    def display_title(self) -> str:
        return self.note[:80] or "Lugar mencionado"
