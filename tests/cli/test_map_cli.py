from __future__ import annotations

import json
from pathlib import Path

from gestor_app.cli import main
from tests.core.maps.test_legend_mbtiles import make_mbtiles


def _live_features(data_dir: str, *, sensitive: bool = True) -> int:
    from sqlalchemy import func, select

    from gestor_app.core.config import load_config
    from gestor_app.core.models import MapFeature
    from gestor_app.core.store import open_store

    store = open_store(load_config(data_dir=data_dir))
    with store.transaction() as s:
        n = s.scalar(select(func.count()).select_from(MapFeature).where(MapFeature.deleted.is_(False),
                                                                       MapFeature.sensitive.in_([False, sensitive])))
    store.close()
    return n


def test_map_commands(tmp_path: Path, capsys):
    d = str(tmp_path / "data")
    assert main(["--data-dir", d, "demo"]) == 0
    out = tmp_path / "m.geojson"
    assert main(["--data-dir", d, "export", "geojson", "--out", str(out),
                 "--filter", "territorio=actual"]) == 0
    features, public = _live_features(d), _live_features(d, sensitive=False)
    assert public < features  # the demo has sensitive points: they stay out unless asked for
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == public + 1  # + the boundary
    capsys.readouterr()
    assert main(["--data-dir", d, "map", "import", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == public
    assert _live_features(d) == features + public
    mb = make_mbtiles(tmp_path / "base.mbtiles", {(1, 0, 0): b"x"})
    assert main(["--data-dir", d, "map", "import-basemap", str(mb)]) == 0
    assert (tmp_path / "data" / "basemaps" / "base.mbtiles").is_file()


def test_map_errors_are_one_spanish_line_and_exit_2(tmp_path: Path, capsys):
    d = str(tmp_path / "data")
    bad = tmp_path / "bad.mbtiles"
    bad.write_text("hola")
    assert main(["--data-dir", d, "map", "import-basemap", str(bad)]) == 2
    assert main(["--data-dir", d, "export", "pdf", "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["gestor: bad.mbtiles no es un archivo MBTiles: no es una base SQLite.",
                   "gestor: Formato de exportación desconocido «pdf»: use geojson, kml, csv, xlsx."]


def test_a_territory_boundary_goes_out_and_back_in_as_kml(tmp_path: Path, capsys):
    from gestor_app.core.config import load_config
    from gestor_app.core.services.territories import current_territory
    from gestor_app.core.store import open_store

    d = str(tmp_path / "data")
    assert main(["--data-dir", d, "demo"]) == 0
    kml = tmp_path / "m.kml"
    assert main(["--data-dir", d, "export", "kml", "--out", str(kml), "--filter", "territorio=actual"]) == 0
    store = open_store(load_config(data_dir=d))
    with store.transaction() as s:
        original = current_territory(s).boundary
        current_territory(s).boundary = None
    store.close()
    # the exported KML has the boundary and every feature; as a boundary source it must hold ONE polygon
    assert main(["--data-dir", d, "map", "import-boundary", str(kml)]) == 2
    one = tmp_path / "one.kml"
    text = kml.read_text(encoding="utf-8")
    one.write_text(text[:text.index("<Placemark>", text.index("</Placemark>"))] + "</Document></kml>",
                   encoding="utf-8")
    assert main(["--data-dir", d, "map", "import-boundary", str(one)]) == 0
    store = open_store(load_config(data_dir=d))
    with store.transaction() as s:
        assert current_territory(s).boundary == original
    store.close()
