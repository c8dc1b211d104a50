"""The office's legend, checklist templates and basemaps reach the laptops, through the command
line on real files: enrollment file, return bundle (basemaps only with --mapas-base), all or nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from gestor_app.cli import main
from gestor_app.core.config import RESOURCES_DIR, load_config
from gestor_app.core.field.templates import available_templates
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.store import open_store
from gestor_app.core.sync.container import open_header, seal, sha256_file, verify_and_decrypt
from gestor_app.core.sync.keys import load_keys
from tests.support.basemap import make_synthetic_basemap

LEGEND = json.loads((RESOURCES_DIR / "legend" / "legend.json").read_text(encoding="utf-8"))
TEMPLATE = json.loads((RESOURCES_DIR / "checklists" / "caminata_segura.json").read_text(encoding="utf-8"))


def _out(capsys):
    return capsys.readouterr().out


def _legend_file(folder: Path, label: str) -> Path:
    doc = json.loads(json.dumps(LEGEND))
    doc["families"][0]["categories"][0]["label"] = label
    path = folder / f"leyenda-{label}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _template_file(folder: Path) -> Path:
    doc = {**TEMPLATE, "id": "marcha-nocturna", "title": "Marcha nocturna", "version": 2}
    path = folder / "nocturna.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


class Flow:
    def __init__(self, root: Path, capsys) -> None:
        self.office, self.laptop, self.usb, self.capsys = str(root / "oficina"), str(root / "terreno"), root / "usb", capsys
        self.usb.mkdir()

    def run(self, *args: str, data: str | None = None) -> str:
        argv = (["--data-dir", data] if data else []) + list(args)
        assert main(argv) == 0, argv
        return _out(self.capsys)

    def enroll_and_join(self) -> None:
        self.run("office", "init", "--name", "Municipalidad de Peñalolén", data=self.office)
        self.run("proyecto", "leyenda", str(_legend_file(self.usb, "Primera")), data=self.office)
        self.run("proyecto", "plantilla", str(_template_file(self.usb)), data=self.office)
        out = self.run("enroll", "--device-name", "Notebook", "--out", str(self.usb / "i.json"), data=self.office)
        self.device = json.loads(out)["device_id"]
        self.run("join", str(self.usb / "i.json"), data=self.laptop)
        self.to_office()

    def to_office(self) -> dict:
        bundle = self.run("bundle", "export", "--out", str(self.usb), data=self.laptop).strip()
        return json.loads(self.run("bundle", "import", bundle, data=self.office))

    def answer(self, *extra: str) -> Path:
        return Path(self.run("bundle", "export", "--device", self.device, "--out", str(self.usb), *extra,
                             data=self.office).strip())

    def to_laptop(self, bundle: Path) -> dict:
        main(["--data-dir", self.laptop, "bundle", "import", str(bundle)])
        return json.loads(_out(self.capsys))

    def listing(self, data: str) -> dict:
        return json.loads(self.run("proyecto", "list", data=data))


@pytest.fixture
def flow(tmp_path: Path, capsys) -> Flow:
    f = Flow(tmp_path, capsys)
    f.enroll_and_join()
    return f


def _counts(flow: Flow, bundle: Path) -> dict:
    return json.loads(flow.run("bundle", "inspect", str(bundle)))["counts"]


def test_join_installs_the_project_legend_and_templates(flow: Flow):
    office, laptop = flow.listing(flow.office), flow.listing(flow.laptop)
    assert laptop["legend"]["sha256"] == office["legend"]["sha256"]
    assert [t["sha256"] for t in laptop["templates"]] == [t["sha256"] for t in office["templates"]]
    store = open_store(load_config(data_dir=flow.laptop))  # a new process would see the same
    try:
        assert default_legend().categories[0].label == "Primera"
        assert "marcha-nocturna" in [t.id for t in available_templates()[0]]
        assert "caminata-segura" in [t.id for t in available_templates()[0]]  # the packaged one stays
    finally:
        store.close()


def test_a_changed_legend_reaches_the_laptop_once(flow: Flow):
    assert _counts(flow, flow.answer()).get("resources") is None  # the laptop holds the current ones
    flow.run("proyecto", "leyenda", str(_legend_file(flow.usb, "Segunda")), data=flow.office)
    bundle = flow.answer()
    assert _counts(flow, bundle)["resources"] == 1
    assert flow.to_laptop(bundle)["resources"] == ["leyenda"]
    assert flow.listing(flow.laptop)["legend"]["sha256"] == flow.listing(flow.office)["legend"]["sha256"]
    assert default_legend().categories[0].label == "Segunda"  # active in this process right after the import
    assert flow.to_office()["status"] == "importado"
    again = flow.answer()
    assert _counts(flow, again).get("resources") is None
    assert flow.to_laptop(again)["resources"] == []


def _office_basemap(flow: Flow, tmp: Path) -> str:
    src = make_synthetic_basemap(tmp / "Lo Hermida.mbtiles", zooms=range(14, 16))
    key = json.loads(flow.run("map", "import-basemap", str(src), data=flow.office))["basemap"]
    flow.run("proyecto", "mapa-base", key, data=flow.office)
    return key


def test_basemaps_travel_only_when_asked_and_only_once(flow: Flow, tmp_path: Path):
    key = _office_basemap(flow, tmp_path)
    plain = flow.answer()
    assert _counts(flow, plain).get("basemaps") is None
    assert flow.to_laptop(plain)["status"] == "importado"
    assert not (Path(flow.laptop) / "basemaps" / f"{key}.mbtiles").exists()
    with_maps = flow.answer("--mapas-base")
    assert _counts(flow, with_maps)["basemaps"] == 1
    assert flow.to_laptop(with_maps)["resources"] == [f"mapa base {key}"]
    installed = Path(flow.laptop) / "basemaps" / f"{key}.mbtiles"
    assert sha256_file(installed) == sha256_file(Path(flow.office) / "basemaps" / f"{key}.mbtiles")
    assert not list(installed.parent.glob(".*part"))
    assert flow.listing(flow.laptop)["basemaps"][0]["present"]
    flow.to_office()
    assert _counts(flow, flow.answer("--mapas-base")).get("basemaps") is None  # the laptop said it holds it


def _feature(data: str, category: str) -> None:
    from gestor_app.core.services.map_features import create_feature
    from gestor_app.core.services.territories import create_territory

    store = open_store(load_config(data_dir=data))
    try:
        with store.transaction() as s:
            t = create_territory(s, name="Lo Hermida", level="barrio")
            create_feature(s, territory_id=t.id, category=category, title="Sede vecinal",
                           geometry={"type": "Point", "coordinates": [-70.55, -33.47]})
    finally:
        store.close()


def _reseal(flow: Flow, bundle: Path, change) -> Path:
    """Open an office bundle with the laptop's key, ``change(zin, zout)``, seal it again with the
    office's keys: authentic, only the inside is wrong."""
    laptop_keys, office_keys = load_keys(Path(flow.laptop)), load_keys(Path(flow.office))
    opened = open_header(bundle)
    plain, edited = bundle.with_suffix(".zip"), bundle.with_suffix(".edited.zip")
    verify_and_decrypt(opened, office_keys.sign_public, laptop_keys, plain)
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(edited, "w") as zout:
        change(zin, zout)
    header = {k: v for k, v in opened.header.items() if not k.startswith(("ciphertext", "format"))}
    return seal(edited, flow.usb / "alterado.gtbundle", header, office_keys, laptop_keys.age_public)


