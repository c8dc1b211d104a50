"""What the Synchronisation screen shows about this installation's own changes.

A local change (a version written on this device) is *delivered* once the office acknowledged it:
its sequence number is at most ``SyncIdentity.acked[device]`` (the receipt of the office's last
answer). Everything else is *pending*: the next bundle for the office carries it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
