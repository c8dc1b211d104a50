"""Confidential, authentic, all or nothing: every hostile or broken file is rejected with a clear
Spanish reason and the database is exactly as before."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from gestor_app.core.maps.legend import default_legend
from gestor_app.core.services.map_features import create_feature
from gestor_app.core.sync import importer
from gestor_app.core.sync.archive import write_archive
from gestor_app.core.sync.container import open_header, seal
from gestor_app.core.sync.identity import proof
from gestor_app.core.sync.keys import load_keys
from tests.core.sync.project import build_project, fingerprint

CAT = default_legend().categories[0].key


def _edit(project, title="Foco de microtráfico") -> None:
    with project.laptop(0).transaction() as s:
        create_feature(s, territory_id=project.territory, category=CAT, title=title,
                       geometry={"type": "Point", "coordinates": [-70.55, -33.47]})


def _rejected(project, path: Path, reason: str) -> None:
    before = fingerprint(project.office)
    summary = importer.import_bundle(project.office, path)
    assert summary["status"] == "rechazado", summary
    assert reason in summary["reason"]
    assert fingerprint(project.office) == before


def test_the_content_is_encrypted_and_a_good_bundle_imports(project):
    _edit(project, title="Texto secreto del barrio")
    path = project.send(0)
    assert b"Texto secreto" not in path.read_bytes()
    assert importer.import_bundle(project.office, path)["status"] == "importado"


@pytest.mark.parametrize("damage, reason", [
    (lambda b: b[: len(b) // 2], "incompleto"),
    (lambda b: b + b"x", "datos de más"),
    (lambda b: b[:-10] + bytes([b[-10] ^ 1]) + b[-9:], "alterado"),
    (lambda b: b"PK\x03\x04" + b[4:], "no es un paquete"),
])
def test_truncated_extended_or_flipped_files_are_rejected(project, damage, reason):
    _edit(project)
    path = project.send(0)
    path.write_bytes(damage(path.read_bytes()))
    _rejected(project, path, reason)


def test_a_tampered_header_fails_the_signature(project):
    _edit(project)
    path = project.send(0)
    raw = path.read_bytes()
    i = raw.index(b'"seq": ') + 7
    path.write_bytes(raw[:i] + b"7" + raw[i + 1:])
    _rejected(project, path, "firma")


def test_unknown_revoked_wrong_project_and_wrong_recipient(project, tmp_path: Path):
    _edit(project)
    good = project.send(0)
    # another municipality's office: wrong project
    other = build_project(tmp_path / "otra", 1)
    try:
        summary = importer.import_bundle(other.office, good)
        assert summary["status"] == "rechazado" and "otro proyecto" in summary["reason"]
        foreign = other.send(0)
    finally:
        other.close()
    _rejected(project, foreign, "otro proyecto")
    # a bundle for the office imported on a laptop: wrong recipient
    before = fingerprint(project.laptop(1))
    assert "dirigido a otro equipo" in importer.import_bundle(project.laptop(1), good)["reason"]
    assert fingerprint(project.laptop(1)) == before
    # revoked
    from gestor_app.core.sync.identity import revoke

    with project.office.transaction() as s:
        revoke(s, project.peers[0])
    _rejected(project, good, "revocado")


def _forge(project, tmp_path: Path, *, members: dict[str, bytes] | None = None, records: list[dict] | None = None,
           header: dict | None = None, symlink: bool = False) -> Path:
    """A bundle signed and encrypted with laptop 0's real keys but with crafted content."""
    laptop = project.laptop(0)
    keys = load_keys(laptop.config.data_dir)
    with laptop.transaction() as s:
        from gestor_app.core.sync.identity import identity

        ident = identity(s)
        office_age, enrol_id, secret = ident.office_age_public, ident.enrollment_id, ident.enrollment_secret
        office_id = ident.office_device_id
        project_id = ident.project_id
    archive = tmp_path / "crafted.zip"
    if members is None:
        write_archive(archive, {"holds": {}}, records or [], [])
    else:
        with zipfile.ZipFile(archive, "w") as zf:
            for name, data in members.items():
                if symlink and name.startswith("photos/"):
                    info = zipfile.ZipInfo(name)
                    info.external_attr = (0o120777 << 16)
                    zf.writestr(info, data)
                else:
                    zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    h = {"project_id": project_id, "sender": laptop.device_id, "recipient": office_id, "seq": 99,
         "enrollment": {"id": enrol_id, "age_public": keys.age_public, "sign_public": keys.sign_public,
                        "proof": proof(secret, enrol_id, laptop.device_id, keys.age_public, keys.sign_public)}}
    h.update(header or {})
    return seal(archive, tmp_path / "forged.gtbundle", h, keys, office_age)


def _manifest(files: dict[str, bytes]) -> bytes:
    import hashlib

    return json.dumps({"files": {n: hashlib.sha256(d).hexdigest() for n, d in files.items()}}).encode()


