from __future__ import annotations

from datetime import date

import pytest

from gestor_app.core.demo import demo_id, fill_demo
from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.plans import Activity, Objective
from gestor_app.core.services import actors as acs
from gestor_app.core.services import objectives as obs
from gestor_app.core.services import plans as ps
from gestor_app.core.services.bin import list_bin, restore
from gestor_app.core.services.search import search

TID = demo_id("territory:Villa Los Quillayes")
PLAN = demo_id("plan:quillayes")


def _plan(s):
    return ps.get_or_create_plan(s, territory_id=TID)


def test_demo_plan_objectives_goals_actors(demo_store):
    with demo_store.transaction() as s:
        objectives = obs.list_objectives(s, territory_id=TID)
        assert [o.kind for o in objectives] == ["general", "especifico", "especifico", "especifico"]
        assert objectives[1].problem_ids == [demo_id("problem:quillayes:luz")]
        assert _plan(s).id == PLAN and _plan(s).validated_on == date(2026, 11, 24)
        acts = ps.list_activities(s, plan_id=PLAN)
        assert len(acts) >= 10 and all(a.start_date.year in (2026, 2027) for a in acts)
        assert sum(bool(a.depends_on) for a in acts) >= 5 and all(a.feature_ids for a in acts)
        catastro = s.get(Activity, demo_id("activity:quillayes:catastro"))
        assert catastro.progress == 100 and catastro.status == "cumplida"
        assert len(ps.list_progress(s, activity_id=catastro.id)) == 2
        goal = obs.get_goal(s, demo_id("goal:quillayes:luminarias"))
        assert [m.value for m in obs.list_measurements(s, goal_id=goal.id)] == [14, 19]
        assert len(acs.list_actors(s, territory_id=TID)) >= 5 and len(acs.list_links(s, territory_id=TID)) >= 5
        n = len(acts)
    fill_demo(demo_store)  # idempotent
    with demo_store.transaction() as s:
        assert len(ps.list_activities(s, plan_id=PLAN)) == n
        assert len(obs.list_objectives(s, territory_id=TID)) == 4
        assert len(ps.list_progress(s, activity_id=demo_id("activity:quillayes:catastro"))) == 2


def test_one_plan_per_territory_and_activity_api(demo_store):
    with demo_store.transaction() as s:
        plan = _plan(s)
        assert ps.get_or_create_plan(s, territory_id=TID).id == plan.id
        a = ps.create_activity(s, plan_id=plan.id, title="  Feria de seguridad ", responsible="JJVV",
                               institution="Municipio", start_date=date(2027, 5, 3), end_date=date(2027, 5, 3),
                               source_agreement_id="acuerdo-1", strategy="Campaña")
        assert (a.title, a.status, a.progress, a.source_agreement_id) == ("Feria de seguridad", "pendiente", 0,
                                                                           "acuerdo-1")
        assert ps.list_activities(s, plan_id=plan.id)[-1].id == a.id
        with pytest.raises(ValidationError, match="anterior a la de inicio"):
            ps.create_activity(s, plan_id=plan.id, title="x", start_date=date(2027, 5, 3), end_date=date(2027, 5, 2))
        with pytest.raises(ValidationError, match="anterior a la de inicio"):
            ps.update_activity(s, a.id, end_date=date(2027, 4, 1))
        with pytest.raises(ValidationError, match="entre 0 y 100"):
            ps.update_activity(s, a.id, progress=101)
        with pytest.raises(ValidationError, match="entre 0 y 100"):
            ps.update_activity(s, a.id, progress=-1)
        with pytest.raises(ValidationError, match="Estado desconocido"):
            ps.update_activity(s, a.id, status="lista")
        with pytest.raises(ValidationError, match="nombre"):
            ps.update_activity(s, a.id, title="  ")
        with pytest.raises(ValidationError, match="no editables"):
            ps.update_activity(s, a.id, plan_id="otro")
        with pytest.raises(NotFoundError):
            ps.create_activity(s, plan_id="no-existe", title="x")
        ps.update_activity(s, a.id, start_date="2027-05-04", end_date="2027-05-10", progress=20)
        assert (a.start_date, a.end_date, a.progress) == (date(2027, 5, 4), date(2027, 5, 10), 20)
        with pytest.raises(ValidationError, match="fecha no válida"):
            ps.update_activity(s, a.id, start_date="4/5/2027")


