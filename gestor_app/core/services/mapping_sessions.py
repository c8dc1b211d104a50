"""Workshop sessions: create, edit, list, send to the bin; the session new features link to."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.mapping_session import AGE_RANGES, GENDERS, MappingSession
from gestor_app.core.services.bin import move_to_bin
from gestor_app.core.services.settings import get_setting, set_setting

CURRENT_SESSION = "current_mapping_session"
_EDITABLE = {"held_on", "place", "facilitator", "participants", "notes", "territory_id"}


def validate_participants(counts: Any) -> dict[str, dict[str, int]]:
    """``{age_range: {gender: n}}`` with known keys and non-negative whole numbers; zeros dropped."""
    if counts is None:
        return {}
    if not isinstance(counts, dict):
        raise ValidationError("Los participantes deben contarse por tramo de edad y género.")
    out: dict[str, dict[str, int]] = {}
    for age, row in counts.items():
        if age not in AGE_RANGES:
            raise ValidationError(f"Tramo de edad desconocido: {age!r}.")
        if not isinstance(row, dict):
            raise ValidationError(f"El tramo {age} debe contarse por género.")
        for gender, n in row.items():
            if gender not in GENDERS:
                raise ValidationError(f"Género desconocido: {gender!r}.")
            if isinstance(n, bool) or not isinstance(n, int) or n < 0:
                raise ValidationError(f"La cantidad de participantes ({age}, {gender}) debe ser un entero ≥ 0.")
            if n:
                out.setdefault(age, {})[gender] = n
    return out


def create_session(session: Session, *, territory_id: str | None, held_on: date, place: str = "",
                   facilitator: str = "", participants: dict[str, Any] | None = None, notes: str = "",
                   id: str | None = None) -> MappingSession:
    if not isinstance(held_on, date):
        raise ValidationError("La sesión necesita una fecha.")
    ms = MappingSession(territory_id=territory_id, held_on=held_on, place=place.strip(),
                        facilitator=facilitator.strip(), participants=validate_participants(participants),
                        notes=notes)
    if id:
        ms.id = id
    session.add(ms)
    session.flush()
    return ms


def get_session(session: Session, session_id: str) -> MappingSession:
    ms = session.get(MappingSession, session_id)
    if ms is None or ms.deleted:
        raise NotFoundError("La sesión de cartografía no existe o está en la papelera.")
    return ms


def update_session(session: Session, session_id: str, **changes: Any) -> MappingSession:
    ms = get_session(session, session_id)
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    if "participants" in changes:
        changes["participants"] = validate_participants(changes["participants"])
    if "held_on" in changes and not isinstance(changes["held_on"], date):
        raise ValidationError("La sesión necesita una fecha.")
    for key, value in changes.items():
        if getattr(ms, key) != value:
            setattr(ms, key, value)
    session.flush()
    return ms


def list_sessions(session: Session, *, territory_id: str | None = None) -> list[MappingSession]:
    q = select(MappingSession).where(MappingSession.deleted.is_(False))
    if territory_id is not None:
        q = q.where(MappingSession.territory_id == territory_id)
    return list(session.scalars(q.order_by(MappingSession.held_on.desc(), MappingSession.id)))


def delete_session(session: Session, session_id: str) -> None:
    move_to_bin(session, get_session(session, session_id))
    if get_setting(session, CURRENT_SESSION) == session_id:
        set_setting(session, CURRENT_SESSION, None)


def current_session_id(session: Session) -> str | None:
    sid = get_setting(session, CURRENT_SESSION)
    if sid is None:
        return None
    ms = session.get(MappingSession, sid)
    return sid if ms is not None and not ms.deleted else None


def set_current_session(session: Session, session_id: str | None) -> None:
    if session_id is not None:
        get_session(session, session_id)
    set_setting(session, CURRENT_SESSION, session_id)
