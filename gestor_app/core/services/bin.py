"""The bin (Papelera): soft-deleted records of every kind, and their restoration."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.db.base import Record, model_for_table, record_models
from gestor_app.core.errors import NotFoundError


@dataclass(frozen=True)
class BinItem:
    entity: str
    record_id: str
    kind: str
    title: str
    deleted_at: datetime


def move_to_bin(session: Session, record: Record) -> None:
    record.deleted = True
    session.flush()


def list_bin(session: Session) -> list[BinItem]:
    items: list[BinItem] = []
    for cls in record_models():
        for rec in session.scalars(select(cls).where(cls.deleted.is_(True))):
            items.append(BinItem(cls.__tablename__, rec.id, cls.__label__, rec.display_title(), rec.updated_at))  # type: ignore[attr-defined]
    return sorted(items, key=lambda i: i.deleted_at, reverse=True)


def restore(session: Session, *, entity: str, record_id: str) -> Record:
    try:
        cls = model_for_table(entity)
    except KeyError as exc:
        raise NotFoundError(f"Tipo de registro desconocido: {entity}.") from exc
    rec = session.get(cls, record_id)
    if rec is None:
        raise NotFoundError("El registro ya no existe.")
    rec.deleted = False
    session.flush()
    return rec
