"""Local settings of this installation (never synchronised)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from gestor_app.core.models.local import AppSetting

CURRENT_TERRITORY = "current_territory"


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(AppSetting, key)
    return default if row is None or row.value is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
