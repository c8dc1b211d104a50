from __future__ import annotations

import pytest

from gestor_app.core.demo import demo_id
from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.focus_groups import FocusGroupQuote
from gestor_app.core.services import focus_groups as fgs
from gestor_app.core.services.diagnosis import add_evidence, diagnosis_report, list_evidence, update_diagnosis
from gestor_app.core.services.problems import create_problem, list_problems, update_problem

TID = demo_id("territory:Villa Los Quillayes")


def test_demo_diagnosis_cites_focus_group_and_map(demo_store):
    with demo_store.transaction() as s:
        problems = list_problems(s, territory_id=TID)
        assert len(problems) == 3
        kinds = {e.kind for p in problems for e in list_evidence(s, problem_id=p.id)}
        assert {"Tema de grupo focal", "Cita de grupo focal", "Elemento del mapa"} <= kinds
        rep = diagnosis_report(s, territory_id=TID)
    assert rep.population == 3100 and rep.sections["Límites geográficos"].startswith("Av. Grecia")
    assert rep.problems[0]["fields"]["Causas / factores de riesgo"]
    titles = [h["title"] for h in rep.hotspots]
    assert "Robos por sorpresa al paradero" in titles and "Punto de venta de drogas" not in titles  # sensitive
    assert any(r["category"] == "Sede junta de vecinos" for r in rep.resources)


def test_evidence_is_generic_and_checked(demo_store):
    with demo_store.transaction() as s:
        p = create_problem(s, territory_id=TID, title="Microbasurales", causes="Retiro irregular")
        quote = fgs.list_quotes(s, demo_id("focus_group:quillayes-1"))[0]
        add_evidence(s, problem_id=p.id, entity="focus_group_quotes", record_id=quote.id, note="citada")
        add_evidence(s, problem_id=p.id, entity="territories", record_id=TID)  # any record table plugs in
        with pytest.raises(ValidationError):
            add_evidence(s, problem_id=p.id, entity="focus_group_quotes", record_id=quote.id)
        with pytest.raises(ValidationError):
            add_evidence(s, problem_id=p.id, entity="no_such_table", record_id=quote.id)
        with pytest.raises(NotFoundError):
            add_evidence(s, problem_id=p.id, entity="map_features", record_id=quote.id)
        fgs.remove_item(s, FocusGroupQuote, quote.id)
        ev = list_evidence(s, problem_id=p.id)
        assert [e.available for e in ev] == [False, True] and ev[1].title == "Barrio / sector Villa Los Quillayes"
        with pytest.raises(ValidationError):
            update_problem(s, p.id, title=" ")
        with pytest.raises(ValidationError):
            update_diagnosis(s, territory_id=TID, population="x")
