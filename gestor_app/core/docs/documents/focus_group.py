"""Resumen de grupo focal: metadata, consent, the participants' profile as counts, themes with their
anonymised quotes, places mentioned (with a map) and agreements. The community version leaves out
participant codes, per-participant rows, raw notes and sensitive places."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from gestor_app.core.docs.base import DocRequest, Document, feature_items, map_flowable
from gestor_app.core.docs.charts import bar_chart
from gestor_app.core.docs.kit import (
    data_table,
    esc,
    heading,
    long_date,
    notice,
    para,
    table_style,
    text_or_empty,
    title_block,
)
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.territory import Territory
from gestor_app.core.services.focus_group_report import focus_group_summary
from gestor_app.core.services.focus_groups import get_focus_group, list_participants, list_places

PROFILE = {"age_range": "Tramo etario", "gender": "Género", "role": "Rol", "years_in_barrio": "Años en el barrio"}


def build(req: DocRequest) -> Document:
    fg = get_focus_group(req.session, req.record_id)
    s = focus_group_summary(req.session, fg.id)
    territory = req.session.get(Territory, fg.territory_id) if fg.territory_id else None
    req.progress.update(0, 3, "Datos del grupo focal")
    story = _header(s, territory) + _profile(req, s, fg.id)
    req.progress.update(1, 3, "Temas y citas")
    story += _questions(req, s) + _themes(req, s)
    req.progress.update(2, 3, "Lugares mencionados")
    story += _places(req, fg.id, territory) + [heading("Acuerdos y próximos pasos"), text_or_empty(s["agreements"])]
    if not req.community and s["notes"].strip():
        story += [heading("Notas internas", 2), para(s["notes"])]
    return Document("Resumen de grupo focal", s["title"], story, territory.id if territory else None)


def _header(s: dict, territory: Territory | None) -> list[Flowable]:
    consent = f"{s['consent']}; grabación {'autorizada' if s['recording_allowed'] else 'no autorizada'}"
    facts = [("Fecha", long_date(s["held_on"])), ("Lugar", s["place"]),
             ("Duración", f"{s['duration_min']} minutos" if s["duration_min"] else "—"),
             ("Territorio", territory.display_title() if territory else "—"), ("Facilitador/a", s["facilitator"]),
             ("Relator/a", s["reporter"]), ("Consentimiento", consent),
             ("Participantes", str(s["participants"]["total"]))]
    out = title_block("Resumen de grupo focal", s["title"], facts)
    if s["convocation"]:
        out += [para(f"<b>Convocatoria:</b> {esc(s['convocation'])}", markup=True)]
    if s["quotes_unattributed"]:
        out.append(notice("Las citas de este documento no se atribuyen a ninguna persona, como se acordó con "
                          "quienes participaron."))
    return out


def _profile(req: DocRequest, s: dict, fg_id: str) -> list[Flowable]:
    out: list[Flowable] = [heading("Perfil de participantes (conteos)")]
    counts = s["participants"]
    charts = []
    for key, title in PROFILE.items():
        rows = sorted(counts[key].items())
        if rows:
            charts.append([para(title, "label"), bar_chart([(k, float(v)) for k, v in rows], fmt="{:.0f}",
                                                           maximum=max(v for _k, v in rows), width=82 * mm,
                                                           label_width=30 * mm, bar_height=8)])
    if charts:
        grid = [charts[i:i + 2] + [[""]] * (2 - len(charts[i:i + 2])) for i in range(0, len(charts), 2)]
        t = Table(grid, colWidths=[85 * mm, 85 * mm], hAlign="LEFT")
        t.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        out.append(t)
    if not req.community:
        people = list_participants(req.session, fg_id)
        rows = [[p.code, p.age_range, p.gender, p.role, "" if p.years_in_barrio is None else str(p.years_in_barrio)]
                for p in people]
        out += [heading("Participantes por código (uso interno)", 2),
                data_table(["Código", "Tramo etario", "Género", "Rol", "Años en el barrio"], rows,
                           [20 * mm, 30 * mm, 40 * mm, 45 * mm, 35 * mm])]
    return out


def _questions(req: DocRequest, s: dict) -> list[Flowable]:
    if not s["questions"]:
        return []
    if req.community:
        rows = [[str(n), q["text"]] for n, q in enumerate(s["questions"], 1)]
        return [heading("Preguntas de la conversación"), data_table(["N.º", "Pregunta"], rows, [12 * mm, 158 * mm])]
    rows = [[str(n), q["text"], q["notes"]] for n, q in enumerate(s["questions"], 1)]
    return [heading("Preguntas y notas"), data_table(["N.º", "Pregunta", "Notas"], rows, [10 * mm, 60 * mm, 100 * mm])]


def _themes(req: DocRequest, s: dict) -> list[Flowable]:
    out: list[Flowable] = [heading("Temas y citas")]
    if not s["themes"]:
        return out + [para("No se registraron temas.", "empty")]
    for t in s["themes"]:
        out += [heading(t["name"], 2), text_or_empty(t["description"], "")]
        for q in (q for q in s["quotes"] if q["theme"] == t["name"]):
            who = "" if req.community or not q["participant"] else f" ({q['participant']})"
            out.append(para(f"«{esc(q['text'])}»{esc(who)}", "quote", markup=True))
    loose = [q for q in s["quotes"] if not q["theme"]]
    if loose:
        out.append(heading("Otras citas", 2))
        out += [para(f"«{esc(q['text'])}»", "quote", markup=True) for q in loose]
    return out + [Spacer(1, 2 * mm)]


def _places(req: DocRequest, fg_id: str, territory: Territory | None) -> list[Flowable]:
    rows, features = [], []
    for p in list_places(req.session, fg_id):
        f = req.session.get(MapFeature, p.feature_id) if p.feature_id else None
        if f is not None and not req.keep(f):
            continue
        if f is not None:
            features.append(f)
        rows.append([str(len(features)) if f else "", f.display_title() if f else "—", p.note])
    out: list[Flowable] = [heading("Lugares mencionados"),
                           data_table(["N.º", "Lugar del mapa", "Lo que se dijo"], rows, [12 * mm, 58 * mm, 100 * mm],
                                      empty="No se registraron lugares.")]
    if features:
        items = [replace(i, label=str(n)) for n, i in enumerate(feature_items(req, features), 1)]
        flow, _ = map_flowable(req, boundary=territory.boundary if territory else None, items=items, height=80 * mm)
        out += [Spacer(1, 3 * mm), flow]
    return out
