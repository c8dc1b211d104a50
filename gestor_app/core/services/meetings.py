"""Meetings and their acta: header, attendance, agenda (tabla) with the development of each topic,
agreements (acuerdos) and their follow-up across meetings.

A new meeting starts its agenda with «Revisión de acuerdos pendientes», listing every agreement
still pending or in progress from earlier meetings of the same territory; those agreements record
that they were reviewed there (``reviewed_in``). A closed acta (``status == "cerrada"``) no longer
changes, except the follow-up of its agreements (status, plan activity). An agreement can become
one activity of the territory's action plan (``agreement_to_activity``), once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.meetings import (
    AGREEMENT_STATUSES,
    ATTENDANCE,
    MEETING_KINDS,
    MEETING_STATUSES,
    PENDING_AGREEMENT_STATUSES,
    REVIEW_TITLE,
    AgendaItem,
    Agreement,
    Attendee,
    Meeting,
)
from gestor_app.core.services.bin import move_to_bin

NO_PENDING = "No hay acuerdos pendientes de reuniones anteriores."
PLANS_MISSING = "El plan de acción no está disponible en esta versión."
_MEETING_FIELDS = {"kind", "number", "title", "held_on", "start_time", "end_time", "place", "convened_by",
                   "neighbours_count", "next_meeting_on", "next_meeting_place", "status"}
_ATTENDEE_FIELDS = {"name", "organisation", "role", "attendance", "position"}
_ITEM_FIELDS = {"title", "development", "position"}
_AGREEMENT_FIELDS = {"text", "responsible", "institution", "deadline", "status", "position"}
_FOLLOW_UP_FIELDS = {"status"}  # what may still change once the acta is closed
_CLOSED = "El acta está cerrada: reábrala para modificarla."


# --- values ---------------------------------------------------------------------------------
def parse_date(value: Any, what: str, *, required: bool = False) -> date | None:
    """A ``date`` (or text ``AAAA-MM-DD`` / ``DD-MM-AAAA``); anything else is refused in Spanish."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(f"{what} es obligatoria.")
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
            try:
                return datetime.strptime(value.strip(), fmt).date()
            except ValueError:
                continue
    raise ValidationError(f"{what} no es una fecha válida (use DD-MM-AAAA): {value!r}.")


