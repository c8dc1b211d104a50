"""Hidden ``gestor smoke-window``: proves a (frozen) installation is complete, for ``make dist-check``.

Opens the main window offscreen, visits every section (Map and Documents included when present),
loads a local page using the bundled Leaflet in a QWebEngineView (QtWebEngineProcess, its .pak
resources and the XStatic files must all be there), checks translations and resources, closes.
Prints one JSON line; exit 1 when a check fails.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

WEB_TIMEOUT_MS = 60_000


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("smoke-window", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_smoke_window)


def _leaflet_page() -> str:
    import xstatic.pkg.leaflet as leaflet

    base = Path(leaflet.BASE_DIR)
    return (f'<html><head><link rel="stylesheet" href="{(base / "leaflet.css").as_uri()}">'
            f'<script src="{(base / "leaflet.js").as_uri()}"></script></head>'
            '<body><div id="m" style="height:200px"></div><script>'
            'var ok = typeof L === "object"; if (ok) { L.map("m").setView([-33.48, -70.54], 15); }'
            '</script></body></html>')


def _check_web_engine(app) -> dict:
    """A page that loads the bundled Leaflet from file: URLs; reports whether ``L`` exists."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView

    view = QWebEngineView()
    view.resize(400, 300)
    view.show()
    loop = QEventLoop()
    result: dict = {"loaded": False, "leaflet": False}

    def finished(ok: bool) -> None:
        result["loaded"] = bool(ok)
        if not ok:
            loop.quit()
            return
        view.page().runJavaScript("ok", 0, lambda value: (result.update(leaflet=value is True), loop.quit()))

    view.loadFinished.connect(finished)
    QTimer.singleShot(WEB_TIMEOUT_MS, loop.quit)
    view.setHtml(_leaflet_page(), QUrl.fromLocalFile(str(Path.cwd()) + "/"))
    loop.exec()
    view.close()
    view.deleteLater()
    app.processEvents()
    return result


def cmd_smoke_window(args: argparse.Namespace, ctx) -> int:
    from gestor_app.core.config import RESOURCES_DIR
    from gestor_app.ui.app import build_main_window, create_application

    app = create_application()
    window = build_main_window(ctx.store())
    window.show()
    app.processEvents()
    screens = []
    for key in window.keys:
        screen = window.show_screen(key)
        app.processEvents()
        screens.append(f"{key}:{type(screen).__name__}")
    checks = {
        "screens": screens,
        "translators": len(app._gestor_translators),
        "window_icon": not app.windowIcon().isNull(),
        "resources": (RESOURCES_DIR / "legend" / "legend.json").is_file(),
        "web": _check_web_engine(app),
        "frozen": bool(getattr(sys, "frozen", False)),
    }
    window.ctx.autosaver.flush()
    window.close()
    app.processEvents()
    ok = (checks["translators"] >= 2 and checks["window_icon"] and checks["resources"]
          and checks["web"]["loaded"] and checks["web"]["leaflet"])
    print(json.dumps({"smoke_window": "ok" if ok else "FAILED", **checks}, ensure_ascii=False))
    return 0 if ok else 1
