"""A 60-item walk with 40 phone photos (EXIF with GPS and camera) renders across pages: every item
present, every photo as a thumbnail, no EXIF left in the PDF."""

from __future__ import annotations

import copy
from pathlib import Path

from pypdf import PdfReader

from gestor_app.core.docs.registry import render_document
from gestor_app.core.field.templates import default_template, parse_template
from gestor_app.core.models.walk import REFERRAL_UNITS
from gestor_app.core.services.territories import create_territory
from gestor_app.core.services.walk_photos import add_answer_photo
from gestor_app.core.services.walks import create_walk, set_answer, set_route
from tests.core.docs.support import pdf_pages
from tests.support.photos import jpeg_with_gps


def _sixty_item_template():
    raw = copy.deepcopy(dict(default_template().raw))
    raw["id"], raw["version"] = "prueba-60", 1
    have = sum(len(s["items"]) for s in raw["sections"])
    raw["sections"].append({"key": "Z", "title": "Z. Ítems adicionales del municipio", "items": [
        {"key": f"Z{i}", "text": f"Ítem adicional n.º {i}: ¿señalética en buen estado?", "type": "scale"}
        for i in range(1, 61 - have)]})
    return parse_template(raw)


def test_sixty_items_forty_photos(store, tmp_path: Path):
    t = _sixty_item_template()
    keys = [i.key for _s, i in t.items()]
    assert len(keys) == 60
    with store.transaction() as s:
        terr = create_territory(s, name="Villa Ñandú", level="barrio", boundary={"type": "Polygon", "coordinates": [
            [[-70.556, -33.470], [-70.550, -33.470], [-70.550, -33.475], [-70.556, -33.475], [-70.556, -33.470]]]})
        w = create_walk(s, territory_id=terr.id, template=t, title="Marcha larga", facilitator="Gestora Pérez")
        set_route(s, walk_id=w.id, coordinates=[[-70.555, -33.471], [-70.553, -33.473], [-70.551, -33.474]])
        for n, (_sec, item) in enumerate(t.items()):
            value = {"scale": str(n % 4), "yes_no": "si", "number": "3"}.get(item.type, f"Respuesta abierta {n}")
            set_answer(s, walk_id=w.id, item_key=item.key, value=value, comment=f"Comentario del ítem {item.key}",
                       priority="Alta" if n % 3 == 0 else None, referral=REFERRAL_UNITS[n % 4] if n % 2 else None,
                       point=(-70.555 + 0.0001 * n, -33.4705 - 0.00007 * n))
        original = jpeg_with_gps()
        assert b"Exif" in original and b"CamaraDePrueba" in original
        for n in range(40):
            add_answer_photo(s, photos_dir=store.config.photos_dir, walk_id=w.id, item_key=keys[n % 30],
                             data=jpeg_with_gps(color=(40 + n * 5, 90, 200 - n * 4)), original_name=f"IMG_{n}.jpg")
    out = tmp_path / "walk.pdf"
    with store.transaction() as s:
        pages = render_document(s, store.config, kind="walk", record_id=w.id, out=out, audience="internal")
    texts = pdf_pages(out)
    assert pages == len(texts) > 8
    text = "\n".join(texts)
    for key in keys:
        assert f"Comentario del ítem {key}" in text
    assert sum(f"foto {k}" in text for k in range(1, 3)) == 2 and text.count("· foto ") == 40
    assert all(f"Página {n} de {pages}" in texts[n - 1] for n in range(1, pages + 1))
    for unit in REFERRAL_UNITS[1:4:2]:
        assert sum(f"Derivación a {unit}" in t for t in texts) == 1
    jpegs = [img for p in PdfReader(out).pages for img in p.images if img.name.lower().endswith((".jpg", ".jpeg"))]
    assert len(jpegs) == 40
    raw = out.read_bytes()
    assert b"Exif" not in raw and b"CamaraDePrueba" not in raw
