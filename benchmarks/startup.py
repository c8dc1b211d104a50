"""Cold start: opening the store and showing an interactive main window on the generated comuna (office).

Baseline: starting the same Python and creating an empty QWidget (what any Qt app pays)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from benchmarks import Figure

CHILD = """
import sys, time
t0 = time.perf_counter()
from gestor_app.ui.app import create_application
app = create_application()
if sys.argv[1] == "base":
    from PySide6.QtWidgets import QWidget
    w = QWidget(); w.show()
else:
    from gestor_app.core.config import load_config
    from gestor_app.core.store import open_store
    from gestor_app.ui.app import build_main_window
    w = build_main_window(open_store(load_config(data_dir=sys.argv[2]))); w.show()
app.processEvents()
print(time.perf_counter() - t0)
"""


def _time(kind: str, data: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", CHILD, kind, data], check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def run() -> list[Figure]:
    import statistics

    from benchmarks.dataset import comuna

    data = comuna()
    with tempfile.TemporaryDirectory() as tmp:
        base = statistics.median(_time("base", tmp) for _ in range(3))
    app = statistics.median(_time("app", str(data.office)) for _ in range(3))
    n = data.counts["records"]
    return [Figure("arranque en frío, ventana principal, oficina con " + f"{n:,}".replace(",", ".") + " registros", app,
                   budget_s=1.5, baseline_s=base, note="base: Python + Qt + QWidget vacío")]
