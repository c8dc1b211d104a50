"""Diagnosed problems: the service the plan's objectives link to, and their characterisation
(causes, spatial dimension, temporality, victims/offenders, impact, non-reporting, institutional)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.diagnosis import PROBLEM_TEXT_FIELDS, Problem
from gestor_app.core.services.bin import move_to_bin

_EDITABLE = {"title", *PROBLEM_TEXT_FIELDS}


def create_problem(session: Session, *, territory_id: str | None, title: str, description: str = "",
                   id: str | None = None, **fields: str) -> Problem:
    if not title.strip():
        raise ValidationError("La problemática necesita un título.")
    unknown = set(fields) - _EDITABLE
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    p = Problem(territory_id=territory_id, title=title.strip(), description=description, **fields)
    if id:
        p.id = id
    session.add(p)
    session.flush()
    return p


def get_problem(session: Session, problem_id: str) -> Problem:
    p = session.get(Problem, problem_id)
    if p is None or p.deleted:
        raise NotFoundError("La problemática no existe o está en la papelera.")
    return p


def update_problem(session: Session, problem_id: str, **changes: Any) -> Problem:
    p = get_problem(session, problem_id)
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise ValidationError(f"Campos no editables: {', '.join(sorted(unknown))}.")
    if "title" in changes:
        if not str(changes["title"]).strip():
            raise ValidationError("La problemática necesita un título.")
        changes["title"] = str(changes["title"]).strip()
    for key, value in changes.items():
        if getattr(p, key) != value:
            setattr(p, key, value)
    session.flush()
    return p


def delete_problem(session: Session, problem_id: str) -> None:
    move_to_bin(session, get_problem(session, problem_id))


def list_problems(session: Session, *, territory_id: str | None) -> list[Problem]:
    q = select(Problem).where(Problem.deleted.is_(False))
    if territory_id is not None:
        q = q.where(Problem.territory_id == territory_id)
    return list(session.scalars(q.order_by(Problem.created_at, Problem.id)))
