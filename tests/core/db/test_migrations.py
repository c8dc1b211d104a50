from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from gestor_app.core.config import load_config
from gestor_app.core.db.base import Base
from gestor_app.core.db.migrate import current_revisions, head_revisions
from gestor_app.core.errors import SchemaTooNewError
from gestor_app.core.store import open_store
from tests.conftest import FIXTURES


def test_fresh_database_is_created_at_head(store):
    assert store.schema_status == "created"
    assert current_revisions(store.engine) == head_revisions()


def test_migrations_produce_exactly_the_model(store):
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_sqlite_runs_in_wal_with_foreign_keys_and_full_sync(store):
    with store.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2


def test_old_revision_is_backed_up_then_upgraded_keeping_data(tmp_path: Path):
    cfg = load_config(data_dir=tmp_path)
    cfg.ensure_dirs()
    shutil.copy(FIXTURES / "schema_0001.sqlite3", cfg.data_dir / "gestor.sqlite3")
    store = open_store(cfg)
    try:
        assert store.schema_status == "upgraded"
        assert current_revisions(store.engine) == head_revisions()
        assert store.device_name == "laptop-fixture"
        with store.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT name, code, population FROM territories").one()
        assert tuple(row) == ("Maipú", "13119", None)
        backups = list(cfg.backups_dir.glob("*.sqlite3"))
        assert len(backups) == 1 and "0001" in backups[0].name
        with sqlite3.connect(backups[0]) as b:
            assert b.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    finally:
        store.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_database_from_a_newer_app_is_refused_untouched(tmp_path: Path):
    cfg = load_config(data_dir=tmp_path)
    cfg.ensure_dirs()
    db = cfg.data_dir / "gestor.sqlite3"
    shutil.copy(FIXTURES / "schema_0001.sqlite3", db)
    with sqlite3.connect(db) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999_futuro'")
    before = _digest(db)
    with pytest.raises(SchemaTooNewError, match="versión más nueva.*Actualice la aplicación"):
        open_store(cfg)
    assert _digest(db) == before
    assert list(cfg.backups_dir.glob("*")) == []


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path):
    cfg = load_config(data_dir=tmp_path)
    cfg.ensure_dirs()
    with sqlite3.connect(cfg.data_dir / "gestor.sqlite3") as c:
        c.execute("CREATE TABLE otra (x)")
    with pytest.raises(SchemaTooNewError, match="no es una base de datos de Gestor"):
        open_store(cfg)


def test_the_fast_revision_reader_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from gestor_app.core.db.migrate import alembic_config, head_revisions, revision_graph

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revisions() == set(script.get_heads())
    assert revision_graph() == {r.revision: tuple(r._all_down_revisions) for r in script.walk_revisions()}
