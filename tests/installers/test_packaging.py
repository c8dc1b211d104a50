"""Fast checks of the packaging files; the real build is checked by `make dist-check`."""

from __future__ import annotations

import configparser
import struct
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
ICONS = ROOT / "resources" / "icons"
sys.path.insert(0, str(INSTALLERS))
import spec_support  # noqa: E402

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def test_spec_reads_name_and_version_from_pyproject(tmp_path):
    fake = tmp_path / "pyproject.toml"
    fake.write_text('[project]\nname = "gestor-territorial"\nversion = "9.8.7"\n')
    project = spec_support.read_project(fake)
    assert project["version"] == "9.8.7"
    assert spec_support.archive_name(project, "linux") == "gestor-territorial-9.8.7-linux-x86_64"
    assert spec_support.read_project(ROOT / "pyproject.toml")["version"] == PROJECT["version"]
    spec = (INSTALLERS / "gestor.spec").read_text()
    assert "read_project(ROOT / \"pyproject.toml\")" in spec and "tomllib" in spec


def test_spec_data_includes_resources_catalogues_and_migrations():
    if not list((ROOT / "gestor_app" / "ui" / "i18n").glob("*.qm")):
        pytest.skip(".qm not built")
    datas = spec_support.app_datas(ROOT)
    dests = {dest for _, dest in datas}
    sources = {Path(src).name for src, _ in datas}
    assert "resources" in dests and "gestor_app/ui/i18n" in dests
    assert {"script.py.mako", "env.py", "0001_initial.py"} <= sources
    assert "gestor_app/core/db/migrations/versions" in dests


def test_xstatic_packages_have_their_files():
    import importlib

    for name in spec_support.XSTATIC_PACKAGES:
        base = Path(importlib.import_module(name).BASE_DIR)
        assert base.is_dir() and any(base.iterdir()), name


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(INSTALLERS / "linux" / "gestor-territorial.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_has_valid_keys():
    entry = desktop_entry()
    known = {"Type", "Version", "Name", "GenericName", "Comment", "Exec", "TryExec", "Icon", "Terminal",
             "Categories", "Keywords", "MimeType", "StartupWMClass"}
    assert set(entry) <= known
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"].startswith("gestor ") and "%f" in entry["Exec"]
    assert entry["Categories"].endswith(";") and entry["MimeType"] == "application/x-gestor-bundle;"
    assert "barrio" in entry["Comment"]  # Spanish


def test_mime_type_matches_bundle_extension():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(INSTALLERS / "linux" / "gestor-territorial-mime.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime.get("type") == desktop_entry()["MimeType"].rstrip(";")
    assert mime.find("m:glob", ns).get("pattern") == "*.gtbundle"
    assert (ICONS / f"{mime.find('m:icon', ns).get('name')}.svg").is_file()


def test_inno_setup_script_is_per_user_and_registers_the_bundle():
    iss = (INSTALLERS / "windows" / "gestor-territorial.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert '.gtbundle' in iss and '--import-bundle ""%1""' in iss
    assert "{autodesktop}" in iss and "{autoprograms}" in iss or "{group}" in iss


@pytest.mark.parametrize("name", ["gestor-territorial", "gestor-bundle"])
def test_icon_pngs_have_their_sizes(name):
    sys.path.insert(0, str(INSTALLERS))
    from render_icons import SIZES

    for size in SIZES:
        png = (ICONS / f"{name}-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    ico = (ICONS / f"{name}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    assert (ICONS / f"{name}.svg").read_text().lstrip().startswith("<?xml")


def test_prune_qt_keeps_the_link_closure_and_spanish_only():
    binaries = [
        ("PySide6/QtWebEngineWidgets.abi3.so", "ext", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", "core", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "quick", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick3D.so.6", "quick3d", "BINARY"),
        ("PySide6/Qt/qml/QtQuick3D/libqquick3dplugin.so", "plugin3d", "BINARY"),
        ("libicudata.so.73", "icu", "BINARY"),
    ]
    links = {"ext": {"libQt6WebEngineCore.so.6"}, "core": {"libQt6Quick.so.6"}, "plugin3d": {"libQt6Quick3D.so.6"}}
    datas = [("PySide6/Qt/translations/qtwebengine_locales/es-419.pak", "a", "DATA"),
             ("PySide6/Qt/translations/qtwebengine_locales/fr.pak", "b", "DATA"),
             ("PySide6/Qt/translations/qtbase_es.qm", "c", "DATA"),
             ("PySide6/Qt/translations/qtbase_fr.qm", "d", "DATA"),
             ("PySide6/Qt/qml/QtQuick/qmldir", "e", "DATA"),
             ("resources/legend/legend.json", "f", "DATA")]
    kept_bin, kept_data = spec_support.prune_qt(binaries, datas, lambda src: links.get(src, set()))
    assert [b[1] for b in kept_bin] == ["ext", "core", "quick", "icu"]
    assert [d[1] for d in kept_data] == ["a", "c", "f"]
