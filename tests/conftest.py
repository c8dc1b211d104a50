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
LOOPBACK = ("127.", "::1", "localhost")
ATTEMPTS: list[object] = []


@pytest.fixture(autouse=True)
def packaged_resources():
    """Every test starts (and ends) with the packaged legend and templates: opening a store
    activates its project's ones for the whole process (core/project_resources.py)."""
    from gestor_app.core.field.templates import set_project_templates
    from gestor_app.core.maps.legend import set_project_legend

    set_project_legend(None)
    set_project_templates([])
    yield
    set_project_legend(None)
    set_project_templates([])


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Offline for real: any connection from the test process to a non-loopback address fails the
    attempt and is recorded (tests/test_offline.py asserts none happened)."""
    import socket

    original = socket.socket.connect

    def guarded(self, address):  # type: ignore[no-untyped-def]
        host = address[0] if isinstance(address, tuple) else ""
        if self.family in (socket.AF_INET, socket.AF_INET6) and not str(host).startswith(LOOPBACK):
            ATTEMPTS.append(address)
            raise ConnectionRefusedError(f"red bloqueada en los tests: {address}")
        return original(self, address)

    socket.socket.connect = guarded
    yield ATTEMPTS
    socket.socket.connect = original


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


def pytest_sessionfinish(session, exitstatus):
    """Fail the whole run if any test reached (or tried to reach) a non-loopback address."""
    if ATTEMPTS:
        print(f"\nConexiones de red intentadas durante los tests: {ATTEMPTS}")
        session.exitstatus = 1


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server for the central-store tests. Under CI=true it must run, never skip."""
    from tests.support.pgserver import PgServer, find_bindir

    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL no está instalado: los tests del almacén central deben correr en CI")
        pytest.skip("PostgreSQL binaries not found")
    server = PgServer(bindir)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    return pg_server.create_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path: Path) -> Store:
    """The same test on the embedded SQLite file and on a real PostgreSQL server."""
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    s = open_store(load_config(data_dir=tmp_path / "data", database_url=url), device_name="central-test")
    yield s
    s.close()
