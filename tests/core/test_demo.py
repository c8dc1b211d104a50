from __future__ import annotations

from gestor_app.core.demo import fill_demo
from gestor_app.core.services.info import store_info
from gestor_app.core.services.territories import current_territory


def test_demo_is_idempotent_and_sets_the_current_barrio(store):
    fill_demo(store)
    first = store_info(store)["counts"]
    fill_demo(store)
    assert store_info(store)["counts"] == first
    assert first["territories"] == 4
    with store.transaction() as s:
        t = current_territory(s)
        assert t.name == "Villa Los Quillayes" and t.level == "barrio"
        lon, lat = t.boundary["coordinates"][0][0]
        assert -70.6 < lon < -70.5 and -33.5 < lat < -33.4  # Peñalolén, Santiago
