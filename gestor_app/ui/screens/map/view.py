"""MapView: the Leaflet map in a QWebEngineView, offline, with a small Python API.

Reusable: other screens embed it to pick a point (``set_mode("pick")`` → ``point_picked``) or to
draw (``set_mode("line")`` → ``geometry_drawn``). Python and the page talk through ONE
QWebChannel object with one command dispatcher each way (``resources/map/map.js``).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gestor_app.core.maps.basemaps import Basemap
from gestor_app.core.maps.page import Boundary, build_map_html
from gestor_app.ui.screens.map.schemes import AssetHandler, NetworkBlocker, TileHandler

log = logging.getLogger(__name__)
MODES = ("select", "point", "line", "polygon", "pick")
_PROFILE: QWebEngineProfile | None = None


def map_profile() -> QWebEngineProfile:
    """One off-the-record profile for every map view: local schemes and the network blocker."""
    global _PROFILE
    if _PROFILE is None:
        app = QCoreApplication.instance()
        profile = QWebEngineProfile(app)  # no storage name: off the record, nothing written to disk
        profile.assets = AssetHandler(profile)
        profile.tiles = TileHandler(parent=profile)
        profile.blocker = NetworkBlocker(profile)
        profile.installUrlSchemeHandler(b"asset", profile.assets)
        profile.installUrlSchemeHandler(b"tiles", profile.tiles)
        profile.setUrlRequestInterceptor(profile.blocker)
        _PROFILE = profile
    return _PROFILE


class _Bridge(QObject):
    """The one object the page sees (``gestor``): ``send(json)`` carries every message."""

    message = Signal(str)

    @Slot(str)
    def send(self, text: str) -> None:
        self.message.emit(text)


class _Page(QWebEnginePage):
    def javaScriptConsoleMessage(self, level, message, line, source):  # noqa: N802 - Qt override
        log.info("map js %s:%s %s", source, line, message)


class MapView(QWidget):
    ready = Signal(int)  # number of features shown
    feature_clicked = Signal(str)
    point_picked = Signal(float, float)  # lon, lat
    geometry_drawn = Signal(dict)  # GeoJSON geometry drawn in point/line/polygon mode
    geometry_edited = Signal(str, dict)  # feature id, new geometry (moved point, edited vertices)
    background_clicked = Signal()

    _page_counter = 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = map_profile()
        self.view = QWebEngineView(self)
        self.page = _Page(self.profile, self.view)
        self.page.settings().setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
        self.view.setPage(self.page)
        self.bridge = _Bridge(self)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("gestor", self.bridge)
        self.page.setWebChannel(self.channel)
        self.bridge.message.connect(self._dispatch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.is_ready = False
        self.mode = "select"
        self._pending: list[dict[str, Any]] = []
        self._page_name = ""

    # -- loading ---------------------------------------------------------------------------
    def load(self, features: list[Any], *, boundary: Boundary | None = None, basemap: Basemap | None = None,
             hints: dict[str, str] | None = None) -> None:
        if basemap is not None:
            self.profile.tiles.set_folder(Path(basemap.path).parent)
        html = build_map_html(features, boundary=boundary, basemap=basemap)
        self.load_html(html)
        self.mode = "select"
        if hints:
            self.run({"cmd": "hints", "hints": hints})

    def load_html(self, html: str) -> None:
        self.is_ready = False
        self._pending = []
        pages = self.profile.assets.pages
        pages.pop(self._page_name, None)
        MapView._page_counter += 1
        self._page_name = f"map{MapView._page_counter}.html"
        pages[self._page_name] = html.encode("utf-8")
        self.view.load(QUrl(f"asset:/page/{self._page_name}"))

    @property
    def blocked_requests(self) -> list[str]:
        return self.profile.blocker.blocked

    # -- Python → page ----------------------------------------------------------------------
    def run(self, command: dict[str, Any]) -> None:
        if not self.is_ready:
            self._pending.append(command)
            return
        self.page.runJavaScript(f"GestorMap.run({json.dumps(command, ensure_ascii=False)})")

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(mode)
        self.mode = mode
        self.run({"cmd": "mode", "mode": mode})

    def finish_drawing(self) -> None:
        self.run({"cmd": "finish"})

    def upsert_feature(self, feature: dict[str, Any]) -> None:
        self.run({"cmd": "upsert", "feature": feature})

    def remove_feature(self, feature_id: str) -> None:
        self.run({"cmd": "remove", "id": feature_id})

    def set_visible_categories(self, categories: list[str] | None) -> None:
        self.run({"cmd": "visible", "categories": categories})

    def select_feature(self, feature_id: str | None) -> None:
        self.run({"cmd": "select", "id": feature_id})

    def highlight(self, ids: list[str]) -> None:
        self.run({"cmd": "highlight", "ids": ids})

    # -- page → Python ----------------------------------------------------------------------
    def _dispatch(self, text: str) -> None:
        try:
            msg = json.loads(text)
        except json.JSONDecodeError:
            log.warning("map: mensaje ilegible %r", text[:200])
            return
        cmd = msg.get("cmd") if isinstance(msg, dict) else None
        if cmd == "ready":
            self.is_ready = True
            pending, self._pending = self._pending, []
            for c in pending:
                self.run(c)
            self.ready.emit(int(msg.get("count", 0)))
        elif cmd == "click":
            self.feature_clicked.emit(str(msg["id"]))
        elif cmd == "picked":
            self.point_picked.emit(float(msg["lon"]), float(msg["lat"]))
        elif cmd == "drawn" and isinstance(msg.get("geometry"), dict):
            self.geometry_drawn.emit(msg["geometry"])
        elif cmd == "edited" and isinstance(msg.get("geometry"), dict):
            self.geometry_edited.emit(str(msg["id"]), msg["geometry"])
        elif cmd == "background":
            self.background_clicked.emit()
