"""Indicators of the Plan Comunal: logro per meta (0–100, metas that go down too), metas by
territory and ámbito, overdue metas, records in the bin left out. Expectations computed by hand."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gestor_app.core.errors import ValidationError
from gestor_app.core.services import objectives as obs
from gestor_app.core.services.bin import move_to_bin
from gestor_app.core.services.indicators import AmbitoRow, indicators_by_ambito, is_reached, logro_percent
from gestor_app.core.services.territories import create_territory, get_territory

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("baseline, target, value, expected", [
    (14, 30, 22, 50.0),
    (0, 4, 1, 25.0),
    (40, 20, 30, 50.0),  # «reducir de 40 a 20»: 30 is half way
    (40, 20, 10, 100.0),  # beyond the target: clamped
    (40, 20, 50, 0.0),  # worse than the baseline: clamped
    (0, 10, -3, 0.0),
    (None, 10, 5, None),
    (0, None, 5, None),
    (5, 5, 5, None),  # target == baseline: no way to measure progress
    (0, 10, None, None),
    (1e308, -1e308, 0, 50.0),
    (-1e308, 1e308, 1e308, 100.0),
])
def test_logro_by_hand(baseline, target, value, expected):
    assert logro_percent(baseline, target, value) == expected


@pytest.mark.parametrize("baseline, target, value, expected", [
    (0, 10, 10, True), (0, 10, 12, True), (0, 10, 9.9, False), (40, 20, 19, True), (40, 20, 21, False),
    (5, 5, 5, True), (5, 5, 6, False), (None, 10, 10, True), (None, 10, 9, False), (0, None, 3, False),
    (0, 10, None, False),
])
def test_reached_by_hand(baseline, target, value, expected):
    assert is_reached(baseline, target, value) is expected


numbers = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False))


@given(baseline=numbers, target=numbers, value=numbers)
def test_logro_always_stays_between_0_and_100(baseline, target, value):
    got = logro_percent(baseline, target, value)
    assert got is None or 0.0 <= got <= 100.0
    if got is not None and got >= 100.0:
        assert is_reached(baseline, target, value)


def _goal(s, objective_id, baseline, target, due, measures=(), **kw):
    g = obs.create_goal(s, objective_id=objective_id, indicator=kw.get("indicator", "i"), baseline=baseline,
                        target=target, due_date=due)
    ms = [obs.add_measurement(s, goal_id=g.id, measured_on=on, value=v) for on, v in measures]
    return g, ms


def plan_comunal(s) -> dict[str, str]:
    """Two live territories and one in the bin, metas of every kind (see the expectations below)."""
    comuna = create_territory(s, name="Peñalolén", level="comuna", code="13122")
    barrio = create_territory(s, name="Lo Hermida", level="barrio")
    binned = create_territory(s, name="Villa borrada", level="barrio")
    a = obs.create_objective(s, territory_id=barrio.id, text="Iluminar", ambito="prevencion_situacional")
    _g1, (_m, _m2, m3) = _goal(s, a.id, 14, 30, date(2027, 6, 30),
                               [(date(2026, 10, 1), 14), (date(2026, 11, 1), 22), (date(2026, 11, 20), 30)])
    obs.delete_measurement(s, m3.id)  # in the bin: the latest that counts is 22 → 50 %
    _goal(s, a.id, 40, 20, date(2026, 6, 30), [(date(2026, 6, 1), 10)])  # reached (100 %), not overdue
    _goal(s, a.id, None, 5, date(2026, 1, 1))  # no measurement, past due: overdue
    g4, _ = _goal(s, a.id, 0, 10, date(2026, 1, 1), [(date(2026, 2, 1), 10)])
    obs.delete_goal(s, g4.id)
    b = obs.create_objective(s, territory_id=barrio.id, text="Sin ámbito")
    _goal(s, b.id, 5, 5, date(2026, 11, 30), [(date(2026, 11, 1), 5)])  # no logro, reached: not overdue
    _goal(s, b.id, 0, 10, date(2026, 11, 30), [(date(2026, 11, 1), -3)])  # 0 %, overdue
    c = obs.create_objective(s, territory_id=barrio.id, text="Borrado", ambito="convivencia")
    _goal(s, c.id, 0, 10, None, [(date(2026, 11, 1), 5)])
    obs.delete_objective(s, c.id)
    d = obs.create_objective(s, territory_id=comuna.id, text="Convivir", ambito="convivencia")
    _goal(s, d.id, 0, 4, date(2027, 12, 31), [(date(2026, 11, 15), 1), (date(2026, 9, 1), 3)])  # latest: 1
    e = obs.create_objective(s, territory_id=binned.id, text="En la papelera", ambito="convivencia")
    _goal(s, e.id, 0, 10, None, [(date(2026, 11, 1), 5)])
    move_to_bin(s, get_territory(s, binned.id))
    return {"comuna": comuna.id, "barrio": barrio.id}


def expected(ids: dict[str, str]) -> list[AmbitoRow]:
    return [  # territories in their list's order (here by name), ámbitos in the file's, «Sin ámbito» last
        AmbitoRow(ids["barrio"], "Lo Hermida", "prevencion_situacional", "Prevención situacional", goals=3,
                  measured=2, mean_logro=75.0, with_logro=2, reached=1, overdue=1),
        AmbitoRow(ids["barrio"], "Lo Hermida", "", "Sin ámbito", goals=2, measured=2, mean_logro=0.0, with_logro=1,
                  reached=1, overdue=1),
        AmbitoRow(ids["comuna"], "Peñalolén", "convivencia", "Convivencia e incivilidades", goals=1, measured=1,
                  mean_logro=25.0, with_logro=1, reached=0, overdue=0),
    ]


def test_metas_by_territory_and_ambito_by_hand(store):
    with store.transaction() as s:
        ids = plan_comunal(s)
        assert indicators_by_ambito(s, today=TODAY) == expected(ids)
        only = indicators_by_ambito(s, today=TODAY, territory_ids={ids["comuna"]})
        assert only == expected(ids)[2:]
        assert indicators_by_ambito(s, today=TODAY, devices={"otro-dispositivo"}) == []
        early = indicators_by_ambito(s, today=TODAY, day_ok=lambda d: d <= date(2026, 10, 15))
        lights = early[0]  # only the first measurement of «Iluminar» counts (14 → 0 %); «reducir» still 100 %
        assert (lights.measured, lights.mean_logro, lights.reached) == (2, 50.0, 1)


def test_objective_ambito_is_edited_and_checked(store):
    with store.transaction() as s:
        t = create_territory(s, name="Lo Hermida", level="barrio")
        o = obs.create_objective(s, territory_id=t.id, text="x")
        assert o.ambito == ""
        assert obs.update_objective(s, o.id, ambito="reinsercion").ambito == "reinsercion"
        assert obs.update_objective(s, o.id, ambito=None).ambito == ""
        with pytest.raises(ValidationError, match="Ámbito desconocido"):
            obs.update_objective(s, o.id, ambito="no_existe")
        with pytest.raises(ValidationError, match="Ámbito desconocido"):
            obs.create_objective(s, territory_id=t.id, ambito="no_existe")


def test_the_comuna_wide_rows_add_up_every_territory_per_ambito(store):
    with store.transaction() as s:
        ids = plan_comunal(s)
        f = obs.create_objective(s, territory_id=ids["barrio"], text="Plaza", ambito="convivencia")
        _goal(s, f.id, 0, 10, date(2027, 1, 31), [(date(2026, 11, 2), 10)])  # 100 %, reached
        rows = indicators_by_ambito(s, today=TODAY, with_totals=True)
    totals = [r for r in rows if r.territory_id == ""]
    assert rows[:len(totals)] == totals  # the sums come first
    assert totals == [
        AmbitoRow("", "Todos los territorios", "prevencion_situacional", "Prevención situacional", goals=3,
                  measured=2, mean_logro=75.0, with_logro=2, reached=1, overdue=1),
        AmbitoRow("", "Todos los territorios", "convivencia", "Convivencia e incivilidades", goals=2, measured=2,
                  mean_logro=62.5, with_logro=2, reached=1, overdue=0),
        AmbitoRow("", "Todos los territorios", "", "Sin ámbito", goals=2, measured=2, mean_logro=0.0, with_logro=1,
                  reached=1, overdue=1),
    ]
    assert len(rows) == len(totals) + 4  # and the four (territory, ámbito) rows after them
