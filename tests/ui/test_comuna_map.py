"""«Mapa de la comuna» read in the background: a filter change is read on the worker thread
(the real ``TaskRunner``) and the page's «ready» reports the database's count, in the points view
and in the density view; a newer change supersedes an older read; cancel and wrong filters say so
in Spanish; and nothing is ever asked of the network."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import text

from gestor_app.core.demo import demo_id
from gestor_app.core.errors import Cancelled
from gestor_app.core.models.map import MapFeature
from gestor_app.ui.context import UiContext
from gestor_app.ui.screens.dashboard.comuna_map import ComunaMap
from gestor_app.ui.tasks import TaskRunner

pytestmark = pytest.mark.slow
BARRIO, UV, MACRO = (demo_id(f"territory:{n}") for n in ("Villa Los Quillayes", "UV 24", "Lo Hermida"))


def _point(i: int) -> dict:
    return {"type": "Point", "coordinates": [-70.5530 + i * 1e-4, -33.4720]}


@pytest.fixture
def comuna(qtbot, qapp, demo_store):
    """The demo barrio plus, from Ana's laptop, 5 microbasurales in the barrio, 3 in the macrosector
    (outside UV 24), and 2 sensitive ones in the barrio."""
    with demo_store.transaction() as s:
        for i in range(10):
            s.add(MapFeature(category="microbasural", territory_id=BARRIO if i < 5 or i >= 8 else MACRO,
                             origin_device="dev-a", sensitive=i >= 8, geometry=_point(i), observed_on=date(2026, 6, 1)))
    runner = TaskRunner()
    widget = ComunaMap(UiContext(demo_store, runner))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.set_gestores({"dev-a": "Ana"})
    with qtbot.waitSignal(widget.view.ready, timeout=60_000):
        widget.load()
    yield widget, demo_store
    runner.wait(10_000)


def db_count(store, where: str = "") -> int:
    sql = f"SELECT count(*) FROM map_features WHERE deleted = 0 AND sensitive = 0 {where}"
    with store.engine.connect() as c:
        return c.execute(text(sql)).scalar_one()


def js(qtbot, view, code: str):
    out: list = []
    view.page.runJavaScript(code, 0, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10_000)
    return out[0]


def change(qtbot, widget, action, expected: int) -> None:
    """Change a filter, wait for the page's «ready», check it shows the database's count."""
    with qtbot.waitSignal(widget.view.ready, timeout=30_000, check_params_cb=lambda n: n == expected):
        action()
    assert widget.shown_count == expected == js(qtbot, widget.view, "GestorMap.count()")
    assert widget.count.text().startswith(f"{expected} ") and not widget.reader.bar.isVisible()


def test_filters_read_in_the_background_show_the_database_count(qtbot, comuna):
    widget, store = comuna
    assert widget.shown_count == db_count(store)
    micro = "AND category = 'microbasural'"
    change(qtbot, widget, lambda: widget.category.setCurrentIndex(widget.category.findData("microbasural")),
           db_count(store, micro))
    # UV 24 with its barrio, not the macrosector above it
    change(qtbot, widget, lambda: widget.territory.setCurrentIndex(widget.territory.findData(UV)),
           db_count(store, f"{micro} AND territory_id = '{BARRIO}'"))
    change(qtbot, widget, lambda: widget.territory.setCurrentIndex(widget.territory.findData(MACRO)),
           db_count(store, f"{micro} AND territory_id IN ('{BARRIO}', '{MACRO}')"))
    change(qtbot, widget, lambda: widget.gestor.setCurrentIndex(widget.gestor.findData("dev-a")), 5 + 3)
    change(qtbot, widget, lambda: widget.sensitive.setChecked(True), 10)  # only when asked
    change(qtbot, widget, lambda: widget.since.setDate(QDate(2026, 6, 2)), 0)
    assert widget.view.blocked_requests == []


def test_ready_and_its_count_arrive_in_the_density_view_too(qtbot, comuna):
    widget, store = comuna
    loads = js(qtbot, widget.view, "GestorMap.loads")
    widget.mode.setCurrentIndex(widget.mode.findData("density"))
    qtbot.waitUntil(lambda: js(qtbot, widget.view, "GestorMap.shown().clusters") is False, timeout=5_000)
    change(qtbot, widget, lambda: widget.gestor.setCurrentIndex(widget.gestor.findData("dev-a")), 8)
    assert js(qtbot, widget.view, "GestorMap.loads") == loads + 1
    assert json.loads(js(qtbot, widget.view, "JSON.stringify(GestorMap.shown())")) == {
        "clusters": False, "shapes": False, "density": True}
    assert js(qtbot, widget.view, "GestorMap.cellCount()") >= 1
    assert js(qtbot, widget.view, "GestorMap.legendText()").startswith("Elementos por celda de 200 m")
    widget.mode.setCurrentIndex(widget.mode.findData("points"))
    change(qtbot, widget, lambda: widget.gestor.setCurrentIndex(0), db_count(store))
    assert js(qtbot, widget.view, "GestorMap.pointCount()") + js(qtbot, widget.view, "GestorMap.shapeCount()") \
        == db_count(store)
    assert js(qtbot, widget.view, "GestorMap.legendText()") == ""  # no heat legend over the points
    assert widget.view.blocked_requests == []


def test_a_newer_filter_change_supersedes_older_ones(qtbot, comuna):
    widget, store = comuna
    expected = db_count(store, "AND category = 'microbasural' AND origin_device = 'dev-a'")
    with qtbot.waitSignal(widget.view.ready, timeout=30_000):
        for i in (widget.category.findData("microbasural"), 0, widget.category.findData("microbasural")):
            widget.category.setCurrentIndex(i)
            widget.apply()  # no debounce: three reads started one after the other
        widget.gestor.setCurrentIndex(widget.gestor.findData("dev-a"))
        widget.apply()
    qtbot.waitUntil(lambda: not widget.reader.busy, timeout=30_000)
    qtbot.wait(500)  # an older read or page load arriving late would change the count now
    assert widget.shown_count == expected == js(qtbot, widget.view, "GestorMap.count()")


def test_cancel_and_wrong_dates_are_told_in_spanish(qtbot, comuna):
    widget, store = comuna
    widget.since.setDate(QDate(2026, 6, 2))
    widget.until.setDate(QDate(2026, 6, 1))
    qtbot.waitUntil(lambda: "«desde» es posterior a «hasta»" in widget.message.text(), timeout=10_000)
    assert widget.message.isVisible() and widget.shown_count == db_count(store)  # the page keeps what it showed
    widget.until.setDate(widget.until.minimumDate())
    widget.debounce.stop()
    errors: list = []
    widget.reader.failed.connect(errors.append)
    widget.ctx.runner.run(lambda _p: time.sleep(0.5))  # the one worker is busy: the read waits in line
    widget.apply()
    assert widget.reader.bar.isVisible()
    widget.reader.cancel_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], Cancelled)
    assert widget.message.text() == "Cancelado. Cambie un filtro para volver a leer el mapa."
