"""The participatory map at the scale of a comuna: 20,000 points + 1,000 polygons.

Two figures, each beside a baseline of the same run: building the page (folium + one GeoJSON blob)
against an empty page, and load → map ready in a QWebEngineView (Leaflet parsed, clusters built,
polygons on the canvas, web channel up) against the empty map. The view part runs in a child process
(offscreen Qt)."""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys

from benchmarks import Figure, median_time

N_POINTS, N_POLYGONS = 20_000, 1_000
CHILD = """
import json, sys, time
from gestor_app.ui.app import create_application
app = create_application()
from PySide6.QtCore import QEventLoop, QTimer
from benchmarks.map_load import features
from gestor_app.ui.screens.map.view import MapView
view = MapView(); view.resize(1200, 800); view.show()
out = {}
for kind in ["empty", "big", "empty", "big", "empty", "big"]:
    data = features() if kind == "big" else []
    loop = QEventLoop()
    view.ready.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    t0 = time.perf_counter()
    view.load(data)
    loop.exec()
    view.ready.disconnect(loop.quit)
    assert view.is_ready and not view.blocked_requests
    out.setdefault(kind, []).append(time.perf_counter() - t0)
print(json.dumps(out))
import os; os._exit(0)
"""


def features() -> list[dict]:
    """Deterministic points and small square polygons over Peñalolén, in the page's GeoJSON form."""
    rnd = random.Random(7)
    cats = ["hotspot", "temor", "luminaria_apagada", "microbasural", "sede_jjvv", "camara"]
    out = []
    for i in range(N_POINTS):
        lon, lat = -70.57 + rnd.random() * 0.07, -33.51 + rnd.random() * 0.05
        out.append({"type": "Feature", "id": f"p{i}", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    "properties": {"c": cats[i % len(cats)], "t": f"Punto {i}", "s": False}})
    for i in range(N_POLYGONS):
        lon, lat, d = -70.57 + rnd.random() * 0.07, -33.51 + rnd.random() * 0.05, 0.0008
        ring = [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]
        out.append({"type": "Feature", "id": f"g{i}", "geometry": {"type": "Polygon", "coordinates": [ring]},
                    "properties": {"c": "sitio_eriazo", "t": f"Sitio {i}", "s": False}})
    return out


def run() -> list[Figure]:
    from gestor_app.core.maps.page import build_map_html

    data = features()
    base_build = median_time(lambda: build_map_html([]))
    big_build = median_time(lambda: build_map_html(data), repeat=3)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", CHILD], check=True, env=env, capture_output=True, text=True)
    times = json.loads(proc.stdout.strip().splitlines()[-1])
    empty, big = statistics.median(times["empty"]), statistics.median(times["big"])
    return [
        Figure("mapa: construir la página, 20k puntos + 1k polígonos", big_build, baseline_s=base_build,
               note="base: página vacía"),
        Figure("mapa: cargar → listo en la vista, 20k + 1k", big, budget_s=2.0, baseline_s=empty,
               note="base: mapa vacío en la misma vista"),
    ]
