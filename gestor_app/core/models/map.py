"""Participatory map: features drawn with the community (points, lines, polygons)."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from sqlalchemy import Boolean, Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gestor_app.core.db.base import Base, Record, RefColumn
from gestor_app.core.db.types import JSONText

FEATURE_SOURCES: dict[str, str] = {
    "taller": "Taller de cartografía participativa",
    "marcha": "Marcha exploratoria",
    "grupo_focal": "Grupo focal",
    "fuente_secundaria": "Fuente secundaria",
}


class MapFeature(Record, Base):
    """One thing on the map. ``geometry`` is a GeoJSON geometry in WGS84 (lon, lat);
    ``category`` is a key of the legend (``core.maps.legend``); ``properties`` keeps the
    properties of an imported file as they came, so they go back out on export."""

    __tablename__ = "map_features"
    __label__ = "Elemento del mapa"
    __search_fields__: ClassVar[tuple[str, ...]] = ("title", "description")  # full-text search (services.search)

    territory_id: Mapped[str | None] = RefColumn()
    session_id: Mapped[str | None] = RefColumn()  # workshop session it was drawn in, if any
    category: Mapped[str] = mapped_column(String(60))
    geometry: Mapped[dict[str, Any]] = mapped_column(JSONText())
    title: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    observed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    source: Mapped[str] = mapped_column(String(30), default="taller")
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    properties: Mapped[dict[str, Any] | None] = mapped_column(JSONText(), nullable=True)

    def display_title(self) -> str:
        return self.title or self.category
