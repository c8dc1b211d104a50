"""Informe de marcha exploratoria: header, section scores as a chart, items with comments and
photos (EXIF-free thumbnails), map of the route and points, and the referrals grouped by
responsible unit, one page per unit ready to send (internal) or summarised (community)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from gestor_app.core.docs.base import DocRequest, Document, clean_thumbnail, map_flowable, photo_grid
from gestor_app.core.docs.charts import score_chart
from gestor_app.core.docs.kit import (
    data_table,
    esc,
    heading,
    long_date,
    notice,
    para,
    signature_lines,
    title_block,
)
from gestor_app.core.docs.static_map import MapItem
from gestor_app.core.field.report import ItemRow, WalkReport, walk_report
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.territory import Territory
from gestor_app.core.services.walk_photos import photo_file
from gestor_app.core.services.walks import get_walk

GROUP_TITLES = {"tramo_etario": "Tramo etario", "genero": "Género", "rol": "Rol"}
POINT_COLOR = "#D84315"


def build(req: DocRequest) -> Document:
    walk = get_walk(req.session, req.record_id)
    rep = walk_report(req.session, walk_id=walk.id)
    territory = req.session.get(Territory, walk.territory_id) if walk.territory_id else None
    req.progress.update(0, 4, "Encabezado y puntajes")
    story = _header(rep, territory) + _scores(rep)
    req.progress.update(1, 4, "Mapa del recorrido")
    story += _map(req, rep, territory)
    req.progress.update(2, 4, "Ítems y fotos")
    story += _items(req, rep)
    req.progress.update(3, 4, "Derivaciones")
    story += _referrals(req, rep, territory)
    return Document("Informe de marcha exploratoria", rep.header.title, story,
                    territory.id if territory else None)


def _header(rep: WalkReport, territory: Territory | None) -> list[Flowable]:
    h = rep.header
    hours = f"{h.start_time} a {h.end_time}" if h.start_time and h.end_time else h.start_time or "—"
    facts = [("Fecha", long_date(h.walk_date)), ("Horario", hours), ("Tipo", f"Marcha {h.period.lower()}"),
             ("Clima", h.weather), ("Territorio", territory.display_title() if territory else "—"),
             ("Facilitador/a", h.facilitator), ("Participantes", str(h.total_participants)),
             ("Pauta", f"{h.template_title} (v{h.template_version})"),
             ("Ítems respondidos", f"{rep.answered} de {len(rep.items)}"),
             ("Puntaje general", f"{rep.overall:.1f} de 3" if rep.overall is not None else "sin ítems de escala")]
    out = title_block("Informe de marcha exploratoria", h.title, facts)
    rows = [[GROUP_TITLES[g], ", ".join(f"{k}: {n}" for k, n in counts.items()) or "—"]
            for g, counts in h.participants.items()]
    out += [heading("Participantes (solo conteos)", 2), data_table(["Grupo", "Conteo"], rows, [40 * mm, 130 * mm])]
    return out


def _scores(rep: WalkReport) -> list[Flowable]:
    rows = [(s.title, s.mean) for s in rep.sections if s.scale_items]
    return [heading("Resultados por sección"),
            para("Promedio de los ítems con escala 0 a 3 (0 muy malo o ausente · 1 deficiente · 2 aceptable · "
                 "3 bueno); los ítems no observados (N/O) no cuentan.", "small"),
            Spacer(1, 2 * mm), score_chart(rows)]


def _map(req: DocRequest, rep: WalkReport, territory: Territory | None) -> list[Flowable]:
    items: list[MapItem] = []
    route = req.session.get(MapFeature, rep.header.route_feature_id) if rep.header.route_feature_id else None
    if route is not None and not route.deleted:
        items.append(MapItem(route.geometry, "#3949AB", "Recorrido de la marcha", route=True))
    for r in rep.items:
        linked = req.session.get(MapFeature, r.point_feature_id) if r.point_feature_id else None
        if linked is not None and not req.keep(linked):
            continue  # a point tied to a sensitive feature stays out of the community version
        if r.point:
            items.append(MapItem({"type": "Point", "coordinates": list(r.point)}, POINT_COLOR,
                                 "Punto observado (ítem)", r.key))
        elif linked is not None and linked.geometry.get("type") == "Point":
            items.append(MapItem(linked.geometry, POINT_COLOR, "Punto observado (ítem)", r.key))
    flow, _ = map_flowable(req, boundary=territory.boundary if territory else None, items=items, height=100 * mm)
    return [heading("Mapa del recorrido y puntos observados", room=125 * mm), flow]


def _items(req: DocRequest, rep: WalkReport) -> list[Flowable]:
    out: list[Flowable] = [heading("Detalle por sección", room=60 * mm)]
    sections: dict[str, list[ItemRow]] = {}
    for r in rep.items:
        sections.setdefault(r.section_title, []).append(r)
    done = 0
    for title, rows in sections.items():
        out.append(heading(title, 2))
        table = [[r.key, r.text, *_answer(r), r.priority or "", r.referral or ""] for r in rows]
        out.append(data_table(["Ítem", "Pregunta", "Respuesta", "Comentario", "Prioridad", "Derivación"], table,
                              [12 * mm, 40 * mm, 23 * mm, 45 * mm, 20 * mm, 30 * mm]))
        photos = []
        for r in rows:
            for n, p in enumerate(r.photos, 1):
                data = clean_thumbnail(photo_file(req.config.photos_dir, p))
                if data:
                    photos.append((data, f"Ítem {r.key} · foto {n}" + (f": {p.caption}" if p.caption else "")))
        if photos:
            out += [Spacer(1, 2 * mm), photo_grid(photos)]
        done += len(rows)
        req.progress.update(2, 4, f"Ítems y fotos ({done} de {len(rep.items)})")
    return out


def _answer(r: ItemRow) -> tuple[str, str]:
    """Answer and comment cells; an open answer goes with the comment, where there is room for it."""
    if r.type == "text" and r.value:
        return "Respuesta abierta", f"{r.value}\n{r.comment}".strip()
    return r.value_label, r.comment


def _referrals(req: DocRequest, rep: WalkReport, territory: Territory | None) -> list[Flowable]:
    if not rep.referrals:
        return [heading("Derivaciones"), para("Esta marcha no registró derivaciones.", "empty")]
    if req.community:
        counts = Counter({unit: len(rows) for unit, rows in rep.referrals.items()})
        return [heading("Derivaciones a las unidades responsables"),
                data_table(["Unidad responsable", "Situaciones derivadas"], [[u, str(n)] for u, n in counts.items()],
                           [100 * mm, 50 * mm]),
                notice("El detalle de cada derivación se envía a la unidad correspondiente desde la oficina.")]
    out: list[Flowable] = []
    where = territory.display_title() if territory else "el territorio"
    for unit, rows in rep.referrals.items():
        out += [PageBreak(), heading(f"Derivación a {unit}"),
                para(f"Durante la marcha exploratoria «{esc(rep.header.title)}» realizada el "
                     f"{long_date(rep.header.walk_date)} en {esc(where)}, las vecinas y vecinos identificaron las "
                     "siguientes situaciones que corresponden a su unidad. Solicitamos su evaluación y respuesta.",
                     markup=True),
                Spacer(1, 3 * mm),
                data_table(["Ítem", "Situación observada", "Prioridad", "Ubicación"], [_referral_row(r) for r in rows],
                           [12 * mm, 108 * mm, 18 * mm, 32 * mm]),
                Spacer(1, 18 * mm),
                signature_lines([(rep.header.facilitator, "Gestor/a territorial"), ("", "Recibe (nombre y firma)")],
                                per_row=2)]
    return out


def _referral_row(r: ItemRow) -> list[Any]:
    text = f"{r.text}: {r.comment}" if r.comment else r.text
    where = f"{r.point[1]:.5f}, {r.point[0]:.5f}" if r.point else "—"
    return [r.key, text, r.priority or "—", where]
