"""Tables that belong to this installation only and never travel in a bundle."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base
from gestor_app.core.db.types import JSONText, UTCDateTime, utcnow


class LocalDevice(Base):
    """Identity of this installation (one row), its change counter and its clock."""

    __tablename__ = "local_device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    counter: Mapped[int] = mapped_column(Integer, default=0)
    hlc_last: Mapped[str] = mapped_column(String(24), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AppSetting(Base):
    """Local key/value settings (e.g. the current territory)."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONText(), nullable=True)


class ChangeLog(Base):
    """Every version of every record, as written by (device, seq). Nothing here is ever updated.

    This is the history the bin, undo and the bundle sync read: a bundle carries the rows of
    this table the recipient has not acknowledged yet.
    """

    __tablename__ = "change_log"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(24))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[Any] = mapped_column(JSONText())
    parents: Mapped[Any] = mapped_column(JSONText(), default=list)  # versions this one was made from
    depth: Mapped[int] = mapped_column(Integer, default=1)  # 1 + the deepest parent (skew-proof order)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (Index("ix_change_log_record", "entity", "record_id"),)
