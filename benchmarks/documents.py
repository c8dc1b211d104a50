"""PDF documents through the public registry (``render_bytes``), each a median of several runs:
the demo acta (budget 0.5 s), a 100-activity action plan and a 60-item walk with 40 phone-sized
photos (budget prorated from "100-page report ≤ 10 s", i.e. 0.1 s a page).

Baseline, in the same run: a one-page reportlab document with a single paragraph (what reportlab
itself costs to start a document and write a page). The data lives in a temporary data dir made
here (demo barrio plus the big plan and walk), not in the generated comuna.
"""

from __future__ import annotations

import io
import random
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from benchmarks import Figure, median_time

PAGE_BUDGET_S = 0.1  # GUIDE.md §6: a 100-page report in 10 s


def baseline_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([Paragraph("Acta de sesión de la Mesa de Seguridad.",
                                                         getSampleStyleSheet()["Normal"])])
    return buf.getvalue()


def _photo(n: int, size: tuple[int, int] = (1280, 960)) -> bytes:
    """A phone-sized JPEG with texture (flat colours would compress to nothing)."""
    from PIL import Image

    rnd = random.Random(n)
    img = Image.effect_noise(size, 40).convert("RGB")
    tint = Image.new("RGB", size, (rnd.randrange(40, 220), rnd.randrange(40, 220), rnd.randrange(40, 220)))
    out = io.BytesIO()
    Image.blend(img, tint, 0.6).save(out, "JPEG", quality=85)
    return out.getvalue()


def big_plan(session, *, activities: int = 100) -> str:
    from gestor_app.core.services.plans import create_activity, get_or_create_plan
    from gestor_app.core.services.territories import create_territory

    t = create_territory(session, name="Villa Benchmark Plan", level="barrio", boundary={
        "type": "Polygon", "coordinates": [[[-70.556, -33.470], [-70.550, -33.470], [-70.550, -33.475],
                                            [-70.556, -33.475], [-70.556, -33.470]]]})
    plan = get_or_create_plan(session, territory_id=t.id)
    statuses = ["pendiente", "en_curso", "cumplida", "atrasada", "cancelada"]
    prev = None
    for n in range(activities):
        start = date(2026, 9, 1) + timedelta(days=5 * n)
        status = statuses[n % 5]
        a = create_activity(session, plan_id=plan.id, title=f"Actividad n.º {n + 1}: operativo preventivo en pasaje",
                            responsible="Gestora territorial", institution="Seguridad Municipal", start_date=start,
                            end_date=start + timedelta(days=20 + n % 40), status=status,
                            progress={"cumplida": 100, "en_curso": 50}.get(status, 0),
                            depends_on=[prev] if prev and n % 4 == 1 else [])
        prev = a.id
    return plan.id


def big_walk(session, photos_dir: Path, *, items: int = 60, photos: int = 40) -> str:
    import copy

    from gestor_app.core.field.templates import default_template, parse_template
    from gestor_app.core.models.walk import REFERRAL_UNITS
    from gestor_app.core.services.territories import create_territory
    from gestor_app.core.services.walk_photos import add_answer_photo
    from gestor_app.core.services.walks import create_walk, set_answer, set_route

    raw = copy.deepcopy(dict(default_template().raw))
    raw["id"], raw["version"] = "benchmark-60", 1
    have = sum(len(s["items"]) for s in raw["sections"])
    if items > have:  # the default checklist, then scale items up to ``items``
        raw["sections"].append({"key": "Z", "title": "Z. Ítems adicionales", "items": [
            {"key": f"Z{i}", "text": f"Ítem adicional n.º {i}", "type": "scale"} for i in range(1, items + 1 - have)]})
    template = parse_template(raw)
    t = create_territory(session, name="Villa Benchmark Marcha", level="barrio", boundary={
        "type": "Polygon", "coordinates": [[[-70.556, -33.470], [-70.550, -33.470], [-70.550, -33.475],
                                            [-70.556, -33.475], [-70.556, -33.470]]]})
    w = create_walk(session, territory_id=t.id, template=template, title="Marcha de benchmark", facilitator="Gestora")
    set_route(session, walk_id=w.id, coordinates=[[-70.555, -33.471], [-70.553, -33.473], [-70.551, -33.474]])
    keys = []
    for n, (_sec, item) in enumerate(template.items()):
        keys.append(item.key)
        value = {"scale": str(n % 4), "yes_no": "si", "number": "3"}.get(item.type, f"Respuesta abierta {n}")
        set_answer(session, walk_id=w.id, item_key=item.key, value=value, comment=f"Comentario del ítem {item.key}",
                   priority="Alta" if n % 3 == 0 else None, referral=REFERRAL_UNITS[n % 4] if n % 2 else None,
                   point=(-70.555 + 0.0001 * n, -33.4705 - 0.00007 * n))
    for n in range(photos):
        add_answer_photo(session, photos_dir=photos_dir, walk_id=w.id, item_key=keys[n % len(keys)],
                         data=_photo(n), original_name=f"IMG_{n}.jpg")
    return w.id


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def run(data_dir: Path | None = None, *, activities: int = 100, walk_items: int = 60, photos: int = 40,
        repeat: int = 5) -> list[Figure]:
    """``data_dir``: an empty folder to fill (default: a temporary one, removed afterwards)."""
    from gestor_app.core.config import load_config
    from gestor_app.core.demo import demo_id, fill_demo
    from gestor_app.core.docs.registry import render_bytes
    from gestor_app.core.store import open_store

    tmp = None if data_dir else tempfile.mkdtemp(prefix="gestor-bench-docs-")
    root = Path(data_dir or tmp)
    try:
        store = open_store(load_config(data_dir=root))
        fill_demo(store)
        with store.transaction() as s:
            plan_id = big_plan(s, activities=activities)
            walk_id = big_walk(s, store.config.photos_dir, items=walk_items, photos=photos)
        acta_id = demo_id("meeting:mesa-1")
        base = median_time(baseline_pdf, repeat=repeat)
        figures = []
        with store.transaction() as s:
            jobs = [("acta", acta_id, "community", "acta de la Mesa de Seguridad (demo)"),
                    ("plan", plan_id, "internal", f"plan de acción con {activities} actividades"),
                    ("walk", walk_id, "internal", f"marcha de {walk_items} ítems con {photos} fotos")]
            for kind, rid, audience, name in jobs:
                pdf = render_bytes(s, store.config, kind=kind, record_id=rid, audience=audience)
                pages = _pages(pdf)
                took = median_time(lambda k=kind, r=rid, a=audience: render_bytes(
                    s, store.config, kind=k, record_id=r, audience=a), repeat=repeat)
                budget = 0.5 if kind == "acta" else PAGE_BUDGET_S * pages
                figures.append(Figure(f"PDF: {name}", took, budget_s=budget, baseline_s=base,
                                      note=f"{pages} páginas, {len(pdf) // 1024} KiB"))
        store.close()
        return figures
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
