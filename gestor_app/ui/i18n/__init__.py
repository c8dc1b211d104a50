"""Qt Linguist catalogues, one per area of the interface.

Source strings are English (``self.tr("...")``); ``<area>_es_CL.ts`` holds the Spanish (Chile)
translation and is compiled to ``.qm`` by ``make`` (``pyside6-lrelease``). An *area* is a module
or package directly under ``ui/screens/`` (e.g. ``screens/map.py`` → ``map``); everything else in
``ui/`` belongs to ``shell``. ``tests/ui/test_i18n.py`` fails when a string lacks its translation.

    python -m gestor_app.ui.i18n update    # refresh every .ts from the sources (after editing UI text)
    python -m gestor_app.ui.i18n missing   # list strings still without Spanish
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent
UI_DIR = I18N_DIR.parent
LOCALE = "es_CL"


def area_of(path: Path) -> str:
    rel = path.relative_to(UI_DIR)
    if rel.parts[0] == "screens" and len(rel.parts) > 1 and rel.parts[1] != "__init__.py":
        return Path(rel.parts[1]).stem
    return "shell"


def sources_by_area() -> dict[str, list[Path]]:
    areas: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(UI_DIR.rglob("*.py")):
        if I18N_DIR not in path.parents:
            areas[area_of(path)].append(path)
    return dict(areas)


def catalogue(area: str) -> Path:
    return I18N_DIR / f"{area}_{LOCALE}.ts"


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    return found


def _lupdate(files: list[Path], ts: Path) -> None:
    """lupdate writes the catalogue in its own format, without source line numbers (an edit
    elsewhere in a file does not change its catalogue; two branches touching one area merge)."""
    subprocess.run([lupdate(), *map(str, files), "-ts", str(ts), "-no-obsolete", "-silent", "-locations", "none",
                    "-target-language", LOCALE], check=True)


def update(ts_for: dict[str, Path] | None = None) -> dict[str, Path]:
    """Run lupdate per area; return {area: ts}. ``ts_for`` redirects output (tests use a temp dir)."""
    out: dict[str, Path] = {}
    for area, files in sources_by_area().items():
        ts = (ts_for or {}).get(area, catalogue(area))
        _lupdate(files, ts)
        if not messages(ts):  # an area with no user-visible text needs no catalogue
            ts.unlink()
            continue
        out[area] = ts
    return out


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """{(context, source): translation or None when missing/unfinished}."""
    result: dict[tuple[str, str], str | None] = {}
    if not ts.exists():
        return result
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and (tr.text or "").strip() and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            result[(name, msg.findtext("source") or "")] = tr.text if done else None
    return result


def apply_translations(ts: Path, mapping: dict[str, str]) -> int:
    """Fill translations by source text (all contexts); return how many were set."""
    tree = ET.parse(ts)
    n = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src in mapping and tr is not None:
            tr.text = mapping[src]
            tr.attrib.pop("type", None)
            n += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    area = next((a for a, files in sources_by_area().items() if Path(ts).resolve() == catalogue(a).resolve()), None)
    if area is not None:  # back to lupdate's own format: `update` then changes nothing
        _lupdate(sources_by_area()[area], catalogue(area))
    return n


def _main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        for ts in update().values():
            missing = [k for k, v in messages(ts).items() if v is None]
            print(f"{ts.name}: {len(missing)} sin traducir")
        return 0
    if argv[:1] == ["missing"]:
        bad = 0
        for area in sources_by_area():
            for (ctx, src), tr in messages(catalogue(area)).items():
                if tr is None:
                    bad += 1
                    print(f"{area}\t{ctx}\t{src}")
        return 1 if bad else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
