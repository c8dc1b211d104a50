"""Diagnóstico del barrio: every section of the diagnosis (límites, caracterización, problemáticas,
focos, actores, presencia institucional, recursos) with its maps and charts. The community version
leaves out sensitive map points and any evidence that cites them or a participant."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from gestor_app.core.docs.base import DocRequest, Document, feature_items, map_flowable
from gestor_app.core.docs.charts import bar_chart
from gestor_app.core.docs.kit import (
    data_table,
    heading,
    long_date,
    para,
    signature_lines,
    text_or_empty,
    title_block,
)
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.models.diagnosis import DIAGNOSIS_TEXT_FIELDS, PROBLEM_TEXT_FIELDS
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.territory import TERRITORY_LEVELS
from gestor_app.core.services.diagnosis import (
    HOTSPOT_CATEGORIES,
    RESOURCE_FAMILIES,
    get_diagnosis,
    list_evidence,
)
from gestor_app.core.services.map_features import list_features
from gestor_app.core.services.problems import list_problems
from gestor_app.core.services.secondary import comuna_code_for, monthly_totals
from gestor_app.core.services.territories import get_territory

PERSONAL = {"focus_group_participants"}


def build(req: DocRequest) -> Document:
    t = get_territory(req.session, req.record_id)
    d = get_diagnosis(req.session, territory_id=t.id, create=False)
    features = [f for f in list_features(req.session, territory_id=t.id) if req.keep(f) and f.category != "recorrido"]
    req.progress.update(0, 4, "Territorio")
    facts = [("Territorio", t.name), ("Nivel", TERRITORY_LEVELS.get(t.level, t.level)), ("Código", t.code or "—"),
             ("Población", f"{t.population:,}".replace(",", ".") if t.population else "sin dato"),
             ("Elementos en el mapa", str(len(features))),
             ("Actualizado", long_date(d.updated_at.date()) if d is not None and d.updated_at else "—")]
    story = title_block("Diagnóstico del barrio", t.display_title(), facts)
    flow, _ = map_flowable(req, boundary=t.boundary, items=feature_items(req, features), height=95 * mm)
    story += [heading("1. Límites geográficos"), text_or_empty(d.limits if d else ""), Spacer(1, 2 * mm), flow]
    req.progress.update(1, 4, "Caracterización")
    story += _characterisation(req, t, d, features)
    req.progress.update(2, 4, "Problemáticas")
    story += _problems(req, t.id)
    req.progress.update(3, 4, "Focos y recursos")
    story += _focos(req, t, features) + _resources(req, t, d, features)
    story += [Spacer(1, 12 * mm), signature_lines([("", "Gestor/a territorial"), ("", "Coordinación territorial")],
                                                  per_row=2)]
    return Document("Diagnóstico del barrio", t.display_title(), story, t.id)


def _characterisation(req: DocRequest, t: Any, d: Any, features: list[MapFeature]) -> list[Flowable]:
    out: list[Flowable] = [heading("2. Caracterización sociodemográfica"),
                           heading(DIAGNOSIS_TEXT_FIELDS["age_groups"], 2), text_or_empty(d.age_groups if d else ""),
                           heading(DIAGNOSIS_TEXT_FIELDS["gse"], 2), text_or_empty(d.gse if d else "")]
    legend = default_legend()
    fams = Counter(legend.get(f.category).family_label for f in features if _known(f.category))
    if fams:
        out += [heading("Lo que la comunidad marcó en el mapa, por familia", 2),
                bar_chart(sorted(fams.items(), key=lambda kv: -kv[1]), maximum=max(fams.values()), fmt="{:.0f}")]
    series = monthly_totals(req.session, comuna_code=code) if (code := comuna_code_for(req.session, t.id)) else []
    if series:
        last = series[-12:]
        out += [heading("Casos policiales de la comuna, últimos meses (fuente secundaria)", 2),
                bar_chart([(f"{m:02d}-{y}", float(n)) for y, m, n in last], maximum=max(n for *_r, n in last),
                          fmt="{:.0f}", bar_height=8)]
    return out


def _known(category: str) -> bool:
    return any(c.key == category for c in default_legend().categories)


def _problems(req: DocRequest, territory_id: str) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), heading("3. Principales problemáticas de seguridad")]
    problems = list_problems(req.session, territory_id=territory_id)
    if not problems:
        return out + [para("Aún no se han caracterizado problemáticas.", "empty")]
    for n, p in enumerate(problems, 1):
        rows = [[label, getattr(p, key)] for key, label in PROBLEM_TEXT_FIELDS.items() if getattr(p, key).strip()]
        block: list[Flowable] = [heading(f"3.{n}. {p.title}", 2),
                                 data_table(["Aspecto", "Caracterización"], rows, [50 * mm, 120 * mm],
                                            empty="Sin caracterización registrada.")]
        ev = [[e.kind, e.title, e.note] for e in list_evidence(req.session, problem_id=p.id) if _shown(req, e)]
        if ev:
            block += [Spacer(1, 2 * mm), data_table(["Evidencia", "Registro", "Nota"], ev, [40 * mm, 80 * mm, 50 * mm])]
        out += [CondPageBreak(40 * mm), *block, Spacer(1, 3 * mm)]
    return out


def _shown(req: DocRequest, e: Any) -> bool:
    if not e.available:
        return False
    if req.community and e.entity in PERSONAL:
        return False
    if e.entity == MapFeature.__tablename__:
        return req.keep(req.session.get(MapFeature, e.record_id))
    return True


def _feature_table(features: list[MapFeature]) -> Flowable:
    legend = default_legend()
    rows = [[legend.get(f.category).label if _known(f.category) else f.category, f.display_title(), f.description]
            for f in features]
    return data_table(["Categoría", "Lugar", "Descripción"], rows, [45 * mm, 55 * mm, 70 * mm],
                      empty="No hay elementos de este tipo en el mapa.")


def _focos(req: DocRequest, t: Any, features: list[MapFeature]) -> list[Flowable]:
    focos = [f for f in features if f.category in HOTSPOT_CATEGORIES or _family(f) == "percepcion"]
    flow, _ = map_flowable(req, boundary=t.boundary, items=feature_items(req, focos), height=90 * mm)
    return [heading("4. Focos: hotspots, harmspots y lugares de temor", room=130 * mm), flow, Spacer(1, 3 * mm),
            _feature_table(focos)]


def _family(f: MapFeature) -> str:
    return default_legend().get(f.category).family if _known(f.category) else ""


def _resources(req: DocRequest, t: Any, d: Any, features: list[MapFeature]) -> list[Flowable]:
    res = [f for f in features if _family(f) in RESOURCE_FAMILIES]
    flow, _ = map_flowable(req, boundary=t.boundary, items=feature_items(req, res), height=90 * mm)
    return [heading("5. Actores clave"), text_or_empty(d.key_actors if d else ""),
            heading("6. Presencia institucional (municipal y policial)"),
            text_or_empty(d.institutional_presence if d else ""),
            heading("7. Recursos del barrio", room=120 * mm), text_or_empty(d.resources if d else ""),
            flow, Spacer(1, 3 * mm), _feature_table(res)]
