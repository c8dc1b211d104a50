"""Peak memory of the GUI on the generated comuna (office, ~100k records): the main window visits
every section, the map included. Baseline: Python + Qt + an empty widget, in its own process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

from benchmarks import Figure

CHILD = """
import json, resource, sys, time
from gestor_app.ui.app import create_application
app = create_application()
from PySide6.QtCore import QEventLoop, QTimer
def wait(ms):
    loop = QEventLoop(); QTimer.singleShot(ms, loop.quit); loop.exec()
if sys.argv[1] == "base":
    from PySide6.QtWidgets import QWidget
    w = QWidget(); w.show(); wait(200)
else:
    from gestor_app.core.config import load_config
    from gestor_app.core.store import open_store
    from gestor_app.ui.app import build_main_window
    w = build_main_window(open_store(load_config(data_dir=sys.argv[2]))); w.resize(1300, 800); w.show()
    for key in w.keys:
        w.show_screen(key); wait(300 if key != "mapa" else 3000)
self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # QtWebEngineProcess, when it has exited
print(json.dumps({"self_mb": self_kb / 1024, "children_mb": kids_kb / 1024}))
import os; os._exit(0)
"""


def _peak(kind: str, data: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CHILD, kind, data], check=True, env=env, capture_output=True,
                         text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def run() -> list[Figure]:
    from benchmarks.dataset import comuna

    with tempfile.TemporaryDirectory() as tmp:
        base = _peak("base", tmp)
    app = _peak("app", str(comuna().office))
    return [Figure("memoria pico de la interfaz (proceso principal)", app["self_mb"], budget_s=500, unit="MB",
                   baseline_s=base["self_mb"], note="RSS máx.; base: Qt + QWidget vacío")]
