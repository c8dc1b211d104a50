"""Child process for the SIGKILL test: opens the real window, types, waits ~1 s, says READY."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from gestor_app.core.config import load_config
from gestor_app.core.demo import fill_demo
from gestor_app.core.store import open_store
from gestor_app.ui.app import build_main_window, create_application

app = create_application()
store = open_store(load_config(data_dir=sys.argv[1]))
fill_demo(store)
window = build_main_window(store)
window.show()
screen = window.show_screen("informacion")


def type_text() -> None:
    screen.description.setFocus()
    screen.description.moveCursor(screen.description.textCursor().MoveOperation.End)
    QTest.keyClicks(screen.description, sys.argv[2])
    QTimer.singleShot(1000, lambda: print("READY", flush=True))  # the person stops typing; 1 s later: power cut


QTimer.singleShot(100, type_text)
app.exec()
