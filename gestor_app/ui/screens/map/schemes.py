"""Offline plumbing of the map view: ``asset:`` and ``tiles:`` URL schemes, a blocker of http(s).

* ``asset:/<folder>/<file>``: Leaflet & co. from the installed XStatic packages, our ``resources/map``
  files, and the page itself (``asset:/page/<n>.html``, held in memory: no 2 MB ``setHtml`` limit).
* ``tiles:/<basemap>/<z>/<x>/<y>``: a tile of an MBTiles basemap (XYZ asked, TMS row read).
* ``NetworkBlocker``: every http(s) request is refused and recorded (tests assert it stays empty).
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from gestor_app.core.maps.assets import resolve_asset
from gestor_app.core.maps.mbtiles import MBTiles

SCHEMES = (b"asset", b"tiles")
_MIME = {".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".woff2": "font/woff2",
         ".woff": "font/woff", ".ttf": "font/ttf", ".svg": "image/svg+xml", ".png": "image/png"}


def register_schemes() -> None:
    for name in SCHEMES:
        if QWebEngineUrlScheme.schemeByName(name).name():
            continue
        scheme = QWebEngineUrlScheme(name)
        scheme.setSyntax(QWebEngineUrlScheme.Syntax.Path)
        scheme.setFlags(QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.LocalAccessAllowed
                        | QWebEngineUrlScheme.Flag.CorsEnabled | QWebEngineUrlScheme.Flag.ContentSecurityPolicyIgnored
                        | QWebEngineUrlScheme.Flag.FetchApiAllowed)
        QWebEngineUrlScheme.registerScheme(scheme)


def _reply(job: QWebEngineUrlRequestJob, data: bytes, mime: str) -> None:
    buf = QBuffer(job)  # owned by the job: freed with it
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    job.reply(QByteArray(mime.encode()), buf)


class AssetHandler(QWebEngineUrlSchemeHandler):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pages: dict[str, bytes] = {}
        self.served: list[str] = []

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 - Qt override
        path = job.requestUrl().path()
        self.served.append(path)
        if path.startswith("/page/") and path[6:] in self.pages:
            _reply(job, self.pages[path[6:]], "text/html")
            return
        target = resolve_asset(path)
        if target is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        mime = _MIME.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        _reply(job, target.read_bytes(), mime)


class TileHandler(QWebEngineUrlSchemeHandler):
    """Serves tiles of the MBTiles files in one folder; files are opened once, read-only."""

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._open: dict[str, MBTiles] = {}

    def set_folder(self, folder: Path) -> None:
        if folder != self.folder:
            self.close()
            self.folder = folder

    def tile(self, path: str) -> tuple[bytes, str] | None:
        parts = [p for p in path.split("/") if p]
        if self.folder is None or len(parts) != 4 or not all(p.isdigit() for p in parts[1:]):
            return None
        key = parts[0]
        if key not in self._open:
            f = self.folder / f"{key}.mbtiles"
            if "/" in key or not f.is_file():
                return None
            self._open[key] = MBTiles.open(f)
        mb = self._open[key]
        data = mb.tile(int(parts[1]), int(parts[2]), int(parts[3]))
        return (data, mb.mime_type) if data is not None else None

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 - Qt override
        try:
            found = self.tile(job.requestUrl().path())
        except Exception:  # a damaged file must not break the map
            found = None
        if found is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        else:
            _reply(job, *found)

    def close(self) -> None:
        for mb in self._open.values():
            mb.close()
        self._open.clear()


class NetworkBlocker(QWebEngineUrlRequestInterceptor):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 - Qt override
        url = info.requestUrl()
        if url.scheme() in ("http", "https", "ws", "wss", "ftp"):
            self.blocked.append(url.toString())
            info.block(True)
