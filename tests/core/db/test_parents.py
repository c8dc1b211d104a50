"""Every record model says where it belongs, and the resolver follows parents to the territory."""

from __future__ import annotations

from datetime import date

import pytest

from gestor_app.core.db.base import Base, record_models
from gestor_app.core.db.parents import PROJECT_WIDE, TerritoryResolver, has_territory
from gestor_app.core.services import objectives
from gestor_app.core.services.territories import create_territory


@pytest.mark.parametrize("model", record_models(), ids=lambda m: m.__tablename__)
def test_every_record_model_says_where_it_belongs(model):
    ways = [has_territory(model), model.__parent__ is not None, model.__project_wide__]
    assert sum(ways) == 1, f"{model.__tablename__}: territory_id, __parent__ or __project_wide__ (one)"
    if model.__parent__:
        column, table = model.__parent__
        assert column in model.__table__.c
        assert table is None and "owner_entity" in model.__table__.c or table in Base.metadata.tables


def test_a_measurement_belongs_to_the_territory_of_its_goal_s_objective(store):
    with store.transaction() as s:
        t = create_territory(s, name="Lo Hermida", level="barrio").id
        obj = objectives.create_objective(s, territory_id=t, text="Recuperar la plaza")
        goal = objectives.create_goal(s, objective_id=obj.id, indicator="Luminarias", baseline=0, target=10)
        m = objectives.add_measurement(s, goal_id=goal.id, measured_on=date(2026, 11, 1), value=3)
        s.flush()
        r = TerritoryResolver(s.connection())
        assert r.territories("plan_indicator_measurements", [{"goal_id": m.goal_id}, {"goal_id": "no-existe"},
                                                             {"goal_id": None}]) == [t, None, None]
        assert r.territory("plan_goals", {"objective_id": obj.id}) == t
        assert r.territory("territories", {"id": t}) == PROJECT_WIDE
        assert r.territory("photos", {"owner_entity": "plan_goals", "owner_id": goal.id}) == t
        assert r.territory("photos", {"owner_entity": "no_table", "owner_id": goal.id}) is None
        assert r.territory("unknown_entity", {"territory_id": t}) is None
