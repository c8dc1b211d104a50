"""One place for where things live: data, config, cache, logs and the database URL.

Order of precedence: explicit argument (``--data-dir`` / ``--database-url``) > environment
(``GESTOR_DATA_DIR`` / ``GESTOR_DATABASE_URL``) > platformdirs defaults.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "GestorTerritorial"
APP_AUTHOR = "GestorTerritorial"
ENV_DATA_DIR = "GESTOR_DATA_DIR"
ENV_DATABASE_URL = "GESTOR_DATABASE_URL"
DB_FILENAME = "gestor.sqlite3"

# Source tree: <repo>/resources. Frozen (PyInstaller one-folder): <bundle>/_internal/resources, i.e. sys._MEIPASS.
_ROOT = Path(getattr(sys, "_MEIPASS", "") or Path(__file__).resolve().parents[2])
RESOURCES_DIR = Path(os.environ.get("GESTOR_RESOURCES_DIR") or _ROOT / "resources")


@dataclass(frozen=True)
class AppConfig:
    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path
    database_url: str

    @property
    def photos_dir(self) -> Path:
        return self.data_dir / "photos"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    def ensure_dirs(self) -> None:
        for d in (self.data_dir, self.config_dir, self.cache_dir, self.log_dir, self.photos_dir, self.backups_dir):
            d.mkdir(parents=True, exist_ok=True)


def load_config(*, data_dir: str | os.PathLike[str] | None = None, database_url: str | None = None) -> AppConfig:
    """Resolve every folder. A data dir given explicitly keeps config/cache/logs inside it too."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        dirs = dict(data_dir=root, config_dir=root / "config", cache_dir=root / "cache", log_dir=root / "logs")
    else:
        pd = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
        dirs = dict(
            data_dir=Path(pd.user_data_dir),
            config_dir=Path(pd.user_config_dir),
            cache_dir=Path(pd.user_cache_dir),
            log_dir=Path(pd.user_log_dir),
        )
    url = database_url or os.environ.get(ENV_DATABASE_URL) or f"sqlite:///{dirs['data_dir'] / DB_FILENAME}"
    return AppConfig(database_url=url, **dirs)


def mask_url(url: str) -> str:
    """Hide the password of a database URL for display."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