def _copy_except(zin, zout, skip) -> dict:
    for info in zin.infolist():
        if not skip(info.filename):
            zout.writestr(info.filename, zin.read(info.filename), compress_type=info.compress_type)
    return json.loads(zin.read("manifest.json"))


def test_a_tampered_basemap_is_rejected_and_nothing_installed(flow: Flow, tmp_path: Path):
    key = _office_basemap(flow, tmp_path)
    flow.run("proyecto", "leyenda", str(_legend_file(flow.usb, "Tercera")), data=flow.office)

    def flip(zin, zout):
        _copy_except(zin, zout, lambda n: n.startswith("basemaps/"))
        (name,) = [n for n in zin.namelist() if n.startswith("basemaps/")]
        data = bytearray(zin.read(name))
        data[-100] ^= 1
        zout.writestr(name, bytes(data))

    summary = flow.to_laptop(_reseal(flow, flow.answer("--mapas-base"), flip))
    assert summary["status"] == "rechazado" and "huella" in summary["reason"], summary
    folder = Path(flow.laptop) / "basemaps"
    assert not (folder / f"{key}.mbtiles").exists() and not list(folder.glob(".*part"))
    assert flow.listing(flow.laptop)["basemaps"] == []
    assert default_legend().categories[0].label == "Primera"  # the legend of that bundle was not installed


