"""The document kit: letterhead, title block, Spanish dates, "Página N de M", footer with the
document id and generation time, tables that split across pages with repeated headers, signature
lines. Every document module builds a reportlab *story* with these pieces and calls ``build_pdf``."""

from __future__ import annotations

import enum
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from gestor_app.core.config import RESOURCES_DIR
from gestor_app.core.docs.fonts import BOLD, ITALIC, REGULAR, register_fonts

MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre")
INK = colors.HexColor("#1F2A37")
BRAND = colors.HexColor("#1F3A5F")  # municipal blue of headers and rules
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#C9D3E0")
ZEBRA = colors.HexColor("#F2F5F9")
ALERT = colors.HexColor("#B71C1C")
DEFAULT_LOGO = RESOURCES_DIR / "icons" / "gestor-territorial-256.png"


class Audience(enum.StrEnum):
    COMMUNITY = "community"
    INTERNAL = "internal"

    @property
    def label(self) -> str:
        return "Versión para la comunidad" if self is Audience.COMMUNITY else "Uso interno: no difundir"

    @classmethod
    def parse(cls, value: str | Audience | None, default: Audience) -> Audience:
        if value is None or value == "":
            return default
        try:
            return cls(value)
        except ValueError:
            from gestor_app.core.errors import ValidationError

            raise ValidationError(f"Audiencia desconocida «{value}»: use community o internal.") from None


def long_date(d: date | None) -> str:
    """22 de noviembre de 2026 (empty text for no date)."""
    if d is None:
        return "sin fecha"
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"


def long_datetime(dt: datetime) -> str:
    return f"{long_date(dt.date())}, {dt:%H:%M}"


@dataclass(frozen=True)
class Letterhead:
    municipality: str
    department: str
    logo: Path | None = DEFAULT_LOGO


@dataclass
class DocMeta:
    title: str
    doc_id: str
    audience: Audience
    letterhead: Letterhead
    subtitle: str = ""
    generated_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    pagesize: tuple[float, float] = A4
    author: str = "Gestor Territorial"


# ---------------------------------------------------------------- styles


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": 9.5, "leading": 12.5, "textColor": INK}
    return ParagraphStyle(name, **{**base, **kw})


# Image streams stored binary, not ASCII85: reportlab encodes ASCII85 in pure Python (≈20 ms per
# photo) and the text grows the file by a quarter; every PDF reader reads binary streams.
rl_config.useA85 = 0

