"""Secondary sources: import police cases by comuna and month from a CEAD-style CSV.

Accepted columns (header names compared without accents or case): a date (``fecha``) or year and
month (``año``/``anio``, ``mes``); the comuna code (``comuna``/``cut``/``codigo_comuna``, 5 digits);
the crime type (``delito``/``tipo_delito``/``familia``); the count (``casos``/``frecuencia``/
``cantidad``). ``;`` or ``,`` delimiters, UTF-8 or Latin-1. Any unknown column or malformed row
stops the import with a message naming row and column: nothing is imported.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.errors import ValidationError
from gestor_app.core.models.secondary import PoliceCaseCount
from gestor_app.core.services.search import fold

ALIASES = {
    "fecha": "date", "date": "date", "periodo": "date",
    "ano": "year", "anio": "year", "year": "year",
    "mes": "month", "month": "month",
    "comuna": "comuna", "cut": "comuna", "codigo_comuna": "comuna", "cod_comuna": "comuna", "codigo": "comuna",
    "cut_comuna": "comuna",
    "delito": "crime", "tipo_delito": "crime", "familia": "crime", "familia_delito": "crime", "crime_type": "crime",
    "casos": "count", "frecuencia": "count", "cantidad": "count", "count": "count", "n": "count",
}
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


@dataclass(frozen=True)
class CaseRow:
    comuna_code: str
    year: int
    month: int
    crime_type: str
    count: int


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _columns(header: list[str]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, name in enumerate(header):
        key = re.sub(r"[\s\-]+", "_", fold(name).strip())
        if key not in ALIASES:
            raise ValidationError(f"Columna desconocida «{name}» (columna {i + 1}). Se esperan: fecha o año y mes, "
                                  "comuna (código CUT), delito y casos. No se importó nada.")
        if ALIASES[key] in cols:
            raise ValidationError(f"La columna «{name}» (columna {i + 1}) repite un dato. No se importó nada.")
        cols[ALIASES[key]] = i
    missing = [n for n, ok in (("comuna", "comuna" in cols), ("delito", "crime" in cols), ("casos", "count" in cols),
                               ("fecha o año y mes", "date" in cols or {"year", "month"} <= set(cols))) if not ok]
    if missing:
        raise ValidationError(f"Faltan columnas: {', '.join(missing)}. No se importó nada.")
    return cols


def _period(value: str) -> tuple[int, int]:
    v = value.strip()
    for pattern, order in ((r"(\d{4})-(\d{1,2})(?:-\d{1,2})?", "ym"), (r"(\d{1,2})[-/](\d{1,2})[-/](\d{4})", "dmy"),
                           (r"(\d{1,2})[-/](\d{4})", "my")):
        m = re.fullmatch(pattern, v)
        if m:
            g = [int(x) for x in m.groups()]
            y, mo = (g[0], g[1]) if order == "ym" else (g[2], g[1]) if order == "dmy" else (g[1], g[0])
            date(y, mo, 1)  # ValueError when impossible
            return y, mo
    raise ValueError(v)


def _month(value: str) -> int:
    v = fold(value.strip())
    if v in MONTHS:
        return MONTHS.index(v) + 1
    m = int(v)
    if not 1 <= m <= 12:
        raise ValueError(v)
    return m


def parse_cases(raw: bytes) -> list[CaseRow]:
    text = _decode(raw)
    first = text.splitlines()[0] if text.strip() else ""
    if not first:
        raise ValidationError("El archivo está vacío. No se importó nada.")
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    cols = _columns(next(reader))
    rows: list[CaseRow] = []
    for n, rec in enumerate(reader, start=2):
        if not any(c.strip() for c in rec):
            continue
        rows.append(_row(n, rec, cols))
    if not rows:
        raise ValidationError("El archivo no tiene filas de datos. No se importó nada.")
    return rows


def _row(n: int, rec: list[str], cols: dict[str, int]) -> CaseRow:
    def cell(key: str, label: str) -> str:
        i = cols[key]
        if i >= len(rec) or not rec[i].strip():
            raise ValidationError(f"Fila {n}, columna «{label}»: está vacía. No se importó nada.")
        return rec[i].strip()

    def bad(label: str, value: str, expected: str) -> ValidationError:
        return ValidationError(f"Fila {n}, columna «{label}»: «{value}» no es {expected}. No se importó nada.")

    if len(rec) > max(cols.values()) + 1:
        raise ValidationError(f"Fila {n}: tiene más valores que columnas el encabezado. No se importó nada.")
    code = cell("comuna", "comuna")
    if not re.fullmatch(r"\d{4,5}", code):
        raise bad("comuna", code, "un código CUT de 5 dígitos")
    try:
        if "date" in cols:
            year, month = _period(cell("date", "fecha"))
        else:
            year, month = int(cell("year", "año")), _month(cell("month", "mes"))
    except ValueError as exc:
        raise bad("fecha" if "date" in cols else "año/mes", str(exc) or "?", "un año y mes válidos") from exc
    if not 1990 <= year <= 2100:
        raise bad("año", str(year), "un año válido")
    raw_count = cell("count", "casos").replace(".", "")
    if not raw_count.isdigit():
        raise bad("casos", raw_count, "un número entero de casos")
    return CaseRow(code.zfill(5), year, month, cell("crime", "delito")[:200], int(raw_count))


def import_cases(session: Session, *, path: Path) -> int:
    """Import a file (all rows or none); a row already imported (comuna, month, crime) is updated."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(f"No se pudo leer {Path(path).name}: {exc.strerror}.") from exc
    rows = parse_cases(raw)
    existing = {(c.comuna_code, c.year, c.month, c.crime_type): c for c in session.scalars(
        select(PoliceCaseCount).where(PoliceCaseCount.deleted.is_(False),
                                      PoliceCaseCount.comuna_code.in_(sorted({r.comuna_code for r in rows}))))}
    for r in rows:
        old = existing.get((r.comuna_code, r.year, r.month, r.crime_type))
        if old is not None:
            old.count = r.count
        else:
            existing[(r.comuna_code, r.year, r.month, r.crime_type)] = obj = PoliceCaseCount(
                comuna_code=r.comuna_code, year=r.year, month=r.month, crime_type=r.crime_type, count=r.count,
                source=Path(path).name)
            session.add(obj)
    session.flush()
    return len(rows)