def test_dependency_cycles_are_refused(store):
    with store.transaction() as s:
        plan = ps.get_or_create_plan(s, territory_id="t1")
        a, b, c = (ps.create_activity(s, plan_id=plan.id, title=t) for t in "ABC")
        ps.update_activity(s, b.id, depends_on=[a.id])
        ps.update_activity(s, c.id, depends_on=[b.id, b.id])
        assert c.depends_on == [b.id]
        with pytest.raises(ValidationError, match="ciclo: «A» → «C» → «B» → «A»"):
            ps.update_activity(s, a.id, depends_on=[c.id])
        with pytest.raises(ValidationError, match="sí misma"):
            ps.update_activity(s, a.id, depends_on=[a.id])
        with pytest.raises(ValidationError, match="no existe en este plan"):
            ps.update_activity(s, a.id, depends_on=["otra"])
        assert a.depends_on == []
    assert ps.find_cycle({"x": ["y"], "y": ["z"], "z": []}) is None
    assert ps.find_cycle({"x": ["y"], "y": ["x"]}) == ["x", "y", "x"]


def test_overdue_uses_the_given_date(store):
    with store.transaction() as s:
        plan = ps.get_or_create_plan(s, territory_id="t1")
        late = ps.create_activity(s, plan_id=plan.id, title="Late", start_date=date(2026, 3, 1),
                                  end_date=date(2026, 3, 31), progress=50, status="en_curso")
        done = ps.create_activity(s, plan_id=plan.id, title="Done", start_date=date(2026, 3, 1),
                                  end_date=date(2026, 3, 31), status="cumplida", progress=100)
        flagged = ps.create_activity(s, plan_id=plan.id, title="Flagged", end_date=date(2026, 12, 31),
                                     status="atrasada")
        ps.create_activity(s, plan_id=plan.id, title="Cancelled", end_date=date(2026, 1, 1), status="cancelada")
        ps.create_activity(s, plan_id=plan.id, title="Undated")
        assert not ps.is_overdue(late, date(2026, 3, 31))  # the end day itself is still on time
        assert ps.is_overdue(late, date(2026, 4, 1))
        assert not ps.is_overdue(done, date(2026, 4, 1)) and ps.is_overdue(flagged, date(2026, 1, 1))
        assert [a.title for a in ps.overdue_activities(s, plan_id=plan.id, today=date(2026, 4, 1))] == ["Late",
                                                                                                         "Flagged"]
        assert [a.title for a in ps.overdue_activities(s, plan_id=plan.id, today=date(2026, 2, 1))] == ["Flagged"]


def test_progress_log_updates_the_activity(store):
    with store.transaction() as s:
        plan = ps.get_or_create_plan(s, territory_id="t1")
        a = ps.create_activity(s, plan_id=plan.id, title="Poda")
        e1 = ps.add_progress(s, activity_id=a.id, recorded_on=date(2026, 5, 1), progress=30, note="inicio")
        assert (a.progress, a.status) == (30, "en_curso")
        e2 = ps.add_progress(s, activity_id=a.id, recorded_on=date(2026, 5, 20), progress=100)
        assert (a.progress, a.status) == (100, "cumplida")
        with pytest.raises(ValidationError, match="entre 0 y 100"):
            ps.add_progress(s, activity_id=a.id, recorded_on=date(2026, 5, 21), progress=120)
        ps.delete_progress(s, e2.id)
        assert (a.progress, a.status) == (30, "en_curso")
        ps.update_progress(s, e1.id, progress=45)
        assert a.progress == 45
        assert [e.id for e in ps.list_progress(s, activity_id=a.id)] == [e1.id]


