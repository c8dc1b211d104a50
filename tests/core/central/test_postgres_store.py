"""The central store on a real PostgreSQL server (and the same checks on SQLite): same migrations,
same services, the record contract holding under writers that commit at the same time."""

from __future__ import annotations

import json
import threading

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from gestor_app.core.db.base import Base
from gestor_app.core.db.migrate import current_revisions, head_revisions
from gestor_app.core.demo import demo_id, fill_demo
from gestor_app.core.models import ChangeLog, MapFeature
from gestor_app.core.services.bin import list_bin, restore
from gestor_app.core.services.map_features import create_feature, delete_feature
from gestor_app.core.services.search import search


def test_migrations_give_exactly_the_model(any_store):
    assert current_revisions(any_store.engine) == head_revisions()
    with any_store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_the_demo_barrio_its_search_and_the_bin(any_store):
    fill_demo(any_store)
    fill_demo(any_store)  # idempotent on both engines
    with any_store.transaction() as s:
        hits = search(s, "luminaria")
        assert hits and all(h.record_id for h in hits)
        fid = demo_id("map_feature:luz1")
        delete_feature(s, fid)
    with any_store.transaction() as s:
        assert any(i.record_id == fid for i in list_bin(s))
        restore(s, entity="map_features", record_id=fid)
        assert s.get(MapFeature, fid).deleted is False
        geometry = s.get(MapFeature, demo_id("map_feature:plaza")).geometry
    assert geometry["type"] == "Polygon"  # GeoJSON text QGIS can read


def test_writers_committing_at_once_never_share_a_change_number(any_store):
    fill_demo(any_store)
    with any_store.transaction() as s:
        tid = demo_id("territory:Villa Los Quillayes")
        before = s.scalar(select(func.count()).select_from(ChangeLog))
    errors: list[BaseException] = []

    def writer(k: int) -> None:
        try:
            for i in range(10):
                with any_store.transaction() as s:
                    create_feature(s, territory_id=tid, category="hotspot", title=f"w{k}-{i}",
                                   geometry={"type": "Point", "coordinates": [-70.55, -33.47]})
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with any_store.transaction() as s:
        seqs = list(s.scalars(select(ChangeLog.seq).where(ChangeLog.device_id == any_store.device_id)))
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == before + 40
    assert len(seqs) == len(set(seqs))  # each version has its own number: nothing overwritten


def test_cli_info_on_a_database_url(pg_url, tmp_path, capsys):
    from gestor_app.cli import main

    assert main(["--data-dir", str(tmp_path / "d"), "--database-url", pg_url, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "d"), "--database-url", pg_url, "info"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["database_url"].startswith("postgresql+psycopg://") and info["counts"]["map_features"] > 20
    assert info["schema_revision"] in head_revisions()
