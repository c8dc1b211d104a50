"""Meetings (Mesa de Seguridad Focalizada, asambleas, coordination) with their acta, and the
neighbours' requests of the Protocolo de Respuesta ante Demandas y Requerimientos.

Attendees are named on purpose: they sign the acta handed to the community. Requests carry no
personal data unless the neighbour consented: the contact is stored only then."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from sqlalchemy import Boolean, Date, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base, Record, RefColumn
from gestor_app.core.db.types import JSONText

MEETING_KINDS: dict[str, str] = {
    "mesa_seguridad_focalizada": "Mesa de Seguridad Focalizada",
    "asamblea": "Asamblea",
    "reunion_coordinacion": "Reunión de coordinación",
    "otra": "Otra",
}
MEETING_STATUSES: dict[str, str] = {"borrador": "Borrador", "cerrada": "Cerrada"}
ATTENDANCE: dict[str, str] = {"presente": "Presente", "excusado": "Excusado/a"}
AGREEMENT_STATUSES: dict[str, str] = {
    "pendiente": "Pendiente",
    "en_curso": "En curso",
    "cumplido": "Cumplido",
    "cancelado": "Cancelado",
}
PENDING_AGREEMENT_STATUSES = ("pendiente", "en_curso")
REVIEW_TITLE = "Revisión de acuerdos pendientes"

REQUEST_CHANNELS: dict[str, str] = {
    "presencial": "Presencial",
    "teléfono": "Teléfono",
    "correo": "Correo",
    "redes": "Redes sociales",
    "otro": "Otro",
}
REQUEST_STATUSES: dict[str, str] = {
    "abierta": "Abierta",
    "derivada": "Derivada",
    "respondida": "Respondida",
    "cerrada": "Cerrada",
}
OPEN_REQUEST_STATUSES = ("abierta", "derivada")
REQUEST_CATEGORIES = (
    "Alumbrado público",
    "Poda y áreas verdes",
    "Microbasural / aseo",
    "Sitio eriazo o inmueble abandonado",
    "Alarma comunitaria",
    "Presencia policial / patrullaje",
    "Incivilidades (ruidos, consumo en vía pública)",
    "Tránsito y señalización",
    "Mediación comunitaria",
    "Otro",
)
REFERRAL_UNITS = (
    "DOM",
    "Aseo y Ornato",
    "Alumbrado Público",
    "Tránsito",
    "Medio Ambiente",
    "DIDECO",
    "Seguridad Municipal",
    "Carabineros",
    "PDI",
)


class Meeting(Record, Base):
    __tablename__ = "meetings"
    __label__ = "Reunión"
    __search_fields__: ClassVar[tuple[str, ...]] = ("title", "place", "convened_by")

    territory_id: Mapped[str | None] = RefColumn()
    kind: Mapped[str] = mapped_column(String(40), default="mesa_seguridad_focalizada")
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)  # sesión n.º
    title: Mapped[str] = mapped_column(String(200), default="")
    held_on: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # "HH:MM", local time
    end_time: Mapped[str] = mapped_column(String(5), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    convened_by: Mapped[str] = mapped_column(String(200), default="")
    neighbours_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    next_meeting_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    next_meeting_place: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="borrador")

    def display_title(self) -> str:
        name = self.title or MEETING_KINDS.get(self.kind, "Reunión")
        return f"{name} ({self.held_on:%d-%m-%Y})" if self.held_on else name


class Attendee(Record, Base):
    """A person who attended (or excused themselves) and signs the acta."""

    __tablename__ = "meeting_attendees"
    __parent__ = ("meeting_id", "meetings")
    __label__ = "Asistente a reunión"

    meeting_id: Mapped[str | None] = RefColumn()
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(120), default="")
    attendance: Mapped[str] = mapped_column(String(20), default="presente")

    def display_title(self) -> str:
        return self.name or "Asistente"


class AgendaItem(Record, Base):
    """A topic of the tabla with its desarrollo; ``is_review`` marks the review of past agreements."""

    __tablename__ = "meeting_agenda_items"
    __label__ = "Tema de la tabla"
    __search_fields__: ClassVar[tuple[str, ...]] = ("title", "development")
    __parent__: ClassVar[tuple[str, str]] = ("meeting_id", "meetings")

    meeting_id: Mapped[str | None] = RefColumn()
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200), default="")
    development: Mapped[str] = mapped_column(Text, default="")
    is_review: Mapped[bool] = mapped_column(Boolean, default=False)

    def display_title(self) -> str:
        return self.title or "Tema"


class Agreement(Record, Base):
    """An acuerdo: who does what by when. ``reviewed_in`` lists the meetings that reviewed it;
    ``activity_id`` the plan activity it became (converted once)."""

    __tablename__ = "meeting_agreements"
    __label__ = "Acuerdo de reunión"
    __search_fields__: ClassVar[tuple[str, ...]] = ("text", "responsible", "institution")
    __parent__: ClassVar[tuple[str, str]] = ("meeting_id", "meetings")

    meeting_id: Mapped[str | None] = RefColumn()
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    institution: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="pendiente")
    activity_id: Mapped[str | None] = RefColumn()
    reviewed_in: Mapped[list[Any] | None] = mapped_column(JSONText(), nullable=True)

    def display_title(self) -> str:
        t = self.text.strip()
        return (t[:80] + "…") if len(t) > 80 else (t or "Acuerdo")


class Request(Record, Base):
    """A neighbour's request (requerimiento). ``contact`` holds data only with ``consent``."""

    __tablename__ = "neighbour_requests"
    __label__ = "Requerimiento vecinal"
    __search_fields__: ClassVar[tuple[str, ...]] = ("category", "description", "referred_to", "response")

    territory_id: Mapped[str | None] = RefColumn()
    received_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20), default="presencial")
    category: Mapped[str] = mapped_column(String(120), default="")
    feature_id: Mapped[str | None] = RefColumn()
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    contact: Mapped[str] = mapped_column(Text, default="")
    referred_to: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(20), default="abierta")
    responded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    response: Mapped[str] = mapped_column(Text, default="")

    def display_title(self) -> str:
        what = self.category or "Requerimiento"
        return f"{what} ({self.received_on:%d-%m-%Y})" if self.received_on else what
