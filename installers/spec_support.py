"""Plain helpers for ``gestor.spec`` (importable without PyInstaller, so tests can check them)."""

from __future__ import annotations

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
