"""Conflicts for the coordinator: the same field changed on two devices. Resolving one writes the
chosen (or edited) value as a new local version that descends from every head: it syncs back to
the laptops like any edit and closes the conflict everywhere."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from gestor_app.core.db.base import model_for_table
from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.sync import SyncConflict
from gestor_app.core.sync.versions import to_python

_UNSET = object()


def open_conflicts(session: Session) -> list[SyncConflict]:
    return list(session.scalars(select(SyncConflict).where(SyncConflict.status == "abierto")
                                .order_by(SyncConflict.detected_at, SyncConflict.id)))


def describe(session: Session, c: SyncConflict) -> dict[str, Any]:
    model = model_for_table(c.entity)
    obj = session.get(model, c.record_id)
    return {"id": c.id, "kind": model.__label__, "record": obj.display_title() if obj else c.record_id,
            "field": c.field, "current": getattr(obj, c.field, None) if obj else None, "winner": c.winner,
            "values": c.values}


def resolve_conflict(session: Session, conflict_id: int, *, value: Any = _UNSET, version: str | None = None) -> None:
    c = session.get(SyncConflict, conflict_id)
    if c is None or c.status != "abierto":
        raise NotFoundError("El conflicto no existe o ya fue resuelto.")
    if version is not None:
        chosen = [v for v in c.values if v.get("version") == version]
        if not chosen:
            raise ValidationError("Esa versión no es parte del conflicto.")
        value = chosen[0]["value"]
    if value is _UNSET:
        raise ValidationError("Elija uno de los valores o escriba el valor correcto.")
    obj = session.get(model_for_table(c.entity), c.record_id)
    if obj is None:
        raise NotFoundError("El registro del conflicto no existe en esta base.")
    value = to_python(c.entity, {c.field: value}).get(c.field, value)
    setattr(obj, c.field, value)
    flag_modified(obj, c.field)  # a resolution that keeps the shown value is still a new version
    session.flush()  # stamping: one new version over every head; the record's conflicts close
    c.status = "resuelto"
