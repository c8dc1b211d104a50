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
    p = sub.add_parser("smoke-window")  # no help=: argparse then leaves it out of `gestor --help`
    p.set_defaults(func=cmd_smoke_window)


def _leaflet_page() -> str:
    import xstatic.pkg.leaflet as leaflet

    base = Path(leaflet.BASE_DIR)
    return (f'<html><head><link rel="stylesheet" href="{(base / "leaflet.css").as_uri()}">'
            f'<script src="{(base / "leaflet.js").as_uri()}"></script></head>'
            '<body><div id="m" style="height:200px"></div><script>'
            'var ok = typeof L === "object"; if (ok) { L.map("m").setView([-33.48, -70.54], 15); }'
            '</script></body></html>')


LOCAL_SCHEMES = {"file", "data", "qrc", "about", "blob", "chrome", "devtools", "gestor", "mbtiles", "asset", "tiles"}


def _watch_requests(app) -> list[str]:
    """Record every request the web engine makes that is not local (no network, ever)."""
    from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineUrlRequestInterceptor

    remote: list[str] = []

    class Interceptor(QWebEngineUrlRequestInterceptor):
        def interceptRequest(self, info) -> None:  # noqa: N802 - Qt override
            url = info.requestUrl()
            if url.scheme() not in LOCAL_SCHEMES:
                remote.append(url.toString())
                info.block(True)

    app._gestor_interceptor = Interceptor(app)
    QWebEngineProfile.defaultProfile().setUrlRequestInterceptor(app._gestor_interceptor)
    return remote


def _wait_for_views(app, root) -> int:
    """Let the web views of the screens (Map, Documents…) finish loading; return how many there are."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWebEngineWidgets import QWebEngineView

    views = root.findChildren(QWebEngineView)
    deadline = QDeadlineTimer(WEB_TIMEOUT_MS)
    while any(v.page().isLoading() for v in views if hasattr(v.page(), "isLoading")) and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return len(views)


def _check_maps(app, root) -> dict:
    """The Map screen's own page (its profile, schemes and request blocker): ready, nothing blocked."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    from gestor_app.ui.screens.map.view import MapView

    views = root.findChildren(MapView)
    deadline = QDeadlineTimer(WEB_TIMEOUT_MS)
    while not all(v.is_ready for v in views) and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return {"views": len(views), "ready": all(v.is_ready for v in views),
            "blocked": [u for v in views for u in v.blocked_requests]}


def _check_web_engine(app) -> dict:
    """A page that loads the bundled Leaflet from file: URLs; reports whether ``L`` exists."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer, QUrl
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
    view.deleteLater()  # page and view gone before the profile is released at exit
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


def cmd_smoke_window(args: argparse.Namespace, ctx) -> int:
    from gestor_app.core.config import RESOURCES_DIR
    from gestor_app.ui.app import build_main_window, create_application

    app = create_application()
    remote = _watch_requests(app)
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
        "resources": all((RESOURCES_DIR / f).is_file() for f in ("legend/legend.json", "plan/ambitos.json")),
        "web": _check_web_engine(app),
        "screen_web_views": _wait_for_views(app, window),
        "map": _check_maps(app, window),
        "remote_requests": remote,
        "frozen": bool(getattr(sys, "frozen", False)),
    }
    window.ctx.autosaver.flush()
    window.close()
    app.processEvents()
    ok = (checks["translators"] >= 2 and checks["window_icon"] and checks["resources"]
          and checks["web"]["loaded"] and checks["web"]["leaflet"] and not remote
          and checks["map"]["views"] >= 1 and checks["map"]["ready"] and not checks["map"]["blocked"])
    print(json.dumps({"smoke_window": "ok" if ok else "FAILED", **checks}, ensure_ascii=False))
    return 0 if ok else 1
