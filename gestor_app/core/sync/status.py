"""What the Synchronisation screen shows about this installation's own changes.

A local change (a version written on this device) is *delivered* once the office acknowledged it:
its sequence number is at most ``SyncIdentity.acked[device]`` (the receipt of the office's last
answer). Everything else is *pending*: the next bundle for the office carries it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gestor_app.core.db.base import model_for_table
from gestor_app.core.hlc import HLC
from gestor_app.core.models.local import ChangeLog, LocalDevice
from gestor_app.core.models.sync import SyncReceived
from gestor_app.core.sync.identity import identity


@dataclass(frozen=True)
class DeliveryStatus:
    delivered: int  # local changes the office holds
    pending: int  # local changes not yet acknowledged by the office
    pending_records: int  # distinct records with a pending change
    bundles_sent: int  # bundles written for the office so far
    last_received_at: datetime | None  # when the last bundle was imported here
    last_received_seq: int | None


def delivered_up_to(acked: dict[str, int] | None, device_id: str) -> int:
    """Highest sequence number of ``device_id`` the office acknowledged (0: none)."""
    value = (acked or {}).get(device_id, 0)
    return value if isinstance(value, int) and value > 0 else 0


def is_delivered(acked: dict[str, int] | None, device_id: str, seq: int) -> bool:
    return seq <= delivered_up_to(acked, device_id)


def delivery_status(session: Session) -> DeliveryStatus:
    dev = session.scalars(select(LocalDevice)).first()
    ident = identity(session)
    device_id = dev.id if dev else ""
    limit = delivered_up_to(ident.acked if ident else None, device_id)
    c = ChangeLog.__table__.c
    mine = c.device_id == device_id
    delivered = session.scalar(select(func.count()).where(mine, c.seq <= limit)) or 0
    pending = session.scalar(select(func.count()).where(mine, c.seq > limit)) or 0
    pending_records = session.scalar(select(func.count()).select_from(
        select(c.entity, c.record_id).where(mine, c.seq > limit).distinct().subquery())) or 0
    last = session.scalars(select(SyncReceived).order_by(SyncReceived.imported_at.desc()).limit(1)).first()
    return DeliveryStatus(delivered=delivered, pending=pending, pending_records=pending_records,
                          bundles_sent=max((ident.next_bundle_seq if ident else 1) - 1, 0),
                          last_received_at=last.imported_at if last else None,
                          last_received_seq=last.seq if last else None)


@dataclass(frozen=True)
class RecordDelivery:
    """One record changed on this device: is its last local change at the office?"""

    entity: str
    label: str  # the kind of record, in Spanish
    record_id: str
    title: str
    changed_at: datetime  # of the last local change
    delivered: bool
    deleted: bool


def _titles(session: Session, entity: str, ids: list[str]) -> dict[str, str]:
    try:
        model = model_for_table(entity)
    except KeyError:
        return {}
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        for obj in session.scalars(select(model).where(model.id.in_(ids[i:i + 500]))):
            out[obj.id] = obj.display_title()
    return out


def record_deliveries(session: Session, *, limit: int = 200, pending_only: bool = False) -> list[RecordDelivery]:
    """The records this device changed, last changed first: delivered once the office's receipt
    covers their last local change (an older change delivered does not make a newer one so)."""
    dev = session.scalars(select(LocalDevice)).first()
    if dev is None:
        return []
    ident = identity(session)
    upto = delivered_up_to(ident.acked if ident else None, dev.id)
    c = ChangeLog.__table__.c
    last = func.max(c.seq).label("last")
    q = select(c.entity, c.record_id, last).where(c.device_id == dev.id).group_by(c.entity, c.record_id)
    if pending_only:
        q = q.having(last > upto)
    rows = session.execute(q.order_by(last.desc()).limit(limit)).all()
    seqs = [r.last for r in rows]
    info = {seq: (hlc, bool(deleted)) for seq, hlc, deleted in session.execute(
        select(c.seq, c.hlc, c.deleted).where(c.device_id == dev.id, c.seq.in_(seqs)))} if seqs else {}
    by_entity: dict[str, list[str]] = {}
    for r in rows:
        by_entity.setdefault(r.entity, []).append(r.record_id)
    titles = {e: _titles(session, e, ids) for e, ids in by_entity.items()}
    out = []
    for r in rows:
        hlc, deleted = info[r.last]
        try:
            label = model_for_table(r.entity).__label__
        except KeyError:
            label = r.entity
        out.append(RecordDelivery(r.entity, label, r.record_id, titles[r.entity].get(r.record_id, r.record_id),
                                  datetime.fromtimestamp(HLC.decode(hlc).physical / 1000, UTC),
                                  is_delivered(ident.acked if ident else None, dev.id, r.last), deleted))
    return out
