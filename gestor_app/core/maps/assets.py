"""Where the map page's files come from: installed XStatic packages and our ``resources/map``.

Kept light (no folium import): the URL scheme handler uses it from application start."""

from __future__ import annotations

from pathlib import Path

import xstatic.pkg.font_awesome as xs_fa
import xstatic.pkg.jquery as xs_jquery
import xstatic.pkg.leaflet as xs_leaflet
import xstatic.pkg.leaflet_markercluster as xs_cluster

from gestor_app.core.config import RESOURCES_DIR

ASSET_DIRS: dict[str, Path] = {
    "leaflet": Path(xs_leaflet.BASE_DIR),
    "markercluster": Path(xs_cluster.BASE_DIR),
    "jquery": Path(xs_jquery.BASE_DIR),
    "fontawesome": Path(xs_fa.BASE_DIR),
    "gestor": RESOURCES_DIR / "map",
}


def resolve_asset(path: str) -> Path | None:
    """``/leaflet/leaflet.js`` → the file, only inside a known folder (no ``..`` escapes)."""
    parts = [p for p in path.split("/") if p]
    if len(parts) < 2 or parts[0] not in ASSET_DIRS:
        return None
    root = ASSET_DIRS[parts[0]].resolve()
    target = root.joinpath(*parts[1:]).resolve()
    return target if target.is_file() and target.is_relative_to(root) else None
