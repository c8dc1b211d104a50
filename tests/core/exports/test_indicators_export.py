"""The Plan Comunal's indicators as analysts get them: ``indicadores_ambito`` (CSV, XLSX sheet) and
the ámbito of each meta in ``indicadores``, read back with csv / openpyxl and compared to the database."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from gestor_app.core.ambitos import ambito_label
from gestor_app.core.exports.filters import parse_filters
from gestor_app.core.exports.plan_tables import AMBITO_HEADERS
from gestor_app.core.exports.writers import export
from gestor_app.core.models.plans import Goal, Objective
from gestor_app.core.services.indicators import indicators_by_ambito
from tests.core.services.test_indicators import expected, plan_comunal


def _as_row(r) -> list:
    return [r.territory, r.ambito_label, r.ambito, r.goals, r.measured, r.with_logro, r.mean_logro, r.reached,
            r.overdue]


def _csv(path: Path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))


def test_indicadores_ambito_in_csv_and_xlsx_match_the_database(store, tmp_path: Path):
    with store.transaction() as s:
        ids = plan_comunal(s)
        f = parse_filters(s, [])
        assert export(s, f, fmt="csv", out=tmp_path / "a.csv", dataset="indicadores_ambito") == 3
        export(s, f, fmt="xlsx", out=tmp_path / "todo.xlsx")
        export(s, f, fmt="csv", out=tmp_path / "i.csv", dataset="indicadores")
        one = parse_filters(s, [f"territorio={ids['comuna']}"])
        export(s, one, fmt="csv", out=tmp_path / "c.csv", dataset="indicadores_ambito")
        goals = {g.id: s.get(Objective, g.objective_id) for g in s.scalars(select(Goal).where(Goal.deleted.is_(False)))}
        today = indicators_by_ambito(s, today=date.today())  # exports count overdue metas on the real date
    by_hand = expected(ids)
    assert [replace(r, overdue=0) for r in today] == [replace(r, overdue=0) for r in by_hand]
    want = [_as_row(r) for r in today]
    rows = _csv(tmp_path / "a.csv")
    assert rows[0] == AMBITO_HEADERS
    assert rows[1:] == [["" if v is None else str(v) for v in r] for r in want]
    sheet = load_workbook(tmp_path / "todo.xlsx", read_only=True)["indicadores_por_ambito"]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == AMBITO_HEADERS and values[1:] == [[None if v == "" else v for v in r] for r in want]
    assert _csv(tmp_path / "c.csv")[1:] == [["" if v is None else str(v) for v in want[2]]]
    metas = _csv(tmp_path / "i.csv")
    col = metas[0].index("ámbito")
    # every live meta of a live objective of a live territory, with its objective's ámbito
    live = {gid: o for gid, o in goals.items() if not o.deleted and o.text != "En la papelera"}
    assert {r[0]: r[col] for r in metas[1:]} == {gid: ambito_label(o.ambito) for gid, o in live.items()}