register_fonts()
STYLES: dict[str, ParagraphStyle] = {
    "body": _style("body", spaceAfter=4),
    "small": _style("small", fontSize=8, leading=10, textColor=MUTED),
    "cell": _style("cell", fontSize=8.5, leading=10.5),
    "cell_head": _style("cell_head", fontName=BOLD, fontSize=8, leading=10, textColor=colors.white),
    "title": _style("title", fontName=BOLD, fontSize=18, leading=22, textColor=BRAND, spaceAfter=2),
    "subtitle": _style("subtitle", fontSize=11, leading=14, textColor=MUTED, spaceAfter=6),
    "h1": _style("h1", fontName=BOLD, fontSize=13, leading=16, textColor=BRAND, spaceBefore=10, spaceAfter=4),
    "h2": _style("h2", fontName=BOLD, fontSize=10.5, leading=13, textColor=INK, spaceBefore=6, spaceAfter=3),
    "quote": _style("quote", fontName=ITALIC, leftIndent=10, borderPadding=(2, 0, 2, 6), spaceAfter=2),
    "label": _style("label", fontName=BOLD, fontSize=8.5, leading=10.5, textColor=MUTED),
    "sign": _style("sign", fontSize=8.5, leading=10.5, alignment=TA_CENTER),
    "empty": _style("empty", fontName=ITALIC, textColor=MUTED),
}


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose plain-string cells also use the embedded font (reportlab's default is
    Helvetica, which is not embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def esc(text: Any) -> str:
    """User text made safe for a reportlab Paragraph (markup characters escaped, line breaks kept)."""
    return escape(str(text if text is not None else "")).replace("\n", "<br/>")


def para(text: Any, style: str = "body", *, markup: bool = False) -> Paragraph:
    return Paragraph(str(text) if markup else esc(text), STYLES[style])


class Heading(Paragraph):
    """A section title; ``build_pdf`` puts a conditional page break before it so a title never ends a
    page alone (reportlab's keepWithNext would instead move a whole long table to the next page)."""

    room = 30 * mm


def heading(text: str, level: int = 1, *, room: float | None = None) -> Paragraph:
    """``room``: space the title needs below it on the page (e.g. the height of the map it introduces)."""
    h = Heading(esc(text), STYLES["h1" if level == 1 else "h2"])
    if room is not None:
        h.room = room
    return h


def text_or_empty(text: str | None, empty: str = "Sin información registrada.") -> Paragraph:
    return para(text) if (text or "").strip() else para(empty, "empty")


# ---------------------------------------------------------------- blocks


def title_block(title: str, subtitle: str = "", facts: Sequence[tuple[str, str]] = ()) -> list[Flowable]:
    """Document title, subtitle and a two-column grid of label/value facts."""
    out: list[Flowable] = [para(title, "title")]
    if subtitle:
        out.append(para(subtitle, "subtitle"))
    if facts:
        cells = [[para(k, "label"), para(v or "—", "cell")] for k, v in facts]
        half = (len(cells) + 1) // 2
        left, right = cells[:half], cells[half:] + [["", ""]] * (half - len(cells[half:]))
        rows = [a + b for a, b in zip(left, right, strict=True)]
        t = Table(rows, colWidths=[32 * mm, 53 * mm, 32 * mm, 53 * mm], hAlign="LEFT")
        t.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        out.append(t)
    out.append(Spacer(1, 4 * mm))
    return out


def data_table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float] | None = None,
               *, empty: str = "Sin registros.", ruled: bool = False) -> Flowable:
    """A table that splits across pages repeating its header row; plain values are escaped and wrapped."""
    if not rows:
        return para(empty, "empty")

    def cell(v: Any) -> Any:
        return v if isinstance(v, Flowable) else para("" if v is None else v, "cell")

    data = [[para(h, "cell_head") for h in header]] + [[cell(v) for v in r] for r in rows]
    t = Table(data, colWidths=list(widths) if widths else None, repeatRows=1, hAlign="LEFT")
    style = [("BACKGROUND", (0, 0), (-1, 0), BRAND), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("BOX", (0, 0), (-1, -1), 0.5, RULE),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    style += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(data), 2)]
    if ruled:  # a form to fill in by hand: column lines too
        style.append(("INNERGRID", (0, 1), (-1, -1), 0.3, RULE))
    t.setStyle(table_style(style))
    return t