def parse_time(value: Any, what: str) -> str:
    """``"HH:MM"`` (24 h) from a ``time`` or text like ``"19:00"`` / ``"9:05"``; empty when not given."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, str):
        try:
            return f"{datetime.strptime(value.strip(), '%H:%M'):%H:%M}"
        except ValueError:
            pass
    raise ValidationError(f"{what} no es una hora válida (use HH:MM): {value!r}.")


def _live(session: Session, model: type, record_id: str | None, what: str) -> Any:
    obj = session.get(model, record_id) if record_id else None
    if obj is None or obj.deleted:
        raise NotFoundError(f"{what} no existe o está en la papelera.")
    return obj


def _apply(obj: Any, allowed: set[str], changes: dict[str, Any], check: Callable[[Any], None]) -> None:
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    old = {k: getattr(obj, k) for k in changes}
    for key, value in changes.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)
    try:
        check(obj)
    except ValidationError:
        for key, value in old.items():
            if getattr(obj, key) != value:
                setattr(obj, key, value)
        raise


def _strip(changes: dict[str, Any], *keys: str) -> None:
    for k in keys:
        if k in changes:
            changes[k] = (changes[k] or "").strip()


# --- meetings -------------------------------------------------------------------------------
def _normalise_meeting(changes: dict[str, Any]) -> dict[str, Any]:
    out = dict(changes)
    if "held_on" in out:
        out["held_on"] = parse_date(out["held_on"], "La fecha de la reunión", required=True)
    if "next_meeting_on" in out:
        out["next_meeting_on"] = parse_date(out["next_meeting_on"], "La fecha de la próxima sesión")
    for k, what in (("start_time", "La hora de inicio"), ("end_time", "La hora de término")):
        if k in out:
            out[k] = parse_time(out[k], what)
    for k in ("title", "place", "convened_by", "next_meeting_place"):
        if k in out:
            out[k] = (out[k] or "").strip()
    return out


def _check_meeting(m: Meeting) -> None:
    if m.kind not in MEETING_KINDS:
        raise ValidationError(f"Tipo de reunión desconocido: {m.kind!r}.")
    if m.status not in MEETING_STATUSES:
        raise ValidationError("El estado del acta debe ser «borrador» o «cerrada».")
    if not isinstance(m.held_on, date):
        raise ValidationError("La fecha de la reunión es obligatoria.")
    if m.start_time and m.end_time and m.end_time <= m.start_time:
        raise ValidationError("La hora de término debe ser posterior a la de inicio.")
    if m.next_meeting_on and m.next_meeting_on <= m.held_on:
        raise ValidationError("La próxima sesión debe ser posterior a la fecha de esta reunión.")
    n = m.neighbours_count
    if n is not None and (isinstance(n, bool) or not isinstance(n, int) or n < 0):
        raise ValidationError("El número de vecinos presentes debe ser un entero ≥ 0.")
    if m.number is not None and (isinstance(m.number, bool) or not isinstance(m.number, int) or m.number < 1):
        raise ValidationError("El número de sesión debe ser un entero ≥ 1.")
    if len(m.title) > 200 or len(m.place) > 200:
        raise ValidationError("El título y el lugar admiten hasta 200 caracteres.")


def create_meeting(session: Session, *, territory_id: str | None, held_on: Any,
                   kind: str = "mesa_seguridad_focalizada", title: str = "", id: str | None = None,
                   with_review: bool = True, **fields: Any) -> Meeting:
    """A new meeting (acta in draft). Its agenda starts with the review of the agreements still
    pending or in progress from earlier meetings of the territory (unless ``with_review=False``)."""
    values = _normalise_meeting({"held_on": held_on, "kind": kind, "title": title, **fields})
    values.setdefault("status", "borrador")
    m = Meeting(territory_id=territory_id, start_time="", end_time="", place="", convened_by="", next_meeting_place="")
    if id:
        m.id = id
    _apply(m, _MEETING_FIELDS, values, _check_meeting)
    if m.number is None and territory_id:
        m.number = 1 + (session.scalar(select(func.count(Meeting.id)).where(
            Meeting.territory_id == territory_id, Meeting.kind == m.kind, Meeting.deleted.is_(False))) or 0)
    if not m.title:
        m.title = MEETING_KINDS[m.kind] + (f" n.º {m.number}" if m.number else "")
    session.add(m)
    session.flush()
    if with_review:
        start_review(session, m)
    return m


def review_text(session: Session, agreements: list[Agreement]) -> str:
    """The development of the review item: one line per agreement, with its meeting and state."""
    if not agreements:
        return NO_PENDING
    meetings = {a.meeting_id: session.get(Meeting, a.meeting_id) for a in agreements}
    lines = []
    for a in agreements:
        m = meetings[a.meeting_id]
        where = m.display_title() if m else "reunión anterior"
        who = ", ".join(p for p in (a.responsible, a.institution) if p)
        parts = [f"Acuerdo {a.position} de {where}: {a.text.strip().rstrip('.')}."]
        if who:
            parts.append(f"Responsable: {who}.")
        if a.deadline:
            parts.append(f"Plazo: {a.deadline:%d-%m-%Y}.")
        parts.append(f"Estado: {AGREEMENT_STATUSES[a.status].lower()}.")
        lines.append(" ".join(parts))
    return "\n".join(lines)


def start_review(session: Session, meeting: Meeting) -> AgendaItem:
    """Add (first in the agenda) the review of pending agreements and mark them reviewed here."""
    pending = pending_agreements(session, territory_id=meeting.territory_id, before=meeting.held_on) \
        if meeting.territory_id else []
    item = AgendaItem(meeting_id=meeting.id, position=0, title=REVIEW_TITLE,
                      development=review_text(session, pending), is_review=True)
    session.add(item)
    for a in pending:
        if meeting.id not in (a.reviewed_in or []):
            a.reviewed_in = [*(a.reviewed_in or []), meeting.id]
    session.flush()
    return item


def get_meeting(session: Session, meeting_id: str | None) -> Meeting:
    return _live(session, Meeting, meeting_id, "La reunión")


def update_meeting(session: Session, meeting_id: str, **changes: Any) -> Meeting:
    m = get_meeting(session, meeting_id)
    if m.status == "cerrada" and set(changes) - {"status"}:
        raise ValidationError(_CLOSED)
    old_date = m.held_on
    _apply(m, _MEETING_FIELDS, _normalise_meeting(changes), _check_meeting)
    session.flush()
    if m.held_on != old_date:
        sync_review(session, m)
    return m


def sync_review(session: Session, meeting: Meeting) -> None:
    """After the meeting's date moved: review the agreements pending before the new date. Those of
    meetings no longer earlier leave the review; those already reviewed here stay even if settled
    meanwhile. The review text is rewritten only if nobody edited it."""
    item = next((i for i in list_agenda(session, meeting.id) if i.is_review), None)
    if item is None or not meeting.territory_id:
        return
    reviewed = reviewed_agreements(session, meeting.id)
    untouched = item.development == review_text(session, reviewed)
    earlier = {a.id for a in reviewed if get_meeting(session, a.meeting_id).held_on < meeting.held_on}
    for a in reviewed:
        if a.id not in earlier:
            a.reviewed_in = [x for x in (a.reviewed_in or []) if x != meeting.id]
    for a in pending_agreements(session, territory_id=meeting.territory_id, before=meeting.held_on):
        if meeting.id not in (a.reviewed_in or []):
            a.reviewed_in = [*(a.reviewed_in or []), meeting.id]
    session.flush()
    if untouched:
        item.development = review_text(session, reviewed_agreements(session, meeting.id))
        session.flush()


def close_meeting(session: Session, meeting_id: str) -> Meeting:
    return update_meeting(session, meeting_id, status="cerrada")


def reopen_meeting(session: Session, meeting_id: str) -> Meeting:
    return update_meeting(session, meeting_id, status="borrador")


def list_meetings(session: Session, *, territory_id: str | None) -> list[Meeting]:
    """Most recent first."""
    q = select(Meeting).where(Meeting.deleted.is_(False))
    if territory_id is not None:
        q = q.where(Meeting.territory_id == territory_id)
    return list(session.scalars(q.order_by(Meeting.held_on.desc(), Meeting.created_at.desc(), Meeting.id)))


def delete_meeting(session: Session, meeting_id: str) -> None:
    move_to_bin(session, get_meeting(session, meeting_id))


def _children(session: Session, model: type, meeting_id: str) -> list[Any]:
    q = select(model).where(model.meeting_id == meeting_id, model.deleted.is_(False))
    return list(session.scalars(q.order_by(model.position, model.created_at, model.id)))


def _next_position(session: Session, model: type, meeting_id: str) -> int:
    return 1 + (session.scalar(select(func.max(model.position)).where(
        model.meeting_id == meeting_id, model.deleted.is_(False))) or 0)


def _open_meeting(session: Session, meeting_id: str | None) -> Meeting:
    m = get_meeting(session, meeting_id)
    if m.status == "cerrada":
        raise ValidationError(_CLOSED)
    return m


def _parent_open(session: Session, child: Any) -> None:
    _open_meeting(session, child.meeting_id)


# --- attendance -----------------------------------------------------------------------------
def _check_attendee(a: Attendee) -> None:
    if a.attendance not in ATTENDANCE:
        raise ValidationError("La asistencia debe ser «presente» o «excusado».")
    if len(a.name) > 200 or len(a.organisation) > 200 or len(a.role) > 120:
        raise ValidationError("Nombre y organización admiten hasta 200 caracteres; el rol, 120.")


def add_attendee(session: Session, *, meeting_id: str, name: str = "", organisation: str = "", role: str = "",
                 attendance: str = "presente", id: str | None = None) -> Attendee:
    _open_meeting(session, meeting_id)
    a = Attendee(meeting_id=meeting_id, position=_next_position(session, Attendee, meeting_id))
    if id:
        a.id = id
    changes = {"name": name, "organisation": organisation, "role": role, "attendance": attendance}
    _strip(changes, "name", "organisation", "role")
    _apply(a, _ATTENDEE_FIELDS, changes, _check_attendee)
    session.add(a)
    session.flush()
    return a


def update_attendee(session: Session, attendee_id: str, **changes: Any) -> Attendee:
    a = _live(session, Attendee, attendee_id, "El asistente")
    _parent_open(session, a)
    _strip(changes, "name", "organisation", "role")
    _apply(a, _ATTENDEE_FIELDS, changes, _check_attendee)
    session.flush()
    return a


def list_attendees(session: Session, meeting_id: str) -> list[Attendee]:
    return _children(session, Attendee, meeting_id)


# --- agenda ---------------------------------------------------------------------------------
def _check_item(i: AgendaItem) -> None:
    if not i.title.strip():
        raise ValidationError("El tema de la tabla necesita un título.")
    if len(i.title) > 200:
        raise ValidationError("El título del tema admite hasta 200 caracteres.")


def add_agenda_item(session: Session, *, meeting_id: str, title: str, development: str = "",
                    id: str | None = None) -> AgendaItem:
    _open_meeting(session, meeting_id)
    i = AgendaItem(meeting_id=meeting_id, position=_next_position(session, AgendaItem, meeting_id),
                   is_review=False)
    if id:
        i.id = id
    _apply(i, _ITEM_FIELDS, {"title": (title or "").strip(), "development": development or ""}, _check_item)
    session.add(i)
    session.flush()
    return i


def update_agenda_item(session: Session, item_id: str, **changes: Any) -> AgendaItem:
    i = _live(session, AgendaItem, item_id, "El tema de la tabla")
    _parent_open(session, i)
    _strip(changes, "title")
    _apply(i, _ITEM_FIELDS, changes, _check_item)
    session.flush()
    return i


def list_agenda(session: Session, meeting_id: str) -> list[AgendaItem]:
    return _children(session, AgendaItem, meeting_id)


# --- agreements -----------------------------------------------------------------------------
def _check_agreement(a: Agreement, held_on: date | None = None) -> None:
    if a.status not in AGREEMENT_STATUSES:
        raise ValidationError("El estado del acuerdo debe ser pendiente, en curso, cumplido o cancelado.")
    if len(a.responsible) > 200 or len(a.institution) > 200:
        raise ValidationError("Responsable e institución admiten hasta 200 caracteres.")
    if a.deadline and held_on and a.deadline < held_on:
        raise ValidationError("El plazo del acuerdo no puede ser anterior a la fecha de la reunión.")


def add_agreement(session: Session, *, meeting_id: str, text: str = "", responsible: str = "",
                  institution: str = "", deadline: Any = None, status: str = "pendiente",
                  id: str | None = None) -> Agreement:
    m = _open_meeting(session, meeting_id)
    a = Agreement(meeting_id=meeting_id, position=_next_position(session, Agreement, meeting_id), reviewed_in=[])
    if id:
        a.id = id
    changes = {"text": text or "", "responsible": (responsible or "").strip(),
               "institution": (institution or "").strip(),
               "deadline": parse_date(deadline, "El plazo del acuerdo"), "status": status}
    _apply(a, _AGREEMENT_FIELDS, changes, lambda x: _check_agreement(x, m.held_on))
    session.add(a)
    session.flush()
    return a


def get_agreement(session: Session, agreement_id: str | None) -> Agreement:
    return _live(session, Agreement, agreement_id, "El acuerdo")


def update_agreement(session: Session, agreement_id: str, **changes: Any) -> Agreement:
    """Edit an agreement. Once its acta is closed only its status (the follow-up) still changes."""
    a = get_agreement(session, agreement_id)
    m = get_meeting(session, a.meeting_id)
    if m.status == "cerrada" and set(changes) - _FOLLOW_UP_FIELDS:
        raise ValidationError(_CLOSED + " Solo el estado del acuerdo sigue cambiando.")
    if "deadline" in changes:
        changes["deadline"] = parse_date(changes["deadline"], "El plazo del acuerdo")
    _strip(changes, "responsible", "institution")
    _apply(a, _AGREEMENT_FIELDS, changes, lambda x: _check_agreement(x, m.held_on))
    session.flush()
    return a


def list_agreements(session: Session, meeting_id: str) -> list[Agreement]:
    return _children(session, Agreement, meeting_id)


def pending_agreements(session: Session, *, territory_id: str, before: date) -> list[Agreement]:
    """Agreements pending or in progress from the territory's meetings held before ``before``
    (oldest meeting first), skipping meetings and agreements in the bin."""
    before = parse_date(before, "La fecha", required=True)  # type: ignore[assignment]
    q = (select(Agreement).join(Meeting, Meeting.id == Agreement.meeting_id)
         .where(Meeting.territory_id == territory_id, Meeting.deleted.is_(False), Meeting.held_on < before,
                Agreement.deleted.is_(False), Agreement.status.in_(PENDING_AGREEMENT_STATUSES))
         .order_by(Meeting.held_on, Meeting.created_at, Agreement.position, Agreement.id))
    return list(session.scalars(q))


def reviewed_agreements(session: Session, meeting_id: str) -> list[Agreement]:
    """Agreements of earlier meetings that this meeting reviewed, in review order."""
    m = get_meeting(session, meeting_id)
    q = (select(Agreement).join(Meeting, Meeting.id == Agreement.meeting_id)
         .where(Meeting.territory_id == m.territory_id, Meeting.deleted.is_(False), Meeting.id != m.id,
                Agreement.deleted.is_(False))
         .order_by(Meeting.held_on, Meeting.created_at, Agreement.position, Agreement.id))
    return [a for a in session.scalars(q) if m.id in (a.reviewed_in or [])]


def remove_item(session: Session, model: type, record_id: str) -> None:
    """Send an attendee, agenda topic or agreement to the bin (its acta must be open).
    The review topic stays: it is the first point of every acta."""
    if model not in (Attendee, AgendaItem, Agreement):
        raise ValidationError("Solo asistentes, temas y acuerdos se quitan de un acta.")
    obj = _live(session, model, record_id, "El elemento")
    _parent_open(session, obj)
    if isinstance(obj, AgendaItem) and obj.is_review:
        raise ValidationError("La revisión de acuerdos pendientes es el primer punto del acta y no se quita.")
    if isinstance(obj, Agreement) and obj.activity_id:
        raise ValidationError("Este acuerdo ya es una actividad del plan; cancélelo en vez de borrarlo.")
    move_to_bin(session, obj)


# --- into the action plan -------------------------------------------------------------------
def agreement_to_activity(session: Session, agreement_id: str, *, create_activity: Callable[..., Any] | None = None,
                          get_or_create_plan: Callable[..., Any] | None = None) -> Any:
    """Turn an agreement into an activity of the territory's action plan, once.

    The plan functions come from ``core.services.plans`` unless given (tests inject fakes). The
    activity takes the agreement's text as title, its responsible, institution and deadline, starts
    on the meeting's date and points back to the agreement; the agreement keeps ``activity_id``."""
    a = get_agreement(session, agreement_id)
    m = get_meeting(session, a.meeting_id)
    if a.activity_id:
        raise ValidationError("Este acuerdo ya se convirtió en una actividad del plan de acción.")
    if a.status == "cancelado":
        raise ValidationError("Un acuerdo cancelado no se convierte en actividad.")
    if not a.text.strip():
        raise ValidationError("Escriba el acuerdo antes de convertirlo en actividad.")
    if not m.territory_id:
        raise ValidationError("La reunión no pertenece a ningún territorio; no hay plan de acción al que sumarla.")
    if create_activity is None or get_or_create_plan is None:
        try:
            from gestor_app.core.services.plans import create_activity as plans_create_activity
            from gestor_app.core.services.plans import get_or_create_plan as plans_get_or_create_plan
        except ImportError as exc:
            raise ValidationError(PLANS_MISSING) from exc
        create_activity = create_activity or plans_create_activity
        get_or_create_plan = get_or_create_plan or plans_get_or_create_plan
    plan = get_or_create_plan(session, territory_id=m.territory_id)
    activity = create_activity(session, plan_id=plan.id, title=activity_title(a.text), responsible=a.responsible,
                               institution=a.institution, start_date=m.held_on, end_date=a.deadline,
                               source_agreement_id=a.id)
    a.activity_id = activity.id
    session.flush()
    return activity


def activity_title(text: str, limit: int = 200) -> str:
    """The agreement's first line, cut to ``limit`` characters."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"
