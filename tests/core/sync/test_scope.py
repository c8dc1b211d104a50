"""A return bundle carries only what belongs to the laptop's territories: a colleague's focus
group, plan or walk in another barrio stays at the office with every child record (quotes,
participants, goals, measurements, activities, progress, answers, photos, evidence)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from gestor_app.core.db.base import record_models
from gestor_app.core.models import ChangeLog
from gestor_app.core.services import focus_groups as fg
from gestor_app.core.services import objectives, plans
from gestor_app.core.services.diagnosis import add_evidence
from gestor_app.core.services.problems import create_problem
from gestor_app.core.services.territories import create_territory
from gestor_app.core.services.walk_photos import add_answer_photo
from gestor_app.core.services.walks import create_walk, walk_template
from gestor_app.core.sync import exporter, identity
from tests.core.sync.project import Project
from tests.support.photos import jpeg_with_gps


def _fill(store, territory: str, label: str) -> dict[str, set[str]]:
    """One record of every kind (children included) in ``territory``; returns entity → ids."""
    with store.transaction() as s:
        group = fg.create_focus_group(s, territory_id=territory, title=f"Grupo {label}")
        p = fg.add_participant(s, focus_group_id=group.id, age_range="30–44")
        fg.add_quote(s, focus_group_id=group.id, text=f"Cita {label}", participant_id=p.id)
        obj = objectives.create_objective(s, territory_id=territory, text=f"Objetivo {label}")
        goal = objectives.create_goal(s, objective_id=obj.id, indicator="Luminarias", baseline=0, target=10)
        objectives.add_measurement(s, goal_id=goal.id, measured_on=date(2026, 10, 1), value=4)
        plan = plans.get_or_create_plan(s, territory_id=territory)
        act = plans.create_activity(s, plan_id=plan.id, title=f"Actividad {label}", objective_id=obj.id)
        plans.add_progress(s, activity_id=act.id, recorded_on=date(2026, 10, 2), progress=30)
        walk = create_walk(s, territory_id=territory)
        key = next(iter(walk_template(walk).items()))[1].key
        add_answer_photo(s, photos_dir=store.config.photos_dir, walk_id=walk.id, item_key=key, data=jpeg_with_gps())
        problem = create_problem(s, territory_id=territory, title=f"Problema {label}")
        add_evidence(s, problem_id=problem.id, entity="focus_groups", record_id=group.id)
    with store.transaction() as s:
        out: dict[str, set[str]] = {}
        for entity, rid in s.execute(select(ChangeLog.entity, ChangeLog.record_id)
                                     .where(ChangeLog.entity != "territories")):
            out.setdefault(entity, set()).add(rid)
        return out


def _ids(store) -> dict[str, set[str]]:
    with store.transaction() as s:
        out: dict[str, set[str]] = {}
        for model in record_models():
            ids = set(s.scalars(select(model.id)))
            if ids:
                out[model.__tablename__] = ids
        return out


def _two_barrios(root: Path) -> tuple[Project, str, str]:
    p = Project(root, 2)
    with p.office.transaction() as s:
        a = create_territory(s, name="Lo Hermida", level="barrio").id
        b = create_territory(s, name="La Faena", level="barrio").id
    identity.office_init(p.office, name="Municipalidad de Peñalolén")
    for i, t in enumerate((a, b)):
        f = root / f"inscripcion{i}.json"
        p.peers.append(identity.enroll(p.office, device_name=f"Notebook {i}", out=f, territories=[t]).id)
        identity.join(p.laptop(i), f)
        assert p.to_office(i)["status"] == "importado"
    return p, a, b


def test_a_colleague_s_records_in_another_barrio_never_reach_the_laptop(tmp_path: Path):
    p, a, b = _two_barrios(tmp_path / "p")
    try:
        mine = _fill(p.laptop(0), a, "A")
        assert {"focus_group_quotes", "plan_goals", "plan_indicator_measurements", "plan_activities",
                "plan_progress_entries", "walk_answers", "photos", "diagnosis_evidence"} <= set(mine)
        assert p.to_office(0)["status"] == "importado"
        before = _ids(p.laptop(1))
        assert p.to_laptop(1)["status"] == "importado"
        after = _ids(p.laptop(1))
        leaked = {e: ids & mine.get(e, set()) for e, ids in after.items() if ids & mine.get(e, set())}
        assert leaked == {}
        assert after.get("territories") == before.get("territories")  # project-wide: already there
        assert not list(p.laptop(1).config.photos_dir.glob("??/*"))
    finally:
        p.close()


def test_the_office_s_edits_reach_the_laptop_of_that_barrio_and_its_own_records_come_back(tmp_path: Path):
    p, a, b = _two_barrios(tmp_path / "p")
    try:
        _fill(p.laptop(1), b, "B")
        assert p.to_office(1)["status"] == "importado"
        with p.office.transaction() as s:
            goal = s.scalars(select(objectives.Goal)).one()
            objectives.update_goal(s, goal.id, indicator="Luminarias reparadas")
            orphan = create_problem(s, territory_id=None, title="Sin territorio").id
        assert p.to_laptop(1)["status"] == "importado"
        with p.laptop(1).transaction() as s:
            assert objectives.get_goal(s, goal.id).indicator == "Luminarias reparadas"
        assert orphan not in _ids(p.laptop(1)).get("diagnosis_problems", set())  # belongs nowhere known
        assert p.to_laptop(0)["status"] == "importado"
        assert "plan_goals" not in _ids(p.laptop(0))
    finally:
        p.close()


def test_every_version_goes_to_a_laptop_without_assigned_territories(project):
    with project.laptop(0).transaction() as s:
        objectives.create_goal(s, objective_id=objectives.create_objective(
            s, territory_id=project.territory, text="Objetivo").id, indicator="Luminarias")
    assert project.to_office(0)["status"] == "importado"
    with project.office.transaction() as s:
        peer = identity.find_peer(s, project.peers[1])
        assert not peer.territories
    assert project.to_laptop(1)["status"] == "importado"
    assert "plan_goals" in _ids(project.laptop(1))


def test_the_scope_filter_keeps_the_order_of_the_versions(project):
    with project.laptop(0).transaction() as s:
        for i in range(7):
            objectives.create_objective(s, territory_id=project.territory, text=f"Objetivo {i}")
    assert project.to_office(0)["status"] == "importado"
    with project.office.transaction() as s:
        versions = list(exporter.versions_beyond(s, {}))
        scope = exporter.TerritoryScope(s, [project.territory], "")
        assert list(scope.filter(versions, batch=3)) == versions  # territories and objectives: all in scope
        elsewhere = exporter.TerritoryScope(s, [create_territory(s, name="Otra", level="barrio").id], "")
        assert [v.entity for v in elsewhere.filter(versions, batch=3)] == [
            v.entity for v in versions if v.entity == "territories"]