@pytest.mark.parametrize("name", ["../../etc/passwd", "/tmp/abs", "photos/../../x", "otra/cosa.txt"])
def test_paths_outside_the_bundle_are_refused(project, tmp_path: Path, name):
    files = {"records.jsonl": b"", name: b"malo"}
    path = _forge(project, tmp_path, members={"manifest.json": _manifest(files), **files})
    _rejected(project, path, "no permitido")


def test_links_are_refused(project, tmp_path: Path):
    sha = "a" * 64
    files = {"records.jsonl": b"", f"photos/{sha}": b"/etc/passwd"}
    path = _forge(project, tmp_path, members={"manifest.json": _manifest(files), **files}, symlink=True)
    _rejected(project, path, "enlace")


def test_a_decompression_bomb_is_refused_before_it_is_expanded(project, tmp_path: Path):
    bomb = b"\0" * (64 * 1024 * 1024)
    files = {"records.jsonl": bomb}
    path = _forge(project, tmp_path, members={"manifest.json": _manifest(files), **files})
    assert path.stat().st_size < 1024 * 1024
    _rejected(project, path, "bomba")


def test_records_of_unknown_kinds_or_fields_ask_to_update_the_app(project, tmp_path: Path):
    good = {"device": "d", "seq": 1, "entity": "map_features", "id": "x", "hlc": "001764748800000.00000", "deleted": False,
            "data": {"id": "x", "title": "t"}, "parents": [], "depth": 1}
    path = _forge(project, tmp_path, records=[{**good, "entity": "naves_espaciales"}])
    _rejected(project, path, "actualice la aplicación")
    path = _forge(project, tmp_path, records=[{**good, "data": {"id": "x", "campo_futuro": 1}}])
    _rejected(project, path, "actualice la aplicación")
    path = _forge(project, tmp_path, records=[{**good, "data": {"id": "otro"}}])
    _rejected(project, path, "no es coherente")
    path = _forge(project, tmp_path, records=[{**good, "hlc": "mañana"}])  # not a clock stamp
    _rejected(project, path, "no es coherente")


def test_a_bundle_from_a_newer_format_asks_to_update(project, tmp_path: Path):
    path = _forge(project, tmp_path, records=[])
    raw = path.read_bytes()
    opened = open_header(path)
    newer = raw.replace(b'"format_version": 1', b'"format_version": 9', 1)
    assert newer != raw and opened.header["format_version"] == 1
    path.write_bytes(newer)
    _rejected(project, path, "actualice la aplicación")


def test_a_photo_that_does_not_match_its_hash_is_refused(project, tmp_path: Path):
    sha = "b" * 64
    files = {"records.jsonl": b"", f"photos/{sha}": b"no soy esa foto"}
    manifest = json.dumps({"files": {"records.jsonl": __import__("hashlib").sha256(b"").hexdigest(),
                                     f"photos/{sha}": sha}}).encode()
    path = _forge(project, tmp_path, members={"manifest.json": manifest, **files})
    _rejected(project, path, "huella")


def test_a_stranger_with_its_own_keys_cannot_get_in(project, tmp_path: Path):
    """Someone copies a laptop's enrollment id but not its keys: the proof and the signature fail."""
    _edit(project)
    stranger = tmp_path / "extrano"
    shutil.copytree(project.root / "terreno0", stranger)
    shutil.rmtree(stranger / "keys")
    os.makedirs(stranger / "keys")
    from gestor_app.core.sync.keys import create_keys

    shutil.rmtree(stranger / "keys")
    create_keys(stranger)
    from gestor_app.core.config import load_config
    from gestor_app.core.store import open_store
    from gestor_app.core.sync.exporter import export_from_laptop

    st = open_store(load_config(data_dir=stranger))
    try:
        path = export_from_laptop(st, project.usb()).path
    finally:
        st.close()
    _rejected(project, path, "firma")


def test_records_from_an_older_schema_are_upgraded_with_defaults(project, tmp_path: Path):
    """A laptop still on an older release sends map points without the fields added since
    (workshop session, properties, source, sensitivity): they import with the defaults."""
    from gestor_app.core.models import MapFeature

    old = {"device": "equipo-antiguo", "seq": 1, "entity": "map_features", "id": "00000000-0000-4000-8000-000000000001",
           "hlc": "001767225600000.00000", "deleted": False, "parents": [], "depth": 1,
           "data": {"id": "00000000-0000-4000-8000-000000000001", "territory_id": project.territory,
                    "category": CAT, "geometry": {"type": "Point", "coordinates": [-70.55, -33.47]},
                    "title": "Punto de una versión anterior", "deleted": False, "hlc": "001767225600000.00000",
                    "origin_device": "equipo-antiguo", "modified_by": "equipo-antiguo", "change_seq": 1,
                    "created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00"}}
    path = _forge(project, tmp_path, records=[old], header={"schema": ["0003"]})
    summary = importer.import_bundle(project.office, path)
    assert summary["status"] == "importado" and summary["counts"]["created"] == 1, summary
    with project.office.transaction() as s:
        f = s.get(MapFeature, old["id"])
        assert (f.title, f.source, f.sensitive, f.session_id) == ("Punto de una versión anterior", "taller", False,
                                                                  None)