def test_objectives_goals_and_measurements(demo_store):
    with demo_store.transaction() as s:
        with pytest.raises(ValidationError, match="ya tiene un objetivo general"):
            obs.create_objective(s, territory_id=TID, kind="general", text="Otro")
        with pytest.raises(ValidationError, match="no existe"):
            obs.create_objective(s, territory_id=TID, text="x", problem_ids=["nada"])
        o = obs.create_objective(s, territory_id=TID, text="Prevenir incivilidades",
                                 problem_ids=[demo_id("problem:quillayes:plaza")])
        assert obs.list_objectives(s, territory_id=TID)[-1].id == o.id
        g = obs.create_goal(s, objective_id=o.id, indicator="Reclamos por ruidos", baseline="20", target=10,
                            unit="reclamos/mes", due_date=date(2027, 12, 31))
        assert g.baseline == 20.0
        with pytest.raises(ValidationError, match="número"):
            obs.update_goal(s, g.id, target="diez")
        obs.update_goal(s, g.id, target="7,5")
        assert g.target == 7.5
        m = obs.add_measurement(s, goal_id=g.id, measured_on=date(2027, 3, 1), value=15)
        assert obs.attainment(g, m.value) == pytest.approx(5 / 12.5)
        with pytest.raises(ValidationError):
            obs.update_measurement(s, m.id, value="")


def test_actors_links_and_no_contact_data(store):
    with store.transaction() as s:
        a = acs.create_actor(s, territory_id="t1", name="Junta de vecinos")
        b = acs.create_actor(s, territory_id="t1", name="Carabineros", kind="institucion")
        with pytest.raises(ValidationError, match="contacto"):
            acs.create_actor(s, territory_id="t1", name="Sra. Rosa +56 9 1234 5678")
        with pytest.raises(ValidationError, match="contacto"):
            acs.update_actor(s, a.id, sector="rosa@example.org")
        link = acs.create_link(s, a_id=a.id, b_id=b.id, strength=3)
        with pytest.raises(ValidationError, match="Ya existe"):
            acs.create_link(s, a_id=b.id, b_id=a.id)
        with pytest.raises(ValidationError, match="1 \\(débil\\) a 3"):
            acs.update_link(s, link.id, strength=4)
        with pytest.raises(ValidationError, match="distintos"):
            acs.create_link(s, a_id=a.id, b_id=a.id)
        acs.delete_actor(s, a.id)
        assert acs.list_links(s, territory_id="t1") == [] and [x.name for x in acs.list_actors(s, territory_id="t1")] \
            == ["Carabineros"]


def test_everything_goes_to_the_bin_and_comes_back(demo_store):
    with demo_store.transaction() as s:
        catastro = demo_id("activity:quillayes:catastro")
        ps.delete_activity(s, catastro)
        reparacion = s.get(Activity, demo_id("activity:quillayes:reparacion"))
        assert catastro not in reparacion.depends_on  # dependants forget it
        obs.delete_objective(s, demo_id("objective:quillayes:luz"))
        obs.delete_goal(s, demo_id("goal:quillayes:temor"))
        acs.delete_link(s, demo_id("actor_link:jjvv:club"))
        kinds = {i.kind for i in list_bin(s)}
        assert {"Actividad del plan", "Objetivo", "Meta", "Vínculo entre actores"} <= kinds
        assert catastro not in [a.id for a in ps.list_activities(s, plan_id=PLAN)]
        with pytest.raises(NotFoundError):
            ps.get_activity(s, catastro)
        restore(s, entity="plan_objectives", record_id=demo_id("objective:quillayes:luz"))
        assert s.get(Objective, demo_id("objective:quillayes:luz")).deleted is False


def test_activities_are_searchable(demo_store):
    with demo_store.transaction() as s:
        hits = search(s, "luminarias alumbrado")
    assert any(h.entity == "plan_activities" for h in hits)


def test_demo_runs_again_after_its_plan_went_to_the_bin(demo_store):
    with demo_store.transaction() as s:
        ps.delete_plan(s, PLAN)
    fill_demo(demo_store)
    with demo_store.transaction() as s:
        assert ps.find_plan(s, territory_id=TID) is None
