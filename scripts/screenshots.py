"""Screenshot of every section of the main window on the demo barrio (needs an X display):

    xvfb-run -a -s "-screen 0 1400x900x24" python scripts/screenshots.py OUT_DIR [KEY…]
"""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from gestor_app.ui.app import create_application

app = create_application()
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from gestor_app.core.config import load_config  # noqa: E402
from gestor_app.core.demo import fill_demo  # noqa: E402
from gestor_app.core.store import open_store  # noqa: E402
from gestor_app.ui.app import build_main_window  # noqa: E402


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
store = open_store(load_config(data_dir=Path(tempfile.mkdtemp()) / "data"))
fill_demo(store)
w = build_main_window(store)
w.resize(1400, 860)
w.move(0, 0)
w.show()
for key in sys.argv[2:] or w.keys:
    screen = w.show_screen(key)
    wait(2500 if key == "mapa" else 400)
    subprocess.run(["import", "-window", "root", str(out / f"{key}.png")], check=True)
    print(key, type(screen).__name__)
os._exit(0)  # skip teardown: the process only takes pictures
