"""Photos travel once, by content hash, and a return bundle carries only those the laptop lacks;
a laptop whose clock says 2035 neither wins every conflict nor breaks ordering, and is flagged."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pyrage

from gestor_app.core.hlc import HLC
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.services.map_features import create_feature, update_feature
from gestor_app.core.services.photos import has_blob
from gestor_app.core.services.walk_photos import add_answer_photo
from gestor_app.core.services.walks import create_walk
from gestor_app.core.sync.container import open_header
from gestor_app.core.sync.keys import load_keys
from tests.core.sync.project import features
from tests.support.photos import jpeg_with_gps

CAT = default_legend().categories[0].key


def _photos_in(bundle: Path, keys_dir: Path, tmp: Path) -> list[str]:
    opened = open_header(bundle)
    cipher = tmp / "c.age"
    with open(bundle, "rb") as src:
        src.seek(opened.offset)
        cipher.write_bytes(src.read())
    plain = tmp / "a.zip"
    pyrage.decrypt_file(str(cipher), str(plain), [load_keys(keys_dir).age])
    with zipfile.ZipFile(plain) as zf:
        return sorted(n for n in zf.namelist() if n.startswith("photos/"))


def test_photos_travel_once_and_only_to_those_who_lack_them(project, tmp_path: Path):
    with project.laptop(0).transaction() as s:
        w = create_walk(s, territory_id=project.territory)
        photo = add_answer_photo(s, photos_dir=project.laptop(0).config.photos_dir, walk_id=w.id,
                                 item_key=_items(w)[0][1].key, data=jpeg_with_gps())
        sha = photo.sha256
    first = project.send(0)
    assert _photos_in(first, project.root / "oficina", tmp_path) == [f"photos/{sha}"]
    from gestor_app.core.sync import importer

    report = importer.import_bundle(project.office, first)
    assert report["status"] == "importado" and report["missing_photos"] == []
    assert has_blob(project.office.config.photos_dir, sha)
    # laptop 0 already has it: the answer does not carry it back; laptop 1 lacks it: its answer does
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _photos_in(project.answer(0), project.root / "terreno0", tmp_path / "a") == []
    to_one = project.answer(1)
    assert _photos_in(to_one, project.root / "terreno1", tmp_path / "b") == [f"photos/{sha}"]
    assert importer.import_bundle(project.laptop(1), to_one)["status"] == "importado"
    assert has_blob(project.laptop(1).config.photos_dir, sha)
    # after the office's receipt, the photo is not sent again
    project.to_laptop(0)
    (tmp_path / "c").mkdir()
    assert _photos_in(project.send(0), project.root / "oficina", tmp_path / "c") == []


def _items(walk):
    from gestor_app.core.services.walks import walk_template

    return list(walk_template(walk).items())


def test_a_laptop_from_2035_does_not_win_every_conflict(project, monkeypatch):
    with project.office.transaction() as s:
        fid = create_feature(s, territory_id=project.territory, category=CAT, title="Paradero",
                             geometry={"type": "Point", "coordinates": [-70.55, -33.47]}).id
    for i in (0, 1):
        project.to_laptop(i)
    # laptop 1 edits twice (deeper history) with a normal clock; laptop 0's clock says 2035
    with project.laptop(1).transaction() as s:
        update_feature(s, fid, title="Paradero sin luz")
    with project.laptop(1).transaction() as s:
        update_feature(s, fid, title="Paradero sin luz ni techo")
    import gestor_app.core.hlc as hlc

    future = int(HLC(2_051_222_400_000).physical)  # 2035-01-01
    monkeypatch.setattr(hlc.time, "time", lambda: future / 1000)
    with project.laptop(0).transaction() as s:
        update_feature(s, fid, title="Paradero (2035)")
    monkeypatch.undo()
    project.to_office(1)
    report = project.to_office(0)
    assert report["counts"]["conflicts"] == 1
    assert report["clock_warnings"] and "adelantado" in report["clock_warnings"][0]
    assert features(project.office)[fid][0] == "Paradero sin luz ni techo"  # history, not the clock, decides
    # the office's own clock did not jump to 2035
    with project.office.transaction() as s:
        from gestor_app.core.models import LocalDevice

        assert HLC.decode(s.query(LocalDevice).one().hlc_last).physical < future
