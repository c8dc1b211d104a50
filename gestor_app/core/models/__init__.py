"""All mapped classes. Import every domain module here so Alembic and the bin see them."""

from __future__ import annotations

from gestor_app.core.models.diagnosis import Problem
from gestor_app.core.models.local import AppSetting, ChangeLog, LocalDevice
from gestor_app.core.models.map import FEATURE_SOURCES, MapFeature
from gestor_app.core.models.mapping_session import AGE_RANGES, GENDERS, MappingSession
from gestor_app.core.models.photo import Photo
from gestor_app.core.models.territory import TERRITORY_LEVELS, Territory
from gestor_app.core.models.walk import Walk, WalkAnswer

__all__ = ["AGE_RANGES", "AppSetting", "ChangeLog", "FEATURE_SOURCES", "GENDERS", "LocalDevice", "MapFeature", "MappingSession", "Photo", "Problem", "TERRITORY_LEVELS", "Territory", "Walk", "WalkAnswer"]
