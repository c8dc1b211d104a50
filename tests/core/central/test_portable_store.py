"""The foundation store behaves the same on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import json

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from gestor_app.cli import main
from gestor_app.core.db.base import Base
from gestor_app.core.db.migrate import current_revisions, head_revisions
from gestor_app.core.demo import fill_demo
from gestor_app.core.models import ChangeLog, Territory
from gestor_app.core.services.bin import list_bin, move_to_bin, restore
from gestor_app.core.services.info import store_info
from gestor_app.core.services.territories import update_territory


def test_migrations_create_exactly_the_model(any_store):
    assert current_revisions(any_store.engine) == head_revisions()
    with any_store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata) == []


def test_record_contract_demo_and_bin(any_store):
    fill_demo(any_store)
    fill_demo(any_store)
    assert store_info(any_store)["counts"]["territories"] == 4
    with any_store.transaction() as s:
        barrio = s.scalars(select(Territory).where(Territory.name == "Villa Los Quillayes")).one()
        assert barrio.created_at.utcoffset().total_seconds() == 0
        assert barrio.boundary["type"] == "Polygon"
        update_territory(s, barrio.id, description="Pasaje Ñandú, esquina ¿ciega? — sí")
        move_to_bin(s, barrio)
    with any_store.transaction() as s:
        assert [i.record_id for i in list_bin(s)] == [barrio.id]
        restore(s, entity="territories", record_id=barrio.id)
        versions = s.scalars(select(ChangeLog.seq).where(ChangeLog.record_id == barrio.id)).all()
        assert len(versions) == 4 and versions == sorted(versions)
        assert s.get(Territory, barrio.id).description == "Pasaje Ñandú, esquina ¿ciega? — sí"


def test_cli_info_with_database_url(pg_url, tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "--database-url", pg_url, "info"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["database_url"].startswith("postgresql+psycopg://gestor@127.0.0.1")
    assert info["schema_revision"] == ",".join(sorted(head_revisions()))