def signature_lines(signers: Sequence[tuple[str, str]], *, per_row: int = 3, width: float = 170 * mm) -> Flowable:
    """Lines to sign over, with name (may be blank) and role below; kept on one page."""
    col = width / per_row
    cells = [[Spacer(1, 16 * mm), para(f"<b>{esc(n)}</b><br/>{esc(r)}" if n else esc(r), "sign", markup=True)]
             for n, r in signers]
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [["", ""]] * (per_row - len(rows[-1]))
    grid = []
    for r in rows:
        grid += [[c[0] for c in r], [c[1] for c in r]]
    for i in range(0, len(grid), 2):  # the line to sign over, one per signer, with a gap between them
        grid[i] = [_SignLine(col - 16) if c[1] != "" else "" for c in rows[i // 2]]
    t = Table(grid, colWidths=[col] * per_row)
    style = [("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
             ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    t.setStyle(table_style(style))
    return KeepTogether([t])


class _SignLine(Flowable):
    """Blank room to sign in, closed by the line."""

    def __init__(self, width: float, height: float = 16 * mm) -> None:
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.line(0, 0, self.width, 0)


def notice(text: str) -> Flowable:
    """A framed note (e.g. what the community version leaves out)."""
    t = Table([[para(text, "small")]], colWidths=[170 * mm], hAlign="LEFT")
    t.setStyle(table_style([("BOX", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (-1, -1), ZEBRA)]))
    return t


# ---------------------------------------------------------------- pages


def _numbered_canvas(meta: DocMeta) -> type[rl_canvas.Canvas]:
    class NumberedCanvas(rl_canvas.Canvas):
        """Keeps every page until the end so each can say "Página N de M"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR  # no stray (non-embedded) Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _decorate(self, meta, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorate(c: rl_canvas.Canvas, meta: DocMeta, page: int, total: int) -> None:
    w, h = meta.pagesize
    lh = meta.letterhead
    c.saveState()
    top = h - 12 * mm
    x = 20 * mm
    if page == 1 and lh.logo and Path(lh.logo).is_file():
        try:
            c.drawImage(str(lh.logo), x, top - 14 * mm, 14 * mm, 14 * mm, preserveAspectRatio=True, mask="auto")
            x += 17 * mm
        except OSError:
            pass
    c.setFillColor(BRAND)
    if page == 1:
        c.setFont(BOLD, 11)
        c.drawString(x, top - 4.5 * mm, lh.municipality)
        c.setFont(REGULAR, 9)
        c.setFillColor(MUTED)
        c.drawString(x, top - 9 * mm, lh.department)
        rule_y = top - 16 * mm
    else:
        c.setFont(BOLD, 8)
        c.drawString(20 * mm, top - 3 * mm, lh.municipality)
        c.setFont(REGULAR, 8)
        c.setFillColor(MUTED)
        c.drawRightString(w - 20 * mm, top - 3 * mm, meta.title)
        rule_y = top - 6 * mm
    c.setFont(BOLD, 7.5)
    c.setFillColor(ALERT if meta.audience is Audience.INTERNAL else BRAND)
    if page == 1:
        c.drawRightString(w - 20 * mm, top - 4.5 * mm, meta.audience.label.upper())
    c.setStrokeColor(BRAND)
    c.setLineWidth(1.2)
    c.line(20 * mm, rule_y, w - 20 * mm, rule_y)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(20 * mm, 15 * mm, w - 20 * mm, 15 * mm)
    c.setFont(REGULAR, 7.5)
    c.setFillColor(MUTED)
    c.drawString(20 * mm, 10.5 * mm, f"Documento {meta.doc_id} · generado el {long_datetime(meta.generated_at)}")
    c.setFont(BOLD, 7)
    c.setFillColor(ALERT if meta.audience is Audience.INTERNAL else MUTED)
    c.drawString(20 * mm, 7 * mm, meta.audience.label)
    c.setFont(BOLD, 8)
    c.setFillColor(INK)
    c.drawRightString(w - 20 * mm, 10.5 * mm, f"Página {page} de {total}")
    c.restoreState()


def frame_size(pagesize: tuple[float, float]) -> tuple[float, float]:
    """Width and height available to the story on pages after the first."""
    w, h = pagesize
    return w - 40 * mm, h - 28 * mm - 20 * mm


def build_pdf(target: Path | BinaryIO, meta: DocMeta, story: list[Flowable]) -> int:
    """Lay out ``story`` on pages with letterhead and footer; returns the number of pages."""
    register_fonts()
    w, h = meta.pagesize
    first = Frame(20 * mm, 20 * mm, w - 40 * mm, h - 32 * mm - 20 * mm, id="first", showBoundary=0)
    later = Frame(20 * mm, 20 * mm, w - 40 * mm, h - 22 * mm - 20 * mm, id="later", showBoundary=0)
    out = target if not isinstance(target, Path) else str(target)
    doc = BaseDocTemplate(out, pagesize=meta.pagesize, title=meta.title, author=meta.author,
                          subject=meta.subtitle, creator="Gestor Territorial", invariant=1,
                          leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    doc.addPageTemplates([PageTemplate("first", [first], autoNextPageTemplate="later"),
                          PageTemplate("later", [later])])
    flow: list[Flowable] = []
    for i, f in enumerate(story):
        if isinstance(f, Heading) and not (i and isinstance(story[i - 1], Heading)):
            room, j = f.room, i + 1
            while j < len(story) and isinstance(story[j], Heading):  # titles in a row need room for all
                room, j = room + story[j].room, j + 1
            flow.append(CondPageBreak(room))
        flow.append(f)
    doc.build(flow, canvasmaker=_numbered_canvas(meta))
    return doc.page


def pdf_bytes(meta: DocMeta, story: list[Flowable]) -> bytes:
    buf = io.BytesIO()
    build_pdf(buf, meta, story)
    return buf.getvalue()
