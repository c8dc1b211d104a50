from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("GESTOR_DATA_DIR", None)
os.environ.pop("GESTOR_DATABASE_URL", None)

from gestor_app.core.config import AppConfig, load_config  # noqa: E402
from gestor_app.core.store import Store, open_store  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def config(tmp_path: Path) -> AppConfig:
    return load_config(data_dir=tmp_path / "data")


@pytest.fixture
def store(config: AppConfig) -> Store:
    s = open_store(config, device_name="laptop-test")
    yield s
    s.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    from gestor_app.core.demo import fill_demo

    fill_demo(store)
    return store


@pytest.fixture(scope="session")
def qapp():  # overrides pytest-qt's: our application, with its translations and style
    from gestor_app.ui.app import create_application

    return create_application()
