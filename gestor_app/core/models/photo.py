"""Photos: a record per attachment; the image itself is stored once by content hash.

The file of a photo lives at ``photos_dir / sha256[:2] / sha256`` (see ``core.services.photos``);
the bundle sync carries files by that hash (``Photo.__blob_column__``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base, Record, RefColumn
from gestor_app.core.db.types import UTCDateTime


class Photo(Record, Base):
    __tablename__ = "photos"
    __parent__ = ("owner_id", None)  # the owner's table is the row's owner_entity
    __label__ = "Foto"
    __blob_column__ = "sha256"

    owner_entity: Mapped[str] = mapped_column(String(64))  # table of what it is attached to
    owner_id: Mapped[str | None] = RefColumn()
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    mime: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer, nullable=True)
    height: Mapped[int | None] = mapped_column(Integer, nullable=True)
    original_name: Mapped[str] = mapped_column(String(255), default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    gps_lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    gps_lat: Mapped[float | None] = mapped_column(Float, nullable=True)

    def display_title(self) -> str:
        return self.caption or self.original_name or self.sha256[:12]
