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
