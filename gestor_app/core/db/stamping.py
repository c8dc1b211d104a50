"""Applies the record contract on every flush, in the same transaction as the write.

- new or modified ``Record`` objects get the next values of this device's change counter, a
  hybrid-logical-clock value, ``updated_at`` and (when new) ``origin_device``;
- each stamped version is appended to ``change_log`` (every version kept);
- physically deleting a record is refused: set ``deleted = True`` (the bin) instead.

Sessions that apply records coming from another device (bundle import) set
``session.info["apply_remote"] = True``: their values are kept as received.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect, update
from sqlalchemy.orm import Session

from gestor_app.core.db.base import Record
from gestor_app.core.db.types import utcnow
from gestor_app.core.errors import GestorError
from gestor_app.core.hlc import HLC, HybridClock
from gestor_app.core.models.local import ChangeLog, LocalDevice

_PENDING = "_stamped_pending"


def snapshot(obj: Record) -> dict[str, Any]:
    """Column values of a record as JSON-ready data (the payload of a version)."""
    out: dict[str, Any] = {}
    for attr in inspect(obj).mapper.column_attrs:
        value = getattr(obj, attr.key)
        if isinstance(value, datetime | date):
            value = value.isoformat()
        out[attr.key] = value
    return out


def _changed(session: Session) -> list[Record]:
    new = [o for o in session.new if isinstance(o, Record)]
    dirty = [o for o in session.dirty if isinstance(o, Record) and session.is_modified(o, include_collections=False)]
    return new + dirty


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if any(isinstance(o, Record) for o in session.deleted) and not session.info.get("allow_purge"):
        raise GestorError("Los registros no se borran: se envían a la papelera (deleted = True).")
    if session.info.get("apply_remote"):
        return
    targets = _changed(session)
    if not targets:
        return
    conn = session.connection()
    table = LocalDevice.__table__
    # Reserve the change numbers with ONE atomic write: it takes the write lock (SQLite) or the row
    # lock (PostgreSQL) and reads the latest counter, so writers committing at the same time (the UI
    # and a background task, two coordinators) never get the same number.
    reserved = conn.execute(update(table).values(counter=table.c.counter + len(targets))
                            .returning(table.c.id, table.c.counter, table.c.hlc_last)).first()
    if reserved is None:
        raise GestorError("Esta instalación no tiene identidad de dispositivo; abra la base con open_store().")
    device_id, last_seq = reserved.id, reserved.counter - len(targets)
    clock = HybridClock(HLC.decode(reserved.hlc_last))
    now = utcnow()
    for i, obj in enumerate(targets, start=1):
        if inspect(obj).pending:
            obj.origin_device = obj.origin_device or device_id
            obj.created_at = obj.created_at or now
        obj.modified_by = device_id
        obj.change_seq = last_seq + i
        obj.hlc = clock.now().encode()
        obj.updated_at = now
    conn.execute(update(table).where(table.c.id == device_id).values(hlc_last=clock.last.encode()))
    session.info.setdefault(_PENDING, []).extend(targets)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _ctx: Any) -> None:
    stamped = session.info.pop(_PENDING, [])
    if not stamped:
        return
    rows = [
        dict(device_id=o.modified_by, seq=o.change_seq, entity=o.__tablename__, record_id=o.id,  # type: ignore[attr-defined]
             hlc=o.hlc, deleted=bool(o.deleted), data=snapshot(o))
        for o in stamped
    ]
    session.connection().execute(insert(ChangeLog.__table__), rows)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
