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

from sqlalchemy import delete, event, insert, inspect, update
from sqlalchemy.orm import Session

from gestor_app.core.db.base import Record
from gestor_app.core.db.bulk import rows_by_key
from gestor_app.core.db.types import utcnow
from gestor_app.core.errors import GestorError
from gestor_app.core.hlc import HLC, HybridClock
from gestor_app.core.models.local import ChangeLog, LocalDevice
from gestor_app.core.models.sync import RecordHead, SyncConflict

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


def version_key(device_id: str, seq: int) -> str:
    return f"{device_id}:{seq}"


def current_heads(conn: Any, keys: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[list[str], int]]:
    """``(entity, record_id) → (heads, depth)`` for the records that have history."""
    out: dict[tuple[str, str], tuple[list[str], int]] = {}
    wanted = set(keys)
    load = RecordHead.__table__.c.heads.type.result_processor(conn.dialect, None) or (lambda x: x)
    for entity, rid, heads, depth in rows_by_key(conn, "record_heads", "record_id", [r for _e, r in keys],
                                                 ("entity", "record_id", "heads", "depth")):
        if (entity, rid) in wanted:
            out[(entity, rid)] = (list(load(heads) or []), depth)
    return out


def set_heads(conn: Any, heads: dict[tuple[str, str], tuple[list[str], int]]) -> None:
    table = RecordHead.__table__
    by_entity: dict[str, list[str]] = {}
    for entity, rid in heads:
        by_entity.setdefault(entity, []).append(rid)
    for entity, ids in by_entity.items():  # (record_id, entity) is the primary key: an index lookup per id
        for i in range(0, len(ids), 500):
            conn.execute(delete(table).where(table.c.entity == entity, table.c.record_id.in_(ids[i:i + 500])))
    if heads:
        conn.execute(insert(table), [dict(entity=e, record_id=r, heads=h, depth=d) for (e, r), (h, d) in heads.items()])


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _ctx: Any) -> None:
    stamped = session.info.pop(_PENDING, [])
    if not stamped:
        return
    conn = session.connection()
    keys = [(o.__tablename__, o.id) for o in stamped]  # type: ignore[attr-defined]
    before = current_heads(conn, keys)
    after: dict[tuple[str, str], tuple[list[str], int]] = {}
    rows = []
    for key, o in zip(keys, stamped, strict=True):
        parents, depth = after.get(key) or before.get(key) or ([], 0)
        me = version_key(o.modified_by, o.change_seq)
        rows.append(dict(device_id=o.modified_by, seq=o.change_seq, entity=key[0], record_id=o.id, hlc=o.hlc,
                         deleted=bool(o.deleted), data=snapshot(o), parents=parents, depth=depth + 1))
        after[key] = ([me], depth + 1)  # a local write descends from every head it saw: one head again
    conn.execute(insert(ChangeLog.__table__), rows)
    set_heads(conn, after)
    merged = [rid for (_e, rid), (heads, _d) in before.items() if len(heads) > 1]
    if merged:  # a local write over concurrent versions resolves their conflicts (it saw them all)
        c = SyncConflict.__table__
        conn.execute(update(c).where(c.c.record_id.in_(merged), c.c.status == "abierto").values(status="resuelto"))


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
