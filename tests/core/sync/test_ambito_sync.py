"""The ámbito of an objective travels in bundles both ways, like every other field of the record."""

from __future__ import annotations

from sqlalchemy import select

from gestor_app.core.models import ChangeLog
from gestor_app.core.models.plans import Objective
from gestor_app.core.services import objectives as obs


def test_objective_ambito_goes_to_the_office_and_an_edit_comes_back(project):
    with project.laptop(0).transaction() as s:
        oid = obs.create_objective(s, territory_id=project.territory, text="Iluminar", ambito="prevencion_situacional").id
        data = s.scalars(select(ChangeLog.data).where(ChangeLog.record_id == oid)).first()
        assert data["ambito"] == "prevencion_situacional"  # part of the version written to bundles
    project.to_office(0)
    with project.office.transaction() as s:
        assert s.get(Objective, oid).ambito == "prevencion_situacional"
        obs.update_objective(s, oid, ambito="participacion")
    project.to_laptop(0)
    with project.laptop(0).transaction() as s:
        assert s.get(Objective, oid).ambito == "participacion"
