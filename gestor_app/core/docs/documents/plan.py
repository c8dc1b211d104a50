"""Plan de acción: objetivo general and específicos with the problems they address, metas with their
latest measurement, the activities table, the carta Gantt drawn in the PDF (it splits across pages
repeating the month scale), the map of the places the activities work on and the mapa de redes.

"Today" (the line on the Gantt, overdue activities) comes from ``options["today"]`` so a document
can be reproduced; without it, the day the document is generated."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from gestor_app.core.ambitos import ambito_label
from gestor_app.core.docs.base import DocRequest, Document, map_flowable
from gestor_app.core.docs.fonts import BOLD, REGULAR
from gestor_app.core.docs.kit import (
    BRAND,
    INK,
    MUTED,
    RULE,
    ZEBRA,
    data_table,
    esc,
    heading,
    long_date,
    para,
    text_or_empty,
    title_block,
)
from gestor_app.core.docs.static_map import feature_item
from gestor_app.core.errors import ValidationError
from gestor_app.core.models.diagnosis import Problem
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.plans import ACTIVITY_STATUSES, ACTOR_KINDS, LINK_KINDS, Activity, as_list
from gestor_app.core.models.territory import Territory
from gestor_app.core.services.actors import list_actors, list_links
from gestor_app.core.services.objectives import attainment, list_goals, list_measurements, list_objectives
from gestor_app.core.services.plans import get_plan, is_overdue, list_activities

SHORT_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
STATUS_COLORS = {
    "pendiente": colors.HexColor("#78909C"),
    "en_curso": colors.HexColor("#1976D2"),
    "cumplida": colors.HexColor("#2E7D32"),
    "atrasada": colors.HexColor("#C62828"),
    "cancelada": colors.HexColor("#BDBDBD"),
}
STRENGTHS = {1: "Baja", 2: "Media", 3: "Alta"}
TODAY_COLOR = colors.HexColor("#D84315")
KIND_COLORS = {"organizacion": colors.HexColor("#00796B"), "institucion": colors.HexColor("#1B5E20")}
LINK_STYLES = {  # colour, dashed
    "colaboracion": (colors.HexColor("#2E7D32"), False),
    "coordinacion": (colors.HexColor("#1976D2"), False),
    "informacion": (colors.HexColor("#757575"), True),
    "conflicto": (colors.HexColor("#C62828"), True),
}


def today_of(req: DocRequest) -> date:
    value = req.options.get("today")
    if value is None or value == "":
        return date.today()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValidationError(f"Fecha de referencia no válida ({value!r}); use AAAA-MM-DD.") from exc


def build(req: DocRequest) -> Document:
    plan = get_plan(req.session, req.record_id)
    territory = req.session.get(Territory, plan.territory_id) if plan.territory_id else None
    today = today_of(req)
    activities = list_activities(req.session, plan_id=plan.id)
    objectives = list_objectives(req.session, territory_id=plan.territory_id) if plan.territory_id else []
    steps = 6
    req.progress.update(0, steps, "Objetivos y metas")
    story = _header(plan, territory, activities, today)
    story += _objectives(req, objectives)
    story += _goals(req, objectives)
    story += _strategies(plan)
    req.progress.update(1, steps, "Actividades")
    story += _activities(activities, objectives, today)
    req.progress.update(2, steps, "Carta Gantt")
    story += _gantt(activities, today)
    req.progress.update(3, steps, "Mapa de lugares")
    story += _map(req, territory, activities)
    req.progress.update(4, steps, "Mapa de redes")
    story += _network(req, plan.territory_id)
    req.progress.update(5, steps, "Listo")
    subtitle = territory.display_title() if territory else ""
    return Document("Plan de acción", plan.display_title() if not subtitle else f"{plan.display_title()} · {subtitle}",
                    story, territory.id if territory else None)


# ---------------------------------------------------------------- text sections


def _header(plan: Any, territory: Territory | None, activities: list[Activity], today: date) -> list[Flowable]:
    done = sum(1 for a in activities if a.status == "cumplida")
    late = sum(1 for a in activities if is_overdue(a, today))
    validated = long_date(plan.validated_on) if plan.validated_on else "sin validar"
    if plan.validated_on and plan.validation_meeting:
        validated += f" ({plan.validation_meeting})"
    facts = [("Territorio", territory.display_title() if territory else "—"), ("Validado con la comunidad", validated),
             ("Acta de validación", plan.validation_acta_ref or "—"), ("Situación al", long_date(today)),
             ("Actividades", f"{len(activities)} ({done} cumplidas, {late} atrasadas)")]
    return title_block("Plan de acción", plan.display_title(), facts)


def _problems(req: DocRequest, ids: Sequence[str]) -> str:
    titles = []
    for pid in as_list(ids):
        p = req.session.get(Problem, pid)
        if p is not None and not p.deleted:
            titles.append(p.title)
    return "; ".join(titles)


def _objectives(req: DocRequest, objectives: list[Any]) -> list[Flowable]:
    general = [o for o in objectives if o.kind == "general"]
    specific = [o for o in objectives if o.kind != "general"]
    out: list[Flowable] = [heading("Objetivo general")]
    out.append(text_or_empty(general[0].text if general else "", "El objetivo general aún no está definido."))
    if general and general[0].ambito:
        out.append(para(f"<b>Ámbito del Plan Comunal:</b> {esc(ambito_label(general[0].ambito))}", "small",
                        markup=True))
    if general and _problems(req, general[0].problem_ids):
        out.append(para(f"<b>Problemáticas que aborda:</b> {esc(_problems(req, general[0].problem_ids))}", "small",
                        markup=True))
    out.append(heading("Objetivos específicos"))
    rows = [[f"OE{n}", o.text, ambito_label(o.ambito) if o.ambito else "—", _problems(req, o.problem_ids) or "—"]
            for n, o in enumerate(specific, 1)]
    out.append(data_table(["N.º", "Objetivo específico", "Ámbito", "Problemáticas vinculadas"], rows,
                          [12 * mm, 78 * mm, 32 * mm, 48 * mm], empty="No hay objetivos específicos."))
    return out


def _code(objectives: list[Any]) -> dict[str, str]:
    specific = [o for o in objectives if o.kind != "general"]
    codes = {o.id: "OG" for o in objectives if o.kind == "general"}
    codes.update({o.id: f"OE{n}" for n, o in enumerate(specific, 1)})
    return codes


def _num(v: float | None, unit: str = "") -> str:
    if v is None:
        return "—"
    text = f"{v:g}".replace(".", ",")
    return f"{text} {unit}".strip() if unit and unit != "%" else text + (" %" if unit == "%" else "")


def _goals(req: DocRequest, objectives: list[Any]) -> list[Flowable]:
    codes = _code(objectives)
    rows = []
    for o in objectives:
        for g in list_goals(req.session, objective_id=o.id):
            ms = list_measurements(req.session, goal_id=g.id)
            last = ms[-1] if ms else None
            latest = f"{_num(last.value, g.unit)} ({last.measured_on:%d-%m-%Y})" if last else "sin mediciones"
            att = attainment(g, last.value) if last else None
            if att is not None:
                latest += f"\n{round(100 * att)} % de avance"
            rows.append([codes.get(o.id, ""), g.indicator, _num(g.baseline, g.unit), _num(g.target, g.unit),
                         f"{g.due_date:%d-%m-%Y}" if g.due_date else "—", latest])
    return [heading("Metas"),
            data_table(["Obj.", "Indicador", "Línea base", "Meta", "Plazo", "Última medición"], rows,
                       [11 * mm, 51 * mm, 25 * mm, 25 * mm, 22 * mm, 36 * mm], empty="No hay metas definidas.")]


def _strategies(plan: Any) -> list[Flowable]:
    out: list[Flowable] = []
    if (plan.strategies or "").strip():
        out += [heading("Estrategias"), para(plan.strategies)]
    if (plan.resources or "").strip():
        out += [heading("Recursos disponibles"), para(plan.resources)]
    return out


def _dates(a: Activity) -> str:
    if a.start_date and a.end_date:
        return f"{a.start_date:%d-%m-%Y} al {a.end_date:%d-%m-%Y}"
    if a.start_date:
        return f"desde {a.start_date:%d-%m-%Y}"
    return f"hasta {a.end_date:%d-%m-%Y}" if a.end_date else "sin fechas"


def _status(a: Activity, today: date) -> str:
    label = ACTIVITY_STATUSES.get(a.status, a.status)
    return "Atrasada" if a.status not in ("atrasada", "cumplida", "cancelada") and is_overdue(a, today) else label


def _activities(activities: list[Activity], objectives: list[Any], today: date) -> list[Flowable]:
    codes = _code(objectives)
    rows = []
    for n, a in enumerate(activities, 1):
        who = "\n".join(p for p in (a.responsible, a.institution) if p) or "—"
        title = f"{a.title}\n{codes[a.objective_id]}" if a.objective_id in codes else a.title
        rows.append([str(n), title, who, _dates(a), _status(a, today), f"{a.progress or 0} %"])
    return [heading("Actividades"),
            data_table(["N.º", "Actividad", "Responsable / institución", "Fechas", "Estado", "Avance"], rows,
                       [10 * mm, 57 * mm, 38 * mm, 27 * mm, 22 * mm, 16 * mm], empty="El plan no tiene actividades.")]


# ---------------------------------------------------------------- carta Gantt


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _add_month(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def wrap_label(text: str, width: float, font: str, size: float, lines: int = 2) -> list[str]:
    """``text`` in at most ``lines`` lines of ``width`` points; the last one ends in "…" if cut."""
    words, out, cur = text.split(), [], ""
    for w in words:
        trial = f"{cur} {w}".strip()
        if stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    if len(out) > lines:
        out = out[:lines]
        out[-1] += "…"
    for i in range(len(out)):  # a single word wider than the line
        while stringWidth(out[i], font, size) > width and len(out[i]) > 2:
            out[i] = out[i][:-2] + "…"
    return out or [""]


@dataclass
class GanttRow:
    number: int
    activity: Activity
    status: str  # key of STATUS_COLORS, "atrasada" for overdue ones


class GanttChart(Flowable):
    """The carta Gantt: activity labels on the left, a month scale (years above, months below), one
    bar per activity coloured by status with its progress filled in, a line on today and arrows from
    each activity to those that depend on it. It splits between rows, every part with its scale."""

    row_h = 7.2 * mm
    scale_h = 9 * mm
    label_w = 66 * mm

    def __init__(self, rows: list[GanttRow], first: date, last: date, today: date, width: float = 170 * mm,
                 *, continued: bool = False) -> None:
        super().__init__()
        self.rows, self.first, self.last, self.today = rows, first, last, today
        self.width, self.continued = width, continued
        self.height = self.scale_h + len(rows) * self.row_h + 2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fit = int((avail_height - self.scale_h - 2) // self.row_h)
        if fit < 3 or fit >= len(self.rows):  # fewer than three rows: better on the next page
            return []
        head = GanttChart(self.rows[:fit], self.first, self.last, self.today, self.width, continued=self.continued)
        tail = GanttChart(self.rows[fit:], self.first, self.last, self.today, self.width, continued=True)
        return [head, tail]

    # geometry
    @property
    def plot_x(self) -> float:
        return self.label_w

    @property
    def plot_w(self) -> float:
        return self.width - self.label_w

    def x_of(self, d: date) -> float:
        span = (self.last - self.first).days or 1
        return self.plot_x + self.plot_w * (d - self.first).days / span

    def drawing(self) -> Drawing:
        d = Drawing(self.width, self.height, initialFontName=REGULAR)
        top = self.height - self.scale_h
        self._scale(d, top)
        y_of: dict[str, float] = {}
        for i, r in enumerate(self.rows):
            y = top - (i + 1) * self.row_h
            y_of[r.activity.id] = y
            if i % 2:
                d.add(Rect(0, y, self.width, self.row_h, fillColor=ZEBRA, strokeColor=None))
            self._row(d, r, y)
        self._month_lines(d, top)
        self._arrows(d, y_of)
        if self.first <= self.today <= self.last:
            x = self.x_of(self.today)
            d.add(Line(x, 0, x, top + 2, strokeColor=TODAY_COLOR, strokeWidth=1, strokeDashArray=[3, 2]))
        d.add(Line(0, 0, self.width, 0, strokeColor=RULE, strokeWidth=0.5))
        return d

    def _months(self) -> list[date]:
        out, m = [], self.first
        while m < self.last:
            out.append(m)
            m = _add_month(m)
        return out

    def _scale(self, d: Drawing, top: float) -> None:
        d.add(Rect(0, top, self.width, self.scale_h, fillColor=BRAND, strokeColor=None))
        d.add(String(3, top + self.scale_h / 2 - 2.5, "Actividad" + (" (continuación)" if self.continued else ""),
                     fontName=BOLD, fontSize=7.5, fillColor=colors.white))
        months = self._months()
        mw = self.plot_w / max(1, len(months))
        mid = top + self.scale_h / 2
        for m in months:
            x0, x1 = self.x_of(m), self.x_of(_add_month(m))
            label = SHORT_MONTHS[m.month - 1] if mw >= 5.5 * mm else SHORT_MONTHS[m.month - 1][0].upper()
            d.add(String((x0 + x1) / 2, top + 2.2, label, fontName=REGULAR, fontSize=6.5, fillColor=colors.white,
                         textAnchor="middle"))
            if m.month == 1 or m == months[0]:
                d.add(String(x0 + 2, mid + 1.5, str(m.year), fontName=BOLD, fontSize=7, fillColor=colors.white))
                if m != months[0]:
                    d.add(Line(x0, top, x0, top + self.scale_h, strokeColor=colors.white, strokeWidth=0.8))

    def _month_lines(self, d: Drawing, top: float) -> None:
        for m in self._months()[1:]:
            x = self.x_of(m)
            d.add(Line(x, 0, x, top, strokeColor=RULE, strokeWidth=0.8 if m.month == 1 else 0.3))

    def _row(self, d: Drawing, r: GanttRow, y: float) -> None:
        a = r.activity
        lines = wrap_label(f"{r.number}. {a.title}", self.label_w - 6, REGULAR, 6.8)
        base = y + self.row_h / 2 + (len(lines) - 1) * 4 - 2.3
        for k, text in enumerate(lines):
            d.add(String(3, base - k * 8, text, fontName=REGULAR, fontSize=6.8, fillColor=INK))
        if not (a.start_date or a.end_date):
            d.add(String(self.plot_x + 3, y + self.row_h / 2 - 2.3, "sin fechas", fontName=REGULAR, fontSize=6.5,
                         fillColor=MUTED))
            return
        start = a.start_date or a.end_date
        end = (a.end_date or a.start_date) + timedelta(days=1)
        x0, x1 = self.x_of(start), max(self.x_of(end), self.x_of(start) + 1.5)
        color = STATUS_COLORS.get(r.status, STATUS_COLORS["pendiente"])
        bh = self.row_h * 0.46
        by = y + (self.row_h - bh) / 2
        tint = colors.Color(color.red, color.green, color.blue, alpha=0.28)
        d.add(Rect(x0, by, x1 - x0, bh, fillColor=tint, strokeColor=color, strokeWidth=0.6))
        if r.status == "cancelada":  # struck through: told apart from a pending one in grey print
            d.add(Line(x0, by + bh / 2, x1, by + bh / 2, strokeColor=MUTED, strokeWidth=0.8))
        done = max(0, min(100, a.progress or 0)) / 100
        if done:
            d.add(Rect(x0, by, (x1 - x0) * done, bh, fillColor=color, strokeColor=None))
        if a.progress and x1 - x0 > 0:
            label = f"{a.progress} %"
            inside = x1 + 2 + stringWidth(label, REGULAR, 6) > self.width
            d.add(String(x0 - 2 if inside else x1 + 2, by + 1.2, label, fontName=REGULAR, fontSize=6,
                         fillColor=MUTED, textAnchor="end" if inside else "start"))

    def _arrows(self, d: Drawing, y_of: dict[str, float]) -> None:
        by_id = {r.activity.id: r.activity for r in self.rows}
        for r in self.rows:
            a = r.activity
            if not a.start_date or a.id not in y_of:
                continue
            for dep in as_list(a.depends_on):
                p = by_id.get(dep)
                if p is None or not (p.end_date or p.start_date):
                    continue
                xs = self.x_of((p.end_date or p.start_date) + timedelta(days=1))
                ys = y_of[p.id] + self.row_h / 2
                xe, ye = self.x_of(a.start_date), y_of[a.id] + self.row_h / 2
                xm = max(xs + 2, min(xe - 3, xs + 4))
                grey = colors.HexColor("#546E7A")
                up = 1 if ye > ys else -1
                tip = ye - up * self.row_h * 0.23
                d.add(Line(xs, ys, xm, ys, strokeColor=grey, strokeWidth=0.5))
                d.add(Line(xm, ys, xm, tip, strokeColor=grey, strokeWidth=0.5))
                d.add(Polygon([xm - 1.6, tip + up * 2.4, xm + 1.6, tip + up * 2.4, xm, tip], fillColor=grey,
                              strokeColor=None))

    def draw(self) -> None:
        self.drawing().drawOn(self.canv, 0, 0)


def gantt_range(activities: Sequence[Activity], today: date) -> tuple[date, date]:
    days = [d for a in activities for d in (a.start_date, a.end_date) if d]
    if not days:
        return _month_start(today), _add_month(_month_start(today))
    return _month_start(min(days)), _add_month(_month_start(max(days)))


def gantt_legend(width: float = 170 * mm) -> Drawing:
    d = Drawing(width, 12, initialFontName=REGULAR)
    x = 0.0
    for key, label in ACTIVITY_STATUSES.items():
        c = STATUS_COLORS[key]
        d.add(Rect(x, 2, 10, 6, fillColor=c, strokeColor=None))
        d.add(String(x + 13, 2.5, label, fontName=REGULAR, fontSize=7, fillColor=INK))
        x += 20 + stringWidth(label, REGULAR, 7)
    d.add(Line(x, 0, x, 10, strokeColor=TODAY_COLOR, strokeWidth=1, strokeDashArray=[3, 2]))
    d.add(String(x + 4, 2.5, "hoy", fontName=REGULAR, fontSize=7, fillColor=INK))
    x += 26
    d.add(Rect(x, 2, 22, 6, fillColor=colors.Color(0.1, 0.46, 0.82, alpha=0.28), strokeColor=STATUS_COLORS["en_curso"],
               strokeWidth=0.6))
    d.add(Rect(x, 2, 9, 6, fillColor=STATUS_COLORS["en_curso"], strokeColor=None))
    d.add(String(x + 26, 2.5, "relleno = avance", fontName=REGULAR, fontSize=7, fillColor=INK))
    x += 26 + stringWidth("relleno = avance", REGULAR, 7) + 12
    grey = colors.HexColor("#546E7A")
    d.add(Line(x, 7, x + 6, 7, strokeColor=grey, strokeWidth=0.5))
    d.add(Line(x + 6, 7, x + 6, 2.5, strokeColor=grey, strokeWidth=0.5))
    d.add(Polygon([x + 4.4, 4.9, x + 7.6, 4.9, x + 6, 1.5], fillColor=grey, strokeColor=None))
    d.add(String(x + 11, 2.5, "la siguiente depende de esta", fontName=REGULAR, fontSize=7, fillColor=INK))
    return d


def _gantt(activities: list[Activity], today: date) -> list[Flowable]:
    out: list[Flowable] = [heading("Carta Gantt", room=60 * mm)]
    if not activities:
        return [*out, para("El plan no tiene actividades.", "empty")]
    first, last = gantt_range(activities, today)
    rows = [GanttRow(n, a, "atrasada" if is_overdue(a, today) and a.status != "cumplida" else a.status)
            for n, a in enumerate(activities, 1)]
    out += [para(f"Del {long_date(first)} al {long_date(last - timedelta(days=1))}. La línea «hoy» marca el "
                 f"{long_date(today)}.", "small"), gantt_legend(), Spacer(1, 2 * mm),
            GanttChart(rows, first, last, today)]
    return out


# ---------------------------------------------------------------- maps


def _map(req: DocRequest, territory: Territory | None, activities: list[Activity]) -> list[Flowable]:
    used: dict[str, list[int]] = {}
    for n, a in enumerate(activities, 1):
        for fid in as_list(a.feature_ids):
            used.setdefault(fid, []).append(n)
    features = [f for f in (req.session.get(MapFeature, fid) for fid in used) if req.keep(f)]
    items = [feature_item(f, label=",".join(str(n) for n in used[f.id])) for f in features]
    out: list[Flowable] = [heading("Lugares donde trabaja el plan", room=120 * mm)]
    if not features:
        return [*out, para("Las actividades no tienen lugares del mapa vinculados.", "empty")]
    flow, _ = map_flowable(req, boundary=territory.boundary if territory else None,
                           items=items, height=95 * mm)
    rows = [[f.title or f.display_title(), ", ".join(str(n) for n in used[f.id])] for f in features]
    return [*out, flow, Spacer(1, 2 * mm),
            data_table(["Lugar", "Actividades (N.º)"], rows, [120 * mm, 50 * mm])]


def _network(req: DocRequest, territory_id: str | None) -> list[Flowable]:
    out: list[Flowable] = [heading("Mapa de redes", room=120 * mm)]
    actors = list_actors(req.session, territory_id=territory_id) if territory_id else []
    if not actors:
        return [*out, para("No hay actores registrados en el mapa de redes.", "empty")]
    links = [ln for ln in list_links(req.session, territory_id=territory_id)]
    out += [network_drawing(actors, links), Spacer(1, 2 * mm)]
    names = {a.id: a.name for a in actors}
    degree = {a.id: 0 for a in actors}
    for ln in links:
        for end in (ln.a_id, ln.b_id):
            if end in degree:
                degree[end] += 1
    rows = [[a.name, ACTOR_KINDS.get(a.kind, a.kind), a.sector or "—", str(degree[a.id])] for a in actors]
    out += [heading("Actores", 2),
            data_table(["Actor", "Tipo", "Sector", "Vínculos"], rows, [80 * mm, 30 * mm, 40 * mm, 20 * mm])]
    link_rows = [[names.get(ln.a_id, "—"), names.get(ln.b_id, "—"), LINK_KINDS.get(ln.kind, ln.kind),
                  STRENGTHS.get(ln.strength or 1, "—")] for ln in links
                 if ln.a_id in names and ln.b_id in names]
    if link_rows:
        out += [heading("Vínculos", 2),
                data_table(["Actor", "Actor", "Tipo de vínculo", "Intensidad"], link_rows,
                           [56 * mm, 56 * mm, 38 * mm, 20 * mm])]
    return out


def network_drawing(actors: Sequence[Any], links: Sequence[Any], width: float = 170 * mm,
                    height: float = 100 * mm) -> Drawing:
    """Actors on a circle (organisations and institutions coloured apart), links as lines styled by
    kind and thick by strength, names outside the circle; a legend under it."""
    legend_h = 14
    d = Drawing(width, height + legend_h, initialFontName=REGULAR)
    cx, cy = width / 2, legend_h + height / 2
    r = min(width * 0.28, height / 2 - 16)
    pos = {}
    n = len(actors)
    for i, a in enumerate(actors):
        ang = math.pi / 2 - 2 * math.pi * i / n
        pos[a.id] = (cx + r * math.cos(ang), cy + r * math.sin(ang), ang)
    for ln in links:
        if ln.a_id not in pos or ln.b_id not in pos:
            continue
        color, dashed = LINK_STYLES.get(ln.kind, (MUTED, False))
        (x0, y0, _), (x1, y1, _) = pos[ln.a_id], pos[ln.b_id]
        d.add(Line(x0, y0, x1, y1, strokeColor=color, strokeWidth=0.8 + 0.9 * max(1, min(3, ln.strength or 1)),
                   strokeDashArray=[4, 2.5] if dashed else None))
    for a in actors:
        x, y, ang = pos[a.id]
        _node(d, x, y, a.kind, 6.5)
        c = math.cos(ang)
        anchor = "start" if c > 0.25 else "end" if c < -0.25 else "middle"
        lx = x + 10 * c
        ly = y + 10 * math.sin(ang) - 2.5
        lines = wrap_label(a.name, 46 * mm if anchor != "middle" else 60 * mm, BOLD, 7.2)
        if math.sin(ang) < -0.3:  # below the circle: text grows downwards
            ly -= 3
        elif math.sin(ang) > 0.3 and len(lines) > 1:
            ly += 8 * (len(lines) - 1)
        for k, text in enumerate(lines):
            d.add(String(lx, ly - k * 8.5, text, fontName=BOLD, fontSize=7.2, fillColor=INK, textAnchor=anchor))
    x = 0.0
    for kind, label in ACTOR_KINDS.items():
        _node(d, x + 4, 5, kind, 3.8)
        d.add(String(x + 11, 2.5, label, fontName=REGULAR, fontSize=7, fillColor=INK))
        x += 20 + stringWidth(label, REGULAR, 7)
    for kind, label in LINK_KINDS.items():
        color, dashed = LINK_STYLES[kind]
        d.add(Line(x, 5, x + 16, 5, strokeColor=color, strokeWidth=1.7, strokeDashArray=[4, 2.5] if dashed else None))
        d.add(String(x + 20, 2.5, label, fontName=REGULAR, fontSize=7, fillColor=INK))
        x += 28 + stringWidth(label, REGULAR, 7)
    d.add(Line(0, legend_h - 1, width, legend_h - 1, strokeColor=RULE, strokeWidth=0.4))
    return d


def _node(d: Drawing, x: float, y: float, kind: str, r: float) -> None:
    """Organisations as circles, institutions as squares (told apart in grey print too)."""
    fill = KIND_COLORS.get(kind, MUTED)
    if kind == "institucion":
        d.add(Rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8, fillColor=fill, strokeColor=colors.white,
                   strokeWidth=1.2))
    else:
        d.add(Circle(x, y, r, fillColor=fill, strokeColor=colors.white, strokeWidth=1.2))
