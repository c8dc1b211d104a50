from __future__ import annotations

import json
from pathlib import Path

from gestor_app.cli import main


def test_export_command_prints_a_summary_and_rejects_bad_filters(tmp_path: Path, capsys):
    d = str(tmp_path / "data")
    assert main(["--data-dir", d, "demo"]) == 0
    capsys.readouterr()
    out = tmp_path / "marchas.csv"
    assert main(["--data-dir", d, "export", "csv", "--datos", "marchas", "--out", str(out),
                 "--filter", "territorio=actual"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["exported"] > 0 and summary["sensitive_included"] is False
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].startswith("marcha,título,fecha")
    assert main(["--data-dir", d, "export", "xlsx", "--out", str(tmp_path / "x.xlsx"),
                 "--filter", "desde=31-12-2026"]) == 2
    assert "no es una fecha AAAA-MM-DD" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_export_of_the_indicators_by_ambito_matches_the_service(tmp_path: Path, capsys):
    import csv
    from datetime import date

    from gestor_app.core.config import load_config
    from gestor_app.core.services.indicators import indicators_by_ambito
    from gestor_app.core.store import open_store

    d = tmp_path / "data"
    assert main(["--data-dir", str(d), "demo"]) == 0
    out = tmp_path / "ambitos.csv"
    assert main(["--data-dir", str(d), "export", "csv", "--datos", "indicadores_ambito", "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["exported"] >= 5
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    store = open_store(load_config(data_dir=d))
    try:
        with store.transaction() as s:
            want = indicators_by_ambito(s, today=date.today())
    finally:
        store.close()
    assert [(r["territorio"], r["clave ámbito"], int(r["metas"]), int(r["metas vencidas"])) for r in rows] == \
        [(w.territory, w.ambito, w.goals, w.overdue) for w in want]
    assert {r["territorio"] for r in rows} == {"Peñalolén", "Villa Los Quillayes"}
