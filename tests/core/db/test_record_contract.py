from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from gestor_app.core.db.base import record_models
from gestor_app.core.errors import GestorError
from gestor_app.core.hlc import HLC
from gestor_app.core.models import ChangeLog, LocalDevice, Territory
from gestor_app.core.services.territories import create_territory, update_territory


def _new(store, name="Villa Test"):
    with store.transaction() as s:
        return create_territory(s, name=name, level="barrio")


def test_new_record_gets_uuid_utc_times_device_counter_and_clock(store):
    t = _new(store)
    uuid.UUID(t.id)
    assert t.created_at.tzinfo is not None and t.created_at.utcoffset().total_seconds() == 0
    assert t.origin_device == t.modified_by == store.device_id
    assert t.change_seq == 1 and t.hlc and t.deleted is False


def test_every_change_advances_counter_and_clock_and_keeps_every_version(store):
    t = _new(store)
    with store.transaction() as s:
        update_territory(s, t.id, name="Villa Nueva")
    with store.transaction() as s:
        update_territory(s, t.id, description="con plaza")
        again = s.get(Territory, t.id)
        assert again.change_seq == 3
        assert HLC.decode(again.hlc) > HLC.decode(t.hlc)
        versions = s.scalars(select(ChangeLog).where(ChangeLog.record_id == t.id).order_by(ChangeLog.seq)).all()
        assert [v.seq for v in versions] == [1, 2, 3]
        assert [v.data["name"] for v in versions] == ["Villa Test", "Villa Nueva", "Villa Nueva"]
        assert s.scalar(select(LocalDevice.counter)) == 3


def test_counter_is_assigned_in_the_writing_transaction(store):
    with pytest.raises(RuntimeError):
        with store.transaction() as s:
            create_territory(s, name="Se pierde", level="barrio")
            raise RuntimeError("power cut")
    with store.transaction() as s:
        assert s.scalar(select(LocalDevice.counter)) == 0
        assert s.scalars(select(ChangeLog)).all() == []
    assert _new(store).change_seq == 1


def test_records_are_never_physically_deleted(store):
    t = _new(store)
    with pytest.raises(GestorError, match="papelera"):
        with store.transaction() as s:
            s.delete(s.get(Territory, t.id))


def test_remote_versions_are_kept_as_received(store):
    with store.sessions.begin() as s:
        s.info["apply_remote"] = True
        s.add(Territory(id=str(uuid.uuid4()), name="Remota", level="barrio", origin_device="otro",
                        modified_by="otro", change_seq=41, hlc=HLC(5, 0).encode(), description=""))
    with store.transaction() as s:
        t = s.scalars(select(Territory).where(Territory.name == "Remota")).one()
        assert (t.modified_by, t.change_seq) == ("otro", 41)
        assert s.scalar(select(LocalDevice.counter)) == 0


def test_every_record_model_follows_the_contract():
    required = {"id", "created_at", "updated_at", "origin_device", "modified_by", "change_seq", "hlc", "deleted"}
    for cls in record_models():
        assert required <= set(cls.__table__.columns.keys()), cls
        assert cls.__label__ != "Registro", f"{cls.__name__} needs a Spanish __label__ for the bin"
