"""Two coordinators (two OS processes) import different bundles into the same central store at the
same time: both succeed, and the result equals importing them one after the other — the concurrent
edits of one point become a conflict with both values, every new record is there."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gestor_app.core.config import load_config
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.models import ChangeLog, MapFeature, SyncConflict
from gestor_app.core.services.map_features import create_feature, update_feature
from gestor_app.core.services.territories import create_territory
from gestor_app.core.store import open_store
from gestor_app.core.sync import exporter, identity, importer

CAT = default_legend().categories[0].key


@pytest.fixture(params=["sqlite", "postgresql"])
def office_url(request, tmp_path: Path) -> str | None:
    return request.getfixturevalue("pg_url") if request.param == "postgresql" else None


def _scenario(root: Path, url: str | None) -> tuple[Path, list[Path]]:
    """An office with two laptops that both edit the same point and add 300 points each; returns
    the office's data folder and the two laptops' bundles, not yet imported."""
    office_dir = root / "oficina"
    office = open_store(load_config(data_dir=office_dir, database_url=url), device_name="oficina")
    with office.transaction() as s:
        tid = create_territory(s, name="Lo Hermida", level="barrio").id
    identity.office_init(office, name="Municipalidad de Peñalolén")
    usb = root / "usb"
    usb.mkdir()
    laptops, peers = [], []
    for i in range(2):
        peers.append(identity.enroll(office, device_name=f"n{i}", out=root / f"e{i}.json").id)
        lap = open_store(load_config(data_dir=root / f"terreno{i}"))
        identity.join(lap, root / f"e{i}.json")
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
    return office_dir, bundles


def _outcome(office_dir: Path, url: str | None) -> dict:
    """What the office holds, in terms that do not depend on random ids and keys."""
    office = open_store(load_config(data_dir=office_dir, database_url=url))
    try:
        with office.transaction() as s:
            return {"features": sorted((f.title, f.deleted) for f in s.scalars(select(MapFeature))),
                    "versions": s.scalar(select(func.count()).select_from(ChangeLog)),
                    "conflicts": sorted(tuple(sorted(v["value"] for v in c.values))
                                        for c in s.scalars(select(SyncConflict).where(SyncConflict.status == "abierto")))}
    finally:
        office.close()


def test_two_processes_import_at_once_and_the_result_equals_one_after_the_other(request, office_url, tmp_path: Path):
    # one after the other (a second project built the same way, on its own database)
    ref_url = request.getfixturevalue("pg_server").create_database() if office_url else None
    ref_dir, ref_bundles = _scenario(tmp_path / "secuencial", ref_url)
    ref = open_store(load_config(data_dir=ref_dir, database_url=ref_url))
    for b in ref_bundles:
        assert importer.import_bundle(ref, b)["status"] == "importado"
    ref.close()
    # at the same time, two OS processes
    office_dir, bundles = _scenario(tmp_path / "a-la-vez", office_url)
    go = tmp_path / "go"
    children = [subprocess.Popen([sys.executable, "-m", "tests.core.central.import_child", str(office_dir),
                                  office_url or "", str(b), str(go)], stdout=subprocess.PIPE, text=True,
                                 cwd=Path(__file__).parents[3]) for b in bundles]
    for c in children:
        assert c.stdout.readline().strip() == "ready"
    go.write_text("go")
    results = [json.loads(c.communicate(timeout=300)[0].strip().splitlines()[-1]) for c in children]
    assert [r["status"] for r in results] == ["importado", "importado"], results
    got, expected = _outcome(office_dir, office_url), _outcome(ref_dir, ref_url)
    assert got == expected
    assert {f"punto {i}-{k}" for i in range(2) for k in range(300)} <= {t for t, _d in got["features"]}
    assert got["conflicts"] == [("Plaza según notebook 0", "Plaza según notebook 1")]
