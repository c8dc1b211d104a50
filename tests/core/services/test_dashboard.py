"""The coordinator's overview on the demo barrio plus fake laptops (office) and on a laptop."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from gestor_app.core.demo import demo_id
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.meetings import Request
from gestor_app.core.models.plans import ActionPlan, Activity
from gestor_app.core.models.sync import SyncConflict, SyncIdentity, SyncPeer
from gestor_app.core.services.dashboard import age_bucket, comuna_overview
from gestor_app.core.services.plans import is_overdue
from gestor_app.core.services.walks import create_walk

TODAY = date(2026, 12, 3)
BARRIO = demo_id("territory:Villa Los Quillayes")
UV = demo_id("territory:UV 24")


def _at(days_ago: int) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time(), tzinfo=UTC)


def _point(i: int) -> dict:
    return {"type": "Point", "coordinates": [-70.553 + i * 1e-4, -33.472]}


@pytest.fixture
def office(demo_store):
    """The demo data as if created at the office, plus two enrolled laptops with their own records."""
    with demo_store.transaction() as s:
        s.add(SyncIdentity(id=1, role="office", project_id="p", office_name="Peñalolén",
                           office_device_id=demo_store.device_id, acked={}, territories=[]))
        s.add(SyncPeer(id="peer-a", name="Ana (notebook 1)", status="activo", device_id="dev-a", territories=[BARRIO],
                       holds={}, photos_held=[], bundle_seqs=[1, 2, 4], last_bundle_at=_at(20)))
        s.add(SyncPeer(id="peer-b", name="Beto (notebook 2)", status="activo", device_id="dev-b", territories=[UV],
                       holds={}, photos_held=[], bundle_seqs=[3, 1, 2], last_bundle_at=_at(3)))
        for i in range(3):
            s.add(MapFeature(category="luminaria_apagada", geometry=_point(i), territory_id=BARRIO,
                             origin_device="dev-a"))
        create_walk(s, territory_id=UV, walk_date=TODAY - timedelta(days=5)).origin_device = "dev-b"
        plan = s.scalars(select(ActionPlan).where(ActionPlan.deleted.is_(False))).one()
        s.add(Activity(plan_id=plan.id, title="Catastro de luminarias", end_date=TODAY - timedelta(days=10),
                       progress=40, status="en_curso", origin_device="dev-a"))
        s.add(Request(territory_id=UV, received_on=TODAY - timedelta(days=40), category="Alumbrado",
                      status="abierta", origin_device="dev-b"))
        s.add(SyncConflict(entity="walks", record_id="x", field="notes", values=[], winner="a:1", status="abierto"))
        s.add(SyncConflict(entity="walks", record_id="y", field="notes", values=[], winner="a:1", status="resuelto"))
    return demo_store


def test_age_buckets_have_inclusive_edges():
    assert [age_bucket(d) for d in (0, 7, 8, 30, 31, 400)] == ["0-7", "0-7", "8-30", "8-30", ">30", ">30"]


def test_office_overview_per_gestor(office):
    with office.transaction() as s:
        ov = comuna_overview(s, today=TODAY)
    by_name = {g.name: g for g in ov.gestores}
    ana, beto = by_name["Ana (notebook 1)"], by_name["Beto (notebook 2)"]
    assert ov.role == "office"
    assert (ana.last_bundle, ana.days_silent, ana.gaps) == (TODAY - timedelta(days=20), 20, [3])
    assert ana.silent and ana.flagged
    assert (beto.days_silent, beto.gaps, beto.flagged) == (3, [], False)
    assert (ana.counts.features, ana.counts.activities, ana.counts.walks) == (3, 1, 0)
    assert (beto.counts.walks, beto.counts.features) == (1, 0)
    assert ana.territories == ["Villa Los Quillayes"] and beto.territories == ["UV 24"]
    local = next(g for g in ov.gestores if g.kind == "local")
    assert (local.counts.walks, local.counts.focus_groups, local.counts.plans) == (2, 1, 1)
    assert [g.name for g in ov.flagged] == ["Ana (notebook 1)"]


def test_office_overview_per_territory_and_across_the_comuna(office):
    with office.transaction() as s:
        ov = comuna_overview(s, today=TODAY)
        live = select(func.count()).select_from(MapFeature).where(MapFeature.deleted.is_(False))
        features = s.scalar(live)
        activities = list(s.scalars(select(Activity).where(Activity.deleted.is_(False))))
    rows = {t.name: t for t in ov.territories}
    barrio, uv = rows["Villa Los Quillayes"], rows["UV 24"]
    # the UV holds the barrio: its row adds the barrio's to its own; the comuna row is the comuna
    assert ov.totals.features == features == uv.counts.features == rows["Peñalolén"].counts.features
    assert uv.counts.walks == barrio.counts.walks + 1
    assert uv.gestores == ["Ana (notebook 1)", "Beto (notebook 2)"] and uv.last_bundle == TODAY - timedelta(3)
    assert barrio.gestores == ["Ana (notebook 1)"] and barrio.last_bundle == TODAY - timedelta(days=20)
    counted = [a for a in activities if a.status != "cancelada"]
    assert ov.activities_counted == len(counted)
    assert ov.progress == pytest.approx(sum(a.progress for a in counted) / len(counted), abs=0.05)
    assert len(ov.overdue) == sum(is_overdue(a, TODAY) for a in activities) == barrio.overdue
    assert "Catastro de luminarias" in [o.title for o in ov.overdue]
    assert ov.overdue[0].days_late == max(o.days_late or 0 for o in ov.overdue)
    assert ov.open_conflicts == 1
    assert ov.request_buckets[">30"] >= 1 and uv.open_requests == barrio.open_requests + 1
    assert sum(ov.request_buckets.values()) == len(ov.requests)
    assert ov.requests[0].days >= ov.requests[-1].days


def test_overview_is_pure_given_today(office):
    with office.transaction() as s:
        a = comuna_overview(s, today=TODAY)
        b = comuna_overview(s, today=TODAY)
        later = comuna_overview(s, today=TODAY + timedelta(days=30))
    assert a == b
    beto = next(g for g in later.gestores if g.name == "Beto (notebook 2)")
    assert beto.days_silent == 33 and beto.flagged


def test_on_a_laptop_only_its_own_records_and_no_peers(demo_store):
    with demo_store.transaction() as s:
        s.add(SyncIdentity(id=1, role="laptop", project_id="p", acked={}, territories=[BARRIO]))
        s.add(MapFeature(category="luminaria_apagada", geometry=_point(1), territory_id=BARRIO,
                         origin_device="colleague"))
        s.add(Request(territory_id=BARRIO, received_on=TODAY, category="Otro", origin_device="colleague"))
    with demo_store.transaction() as s:
        ov = comuna_overview(s, today=TODAY)
        own = s.scalar(select(func.count()).select_from(MapFeature).where(
            MapFeature.deleted.is_(False), MapFeature.origin_device == demo_store.device_id))
    assert ov.role == "laptop"
    assert [g.kind for g in ov.gestores] == ["local"]
    assert ov.totals.features == own and ov.gestores[0].counts.features == own
    assert all(r.category != "Otro" for r in ov.requests)


def test_standalone_demo_has_the_demo_numbers(demo_store):
    with demo_store.transaction() as s:
        ov = comuna_overview(s, today=TODAY)
    assert ov.role == "standalone" and ov.flagged == []
    assert (ov.totals.walks, ov.totals.focus_groups, ov.totals.plans) == (2, 1, 1)
    assert ov.totals.features > 20 and ov.overdue
