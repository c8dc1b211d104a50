"""Portable column types (SQLite and PostgreSQL alike)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import DateTime, Text
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes everywhere; naive values are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: use datetime.now(UTC)")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


_JSON_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS


def json_text(value: Any) -> str:
    """What a ``JSONText`` column stores: compact UTF-8 JSON with sorted keys (orjson: the bulk
    paths — bundle import, search index — encode ~100,000 values at a time)."""
    return orjson.dumps(value, option=_JSON_OPTIONS).decode()


class JSONText(TypeDecorator[Any]):
    """JSON stored as text: readable by QGIS/psql/sqlite3 alike, no dialect-specific JSON type."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else json_text(value)

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        return None if value is None else orjson.loads(value)


def utcnow() -> datetime:
    return datetime.now(UTC)
