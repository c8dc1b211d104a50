from __future__ import annotations

from datetime import date

import pytest

from gestor_app.core.demo import demo_id
from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.meetings import Request
from gestor_app.core.services import requests as rs
from gestor_app.core.services.bin import list_bin
from gestor_app.core.services.search import search
from gestor_app.core.services.territories import create_territory

TODAY = date(2026, 12, 3)


@pytest.fixture
def territory(store):
    with store.transaction() as s:
        return create_territory(s, name="Villa Test", level="barrio").id


def test_open_requests_by_age_counts_days_from_the_given_date(store, territory):
    with store.transaction() as s:
        old = rs.create_request(s, territory_id=territory, received_on=date(2026, 10, 20), category="Luz",
                                status="derivada", referred_to="Alumbrado Público")
        new = rs.create_request(s, territory_id=territory, received_on="01-12-2026", category="Basural")
        today = rs.create_request(s, territory_id=territory, received_on=TODAY, category="Ruidos")
        rs.create_request(s, territory_id=territory, received_on=date(2026, 9, 1), category="Alarma",
                          status="respondida", responded_on=date(2026, 9, 4), response="Reparada")
        rs.create_request(s, territory_id=territory, received_on=date(2026, 8, 1), status="cerrada",
                          responded_on=date(2026, 8, 2))
        other = create_territory(s, name="Otra", level="barrio").id
        rs.create_request(s, territory_id=other, received_on=date(2026, 1, 1))
        gone = rs.create_request(s, territory_id=territory, received_on=date(2026, 1, 2))
        rs.delete_request(s, gone.id)

        ages = rs.open_requests_by_age(s, today=TODAY, territory_id=territory)
        assert [(a.request.id, a.days) for a in ages] == [(old.id, 44), (new.id, 2), (today.id, 0)]
        assert [a.days for a in rs.open_requests_by_age(s, today=date(2026, 12, 10), territory_id=territory)] == \
            [51, 9, 7]
        # the whole list: open ones first by age, then the answered ones with the days they took
        rows = rs.list_requests(s, territory_id=territory, today=TODAY)
        assert [(r.request.category, r.days) for r in rows] == [("Luz", 44), ("Basural", 2), ("Ruidos", 0),
                                                              ("Alarma", 3), ("", 1)]
        assert [r.request.category for r in rs.list_requests(s, territory_id=territory, today=TODAY,
                                                             status="respondida")] == ["Alarma"]
        with pytest.raises(ValidationError, match="Estado desconocido"):
            rs.list_requests(s, territory_id=territory, today=TODAY, status="perdida")
        assert any(b.record_id == gone.id for b in list_bin(s))


def test_days_open_is_pure():
    r = Request(received_on=date(2026, 11, 1), status="abierta")
    assert rs.days_open(r, today=date(2026, 11, 1)) == 0
    assert rs.days_open(r, today=date(2026, 11, 30)) == 29
    r.status, r.responded_on = "respondida", date(2026, 11, 5)
    assert rs.days_open(r, today=date(2027, 1, 1)) == 4


def test_contact_is_stored_only_with_consent_and_erased_when_withdrawn(store, territory):
    with store.transaction() as s:
        with pytest.raises(ValidationError, match="consentimiento"):
            rs.create_request(s, territory_id=territory, received_on=TODAY, contact="+56 9 8765 4321")
        r = rs.create_request(s, territory_id=territory, received_on=TODAY, consent=True, contact="+56 9 8765 4321")
        assert r.contact == "+56 9 8765 4321"
        rs.update_request(s, r.id, consent=False)
        assert (r.consent, r.contact) == (False, "")
        with pytest.raises(ValidationError, match="consentimiento"):
            rs.update_request(s, r.id, contact="vecina@correo.cl")
        assert r.contact == ""


def test_personal_data_in_the_description_needs_consent(store, territory):
    with store.transaction() as s:
        r = rs.create_request(s, territory_id=territory, received_on=TODAY,
                              description="Luminaria apagada desde el 14-10-2026 en Av. Grecia 8500, 22:00 h")
        for text in ("Llamar a la Sra. al 987654321", "escribir a vecina@correo.cl", "RUT 12.345.678-5"):
            with pytest.raises(ValidationError, match="datos personales"):
                rs.update_request(s, r.id, description=text)
        assert r.description.startswith("Luminaria apagada")
        rs.update_request(s, r.id, consent=True, description="Llamar a la Sra. al 987654321")
        assert r.description == "Llamar a la Sra. al 987654321"


def test_request_validation_in_spanish(store, territory):
    with store.transaction() as s:
        with pytest.raises(ValidationError, match="fecha válida"):
            rs.create_request(s, territory_id=territory, received_on="32-01-2026")
        with pytest.raises(ValidationError, match="obligatoria"):
            rs.create_request(s, territory_id=territory, received_on=None)
        with pytest.raises(ValidationError, match="Canal"):
            rs.create_request(s, territory_id=territory, received_on=TODAY, channel="paloma")
        r = rs.create_request(s, territory_id=territory, received_on=date(2026, 11, 1), channel="teléfono")
        for changes, msg in (({"status": "perdida"}, "estado"),
                             ({"responded_on": date(2026, 10, 1)}, "anterior a la recepción"),
                             ({"lon": -70.55}, "juntas"),
                             ({"lon": -270.0, "lat": -33.4}, "fuera de rango"),
                             ({"lon": "oeste", "lat": -33.4}, "números"),
                             ({"feature_id": "no-such-feature"}, "mapa"),
                             ({"name": "Juan"}, "no editables")):
            with pytest.raises(ValidationError, match=msg):
                rs.update_request(s, r.id, **changes)
        assert (r.status, r.responded_on, r.lon, r.lat, r.feature_id) == ("abierta", None, None, None, None)
        rs.update_request(s, r.id, lon=-70.5538, lat=-33.473, status="respondida", responded_on="05-11-2026",
                          response="Se repuso la luminaria.")
        assert (r.lon, r.responded_on, r.status) == (-70.5538, date(2026, 11, 5), "respondida")
        with pytest.raises(NotFoundError):
            rs.get_request(s, "no-such-id")


def test_demo_requests_cover_every_state_and_cite_map_features(demo_store):
    with demo_store.transaction() as s:
        rows = rs.list_requests(s, territory_id=demo_id("territory:Villa Los Quillayes"), today=TODAY)
        assert len(rows) >= 6
        assert {r.request.status for r in rows} == {"abierta", "derivada", "respondida", "cerrada"}
        assert all(r.request.feature_id and not r.request.contact for r in rows)
        assert "neighbour_requests" in {h.entity for h in search(s, "colchones")}
