"""Neighbours' requests (Protocolo de Respuesta ante Demandas y Requerimientos): register, refer to
the responsible unit, answer, close; the oldest open ones first.

Personal data (Ley 19.628 / 21.719): a request records *what* and *where*, not *who*. A contact is
stored only while the neighbour's consent is recorded; withdrawing consent erases it. Without
consent, a description that looks like it carries a phone, an e-mail or a RUT is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.meetings import OPEN_REQUEST_STATUSES, REQUEST_CHANNELS, REQUEST_STATUSES, Request
from gestor_app.core.services.bin import move_to_bin
from gestor_app.core.services.meetings import parse_date

_FIELDS = {"received_on", "channel", "category", "feature_id", "lon", "lat", "description", "consent", "contact",
           "referred_to", "status", "responded_on", "response"}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE = re.compile(r"(?<!\d)(?:\+?56[\s-]?)?[29][\s-]?\d{4}[\s-]?\d{4}(?!\d)")  # mobile 9…, Santiago 2…
_RUT = re.compile(r"\b\d{1,2}\.?\d{3}\.?\d{3}-[\dkK]\b")


@dataclass(frozen=True)
class RequestAge:
    request: Request
    days: int  # days open: until today while open, until the answer once answered


def looks_personal(text: str) -> bool:
    """True when the text seems to hold a phone number, an e-mail address or a RUT."""
    return bool(_EMAIL.search(text or "") or _PHONE.search(text or "") or _RUT.search(text or ""))


def _normalise(changes: dict[str, Any]) -> dict[str, Any]:
    out = dict(changes)
    if "received_on" in out:
        out["received_on"] = parse_date(out["received_on"], "La fecha de recepción", required=True)
    if "responded_on" in out:
        out["responded_on"] = parse_date(out["responded_on"], "La fecha de respuesta")
    for k in ("category", "referred_to", "contact"):
        if k in out:
            out[k] = (out[k] or "").strip()
    for k in ("description", "response"):
        if k in out:
            out[k] = out[k] or ""
    for k in ("lon", "lat"):
        if k in out and out[k] is not None:
            if isinstance(out[k], bool) or not isinstance(out[k], int | float):
                raise ValidationError("Las coordenadas deben ser números (longitud y latitud en grados).")
            out[k] = float(out[k])
    if "consent" in out:
        out["consent"] = bool(out["consent"])
        if not out["consent"]:
            out["contact"] = ""  # withdrawing consent erases the contact
    return out


def _check(session: Session, r: Request) -> None:
    if r.channel not in REQUEST_CHANNELS:
        raise ValidationError(f"Canal desconocido: {r.channel!r}.")
    if r.status not in REQUEST_STATUSES:
        raise ValidationError("El estado debe ser abierta, derivada, respondida o cerrada.")
    if not isinstance(r.received_on, date):
        raise ValidationError("La fecha de recepción es obligatoria.")
    if r.responded_on and r.responded_on < r.received_on:
        raise ValidationError("La respuesta no puede ser anterior a la recepción del requerimiento.")
    if r.contact and not r.consent:
        raise ValidationError("Un contacto solo se guarda si la persona dio su consentimiento.")
    if not r.consent and looks_personal(r.description):
        raise ValidationError("La descripción parece tener datos personales (teléfono, correo o RUT). Sin "
                              "consentimiento no se guardan: describa el problema, no a la persona.")
    if (r.lon is None) != (r.lat is None):
        raise ValidationError("Indique longitud y latitud juntas, o ninguna.")
    if r.lon is not None and not (-180 <= r.lon <= 180 and -90 <= r.lat <= 90):  # type: ignore[operator]
        raise ValidationError("Coordenadas fuera de rango (longitud −180…180, latitud −90…90).")
    if r.feature_id:
        f = session.get(MapFeature, r.feature_id)
        if f is None or f.deleted:
            raise ValidationError("El elemento del mapa indicado no existe o está en la papelera.")
    if len(r.category) > 120 or len(r.referred_to) > 120:
        raise ValidationError("La categoría y la unidad de derivación admiten hasta 120 caracteres.")


def _apply(session: Session, r: Request, changes: dict[str, Any]) -> None:
    unknown = set(changes) - _FIELDS
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    changes = _normalise(changes)
    old = {k: getattr(r, k) for k in changes}
    for k, v in changes.items():
        if getattr(r, k) != v:
            setattr(r, k, v)
    try:
        _check(session, r)
    except ValidationError:
        for k, v in old.items():
            if getattr(r, k) != v:
                setattr(r, k, v)
        raise


def create_request(session: Session, *, territory_id: str | None, received_on: Any, category: str = "",
                   channel: str = "presencial", id: str | None = None, **fields: Any) -> Request:
    r = Request(territory_id=territory_id, status="abierta", consent=False, contact="", description="",
                referred_to="", response="")
    if id:
        r.id = id
    _apply(session, r, {"received_on": received_on, "category": category, "channel": channel, **fields})
    session.add(r)
    session.flush()
    return r


def get_request(session: Session, request_id: str | None) -> Request:
    r = session.get(Request, request_id) if request_id else None
    if r is None or r.deleted:
        raise NotFoundError("El requerimiento no existe o está en la papelera.")
    return r


def update_request(session: Session, request_id: str, **changes: Any) -> Request:
    r = get_request(session, request_id)
    _apply(session, r, changes)
    session.flush()
    return r


def delete_request(session: Session, request_id: str) -> None:
    move_to_bin(session, get_request(session, request_id))


def days_open(request: Request, *, today: date) -> int:
    """Days from reception until today (open) or until the answer (answered or closed)."""
    end = today if request.status in OPEN_REQUEST_STATUSES else (request.responded_on or today)
    return max(0, (end - request.received_on).days)


def list_requests(session: Session, *, territory_id: str | None, today: date,
                  status: str | None = None) -> list[RequestAge]:
    """The territory's requests, the longest open first (ties: oldest reception first)."""
    if status is not None and status not in REQUEST_STATUSES:
        raise ValidationError(f"Estado desconocido: {status!r}.")
    q = select(Request).where(Request.deleted.is_(False))
    if territory_id is not None:
        q = q.where(Request.territory_id == territory_id)
    if status is not None:
        q = q.where(Request.status == status)
    rows = [RequestAge(r, days_open(r, today=today)) for r in session.scalars(q)]
    return sorted(rows, key=lambda x: (x.request.status not in OPEN_REQUEST_STATUSES, -x.days,
                                       x.request.received_on, x.request.id))


def open_requests_by_age(session: Session, *, today: date, territory_id: str | None = None) -> list[RequestAge]:
    """Requests still open (abierta or derivada), the longest waiting first. ``today`` is given,
    never read from the clock, so the answer is reproducible."""
    today = parse_date(today, "La fecha de hoy", required=True)  # type: ignore[assignment]
    return [x for x in list_requests(session, territory_id=territory_id, today=today)
            if x.request.status in OPEN_REQUEST_STATUSES]
