"""Diagnosed problems: the minimal service the plan's objectives link to (the diagnosis extends it)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.diagnosis import Problem


def create_problem(session: Session, *, territory_id: str | None, title: str, description: str = "",
                   id: str | None = None) -> Problem:
    if not title.strip():
        raise ValidationError("La problemática necesita un título.")
    p = Problem(territory_id=territory_id, title=title.strip(), description=description)
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


def list_problems(session: Session, *, territory_id: str | None) -> list[Problem]:
    q = select(Problem).where(Problem.deleted.is_(False))
    if territory_id is not None:
        q = q.where(Problem.territory_id == territory_id)
    return list(session.scalars(q.order_by(Problem.created_at, Problem.id)))
