from __future__ import annotations

import json
from pathlib import Path

from gestor_app.cli import main


def test_import_cases_then_search(tmp_path: Path, capsys):
    data = str(tmp_path / "d")
    good = tmp_path / "ok.csv"
    good.write_text("fecha,comuna,delito,casos\n2025-05,13122,Robo por sorpresa,12\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("fecha,comuna,delito,casos\n2025-05,13122,Robo,12\n2025-06,13122,Robo,x\n", encoding="utf-8")
    assert main(["--data-dir", data, "import", "cases", str(good)]) == 0
    assert json.loads(capsys.readouterr().out)["imported_rows"] == 1
    assert main(["--data-dir", data, "import", "cases", str(bad)]) == 2
    assert "Fila 3" in capsys.readouterr().err
    assert main(["--data-dir", data, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "search", "denuncie"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["entity"] == "focus_group_quotes"
