"""Focus groups: the record, its anonymous participants (P1…Pn), guide questions, themes, quotes,
places mentioned and a summary for reports. Participants never carry names or contact data."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.focus_groups import (
    AGE_RANGES,
    CONSENT_KINDS,
    FocusGroup,
    FocusGroupParticipant,
    FocusGroupPlace,
    FocusGroupQuestion,
    FocusGroupQuote,
    FocusGroupTheme,
)
from gestor_app.core.services.bin import move_to_bin

DEFAULT_QUESTIONS = (
    "¿Qué lugares del barrio usan y cuáles evitan? ¿Cuándo y por qué?",
    "¿Qué problemas de seguridad ven en el barrio y a quiénes afectan?",
    "¿Dónde se sienten inseguros o inseguras?",
    "¿Qué organizaciones e instituciones están presentes en el barrio?",
    "¿Con qué recursos cuenta el barrio (sedes, plazas, escuelas, salud, comercio)?",
    "¿Qué proponen para mejorar la seguridad del barrio?",
)
_GROUP_FIELDS = {"title", "held_on", "place", "duration_min", "convocation", "facilitator", "reporter",
                 "consent_kind", "recording_allowed", "quotes_unattributed", "notes", "agreements"}
_PARTICIPANT_FIELDS = {"age_range", "gender", "role", "years_in_barrio"}


def _live(session: Session, model: type, record_id: str | None, what: str) -> Any:
    obj = session.get(model, record_id) if record_id else None
    if obj is None or obj.deleted:
        raise NotFoundError(f"{what} no existe o está en la papelera.")
    return obj


def _set(obj: Any, allowed: set[str], changes: dict[str, Any]) -> None:
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    for key, value in changes.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)


def create_focus_group(session: Session, *, territory_id: str | None, title: str = "Grupo focal",
                       held_on: date | None = None, with_default_questions: bool = True,
                       id: str | None = None, **fields: Any) -> FocusGroup:
    fg = FocusGroup(territory_id=territory_id, title=title.strip() or "Grupo focal", held_on=held_on,
                    consent_kind="verbal", recording_allowed=False, quotes_unattributed=True, notes="", agreements="")
    if id:
        fg.id = id
    _set(fg, _GROUP_FIELDS, fields)
    _check_group(fg)
    session.add(fg)
    session.flush()
    if with_default_questions:
        for i, q in enumerate(DEFAULT_QUESTIONS):
            add_question(session, focus_group_id=fg.id, text=q, position=i)
    return fg


def _check_group(fg: FocusGroup) -> None:
    if fg.consent_kind not in CONSENT_KINDS:
        raise ValidationError("El consentimiento debe ser «verbal» o «escrito».")
    if fg.duration_min is not None and not (0 < fg.duration_min <= 600):
        raise ValidationError("La duración debe estar entre 1 y 600 minutos.")


def get_focus_group(session: Session, focus_group_id: str) -> FocusGroup:
    return _live(session, FocusGroup, focus_group_id, "El grupo focal")


def update_focus_group(session: Session, focus_group_id: str, **changes: Any) -> FocusGroup:
    fg = get_focus_group(session, focus_group_id)
    old = {k: getattr(fg, k) for k in changes if k in _GROUP_FIELDS}
    _set(fg, _GROUP_FIELDS, changes)
    try:
        _check_group(fg)
    except ValidationError:
        for k, v in old.items():
            setattr(fg, k, v)
        raise
    session.flush()
    return fg


def list_focus_groups(session: Session, *, territory_id: str | None) -> list[FocusGroup]:
    q = select(FocusGroup).where(FocusGroup.deleted.is_(False))
    if territory_id is not None:
        q = q.where(FocusGroup.territory_id == territory_id)
    return list(session.scalars(q.order_by(FocusGroup.held_on.desc(), FocusGroup.created_at)))


def delete_focus_group(session: Session, focus_group_id: str) -> None:
    move_to_bin(session, get_focus_group(session, focus_group_id))


def _children(session: Session, model: type, focus_group_id: str, order: Any) -> list[Any]:
    q = select(model).where(model.focus_group_id == focus_group_id, model.deleted.is_(False))
    return list(session.scalars(q.order_by(order, model.id)))


# --- participants -------------------------------------------------------------------------
def add_participant(session: Session, *, focus_group_id: str, age_range: str = "", gender: str = "",
                    role: str = "", years_in_barrio: int | None = None, id: str | None = None) -> FocusGroupParticipant:
    """A new anonymous participant, numbered after every code ever used in the group (P1, P2…)."""
    get_focus_group(session, focus_group_id)
    last = session.scalar(select(func.max(FocusGroupParticipant.number))
                          .where(FocusGroupParticipant.focus_group_id == focus_group_id)) or 0
    p = FocusGroupParticipant(focus_group_id=focus_group_id, number=last + 1)
    if id:
        p.id = id
    _set(p, _PARTICIPANT_FIELDS, dict(age_range=age_range, gender=gender, role=role, years_in_barrio=years_in_barrio))
    _check_participant(p)
    session.add(p)
    session.flush()
    return p


def _check_participant(p: FocusGroupParticipant) -> None:
    if p.age_range and p.age_range not in AGE_RANGES:
        raise ValidationError(f"Tramo etario desconocido: «{p.age_range}» (use {', '.join(AGE_RANGES)}).")
    if p.years_in_barrio is not None and not (0 <= p.years_in_barrio <= 100):
        raise ValidationError("Los años en el barrio deben estar entre 0 y 100.")


def update_participant(session: Session, participant_id: str, **changes: Any) -> FocusGroupParticipant:
    p = _live(session, FocusGroupParticipant, participant_id, "El/la participante")
    probe = FocusGroupParticipant(**{k: getattr(p, k) for k in _PARTICIPANT_FIELDS})
    _set(probe, _PARTICIPANT_FIELDS, changes)
    _check_participant(probe)
    _set(p, _PARTICIPANT_FIELDS, changes)
    session.flush()
    return p


def list_participants(session: Session, focus_group_id: str) -> list[FocusGroupParticipant]:
    return _children(session, FocusGroupParticipant, focus_group_id, FocusGroupParticipant.number)


# --- questions ----------------------------------------------------------------------------
def add_question(session: Session, *, focus_group_id: str, text: str, position: int | None = None,
                 id: str | None = None) -> FocusGroupQuestion:
    get_focus_group(session, focus_group_id)
    if position is None:
        position = len(list_questions(session, focus_group_id))
    q = FocusGroupQuestion(focus_group_id=focus_group_id, text=text.strip(), position=position)
    if id:
        q.id = id
    session.add(q)
    session.flush()
    return q


def update_question(session: Session, question_id: str, **changes: Any) -> FocusGroupQuestion:
    q = _live(session, FocusGroupQuestion, question_id, "La pregunta")
    _set(q, {"text", "notes", "position"}, changes)
    session.flush()
    return q


def list_questions(session: Session, focus_group_id: str) -> list[FocusGroupQuestion]:
    return _children(session, FocusGroupQuestion, focus_group_id, FocusGroupQuestion.position)


# --- themes, quotes, places ---------------------------------------------------------------
def add_theme(session: Session, *, focus_group_id: str, name: str, description: str = "",
              problem_ids: list[str] | None = None, id: str | None = None) -> FocusGroupTheme:
    get_focus_group(session, focus_group_id)
    if not name.strip():
        raise ValidationError("El tema necesita un nombre.")
    t = FocusGroupTheme(focus_group_id=focus_group_id, name=name.strip(), description=description,
                        problem_ids=sorted(set(problem_ids or [])))
    if id:
        t.id = id
    session.add(t)
    session.flush()
    return t


def update_theme(session: Session, theme_id: str, **changes: Any) -> FocusGroupTheme:
    t = _live(session, FocusGroupTheme, theme_id, "El tema")
    if "name" in changes and not str(changes["name"]).strip():
        raise ValidationError("El tema necesita un nombre.")
    if "problem_ids" in changes:
        changes["problem_ids"] = sorted(set(changes["problem_ids"] or []))
    _set(t, {"name", "description", "problem_ids"}, changes)
    session.flush()
    return t


def list_themes(session: Session, focus_group_id: str) -> list[FocusGroupTheme]:
    return _children(session, FocusGroupTheme, focus_group_id, FocusGroupTheme.name)


def add_quote(session: Session, *, focus_group_id: str, text: str, participant_id: str | None = None,
              theme_id: str | None = None, id: str | None = None) -> FocusGroupQuote:
    get_focus_group(session, focus_group_id)
    if not text.strip():
        raise ValidationError("La cita no puede estar vacía.")
    _check_refs(session, focus_group_id, participant_id, theme_id)
    q = FocusGroupQuote(focus_group_id=focus_group_id, text=text.strip(), participant_id=participant_id,
                        theme_id=theme_id)
    if id:
        q.id = id
    session.add(q)
    session.flush()
    return q


def _check_refs(session: Session, fg_id: str, participant_id: str | None, theme_id: str | None) -> None:
    if participant_id and _live(session, FocusGroupParticipant, participant_id, "El/la participante").focus_group_id != fg_id:
        raise ValidationError("El/la participante no pertenece a este grupo focal.")
    if theme_id and _live(session, FocusGroupTheme, theme_id, "El tema").focus_group_id != fg_id:
        raise ValidationError("El tema no pertenece a este grupo focal.")


def update_quote(session: Session, quote_id: str, **changes: Any) -> FocusGroupQuote:
    q = _live(session, FocusGroupQuote, quote_id, "La cita")
    _check_refs(session, q.focus_group_id or "", changes.get("participant_id"), changes.get("theme_id"))
    _set(q, {"text", "participant_id", "theme_id"}, changes)
    session.flush()
    return q


def list_quotes(session: Session, focus_group_id: str) -> list[FocusGroupQuote]:
    return _children(session, FocusGroupQuote, focus_group_id, FocusGroupQuote.created_at)


def add_place(session: Session, *, focus_group_id: str, feature_id: str | None, note: str = "",
              id: str | None = None) -> FocusGroupPlace:
    from gestor_app.core.services.map_features import get_feature

    get_focus_group(session, focus_group_id)
    if feature_id:
        get_feature(session, feature_id)
    p = FocusGroupPlace(focus_group_id=focus_group_id, feature_id=feature_id, note=note)
    if id:
        p.id = id
    session.add(p)
    session.flush()
    return p


def update_place(session: Session, place_id: str, **changes: Any) -> FocusGroupPlace:
    p = _live(session, FocusGroupPlace, place_id, "El lugar")
    _set(p, {"feature_id", "note"}, changes)
    session.flush()
    return p


def list_places(session: Session, focus_group_id: str) -> list[FocusGroupPlace]:
    return _children(session, FocusGroupPlace, focus_group_id, FocusGroupPlace.created_at)


def remove_item(session: Session, model: type, record_id: str) -> None:
    """Send a participant, question, theme, quote or place to the bin."""
    move_to_bin(session, _live(session, model, record_id, "El elemento"))
