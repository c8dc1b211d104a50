"""The whole flow on real files: office init → enroll → join → edit → export → import → answer →
import, through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from gestor_app.cli import main
from gestor_app.core.config import load_config
from gestor_app.core.services.map_features import create_feature
from gestor_app.core.services.territories import current_territory
from gestor_app.core.store import open_store


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_office_laptop_round_trip(tmp_path: Path, capsys):
    office, laptop, usb = str(tmp_path / "oficina"), str(tmp_path / "terreno"), tmp_path / "usb"
    usb.mkdir()
    assert main(["--data-dir", office, "demo"]) == 0
    assert main(["--data-dir", office, "office", "init", "--name", "Municipalidad de Peñalolén"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", office, "enroll", "--device-name", "Notebook Lo Hermida",
                 "--out", str(usb / "inscripcion.json")]) == 0
    device = _json(capsys)["device_id"]
    assert main(["--data-dir", laptop, "join", str(usb / "inscripcion.json")]) == 0
    assert _json(capsys)["joined"] == "Municipalidad de Peñalolén"

    store = open_store(load_config(data_dir=laptop))
    with store.transaction() as s:
        t = current_territory(s)
        assert t is not None  # the territories came with the enrollment file
        f = create_feature(s, territory_id=t.id, category=_category(), geometry={"type": "Point",
                           "coordinates": [-70.55, -33.47]}, title="Luminaria apagada en pasaje 3")
        fid = f.id
    store.close()

    assert main(["--data-dir", laptop, "bundle", "status", "--pendientes"]) == 0
    (pending,) = _json(capsys)["records"]
    assert (pending["id"], pending["state"]) == (fid, "pendiente de entrega")
    assert main(["--data-dir", laptop, "bundle", "export", "--out", str(usb)]) == 0
    bundle = Path(capsys.readouterr().out.strip())
    assert bundle.is_file() and bundle.parent == usb and not list(usb.glob(".*part"))
    assert main(["bundle", "inspect", str(bundle)]) == 0
    info = _json(capsys)
    assert info["seq"] == 1 and info["valid"] and "Luminaria" not in bundle.read_bytes().decode("latin-1")

    assert main(["--data-dir", office, "bundle", "import", str(bundle)]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["status"] == "importado" and first["counts"]["created"] >= 1, first
    renamed = usb / "copia.gtbundle"
    renamed.write_bytes(bundle.read_bytes())
    assert main(["--data-dir", office, "bundle", "import", str(renamed)]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "ya importado"

    store = open_store(load_config(data_dir=office))
    with store.transaction() as s:
        from gestor_app.core.models import MapFeature
        assert s.get(MapFeature, fid).title == "Luminaria apagada en pasaje 3"
        from gestor_app.core.services.search import search
        assert fid in [h.record_id for h in search(s, "luminaria apagada pasaje 3")]  # imported: searchable
    store.close()

    assert main(["--data-dir", office, "devices", "list"]) == 0
    (peer,) = _json(capsys)
    assert peer["device_id"] == device and peer["status"] == "activo" and peer["gaps"] == []

    assert main(["--data-dir", office, "bundle", "export", "--device", device, "--out", str(usb)]) == 0
    answer = Path(capsys.readouterr().out.strip())
    assert main(["--data-dir", laptop, "bundle", "import", str(answer)]) == 0
    back = json.loads(capsys.readouterr().out)
    assert back["status"] == "importado", back
    assert back["counts"]["created"] > 0  # the office's demo data for this laptop's territories
    assert main(["--data-dir", laptop, "bundle", "status"]) == 0
    st = _json(capsys)
    assert st["pending_changes"] == 0 and [r["state"] for r in st["records"] if r["id"] == fid] == [
        "entregado a la oficina"]

    # the receipt: the next laptop bundle carries nothing the office already holds
    assert main(["--data-dir", laptop, "bundle", "export", "--out", str(usb)]) == 0
    again = Path(capsys.readouterr().out.strip())
    assert main(["bundle", "inspect", str(again)]) == 0
    assert _json(capsys)["counts"]["versions"] == 0

    assert main(["--data-dir", office, "devices", "revoke", device]) == 0
    capsys.readouterr()
    assert main(["--data-dir", office, "bundle", "import", str(again)]) == 1
    assert "revocado" in json.loads(capsys.readouterr().out)["reason"]


def _category() -> str:
    from gestor_app.core.maps.legend import default_legend

    return default_legend().categories[0].key
