"""`gestor list KIND --json` and `gestor report KIND ID --out FILE.pdf [--audience]` on the demo."""

from __future__ import annotations

import json
from pathlib import Path

from gestor_app.cli import main
from tests.core.docs.support import pdf_text


def _list(d: str, kind: str, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["--data-dir", d, "list", kind, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_list_and_report(tmp_path: Path, capsys):
    d = str(tmp_path / "data")
    assert main(["--data-dir", d, "demo"]) == 0
    for kind in ("territories", "walks", "focus-groups", "diagnoses"):
        rows = _list(d, kind, capsys)
        assert rows and all(r["id"] and r["title"] for r in rows), kind
    barrio = next(t for t in _list(d, "territories", capsys) if t["level"] == "barrio")
    walk = _list(d, "walks", capsys)[0]
    assert walk["territory_id"] == barrio["id"] and "Marcha" in walk["title"]
    jobs = [("walk", walk["id"]), ("focus-group", _list(d, "focus-groups", capsys)[0]["id"]),
            ("diagnosis", _list(d, "diagnoses", capsys)[0]["id"]), ("map-sheet", barrio["id"])]
    for kind, rid in jobs:
        out = tmp_path / f"{kind}.pdf"
        assert main(["--data-dir", d, "report", kind, rid, "--out", str(out)]) == 0
        result = json.loads(capsys.readouterr().out)
        assert result["pages"] >= 1 and out.is_file()
        assert "Página 1 de" in pdf_text(out)
    assert json.loads(json.dumps(result))["audience"] == "community"  # map sheets default to the community
    out = tmp_path / "int.pdf"
    assert main(["--data-dir", d, "report", "diagnosis", barrio["id"], "--out", str(out), "--audience", "internal"]) == 0
    assert "Uso interno" in pdf_text(out) and "Punto de venta de drogas" in pdf_text(out)
    out = tmp_path / "com.pdf"
    assert main(["--data-dir", d, "report", "diagnosis", barrio["id"], "--out", str(out), "--audience", "community"]) == 0
    assert "Diagnóstico del barrio" in pdf_text(out) and "Punto de venta de drogas" not in pdf_text(out)


def test_clear_spanish_errors(tmp_path: Path, capsys):
    d = str(tmp_path / "data")
    assert main(["--data-dir", d, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", d, "list", "planes", "--json"]) == 2
    assert "Tipo de listado desconocido «planes»" in capsys.readouterr().err
    assert main(["--data-dir", d, "report", "acta-x", "1", "--out", str(tmp_path / "a.pdf")]) == 2
    assert "Tipo de documento desconocido" in capsys.readouterr().err
    assert main(["--data-dir", d, "report", "walk", "no-existe", "--out", str(tmp_path / "a.pdf")]) == 2
    assert "La marcha no existe" in capsys.readouterr().err
    assert main(["--data-dir", d, "report", "focus-group", "no-existe", "--out", str(tmp_path / "a.pdf")]) == 2
    assert "no existe" in capsys.readouterr().err
    assert main(["--data-dir", d, "report", "map-sheet", "no-existe", "--out", str(tmp_path / "no" / "a.pdf")]) == 2
    assert "No existe la carpeta" in capsys.readouterr().err
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*.part")) == []


def test_letterhead_command_sets_what_every_document_prints(tmp_path: Path, capsys):
    from PIL import Image

    d = str(tmp_path / "data")
    assert main(["--data-dir", d, "demo"]) == 0
    bad = tmp_path / "logo.txt"
    bad.write_text("no soy una imagen", encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", d, "letterhead", "--logo", str(bad)]) == 2
    assert "no es una imagen PNG o JPEG" in capsys.readouterr().err
    logo = tmp_path / "escudo.png"
    Image.new("RGB", (60, 60), (200, 30, 30)).save(logo)
    assert main(["--data-dir", d, "letterhead", "--municipality", "Ilustre Municipalidad de Ñuñoa",
                 "--department", "DIPRESEC", "--logo", str(logo)]) == 0
    assert json.loads(capsys.readouterr().out)["logo"] == str(logo.resolve())
    barrio = next(t for t in _list(d, "territories", capsys) if t["level"] == "barrio")
    out = tmp_path / "l.pdf"
    assert main(["--data-dir", d, "report", "map-sheet", barrio["id"], "--out", str(out)]) == 0
    text = pdf_text(out)
    assert "Ilustre Municipalidad de Ñuñoa" in text and "DIPRESEC" in text


def test_list_and_report_actas_and_plans(tmp_path: Path, capsys):
    d = str(tmp_path / "data")
    assert main(["--data-dir", d, "demo"]) == 0
    actas = _list(d, "actas", capsys)
    assert len(actas) == 2 and all(r["id"] and r["title"].startswith("Acta: ") for r in actas)
    first = next(r for r in actas if r["number"] == 1)
    assert first["date"] == "2026-11-05" and first["status"] == "Cerrada"
    out = tmp_path / "acta.pdf"
    assert main(["--data-dir", d, "report", "acta", first["id"], "--out", str(out)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["document"] == "acta" and result["audience"] == "community" and result["pages"] >= 1
    text = pdf_text(out)
    assert "Acta de sesión" in text and "Rosa Cárcamo" in text and "Versión para la comunidad" in text
    plans = _list(d, "plans", capsys)
    assert len(plans) == 1 and plans[0]["title"].startswith("Plan de acción")
    out = tmp_path / "plan.pdf"
    assert main(["--data-dir", d, "report", "plan", plans[0]["id"], "--out", str(out), "--audience", "community"]) == 0
    assert json.loads(capsys.readouterr().out)["pages"] >= 3
    text = pdf_text(out)
    assert "Carta Gantt" in text and "Punto de venta de drogas" not in text
    assert main(["--data-dir", d, "report", "acta", "no-existe", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "La reunión" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