def test_a_hostile_legend_in_a_bundle_rejects_the_bundle(flow: Flow):
    import hashlib

    flow.run("proyecto", "leyenda", str(_legend_file(flow.usb, "Cuarta")), data=flow.office)
    before = flow.listing(flow.laptop)

    def poison(zin, zout):
        manifest = _copy_except(zin, zout, lambda n: n.startswith("resources/") or n == "manifest.json")
        bad = json.dumps({"format": "gestor-legend", "families": [{"categories": [{"key": "x", "color": 7}]}]}).encode()
        sha = hashlib.sha256(bad).hexdigest()
        zout.writestr(f"resources/{sha}", bad)
        old = manifest["resources"]["legend"]
        manifest["files"] = {k: v for k, v in manifest["files"].items() if k != f"resources/{old}"}
        manifest["files"][f"resources/{sha}"] = sha
        manifest["resources"]["legend"] = sha
        zout.writestr("manifest.json", json.dumps(manifest))

    summary = flow.to_laptop(_reseal(flow, flow.answer(), poison))
    assert summary["status"] == "rechazado" and "no es válido" in summary["reason"], summary
    assert flow.listing(flow.laptop) == before


def test_an_invalid_legend_file_changes_nothing(flow: Flow, tmp_path: Path, capsys):
    before = flow.listing(flow.office)
    broken = tmp_path / "rota.json"
    for content in ('{"format": "gestor-legend", "families": [', json.dumps({"format": "otra"}),
                    json.dumps({"format": "gestor-legend", "families": [{"key": "f", "categories": [
                        {"key": "Mala Clave", "color": "#FFFFFF"}]}]})):
        broken.write_text(content, encoding="utf-8")
        assert main(["--data-dir", flow.office, "proyecto", "leyenda", str(broken)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("gestor: ") and ("JSON mal formado" in err or "leyenda" in err), err
    assert flow.listing(flow.office) == before
    _feature(flow.office, LEGEND["families"][0]["categories"][0]["key"])
    smaller = json.loads(json.dumps(LEGEND))
    smaller["families"][0]["categories"].pop(0)
    broken.write_text(json.dumps(smaller), encoding="utf-8")
    assert main(["--data-dir", flow.office, "proyecto", "leyenda", str(broken)]) == 2
    assert "ya usan elementos del mapa" in capsys.readouterr().err
    assert flow.listing(flow.office) == before
    assert main(["--data-dir", flow.laptop, "proyecto", "leyenda", str(_legend_file(tmp_path, "X"))]) == 2
    assert "llegan de la oficina" in capsys.readouterr().err


def test_a_crash_before_the_basemap_is_renamed_only_delays_it(flow: Flow, tmp_path: Path, monkeypatch):
    from gestor_app.core.sync import importer, resources

    key = _office_basemap(flow, tmp_path)
    bundle = flow.answer("--mapas-base")

    def crash(part: Path, final: Path) -> None:
        raise OSError("corte de luz simulado")

    monkeypatch.setattr(resources, "fsync_replace", crash)
    store = open_store(load_config(data_dir=flow.laptop))
    try:
        with pytest.raises(OSError):
            importer.import_bundle(store, bundle)  # the records committed, the rename never happened
    finally:
        store.close()
    monkeypatch.undo()
    folder = Path(flow.laptop) / "basemaps"
    assert not (folder / f"{key}.mbtiles").exists() and not list(folder.glob(".*part"))
    flow.to_office()  # the laptop says it does not hold that basemap
    assert flow.to_laptop(flow.answer("--mapas-base"))["resources"] == [f"mapa base {key}"]
    assert (folder / f"{key}.mbtiles").is_file()


def test_an_enrollment_file_with_a_broken_legend_is_refused(tmp_path: Path, capsys):
    f = Flow(tmp_path, capsys)
    f.run("office", "init", "--name", "Municipalidad de Peñalolén", data=f.office)
    f.run("enroll", "--device-name", "Notebook", "--out", str(f.usb / "i.json"), data=f.office)
    doc = json.loads((f.usb / "i.json").read_text(encoding="utf-8"))
    assert doc["resources"] == {"legend": None, "templates": []}
    doc["resources"]["legend"] = {"format": "gestor-legend", "families": [{"categories": [7]}]}
    (f.usb / "i.json").write_text(json.dumps(doc), encoding="utf-8")
    assert main(["--data-dir", f.laptop, "join", str(f.usb / "i.json")]) == 2
    assert "leyenda" in capsys.readouterr().err
    from gestor_app.core.sync.identity import identity

    store = open_store(load_config(data_dir=f.laptop))
    try:
        with store.transaction() as s:
            assert identity(s) is None  # nothing of that file was kept
    finally:
        store.close()
