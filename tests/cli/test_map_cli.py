from __future__ import annotations

import json
from pathlib import Path

from gestor_app.cli import main
from tests.core.maps.test_legend_mbtiles import make_mbtiles


def test_map_commands(tmp_path: Path, capsys):
    d = str(tmp_path / "data")
    assert main(["--data-dir", d, "demo"]) == 0
    out = tmp_path / "m.geojson"
    assert main(["--data-dir", d, "export", "geojson", "--out", str(out)]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 26  # boundary + 25 features
    capsys.readouterr()
    assert main(["--data-dir", d, "map", "import", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 25
    mb = make_mbtiles(tmp_path / "base.mbtiles", {(1, 0, 0): b"x"})
    assert main(["--data-dir", d, "map", "import-basemap", str(mb)]) == 0
    assert (tmp_path / "data" / "basemaps" / "base.mbtiles").is_file()


def test_map_errors_are_one_spanish_line_and_exit_2(tmp_path: Path, capsys):
    d = str(tmp_path / "data")
    bad = tmp_path / "bad.mbtiles"
    bad.write_text("hola")
    assert main(["--data-dir", d, "map", "import-basemap", str(bad)]) == 2
    assert main(["--data-dir", d, "export", "csv", "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["gestor: bad.mbtiles no es un archivo MBTiles: no es una base SQLite.",
                   "gestor: Formato de exportación desconocido «csv»: use geojson, kml."]
