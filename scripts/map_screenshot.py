"""Screenshot of the map screen on the demo barrio with a synthetic basemap (needs an X display):

    xvfb-run -a -s "-screen 0 1400x900x24" python scripts/map_screenshot.py /tmp/map.png [SEARCH] [--select]
"""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from gestor_app.ui.app import create_application

app = create_application()  # before anything that builds widgets
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from gestor_app.core.config import load_config  # noqa: E402
from gestor_app.core.demo import fill_demo  # noqa: E402
from gestor_app.core.maps.basemaps import import_basemap  # noqa: E402
from gestor_app.core.store import open_store  # noqa: E402
from gestor_app.ui.app import build_main_window  # noqa: E402
from tests.support.basemap import make_synthetic_basemap  # noqa: E402


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


tmp = Path(tempfile.mkdtemp())
store = open_store(load_config(data_dir=tmp / "data"))
fill_demo(store)
import_basemap(store.config.data_dir, make_synthetic_basemap(tmp / "base.mbtiles"))
w = build_main_window(store)
w.resize(1400, 860)
w.move(0, 0)
w.show()
screen = w.show_screen("mapa")
for _ in range(100):
    if screen.view.is_ready:
        break
    wait(100)
if len(sys.argv) > 2:
    found = screen.run_search(sys.argv[2])
    if found and "--select" in sys.argv:
        screen.select(found[0])
wait(2500)
print("ready", screen.view.is_ready, screen.view.blocked_requests)
subprocess.run(["import", "-window", "root", sys.argv[1]])
os._exit(0)  # skip teardown: the process only takes a picture
