"""The Plan de acción parsed back from the PDF: objectives, metas, activities, the carta Gantt (its
labels, its split across pages with the month scale repeated, today from the options), the map of
linked places without sensitive points in the community version, the mapa de redes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from gestor_app.core.demo import demo_id
from gestor_app.core.docs.documents.plan import GanttChart, GanttRow, gantt_range
from gestor_app.core.docs.registry import list_records, render_document
from gestor_app.core.models.plans import Activity
from gestor_app.core.services.plans import (
    create_activity,
    get_or_create_plan,
    list_activities,
    update_activity,
)
from gestor_app.core.services.territories import create_territory
from tests.core.docs.support import pdf_pages

PLAN = demo_id("plan:quillayes")
TODAY = date(2026, 12, 3)
DRUGS = "Punto de venta de drogas"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _render(store, tmp_path: Path, record_id: str, audience: str = "internal", **options) -> tuple[int, list[str]]:
    out = tmp_path / f"plan-{audience}.pdf"
    with store.transaction() as s:
        pages = render_document(s, store.config, kind="plan", record_id=record_id, out=out, audience=audience,
                                options={"today": TODAY, **options})
    texts = pdf_pages(out)
    assert len(texts) == pages
    return pages, texts


def test_demo_plan_sections_and_gantt(demo_store, tmp_path: Path):
    with demo_store.transaction() as s:
        assert [r.id for r in list_records(s, "plans")] == [PLAN]
        titles = [a.title for a in list_activities(s, plan_id=PLAN)]
    pages, texts = _render(demo_store, tmp_path, PLAN)
    assert pages >= 3 and all(f"Página {n} de {pages}" in t for n, t in enumerate(texts, 1))
    text = _flat("\n".join(texts))
    for s_ in ("Objetivo general", "Disminuir la percepción de inseguridad", "Objetivos específicos",
               "Recuperar la iluminación peatonal de pasajes y plaza.", "Problemáticas vinculadas", "Metas",
               "Luminarias funcionando en pasajes y plaza", "19 luminarias (25-11-2026)", "31 % de avance",
               "sin mediciones", "Actividades", "Carta Gantt", "3 de diciembre de 2026", "Mapa de redes",
               "Junta de vecinos Los Quillayes", "Carabineros — cuadrante", "Colaboración", "Institución",
               "Ámbito del Plan Comunal: Participación comunitaria", "Prevención situacional"):
        assert s_ in text, s_
    gantt = [_flat(t) for t in texts if "Carta Gantt" in t or "Actividad (continuación)" in t]
    assert gantt
    for n, title in enumerate(titles, 1):  # the Gantt labels "N. title" (the table has N in its own cell)
        assert any(f"{n}. {title}" in g for g in gantt), title
    assert "La línea «hoy» marca el 3 de diciembre de 2026" in text


def test_today_comes_from_the_options(demo_store, tmp_path: Path):
    _p, early = _render(demo_store, tmp_path, PLAN, today=date(2026, 10, 1))
    _p, late = _render(demo_store, tmp_path, PLAN, today="2028-01-01")
    assert "Situación al 1 de octubre de 2026" in _flat(early[0]) and "0 atrasadas" in _flat(early[0])
    assert "Situación al 1 de enero de 2028" in _flat(late[0]) and "0 atrasadas" not in _flat(late[0])


def test_community_version_drops_sensitive_places(demo_store, tmp_path: Path):
    with demo_store.transaction() as s:
        act = list_activities(s, plan_id=PLAN)[0]
        update_activity(s, act.id, feature_ids=[*act.feature_ids, demo_id("map_feature:hot2")])
    _p, internal = _render(demo_store, tmp_path, PLAN, "internal")
    _p, community = _render(demo_store, tmp_path, PLAN, "community")
    assert DRUGS in _flat("\n".join(internal))
    c = _flat("\n".join(community))
    assert DRUGS not in c and "Luminaria apagada pasaje 2" in c and "Versión para la comunidad" in c


def _big_plan(s) -> tuple[str, list[str]]:
    t = create_territory(s, name="Villa Ñandú", level="barrio", boundary={"type": "Polygon", "coordinates": [
        [[-70.556, -33.470], [-70.550, -33.470], [-70.550, -33.475], [-70.556, -33.475], [-70.556, -33.470]]]})
    plan = get_or_create_plan(s, territory_id=t.id)
    statuses = ["pendiente", "en_curso", "cumplida", "atrasada", "cancelada"]
    titles, prev = [], None
    for n in range(100):
        start = date(2026, 9, 1) + timedelta(days=5 * n)
        title = f"Actividad n.º {n + 1}: operativo de prevención en el pasaje Ñuble {n % 7}"
        status = statuses[n % 5]
        a = create_activity(s, plan_id=plan.id, title=title, responsible="Gestora Pérez", institution="Municipio",
                            start_date=start, end_date=start + timedelta(days=20 + n % 40), status=status,
                            progress={"cumplida": 100, "en_curso": 50}.get(status, 0),
                            depends_on=[prev] if prev and n % 4 == 1 else [])
        titles.append(title)
        prev = a.id
    return plan.id, titles


def test_hundred_activity_plan_renders_across_pages(store, tmp_path: Path):
    with store.transaction() as s:
        plan_id, titles = _big_plan(s)
    pages, texts = _render(store, tmp_path, plan_id)
    flat = [_flat(t) for t in texts]
    gantt = [t for t in flat if "Actividad (continuación)" in t or "Carta Gantt" in t]
    assert len(gantt) >= 3  # the chart spans several pages
    continued = [t for t in flat if "Actividad (continuación)" in t]
    assert len(continued) >= 2
    for t in continued:  # every part repeats the month scale
        assert "2026" in t and "2027" in t and "ene" in t and "jun" in t
    everything = " ".join(flat)
    for n, title in enumerate(titles, 1):
        assert f"{n}. {title}" in " ".join(gantt), title  # in the Gantt
        assert title in everything
    assert all(f"Página {n} de {pages}" in t for n, t in enumerate(texts, 1))


def test_gantt_split_keeps_every_row_and_the_scale():
    acts = [Activity(id=str(i), title=f"A{i}", start_date=date(2027, 1, 1) + timedelta(days=9 * i),
                     end_date=date(2027, 1, 20) + timedelta(days=9 * i), status="pendiente", progress=0,
                     depends_on=[]) for i in range(40)]
    first, last = gantt_range(acts, date(2027, 2, 1))
    assert (first, last) == (date(2027, 1, 1), date(2028, 2, 1))  # whole months around every bar
    chart = GanttChart([GanttRow(i + 1, a, a.status) for i, a in enumerate(acts)], first, last, date(2027, 2, 1))
    _w, h = chart.wrap(500, 10_000)
    head, tail = chart.split(500, h / 3)
    assert len(head.rows) + len(tail.rows) == 40 and head.wrap(500, 0)[1] <= h / 3 and tail.continued
    assert not head.continued and head.rows[0].number == 1 and tail.rows[0].number == len(head.rows) + 1
    assert chart.split(500, chart.scale_h + chart.row_h) == []  # too little room: whole chart moves on
    assert chart.x_of(first) == chart.plot_x and abs(chart.x_of(last) - chart.width) < 1e-6


def test_empty_plan_and_undated_activity(store, tmp_path: Path):
    with store.transaction() as s:
        t = create_territory(s, name="Villa Vacía", level="barrio")
        plan_id = get_or_create_plan(s, territory_id=t.id).id
    _p, texts = _render(store, tmp_path, plan_id)
    text = _flat("\n".join(texts))
    for s_ in ("El objetivo general aún no está definido.", "No hay metas definidas.", "El plan no tiene actividades.",
               "No hay actores registrados en el mapa de redes.", "sin validar"):
        assert s_ in text, s_
    with store.transaction() as s:
        create_activity(s, plan_id=plan_id, title="Reunión con la directiva (sin fecha)")
    _p, texts = _render(store, tmp_path, plan_id)
    text = _flat("\n".join(texts))
    assert "1. Reunión con la directiva (sin fecha)" in text and "sin fechas" in text
