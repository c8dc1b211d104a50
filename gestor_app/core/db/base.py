"""Declarative base and the shared record contract every synchronised entity uses.

Record contract (``Record`` mixin):
- ``id``: UUID (text) generated on the device that creates the record;
- ``created_at`` / ``updated_at``: timezone-aware UTC;
- ``origin_device``: device that created it; ``modified_by``: device of the last change;
- ``change_seq``: that device's monotonically increasing change counter, assigned in the same
  transaction as the write (see ``core.db.stamping``);
- ``hlc``: hybrid-logical-clock value of the last change (string order == causal order);
- ``deleted``: tombstone. Users never physically delete a record; the bin restores it.

References between records are plain indexed UUID columns without database FOREIGN KEY
constraints: bundles can arrive out of order (a child before its parent), so integrity between
records is the services' job, not the database's.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import Boolean, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from gestor_app.core.db.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_uuid() -> str:
    return str(uuid.uuid4())


def RefColumn(*, nullable: bool = True) -> Any:  # noqa: N802 - reads like a column type
    """A reference to another record by UUID (no DB constraint; see module docstring)."""
    return mapped_column(String(36), nullable=nullable, index=True)


class Record:
    """Mixin for every synchronised entity. Subclasses set ``__label__`` (Spanish, for the bin)."""

    __label__: ClassVar[str] = "Registro"
    # where the record belongs when it has no ``territory_id`` (see ``core.db.parents``)
    __parent__: ClassVar[tuple[str, str | None] | None] = None
    __project_wide__: ClassVar[bool] = False

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    origin_device: Mapped[str] = mapped_column(String(36), default="")
    modified_by: Mapped[str] = mapped_column(String(36), default="")
    change_seq: Mapped[int] = mapped_column(Integer, default=0)
    hlc: Mapped[str] = mapped_column(String(24), default="", index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    def display_title(self) -> str:
        """Human title for lists and the bin. Override where a better one exists."""
        return str(getattr(self, "title", None) or getattr(self, "name", None) or self.id)


def record_models() -> list[type[Record]]:
    """Every mapped class that follows the record contract, in a stable order."""
    classes = [m.class_ for m in Base.registry.mappers if issubclass(m.class_, Record)]
    return sorted(classes, key=lambda c: c.__tablename__)  # type: ignore[attr-defined]


def model_for_table(table: str) -> type[Record]:
    for cls in record_models():
        if cls.__tablename__ == table:  # type: ignore[attr-defined]
            return cls
    raise KeyError(table)
