"""Plain helpers for ``gestor.spec`` (importable without PyInstaller, so tests can check them)."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

XSTATIC_PACKAGES = (
    "xstatic.pkg.leaflet",
    "xstatic.pkg.leaflet_markercluster",
    "xstatic.pkg.jquery",
    "xstatic.pkg.font_awesome",
)


def read_project(pyproject: Path) -> dict:
    with pyproject.open("rb") as fh:
        return tomllib.load(fh)["project"]


def bundle_name(project: dict) -> str:
    return project["name"]


def executable_name() -> str:
    return "gestor"


def app_datas(root: Path) -> list[tuple[str, str]]:
    """(source, destination folder) pairs: resources, compiled catalogues, Alembic migrations."""
    pkg = root / "gestor_app"
    qm = sorted((pkg / "ui" / "i18n").glob("*.qm"))
    if not qm:
        raise SystemExit("gestor.spec: no .qm catalogues; build them first (make i18n-qm / make dist)")
    datas = [(str(root / "resources"), "resources")]
    datas += [(str(f), "gestor_app/ui/i18n") for f in qm]
    migrations = pkg / "core" / "db" / "migrations"
    for f in migrations.rglob("*"):
        if f.is_file() and "__pycache__" not in f.parts and f.suffix in (".py", ".mako", ".ini"):
            datas.append((str(f), str(f.parent.relative_to(root))))
    return datas


def archive_name(project: dict, platform: str = sys.platform) -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(platform, platform)
    return f"{project['name']}-{project['version']}-{system}-x86_64"


# --- trimming what the PySide6 hooks collect but the app never loads --------------------------------
# QtWebEngineCore links QtQuick/QtQml, so the hooks pull in every QML module (Quick3D, Controls, Charts…)
# with their libraries. The app has no QML: drop the QML folder, keep only the Qt libraries some kept
# binary really links (transitively), and only the Spanish/English translations and Chromium locales.
QT_LIB = re.compile(r"^(lib)?Qt6\w+\.(so\.6|dll)$")
CHROMIUM_LOCALES = {"en-US.pak", "es.pak", "es-419.pak"}


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def keep_data(dest: str) -> bool:
    d = _posix(dest)
    name = d.rsplit("/", 1)[-1]
    if not d.startswith("PySide6/"):
        return True
    if "/qml/" in f"/{d}":
        return False
    if "/qtwebengine_locales/" in d:
        return name in CHROMIUM_LOCALES
    if "/translations/" in d and name.endswith(".qm"):
        return "_es" in name
    return True


def prune_qt(binaries: list, datas: list, imports_of) -> tuple[list, list]:
    """``imports_of(src) -> set of library file names`` it links. Returns (binaries, datas): Qt libraries
    outside the link closure of the other binaries (extensions, plugins, QtWebEngineProcess) are dropped."""
    binaries = [b for b in binaries if keep_data(b[0])]
    by_name = {Path(_posix(b[0])).name: b for b in binaries}
    todo = [b for b in binaries if not QT_LIB.match(Path(_posix(b[0])).name)]
    kept = {id(b) for b in todo}
    while todo:
        for name in imports_of(todo.pop()[1]):
            lib = by_name.get(name)
            if lib is not None and id(lib) not in kept:
                kept.add(id(lib))
                todo.append(lib)
    return [b for b in binaries if id(b) in kept], [d for d in datas if keep_data(d[0])]
