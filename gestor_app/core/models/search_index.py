"""The local full-text index (this installation only; rebuilt from the records, never synced)."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base


class SearchEntry(Base):
    """One searchable record: its title and text as written, and the accent-folded text. ``id`` is
    an explicit integer key so SQLite's FTS5 mirror can use it as its rowid (an implicit rowid may
    change on VACUUM): the mirror's row of a record is found by key, not by scanning it."""

    __tablename__ = "search_index"
    __table_args__ = (UniqueConstraint("entity", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    territory_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    folded: Mapped[str] = mapped_column(Text, default="")
