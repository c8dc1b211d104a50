"""The Coordinación screen: the summary shows the overview's numbers, a silent laptop is
highlighted, and «Mapa de la comuna» loads offline (zero external requests), filters and shows
density; a 20,000-point page loads in the real web view."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from gestor_app.core.demo import demo_id
from gestor_app.core.maps.comuna import build_comuna_html, comuna_data
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.plans import Goal
from gestor_app.core.models.sync import SyncIdentity, SyncPeer
from gestor_app.core.services.dashboard import comuna_overview
from gestor_app.ui.app import build_main_window
from gestor_app.ui.screens.dashboard.summary import WARN
from gestor_app.ui.screens.map.view import MapView
from gestor_app.ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.slow
TODAY = date(2026, 12, 3)
BARRIO = demo_id("territory:Villa Los Quillayes")


@pytest.fixture
def office_window(qtbot, qapp, demo_store):
    with demo_store.transaction() as s:
        s.add(SyncIdentity(id=1, role="office", project_id="p", office_name="Peñalolén",
                           office_device_id=demo_store.device_id, acked={}, territories=[]))
        s.add(SyncPeer(id="peer-a", name="Ana (notebook 1)", status="activo", device_id="dev-a", territories=[BARRIO],
                       holds={}, photos_held=[], bundle_seqs=[1, 3],
                       last_bundle_at=datetime(2026, 11, 1, tzinfo=UTC)))
        for i in range(5):
            s.add(MapFeature(category="microbasural", territory_id=BARRIO, origin_device="dev-a",
                             geometry={"type": "Point", "coordinates": [-70.5530 + i * 1e-4, -33.4720]}))
    w = build_main_window(demo_store, runner=SyncTaskRunner())
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.show()
    qtbot.waitExposed(w)
    screen = w.show_screen("coordinacion")
    screen.today = lambda: TODAY
    screen.refresh()
    yield w, screen, demo_store
    w.close()


def _cell(table, row: int, col: int) -> str:
    return table.item(row, col).text()


def _js(qtbot, view, code: str):
    out: list = []
    view.page.runJavaScript(code, 0, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10_000)
    return out[0]


def test_the_screen_sits_before_the_map_and_shows_the_counts(office_window):
    w, screen, store = office_window
    assert w.keys.index("coordinacion") == w.keys.index("mapa") - 1
    with store.transaction() as s:
        ov = comuna_overview(s, today=TODAY)
    tiles = screen.summary.tiles
    assert tiles["gestores"].value.text() == "1"
    assert tiles["records"].value.text() == str(ov.totals.features)
    assert f"marchas: {ov.totals.walks} · grupos focales: {ov.totals.focus_groups}" in tiles["records"].detail.text()
    assert tiles["overdue"].value.text() == str(len(ov.overdue)) != "0"
    assert tiles["requests"].value.text() == str(len(ov.requests))
    g = screen.summary.gestores
    names = [_cell(g, r, 0) for r in range(g.rowCount())]
    ana = names.index("Ana (notebook 1)")
    assert _cell(g, ana, 3) == "01-11-2026" and _cell(g, ana, 4) == "32" and _cell(g, ana, 5) == "2"
    assert _cell(g, ana, 8) == "5"
    assert g.item(ana, 0).background().color() == WARN  # silent for 32 days and a missing bundle
    assert "2" in g.item(ana, 0).toolTip()
    local = next(r for r, n in enumerate(names) if n != "Ana (notebook 1)")
    assert g.item(local, 0).background().color() != WARN
    assert screen.summary.overdue.rowCount() == len(ov.overdue)
    assert screen.summary.requests.rowCount() == len(ov.requests)
    terr = screen.summary.territories
    row = [_cell(terr, r, 0) for r in range(terr.rowCount())].index("Villa Los Quillayes")
    assert _cell(terr, row, 2) == "Ana (notebook 1)" and int(_cell(terr, row, 6)) == ov.totals.features


def test_the_indicators_by_ambito_show_the_computed_numbers(office_window):
    _w, screen, store = office_window
    table = screen.summary.ambitos
    with store.transaction() as s:
        ov = comuna_overview(s, today=TODAY)
    rows = [[_cell(table, r, c) for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert len(rows) == len(ov.ambitos) >= 8
    # by hand from the demo: VIF of the comuna 120 → 300, measured 210 (50 %), due 31-10-2026 → overdue
    vif = rows.index(["Peñalolén", "Violencia intrafamiliar y de género", "1", "1", "50 %", "0", "1"])
    assert table.item(vif, 0).background().color() == WARN
    # fiscalización: 180 → 400 measured 410 (100 %) and 22 → 10 measured 16 (50 %): mean 75 %, one reached
    assert ["Peñalolén", "Fiscalización y control", "2", "2", "75 %", "1", "0"] in rows
    assert ["Peñalolén", "Sin ámbito", "1", "0", "—", "0", "0"] in rows
    # barrio: luminarias 14 → 30 at 19 (31.25 %), actividades 0 → 4 at 1 (25 %): 28 %
    lights = rows.index(["Villa Los Quillayes", "Prevención situacional", "2", "2", "28 %", "0", "0"])
    assert table.item(lights, 0).background().color() != WARN
    assert "iluminación" in table.item(lights, 1).toolTip()
    # the sums over every territory come first, in bold, one per ámbito that has metas
    totals = [r for r in rows if r[0] == "Todos los territorios"]
    assert rows[:len(totals)] == totals and len(totals) == len({r[1] for r in rows})
    assert table.item(0, 0).font().bold() and not table.item(len(totals), 0).font().bold()
    with store.transaction() as s:  # a goal sent to the bin leaves the table at the next refresh
        s.get(Goal, demo_id("goal:comuna:vif")).deleted = True
    screen.refresh()
    rows = [[_cell(table, r, c) for c in range(3)] for r in range(table.rowCount())]
    assert ["Peñalolén", "Violencia intrafamiliar y de género", "1"] not in rows


def test_the_comuna_map_loads_offline_filters_and_shows_density(qtbot, office_window):
    _w, screen, store = office_window
    comuna = screen.show_map()
    qtbot.waitUntil(lambda: comuna.view.is_ready, timeout=30_000)
    with store.transaction() as s:
        total = s.scalar(select(func.count()).select_from(MapFeature).where(
            MapFeature.deleted.is_(False), MapFeature.sensitive.is_(False)))
    assert comuna.shown_count == total == _js(qtbot, comuna.view, "GestorMap.count()")
    assert comuna.view.blocked_requests == []
    served = comuna.view.profile.assets.served
    assert "/gestor/comuna.js" in served and "/markercluster/leaflet.markercluster.js" in served
    # gestor filter: only Ana's five points
    with qtbot.waitSignal(comuna.view.ready, timeout=20_000) as blocker:
        comuna.gestor.setCurrentIndex(comuna.gestor.findData("dev-a"))
    assert blocker.args == [5] and _js(qtbot, comuna.view, "GestorMap.pointCount()") == 5
    assert comuna.count.text().startswith("5 ")
    comuna.mode.setCurrentIndex(comuna.mode.findData("density"))
    qtbot.waitUntil(lambda: _js(qtbot, comuna.view, "GestorMap.shown().density") is True, timeout=5_000)
    assert _js(qtbot, comuna.view, "GestorMap.shown().clusters") is False
    assert _js(qtbot, comuna.view, "GestorMap.cellCount()") >= 1
    assert comuna.view.blocked_requests == []


def test_a_page_with_20000_points_loads_in_the_web_view(qtbot, qapp):
    rnd = random.Random(3)

    class F:
        def __init__(self, i: int) -> None:
            self.id, self.title, self.origin_device, self.category = f"f{i}", "", f"d{i % 60}", "microbasural"
            self.geometry = {"type": "Point", "coordinates": [-70.58 + rnd.random() * 0.09,
                                                              -33.51 + rnd.random() * 0.06]}
            self.observed_on, self.created_at = TODAY - timedelta(days=i % 400), None

    view = MapView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.load_html(build_comuna_html(comuna_data([F(i) for i in range(20_000)], gestor_names={})))
    qtbot.waitUntil(lambda: view.is_ready, timeout=120_000)
    assert _js(qtbot, view, "GestorMap.pointCount()") == 20_000
    assert view.blocked_requests == []


def test_a_territory_with_many_gestores_shows_their_count_and_names_them_in_the_tooltip(office_window):
    _w, screen, store = office_window
    with store.transaction() as s:
        for i in range(2, 5):
            s.add(SyncPeer(id=f"peer-{i}", name=f"Notebook {i}", status="activo", device_id=f"dev-{i}",
                           territories=[BARRIO], holds={}, photos_held=[], bundle_seqs=[1],
                           last_bundle_at=datetime(2026, 12, 1, tzinfo=UTC)))
    screen.refresh()
    terr = screen.summary.territories
    row = [_cell(terr, r, 0) for r in range(terr.rowCount())].index("Villa Los Quillayes")
    assert _cell(terr, row, 2) == "4 gestores"
    assert terr.item(row, 2).toolTip() == "Ana (notebook 1), Notebook 2, Notebook 3, Notebook 4"


def test_the_overview_is_read_on_the_worker_thread_and_a_failure_is_said_in_spanish(qtbot, qapp, demo_store,
                                                                                    monkeypatch):
    import threading

    from gestor_app.ui.context import UiContext
    from gestor_app.ui.screens.dashboard import screen as dashboard
    from gestor_app.ui.tasks import TaskRunner

    threads: list[str] = []
    real = dashboard.comuna_overview

    def spy(session, **kw):
        threads.append(threading.current_thread().name)
        return real(session, **kw)

    monkeypatch.setattr(dashboard, "comuna_overview", spy)
    runner = TaskRunner()
    screen = dashboard.DashboardScreen(UiContext(demo_store, runner))
    qtbot.addWidget(screen)
    screen.today = lambda: TODAY
    screen.refresh()
    qtbot.waitUntil(lambda: screen.overview is not None, timeout=20_000)
    assert threads and threads[0] != threading.main_thread().name
    assert screen.summary.tiles["records"].value.text() == str(screen.overview.totals.features)
    assert not screen.message.isVisibleTo(screen)

    def broken(session, **kw):
        raise RuntimeError("disco lleno")

    monkeypatch.setattr(dashboard, "comuna_overview", broken)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.message.isVisibleTo(screen), timeout=20_000)
    assert screen.message.text() == "No se pudo leer el resumen: disco lleno"
    runner.wait(10_000)
