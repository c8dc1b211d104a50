"""Screenshots of «Mapa de la comuna» on an office data folder (e.g. the generated comuna,
``python -m benchmarks.generate --out DIR`` → ``DIR/office``), needs an X display:

    xvfb-run -a -s "-screen 0 1400x900x24" python scripts/comuna_screenshot.py DATA_DIR /tmp/comuna

Writes PREFIX-points.png (whole comuna), PREFIX-filtered.png (one unidad vecinal, one category),
PREFIX-density.png (hotspots, whole comuna) and PREFIX-density-filtered.png, and prints how long
each read took to the «ready» of the page and the longest stall of the UI thread meanwhile."""
import json
import subprocess
import sys
import time
from pathlib import Path

from gestor_app.ui.app import create_application

app = create_application()
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402

from gestor_app.core.config import load_config  # noqa: E402
from gestor_app.core.store import open_store  # noqa: E402
from gestor_app.ui.app import build_main_window  # noqa: E402

data_dir, prefix = Path(sys.argv[1]), sys.argv[2]
store = open_store(load_config(data_dir=data_dir))
w = build_main_window(store)
w.resize(1400, 860)
w.move(0, 0)
w.show()
screen = w.show_screen("coordinacion")
comuna = screen.map
stall = {"max": 0.0, "clock": QElapsedTimer()}
ticker = QTimer(interval=20)


def tick():
    stall["max"] = max(stall["max"], stall["clock"].restart() / 1000)


ticker.timeout.connect(tick)


def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until_ready(action, label):
    got = []
    comuna.view.ready.connect(got.append)
    stall["max"], t0 = 0.0, time.perf_counter()
    stall["clock"].start()
    ticker.start()
    action()
    while not got and time.perf_counter() - t0 < 120:
        wait(20)
    ticker.stop()
    comuna.view.ready.disconnect(got.append)
    print(json.dumps({"step": label, "ready_s": round(time.perf_counter() - t0, 2), "count": got[-1] if got else None,
                      "longest_ui_stall_s": round(stall["max"], 3), "label": comuna.count.text(),
                      "message": comuna.message.text()}, ensure_ascii=False), flush=True)


def shot(name):
    wait(2500)  # let the canvas paint
    subprocess.run(["import", "-window", "root", f"{prefix}-{name}.png"], check=True)


until_ready(screen.show_map, "page")
shot("points")
uv = next(i for i in range(comuna.territory.count()) if comuna.territory.itemText(i).startswith("UV "))
until_ready(lambda: (comuna.territory.setCurrentIndex(uv),
                     comuna.category.setCurrentIndex(comuna.category.findData("microbasural"))), "filtered")
shot("filtered")
comuna.mode.setCurrentIndex(comuna.mode.findData("density"))
until_ready(lambda: comuna.territory.setCurrentIndex(0), "density whole comuna")
until_ready(lambda: comuna.category.setCurrentIndex(0), "density every category")
shot("density")
until_ready(lambda: comuna.territory.setCurrentIndex(uv), "density one UV")
shot("density-filtered")
print("blocked", comuna.view.blocked_requests, flush=True)
import os  # noqa: E402

os._exit(0)  # skip teardown: the process only takes pictures
