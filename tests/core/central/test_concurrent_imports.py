"""Two coordinators import different bundles into the same central store at the same time (each
with its own connection pool, as two processes would): both succeed and nothing is lost — the
concurrent edits of one point become a conflict with both values, every new record is there."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from gestor_app.core.config import load_config
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.models import MapFeature, SyncConflict
from gestor_app.core.services.map_features import create_feature, update_feature
from gestor_app.core.services.territories import create_territory
from gestor_app.core.store import open_store
from gestor_app.core.sync import exporter, identity, importer

CAT = default_legend().categories[0].key


@pytest.fixture(params=["sqlite", "postgresql"])
def office_url(request, tmp_path: Path) -> str | None:
    return request.getfixturevalue("pg_url") if request.param == "postgresql" else None


def test_two_coordinators_import_at_once(office_url, tmp_path: Path):
    office_dir = tmp_path / "oficina"
    office = open_store(load_config(data_dir=office_dir, database_url=office_url), device_name="oficina")
    with office.transaction() as s:
        tid = create_territory(s, name="Lo Hermida", level="barrio").id
    identity.office_init(office, name="Municipalidad de Peñalolén")
    usb = tmp_path / "usb"
    usb.mkdir()
    laptops, peers = [], []
    for i in range(2):
        peers.append(identity.enroll(office, device_name=f"n{i}", out=tmp_path / f"e{i}.json").id)
        lap = open_store(load_config(data_dir=tmp_path / f"terreno{i}"))
        identity.join(lap, tmp_path / f"e{i}.json")
        assert importer.import_bundle(office, exporter.export_from_laptop(lap, usb).path)["status"] == "importado"
        laptops.append(lap)
    with office.transaction() as s:
        shared = create_feature(s, territory_id=tid, category=CAT, title="Plaza",
                                geometry={"type": "Point", "coordinates": [-70.55, -33.47]}).id
    for i, lap in enumerate(laptops):
        assert importer.import_bundle(lap, exporter.export_for_device(office, peers[i], usb).path)["status"] == \
            "importado"
    bundles = []
    for i, lap in enumerate(laptops):
        with lap.transaction() as s:
            update_feature(s, shared, title=f"Plaza según notebook {i}")
            for k in range(300):
                create_feature(s, territory_id=tid, category=CAT, title=f"punto {i}-{k}",
                               geometry={"type": "Point", "coordinates": [-70.55, -33.47]})
        bundles.append(exporter.export_from_laptop(lap, usb).path)
        lap.close()
    office.close()

    results: list[dict] = [{}, {}]
    start = threading.Barrier(2)

    def coordinator(i: int) -> None:
        store = open_store(load_config(data_dir=office_dir, database_url=office_url))
        try:
            start.wait()
            results[i] = importer.import_bundle(store, bundles[i])
        finally:
            store.close()

    threads = [threading.Thread(target=coordinator, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r["status"] for r in results] == ["importado", "importado"], results
    office = open_store(load_config(data_dir=office_dir, database_url=office_url))
    try:
        with office.transaction() as s:
            titles = {f.title for f in s.scalars(select(MapFeature))}
            assert {f"punto {i}-{k}" for i in range(2) for k in range(300)} <= titles
            (conflict,) = s.scalars(select(SyncConflict).where(SyncConflict.status == "abierto"))
            assert sorted(v["value"] for v in conflict.values) == ["Plaza según notebook 0",
                                                                    "Plaza según notebook 1"]
    finally:
        office.close()
