"""No silent overwrite: different fields merge, the same field is a conflict with both values,
edit vs delete keeps the record, and the coordinator's resolution travels back."""

from __future__ import annotations

from sqlalchemy import select

from gestor_app.core.maps.legend import default_legend
from gestor_app.core.models import MapFeature, SyncConflict
from gestor_app.core.services.map_features import create_feature, delete_feature, update_feature
from gestor_app.core.sync import importer
from gestor_app.core.sync.conflicts import open_conflicts, resolve_conflict
from tests.core.sync.project import features

CAT = default_legend().categories[0].key


def _shared_feature(project) -> str:
    with project.laptop(0).transaction() as s:
        fid = create_feature(s, territory_id=project.territory, category=CAT, title="Sitio eriazo",
                             description="Pasaje 3", geometry={"type": "Point", "coordinates": [-70.55, -33.47]}).id
    project.to_office(0)
    for i in range(project.n_laptops):
        project.to_laptop(i)
    with project.laptop(1).transaction() as s:
        assert s.get(MapFeature, fid).title == "Sitio eriazo"
    return fid


def test_edits_of_different_fields_merge(project):
    fid = _shared_feature(project)
    with project.laptop(0).transaction() as s:
        update_feature(s, fid, title="Sitio eriazo con basura")
    with project.laptop(1).transaction() as s:
        update_feature(s, fid, description="Pasaje 3, frente a la sede")
    assert project.to_office(0)["counts"]["updated"] == 1
    report = project.to_office(1)
    assert report["counts"]["merged"] == 1 and report["counts"]["conflicts"] == 0, report
    assert features(project.office)[fid][:2] == ("Sitio eriazo con basura", "Pasaje 3, frente a la sede")
    for i in (0, 1):
        project.to_laptop(i)
        assert features(project.laptop(i)) == features(project.office)


def test_same_field_is_a_conflict_with_both_values_and_a_resolution_that_syncs_back(project):
    fid = _shared_feature(project)
    with project.laptop(0).transaction() as s:
        update_feature(s, fid, title="Microbasural")
    with project.laptop(1).transaction() as s:
        update_feature(s, fid, title="Sitio eriazo iluminado")
    project.to_office(0)
    assert project.to_office(1)["counts"]["conflicts"] == 1
    with project.office.transaction() as s:
        (c,) = open_conflicts(s)
        assert c.field == "title"
        assert sorted(v["value"] for v in c.values) == ["Microbasural", "Sitio eriazo iluminado"]
        provisional = s.get(MapFeature, fid).title
        assert provisional in ("Microbasural", "Sitio eriazo iluminado")
    # the laptops see the same conflict and the same provisional winner once they hear of it
    for i in (0, 1):
        project.to_laptop(i)
        assert features(project.laptop(i))[fid][0] == provisional
    with project.office.transaction() as s:
        resolve_conflict(s, c.id, value="Microbasural (resuelto en oficina)")
        assert open_conflicts(s) == []
    for i in (0, 1):
        project.to_laptop(i)
        assert features(project.laptop(i))[fid][0] == "Microbasural (resuelto en oficina)"
        with project.laptop(i).transaction() as s:
            assert s.scalars(select(SyncConflict).where(SyncConflict.status == "abierto")).all() == []


def test_edit_against_delete_keeps_the_record_and_raises_a_conflict(project):
    fid = _shared_feature(project)
    with project.laptop(0).transaction() as s:
        delete_feature(s, fid)
    with project.laptop(1).transaction() as s:
        update_feature(s, fid, title="Sigue ahí")
    project.to_office(0)
    assert features(project.office)[fid][3] is True  # a tombstone arrives: in the bin, restorable
    report = project.to_office(1)
    assert report["counts"]["conflicts"] == 1
    assert features(project.office)[fid][3] is False and features(project.office)[fid][0] == "Sigue ahí"
    with project.office.transaction() as s:
        assert [c.field for c in open_conflicts(s)] == ["deleted"]


def test_bundles_in_any_order_with_duplicates_give_the_same_state(project):
    fid = _shared_feature(project)
    paths = []
    for n in range(3):
        with project.laptop(0).transaction() as s:
            update_feature(s, fid, title=f"versión {n}")
        paths.append(project.send(0))
    other = project.copy(project.root.parent / "p2")
    try:
        for p in paths:
            assert importer.import_bundle(project.office, p)["status"] == "importado"
        for p in [paths[2], paths[0], paths[2], paths[1]]:
            importer.import_bundle(other.office, p)
        assert features(project.office) == features(other.office)
        assert features(other.office)[fid][0] == "versión 2"
    finally:
        other.close()


def test_a_missing_bundle_is_reported_as_a_gap_until_it_arrives(project):
    with project.laptop(2).transaction() as s:
        create_feature(s, territory_id=project.territory, category=CAT, title="uno",
                       geometry={"type": "Point", "coordinates": [-70.55, -33.47]})
    first = project.send(2)
    second = project.send(2)
    assert importer.import_bundle(project.office, second)["gaps"] == [2]  # bundle 1 came at set-up
    assert importer.import_bundle(project.office, first)["gaps"] == []
