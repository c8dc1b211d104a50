"""Network map of actors (mapa de redes): organisations and institutions of a territory and the
links between them. Only collective actors: no private persons, no phones or e-mails."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.plans import ACTOR_KINDS, LINK_KINDS, Actor, ActorLink
from gestor_app.core.services.bin import move_to_bin

_CONTACT = re.compile(r"@|\d[\d\s.\-]{7,}\d")


def _clean_actor(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - {"name", "kind", "sector"}
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    for key in ("name", "sector"):
        if key in changes:
            changes[key] = str(changes[key] or "").strip()
            if _CONTACT.search(changes[key]):
                raise ValidationError("El mapa de redes no guarda datos de contacto (correos ni teléfonos).")
    if "name" in changes and not changes["name"]:
        raise ValidationError("El actor necesita un nombre (organización o institución).")
    if "kind" in changes and changes["kind"] not in ACTOR_KINDS:
        raise ValidationError("El actor debe ser una organización o una institución.")
    return changes


def create_actor(session: Session, *, territory_id: str, name: str, kind: str = "organizacion", sector: str = "",
                 id: str | None = None) -> Actor:
    if not territory_id:
        raise ValidationError("El actor necesita un territorio.")
    a = Actor(territory_id=territory_id, **_clean_actor(dict(name=name, kind=kind, sector=sector)))
    if id:
        a.id = id
    session.add(a)
    session.flush()
    return a


def get_actor(session: Session, actor_id: str) -> Actor:
    a = session.get(Actor, actor_id)
    if a is None or a.deleted:
        raise NotFoundError("El actor no existe o está en la papelera.")
    return a


def update_actor(session: Session, actor_id: str, **changes: Any) -> Actor:
    a = get_actor(session, actor_id)
    for key, value in _clean_actor(changes).items():
        if getattr(a, key) != value:
            setattr(a, key, value)
    session.flush()
    return a


def delete_actor(session: Session, actor_id: str) -> None:
    """To the bin with the links that touch it."""
    a = get_actor(session, actor_id)
    q = select(ActorLink).where(ActorLink.deleted.is_(False), or_(ActorLink.a_id == a.id, ActorLink.b_id == a.id))
    for link in session.scalars(q):
        move_to_bin(session, link)
    move_to_bin(session, a)


def list_actors(session: Session, *, territory_id: str) -> list[Actor]:
    q = select(Actor).where(Actor.territory_id == territory_id, Actor.deleted.is_(False))
    return list(session.scalars(q.order_by(Actor.created_at, Actor.id)))


def _check_link(kind: Any, strength: Any) -> None:
    if kind not in LINK_KINDS:
        raise ValidationError(f"Tipo de vínculo desconocido: {kind!r}.")
    if isinstance(strength, bool) or not isinstance(strength, int) or not 1 <= strength <= 3:
        raise ValidationError("La intensidad del vínculo va de 1 (débil) a 3 (fuerte).")


def create_link(session: Session, *, a_id: str, b_id: str, kind: str = "colaboracion", strength: int = 1,
                id: str | None = None) -> ActorLink:
    a, b = get_actor(session, a_id), get_actor(session, b_id)
    if a.id == b.id:
        raise ValidationError("Un vínculo une a dos actores distintos.")
    if a.territory_id != b.territory_id:
        raise ValidationError("Los dos actores deben ser del mismo territorio.")
    _check_link(kind, strength)
    for link in list_links(session, territory_id=a.territory_id or ""):
        if {link.a_id, link.b_id} == {a.id, b.id}:
            raise ValidationError(f"Ya existe un vínculo entre «{a.name}» y «{b.name}».")
    link = ActorLink(territory_id=a.territory_id, a_id=a.id, b_id=b.id, kind=kind, strength=strength)
    if id:
        link.id = id
    session.add(link)
    session.flush()
    return link


def get_link(session: Session, link_id: str) -> ActorLink:
    link = session.get(ActorLink, link_id)
    if link is None or link.deleted:
        raise NotFoundError("El vínculo no existe o está en la papelera.")
    return link


def update_link(session: Session, link_id: str, **changes: Any) -> ActorLink:
    link = get_link(session, link_id)
    unknown = set(changes) - {"kind", "strength"}
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    _check_link(changes.get("kind", link.kind), changes.get("strength", link.strength))
    for key, value in changes.items():
        setattr(link, key, value)
    session.flush()
    return link


def delete_link(session: Session, link_id: str) -> None:
    move_to_bin(session, get_link(session, link_id))


def list_links(session: Session, *, territory_id: str) -> list[ActorLink]:
    q = select(ActorLink).where(ActorLink.territory_id == territory_id, ActorLink.deleted.is_(False))
    return list(session.scalars(q.order_by(ActorLink.created_at, ActorLink.id)))
