"""Tables of the bundle sync. They belong to this installation and never travel as records.

- ``record_heads``: for each record, the versions (``device:seq``) no other held version descends
  from. One head: the record is that version. Several: concurrent edits, merged field by field.
- ``sync_identity``: this installation's role in a project (office or laptop) and the office's keys.
- ``sync_peers``: on the office, every enrolled laptop (keys, territories, what it holds).
- ``sync_received``: every bundle imported (by hash): re-importing one changes nothing.
- ``sync_conflicts``: the same field changed on two devices; both values kept until resolved.
- ``project_resources``: the project's legend, checklist templates and basemaps (office: what it
  distributes; laptop: what it received), each with the sha256 that says which version it is.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base
from gestor_app.core.db.types import JSONText, UTCDateTime, utcnow


class RecordHead(Base):
    __tablename__ = "record_heads"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    heads: Mapped[Any] = mapped_column(JSONText())  # ["device:seq", …]
    depth: Mapped[int] = mapped_column(Integer, default=0)


class SyncIdentity(Base):
    __tablename__ = "sync_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    role: Mapped[str] = mapped_column(String(10))  # office | laptop
    project_id: Mapped[str] = mapped_column(String(36))
    office_name: Mapped[str] = mapped_column(String(200), default="")
    enrollment_id: Mapped[str] = mapped_column(String(36), default="")  # laptop: how the office knows it
    enrollment_secret: Mapped[str] = mapped_column(String(64), default="")  # laptop: proof for bundle 1
    office_device_id: Mapped[str] = mapped_column(String(36), default="")
    office_age_public: Mapped[str] = mapped_column(String(120), default="")
    office_sign_public: Mapped[str] = mapped_column(String(80), default="")
    next_bundle_seq: Mapped[int] = mapped_column(Integer, default=1)
    acked: Mapped[Any] = mapped_column(JSONText(), default=dict)  # laptop: {device: seq} the office holds
    territories: Mapped[Any] = mapped_column(JSONText(), default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class SyncPeer(Base):
    __tablename__ = "sync_peers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # enrollment id (what the CLI shows)
    name: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(12), default="inscrito")  # inscrito | activo | revocado
    secret: Mapped[str] = mapped_column(String(64), default="")  # one-time; cleared once used
    device_id: Mapped[str] = mapped_column(String(36), default="", index=True)  # the laptop's own id
    age_public: Mapped[str] = mapped_column(String(120), default="")
    sign_public: Mapped[str] = mapped_column(String(80), default="")
    territories: Mapped[Any] = mapped_column(JSONText(), default=list)  # [] = the whole comuna
    holds: Mapped[Any] = mapped_column(JSONText(), default=dict)  # {device: seq} it reported holding
    photos_held: Mapped[Any] = mapped_column(JSONText(), default=list)
    resources_held: Mapped[Any] = mapped_column(JSONText(), default=dict)  # {"legend", "templates", "basemaps"}
    bundle_seqs: Mapped[Any] = mapped_column(JSONText(), default=list)  # sequence numbers received
    last_bundle_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    next_return_seq: Mapped[int] = mapped_column(Integer, default=1)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class SyncReceived(Base):
    __tablename__ = "sync_received"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    sender: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    summary: Mapped[Any] = mapped_column(JSONText(), default=dict)


class SyncConflict(Base):
    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64), index=True)
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    values: Mapped[Any] = mapped_column(JSONText())  # [{"version", "device", "hlc", "value"}, …]
    winner: Mapped[str] = mapped_column(String(60))  # provisional winner's version
    status: Mapped[str] = mapped_column(String(10), default="abierto", index=True)  # abierto | resuelto
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class ProjectResource(Base):
    __tablename__ = "project_resources"

    kind: Mapped[str] = mapped_column(String(12), primary_key=True)  # legend | template | basemap
    key: Mapped[str] = mapped_column(String(120), primary_key=True)  # "legend", template id, basemap key
    sha256: Mapped[str] = mapped_column(String(64))
    doc: Mapped[Any] = mapped_column(JSONText())  # legend/template document; basemap: name, size
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