def list_cases(session: Session, *, comuna_code: str) -> list[PoliceCaseCount]:
    q = select(PoliceCaseCount).where(PoliceCaseCount.comuna_code == comuna_code, PoliceCaseCount.deleted.is_(False))
    return list(session.scalars(q.order_by(PoliceCaseCount.year, PoliceCaseCount.month, PoliceCaseCount.crime_type)))


def monthly_totals(session: Session, *, comuna_code: str, crime_type: str | None = None) -> list[tuple[int, int, int]]:
    """(year, month, cases) in time order, for the trend chart."""
    totals: dict[tuple[int, int], int] = {}
    for c in list_cases(session, comuna_code=comuna_code):
        if crime_type is None or c.crime_type == crime_type:
            totals[(c.year, c.month)] = totals.get((c.year, c.month), 0) + c.count
    return [(y, m, n) for (y, m), n in sorted(totals.items())]


def comuna_code_for(session: Session, territory_id: str | None) -> str | None:
    """The CUT of the comuna the territory belongs to (walking up the hierarchy)."""
    from gestor_app.core.models.territory import Territory

    seen: set[str] = set()
    t = session.get(Territory, territory_id) if territory_id else None
    while t is not None and t.id not in seen:
        if t.level == "comuna":
            return t.code
        seen.add(t.id)
        t = session.get(Territory, t.parent_id) if t.parent_id else None
    return None
