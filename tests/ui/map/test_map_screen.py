"""The map screen in a real QWebEngineView (slow: one loaded window shared by the module)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from gestor_app.core.config import load_config
from gestor_app.core.demo import fill_demo
from gestor_app.core.maps.basemaps import import_basemap
from gestor_app.core.models.map import MapFeature
from gestor_app.core.store import open_store
from gestor_app.ui.app import build_main_window
from gestor_app.ui.tasks import SyncTaskRunner
from tests.support.basemap import lonlat_to_tile, make_synthetic_basemap

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def loaded(qapp, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("map")
    store = open_store(load_config(data_dir=tmp / "data"), device_name="map-test")
    fill_demo(store)
    base = import_basemap(store.config.data_dir, make_synthetic_basemap(tmp / "base.mbtiles"))
    w = build_main_window(store, runner=SyncTaskRunner())
    w.resize(1300, 800)
    w.show()
    screen = w.show_screen("mapa")
    yield w, screen, store, base
    w.close()
    store.close()


def _territory_features(store, territory_id: str) -> int:
    with store.transaction() as s:
        return len(list(s.scalars(select(MapFeature.id).where(
            MapFeature.territory_id == territory_id, MapFeature.deleted.is_(False)))))


def js(qtbot, view, code: str):
    out: list = []
    view.page.runJavaScript(code, 0, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10_000)
    return out[0]


def test_map_loads_offline_with_leaflet_and_the_demo_features(qtbot, loaded):
    _w, screen, _store, _base = loaded
    qtbot.waitUntil(lambda: screen.view.is_ready, timeout=20_000)
    assert js(qtbot, screen.view, "typeof L + ' ' + L.version") == "object 1.9.3"
    assert js(qtbot, screen.view, "GestorMap.count()") == _territory_features(_store, screen.territory_id) > 20
    # a request to the internet would be blocked and recorded; the page made none
    assert screen.view.blocked_requests == []
    served = screen.view.profile.assets.served
    assert "/leaflet/leaflet.js" in served and "/gestor/map.js" in served


def test_a_tile_is_served_through_the_scheme_with_the_tms_flip(qtbot, loaded):
    _w, screen, _store, base = loaded
    qtbot.waitUntil(lambda: screen.view.is_ready, timeout=20_000)
    x, y = lonlat_to_tile(-70.553, -33.472, 16)
    data, mime = screen.view.profile.tiles.tile(f"/{base.key}/16/{x}/{y}")
    assert mime == "image/png" and data[:4] == b"\x89PNG"
    assert screen.view.profile.tiles.tile(f"/{base.key}/16/{x}/{(1 << 16) - 1 - y}") is None  # the TMS row itself
    js(qtbot, screen.view, f"window._t = -1; fetch('tiles:/{base.key}/16/{x}/{y}').then(r => r.blob())"
                           ".then(b => { window._t = b.size; }).catch(() => { window._t = -2; }); 0")
    qtbot.waitUntil(lambda: js(qtbot, screen.view, "window._t") != -1, timeout=5_000)
    assert js(qtbot, screen.view, "window._t") == len(data)
    assert js(qtbot, screen.view, "document.querySelectorAll('img.leaflet-tile-loaded').length") > 0
    assert screen.view.blocked_requests == []


def test_a_click_through_the_web_channel_creates_a_feature_and_undo_removes_it(qtbot, loaded):
    _w, screen, store, _base = loaded
    qtbot.waitUntil(lambda: screen.view.is_ready, timeout=20_000)
    screen.category.setCurrentIndex(screen.category.findData("luminaria_apagada"))
    screen.set_mode("point")

    def new_features():
        with store.transaction() as s:
            return list(s.scalars(select(MapFeature).where(MapFeature.category == "luminaria_apagada",
                                                           MapFeature.deleted.is_(False))))

    before = len(new_features())
    shown = _territory_features(store, screen.territory_id)
    # the page's own click handler runs and talks back through the QWebChannel bridge
    screen.view.run({"cmd": "click", "lon": -70.5531, "lat": -33.4722})
    qtbot.waitUntil(lambda: len(new_features()) == before + 1, timeout=10_000)
    f = next(f for f in new_features() if f.geometry["coordinates"] == [-70.5531, -33.4722])
    assert f.territory_id == screen.territory_id and screen.selected_id == f.id
    qtbot.waitUntil(lambda: js(qtbot, screen.view, "GestorMap.count()") == shown + 1, timeout=5_000)
    screen.undo.undo()
    assert len(new_features()) == before
    qtbot.waitUntil(lambda: js(qtbot, screen.view, "GestorMap.count()") == shown, timeout=5_000)
    screen.undo.redo()
    assert len(new_features()) == before + 1
    screen.set_mode("select")


def test_edit_move_search_and_delete(qtbot, loaded):
    _w, screen, store, _base = loaded
    qtbot.waitUntil(lambda: screen.view.is_ready, timeout=20_000)
    ids = screen.run_search("pasaje 2")
    assert len(ids) == 1
    fid = ids[0]
    screen.select(fid)
    depth = screen.undo.count()
    screen.panel.sensitive.setChecked(True)
    qtbot.keyClicks(screen.panel.title, " (urgente)")
    screen.ctx.autosaver.flush()
    qtbot.waitUntil(lambda: screen.undo.count() == depth + 2)  # the flag, then the title once its save committed
    moved = {"type": "Point", "coordinates": [-70.5520, -33.4720]}
    screen.view.bridge.send(json.dumps({"cmd": "edited", "id": fid, "geometry": moved}))
    with store.transaction() as s:
        f = s.get(MapFeature, fid)
        assert f.sensitive and f.title.endswith("(urgente)") and f.geometry == moved
    screen.undo.undo()  # the move
    with store.transaction() as s:
        assert s.get(MapFeature, fid).geometry != moved
    screen.undo.undo()  # the title typed in the panel
    with store.transaction() as s:
        assert not s.get(MapFeature, fid).title.endswith("(urgente)")
    assert not screen.panel.title.text().endswith("(urgente)")
    screen.undo.undo()  # the sensitivity flag
    with store.transaction() as s:
        f = s.get(MapFeature, fid)
        assert not f.sensitive and f.geometry != moved
    screen.delete_selected()
    with store.transaction() as s:
        assert s.get(MapFeature, fid).deleted
    screen.undo.undo()
    with store.transaction() as s:
        assert not s.get(MapFeature, fid).deleted
    assert screen.view.blocked_requests == []


def test_draw_a_polygon_toggle_a_category_and_pick_a_point(qtbot, loaded):
    _w, screen, store, _base = loaded
    qtbot.waitUntil(lambda: screen.view.is_ready, timeout=20_000)
    screen.category.setCurrentIndex(screen.category.findData("sitio_eriazo"))
    screen.set_mode("polygon")
    for lon, lat in ((-70.5540, -33.4712), (-70.5534, -33.4712), (-70.5535, -33.4717)):
        screen.view.run({"cmd": "click", "lon": lon, "lat": lat})
    with qtbot.waitSignal(screen.view.geometry_drawn, timeout=5_000) as drawn:
        screen.view.finish_drawing()
    ring = drawn.args[0]["coordinates"][0]
    assert len(ring) == 4 and ring[0] == ring[-1]
    with store.transaction() as s:
        f = s.get(MapFeature, screen.selected_id)
        assert f.category == "sitio_eriazo" and f.geometry["type"] == "Polygon"

    shown = js(qtbot, screen.view, "GestorMap.shownCount()")
    screen.legend_panel.set_category_visible("sitio_eriazo", False)
    qtbot.waitUntil(lambda: js(qtbot, screen.view, "GestorMap.shownCount()") == shown - 2, timeout=5_000)
    screen.legend_panel.set_category_visible("sitio_eriazo", True)
    qtbot.waitUntil(lambda: js(qtbot, screen.view, "GestorMap.shownCount()") == shown, timeout=5_000)

    screen.set_mode("pick")  # what other screens use to choose a place
    with qtbot.waitSignal(screen.view.point_picked, timeout=5_000) as picked:
        screen.view.run({"cmd": "click", "lon": -70.553, "lat": -33.472})
    assert picked.args == [-70.553, -33.472]
    screen.set_mode("select")
    assert screen.view.blocked_requests == []


def test_changes_made_elsewhere_show_when_the_map_is_shown_again(qtbot, loaded):
    from gestor_app.core.services.map_features import delete_feature, list_features

    w, screen, store, _base = loaded
    qtbot.waitUntil(lambda: screen.view.is_ready, timeout=20_000)
    before = js(qtbot, screen.view, "GestorMap.count()")
    w.show_screen("papelera")
    with store.transaction() as s:
        delete_feature(s, list_features(s, territory_id=screen.territory_id)[0].id)
    w.show_screen("mapa")
    qtbot.waitUntil(lambda: screen.view.is_ready, timeout=20_000)
    assert js(qtbot, screen.view, "GestorMap.count()") == before - 1
    assert screen.view.blocked_requests == []


def test_dragging_a_selected_polygon_moves_it_and_undo_puts_it_back(qtbot, loaded):
    from gestor_app.core.demo import demo_id

    _w, screen, store, _base = loaded
    qtbot.waitUntil(lambda: screen.view.is_ready, timeout=20_000)
    fid = demo_id("map_feature:eriazo")
    with store.transaction() as s:
        before = s.get(MapFeature, fid).geometry
    screen.select(fid)
    lon, lat = before["coordinates"][0][0]
    js(qtbot, screen.view, f"""(function () {{
        var layer = GestorMap._layer('{fid}');
        layer.fire('mousedown', {{ latlng: L.latLng({lat}, {lon}) }});
        layer._map.fire('mousemove', {{ latlng: L.latLng({lat} + 0.001, {lon} + 0.002) }});
        layer._map.fire('mouseup', {{}});
        return 1; }})()""")

    def moved():
        with store.transaction() as s:
            return s.get(MapFeature, fid).geometry

    qtbot.waitUntil(lambda: moved() != before, timeout=5_000)
    ring = moved()["coordinates"][0]
    assert ring[0] == ring[-1] and abs(ring[0][0] - (lon + 0.002)) < 1e-9 and abs(ring[0][1] - (lat + 0.001)) < 1e-9
    screen.undo.undo()
    assert moved() == before


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo(qtbot, loaded):
    from PySide6.QtCore import Qt

    w, screen, store, _base = loaded
    qtbot.waitUntil(lambda: screen.view.is_ready, timeout=20_000)
    screen.category.setCurrentIndex(screen.category.findData("camara"))
    screen.create_from_geometry({"type": "Point", "coordinates": [-70.5525, -33.4730]})
    fid = screen.selected_id

    def deleted():
        with store.transaction() as s:
            return s.get(MapFeature, fid).deleted

    w.activateWindow()
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert deleted()
    qtbot.keyClick(screen.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not deleted()


def test_a_workshop_session_is_created_edited_and_new_features_link_to_it(qtbot, loaded):
    from datetime import date

    from PySide6.QtCore import QDate

    from gestor_app.core.models.mapping_session import MappingSession

    _w, screen, store, _base = loaded
    qtbot.waitUntil(lambda: screen.view.is_ready, timeout=20_000)
    dialog = screen.new_session()
    dialog.date.setDate(QDate(2026, 11, 5))
    dialog.place.setText("Escuela básica")
    dialog.counts[("30-44", "mujer")].setValue(6)
    dialog.counts[("60+", "hombre")].setValue(2)
    dialog.accept()
    sid = dialog.session_id
    assert screen.sessions.currentData() == sid and "8 p." in screen.sessions.currentText()
    screen.category.setCurrentIndex(screen.category.findData("temor"))
    screen.create_from_geometry({"type": "Point", "coordinates": [-70.5530, -33.4735]})
    with store.transaction() as s:
        f = s.get(MapFeature, screen.selected_id)
        assert (f.session_id, f.source, f.observed_on) == (sid, "taller", date(2026, 11, 5))
    edit = screen.edit_session()
    assert edit.place.text() == "Escuela básica" and edit.counts[("30-44", "mujer")].value() == 6
    edit.counts[("0-17", "otro")].setValue(1)
    edit.accept()
    with store.transaction() as s:
        assert s.get(MappingSession, sid).total_participants() == 9
    screen.delete_session()
    assert screen.sessions.currentData() is None
    with store.transaction() as s:
        assert s.get(MappingSession, sid).deleted


def test_search_finds_by_category_label_too(qtbot, loaded):
    _w, screen, _store, _base = loaded
    assert len(screen.run_search("Microbasural")) == 1
    assert screen.search_result.text() == "Encontrados: 1"


def test_the_blocker_really_blocks_and_records_internet_requests(qtbot, loaded):
    """Proves that an empty record elsewhere means no request, not a blind recorder (cleared after)."""
    _w, screen, _store, _base = loaded
    qtbot.waitUntil(lambda: screen.view.is_ready, timeout=20_000)
    js(qtbot, screen.view, "var i = new Image(); i.src = 'https://tile.example.org/1/1/1.png'; 1")
    qtbot.waitUntil(lambda: bool(screen.view.blocked_requests), timeout=5_000)
    assert screen.view.blocked_requests == ["https://tile.example.org/1/1/1.png"]
    screen.view.blocked_requests.clear()


def test_a_refused_edit_changes_nothing_and_is_not_undoable(qtbot, loaded, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from gestor_app.core.demo import demo_id

    _w, screen, store, _base = loaded
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    fid = demo_id("map_feature:basural")
    screen.select(fid)
    depth = screen.undo.count()
    screen.panel.category.setCurrentIndex(screen.panel.category.findData("ruta_evitada"))  # lines only
    screen.panel.category.activated.emit(screen.panel.category.currentIndex())
    assert shown and "no admite geometría Point" in shown[0]
    assert screen.undo.count() == depth
    with store.transaction() as s:
        assert s.get(MapFeature, fid).category == "microbasural"
    assert screen.panel.category.currentData() == "microbasural"


def test_dragging_a_vertex_of_a_selected_line_reshapes_it(qtbot, loaded):
    from gestor_app.core.demo import demo_id

    _w, screen, store, _base = loaded
    qtbot.waitUntil(lambda: screen.view.is_ready, timeout=20_000)
    fid = demo_id("map_feature:ruta")
    with store.transaction() as s:
        before = s.get(MapFeature, fid).geometry["coordinates"]
    screen.select(fid)
    qtbot.waitUntil(lambda: js(qtbot, screen.view, "GestorMap._handles().length") == len(before), timeout=5_000)
    js(qtbot, screen.view, """(function () { var h = GestorMap._handles()[1];
        h.setLatLng(L.latLng(-33.4725, -70.5550)); h.fire('drag'); h.fire('dragend'); return 1; })()""")

    def coords():
        with store.transaction() as s:
            return s.get(MapFeature, fid).geometry["coordinates"]

    qtbot.waitUntil(lambda: coords() != before, timeout=5_000)
    assert coords()[1] == [-70.555, -33.4725] and coords()[0] == before[0] and coords()[2] == before[2]
    screen.undo.undo()
    assert coords() == before


def test_export_to_kml_and_import_the_boundary_back_from_the_screen(qtbot, loaded, tmp_path):
    from gestor_app.core.errors import GestorError
    from gestor_app.core.models import Territory

    _w, screen, store, _base = loaded
    qtbot.waitUntil(lambda: screen.view.is_ready, timeout=20_000)
    shown = _territory_features(store, screen.territory_id)
    geo = tmp_path / "m.geojson"
    assert screen.export_to(str(geo)) == shown + 1  # the boundary and the territory's features only
    boundary = {"type": "FeatureCollection", "features": [
        f for f in json.loads(geo.read_text(encoding="utf-8"))["features"] if f["geometry"]["type"] == "Polygon"
        and f.get("gestor", {}).get("kind") == "territory"]}
    assert len(boundary["features"]) == 1
    one = tmp_path / "limite.geojson"
    one.write_text(json.dumps(boundary), encoding="utf-8")
    with store.transaction() as s:
        original = s.get(Territory, screen.territory_id).boundary
        s.get(Territory, screen.territory_id).boundary = None
    with pytest.raises(GestorError):
        screen.import_boundary_from(str(geo))  # many polygons: refused, nothing changes
    with store.transaction() as s:
        assert s.get(Territory, screen.territory_id).boundary is None
    screen.import_boundary_from(str(one))
    with store.transaction() as s:
        assert s.get(Territory, screen.territory_id).boundary == original
    kml = tmp_path / "m.kml"
    assert screen.export_to(str(kml)) == shown + 1 and "<Placemark>" in kml.read_text(encoding="utf-8")
