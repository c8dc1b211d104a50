"""Lámina de cartografía: a printable A4 or A3 landscape map sheet of a territory with a reference
grid (cells A1, B2…) and legend, for workshops on paper; page 2 has the full legend to mark with,
the features already on the map by cell, and a blank table to enter back what people marked."""

from __future__ import annotations

import io

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Spacer, Table

from gestor_app.core.docs.base import DocRequest, Document, feature_items
from gestor_app.core.docs.fonts import REGULAR
from gestor_app.core.docs.kit import RULE, data_table, heading, para, table_style
from gestor_app.core.docs.map_draw import short_label
from gestor_app.core.docs.static_map import MapRequest, image_size, render_map
from gestor_app.core.errors import ValidationError
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.services.map_features import list_features
from gestor_app.core.services.territories import get_territory

SIZES = {"A4": A4, "A3": A3}
CELL = 32 * mm
BLANK_ROWS = 16
PANEL = 62 * mm


def _panel(t, entries: list[tuple[str, str]]) -> list[Flowable]:  # type: ignore[no-untyped-def]
    rows = [[_swatch(color), para(short_label(label), "cell")] for label, color in entries]
    legend = Table(rows, colWidths=[6 * mm, PANEL - 10 * mm], hAlign="LEFT")
    legend.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("LEFTPADDING", (0, 0), (-1, -1), 1)]))
    return [para("Lámina de cartografía participativa", "h2"), para(t.display_title(), "body"),
            Spacer(1, 3 * mm), para("Fecha del taller: ____________", "cell"), Spacer(1, 2 * mm),
            para("Grupo / mesa: ______________", "cell"), Spacer(1, 4 * mm), para("<b>Leyenda</b>", "cell", markup=True),
            legend, Spacer(1, 4 * mm),
            para("Marque con el color de la categoría y anote la celda (por ejemplo «C4») en el registro del "
                 "taller, en la página siguiente.", "small")]



def build(req: DocRequest) -> Document:
    t = get_territory(req.session, req.record_id)
    size = str(req.options.get("size") or "A4").upper()
    if size not in SIZES:
        raise ValidationError(f"Tamaño de lámina desconocido «{size}»: use A4 o A3.")
    page = landscape(SIZES[size])
    fw, fh = page[0] - 40 * mm, page[1] - 64 * mm
    features = [f for f in list_features(req.session, territory_id=t.id) if req.keep(f) and f.category != "recorrido"]
    req.progress.update(0, 2, "Dibujando la lámina")
    map_w = fw - PANEL
    grid = (max(2, round(map_w / CELL)), max(2, round(fh / CELL)))
    rendered = render_map(MapRequest(image_size(map_w, fh, dpi=220 if size == "A3" else 200), t.boundary,
                                     feature_items(req, features), req.basemap(), grid, legend=False,
                                     scale=1.3 if size == "A3" else 1.0))
    sheet = Table([[Image(io.BytesIO(rendered.png()), width=map_w, height=fh), _panel(t, rendered.legend)]],
                  colWidths=[map_w, PANEL], hAlign="LEFT")
    sheet.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("LEFTPADDING", (1, 0), (1, 0), 4 * mm), ("BOX", (0, 0), (0, 0), 0.8, colors.black)]))
    story: list[Flowable] = [sheet]
    if rendered.attribution:
        story.append(para(f"Mapa base: {rendered.attribution}", "small"))
    req.progress.update(1, 2, "Leyenda e índice por celda")
    story += [PageBreak(), heading("Cómo usar esta lámina"),
              para("Marque sobre el mapa con el color de la categoría que corresponde y anote en la tabla la celda "
                   "de la cuadrícula (por ejemplo «C4») y lo que se marcó. Después del taller, la gestora o el gestor "
                   "territorial ingresa cada marca en la aplicación buscando su celda."),
              heading("Leyenda para marcar", 2), _legend_table(fw),
              heading("Elementos que ya están en el mapa", 2),
              data_table(["Celda", "Categoría", "Lugar"],
                         [[rendered.cell_of(*_anchor(f.geometry)) or "—", _label(f.category), f.display_title()]
                          for f in sorted(features, key=lambda f: (_cell_key(rendered, f), f.display_title()))],
                         [20 * mm, 70 * mm, fw - 90 * mm], empty="El mapa aún no tiene elementos."),
              PageBreak(), heading("Registro del taller", 2),
              data_table(["Celda", "Categoría", "Lo que se marcó", "Observaciones"], [[Spacer(1, 7 * mm), "", "", ""] for _ in range(BLANK_ROWS)],
                         [20 * mm, 60 * mm, (fw - 80 * mm) / 2, (fw - 80 * mm) / 2], ruled=True)]
    return Document("Lámina de cartografía", t.display_title(), story, t.id, page)


def _anchor(geom: dict) -> tuple[float, float]:
    from gestor_app.core.docs.static_map import positions

    pts = positions(geom)
    return (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))


def _cell_key(rendered, f) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    cell = rendered.cell_of(*_anchor(f.geometry)) or "~"
    letters = "".join(c for c in cell if c.isalpha())
    return (int("".join(c for c in cell if c.isdigit()) or 0), letters)


def _label(category: str) -> str:
    try:
        return default_legend().get(category).label
    except ValidationError:
        return category


def _swatch(color: str) -> Drawing:
    d = Drawing(12, 9, initialFontName=REGULAR)
    d.add(Rect(0, 0, 12, 9, fillColor=colors.HexColor(color), strokeColor=colors.black, strokeWidth=0.3))
    return d


def _legend_table(width: float) -> Flowable:
    cells = [[_swatch(c.color), para(f"<b>{c.family_label}</b> · {c.label}", "cell", markup=True)]
             for c in default_legend().categories]
    cols = 3
    per = -(-len(cells) // cols)
    rows = []
    for i in range(per):
        row: list = []
        for j in range(cols):
            k = j * per + i
            row += cells[k] if k < len(cells) else ["", ""]
        rows.append(row)
    cw = width / cols
    t = Table(rows, colWidths=[6 * mm, cw - 6 * mm] * cols, hAlign="LEFT")
    t.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)]))
    return t
