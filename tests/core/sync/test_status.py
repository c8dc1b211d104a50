"""Delivery status of a laptop's own changes: pending until the office's receipt comes back."""

from __future__ import annotations

from gestor_app.core.maps.legend import default_legend
from gestor_app.core.services.map_features import create_feature, update_feature
from gestor_app.core.sync.status import delivery_status, is_delivered

CAT = default_legend().categories[0].key


def _status(store):
    with store.transaction() as s:
        return delivery_status(s)


def test_is_delivered_compares_with_the_receipt():
    assert is_delivered({"a": 3}, "a", 3) and is_delivered({"a": 3}, "a", 1)
    assert not is_delivered({"a": 3}, "a", 4)
    assert not is_delivered({}, "a", 1) and not is_delivered(None, "a", 1)
    assert not is_delivered({"b": 9}, "a", 1)


def test_changes_are_pending_until_the_office_answers(project):
    laptop = project.laptop(0)
    before = _status(laptop)
    assert before.pending == 0 and before.bundles_sent == 1 and before.last_received_at is not None
    with laptop.transaction() as s:
        fid = create_feature(s, territory_id=project.territory, category=CAT, title="Microbasural",
                             geometry={"type": "Point", "coordinates": [-70.55, -33.47]}).id
        s.flush()
        update_feature(s, fid, title="Microbasural grande")
    with laptop.transaction() as s:
        update_feature(s, fid, description="Pasaje 3")
    pending = _status(laptop)
    assert pending.pending >= 2 and pending.pending_records == 1
    assert pending.delivered == before.delivered
    project.to_office(0)  # sent, but not yet acknowledged: still pending
    sent = _status(laptop)
    assert sent.pending == pending.pending and sent.bundles_sent == 2
    project.to_laptop(0)  # the office's receipt arrives
    after = _status(laptop)
    assert after.pending == 0 and after.pending_records == 0
    assert after.delivered == before.delivered + pending.pending
    assert after.last_received_seq == 2


def _deliveries(store, **kw):
    from gestor_app.core.sync.status import record_deliveries

    with store.transaction() as s:
        return {d.record_id: d for d in record_deliveries(s, **kw)}


def test_each_record_says_whether_its_last_change_reached_the_office(project):
    laptop = project.laptop(0)
    with laptop.transaction() as s:
        a = create_feature(s, territory_id=project.territory, category=CAT, title="Plaza oscura",
                           geometry={"type": "Point", "coordinates": [-70.55, -33.47]}).id
        b = create_feature(s, territory_id=project.territory, category=CAT, title="Paradero",
                           geometry={"type": "Point", "coordinates": [-70.56, -33.47]}).id
    pending = _deliveries(laptop)
    assert not pending[a].delivered and not pending[b].delivered
    assert pending[a].title == "Plaza oscura" and pending[a].label == "Elemento del mapa"
    project.to_office(0)
    project.to_laptop(0)  # receipt: both delivered
    with laptop.transaction() as s:
        update_feature(s, b, title="Paradero sin luz")  # a newer change: pending again
    now = _deliveries(laptop)
    assert now[a].delivered and not now[b].delivered and now[b].title == "Paradero sin luz"
    assert list(now)[0] == b  # last changed first
    assert set(_deliveries(laptop, pending_only=True)) == {b}
