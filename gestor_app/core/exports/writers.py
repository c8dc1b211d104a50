"""Writing the datasets: GeoJSON/KML (map features and territory boundaries), CSV (one dataset per
file) and XLSX (one sheet per dataset). Files are written to a temporary name then renamed: a
failed export never leaves half a file behind."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.errors import ValidationError
from gestor_app.core.exports.filters import ExportFilter
from gestor_app.core.exports.tables import DATASETS, Table, filtered_features
from gestor_app.core.maps.geojson import write_geojson
from gestor_app.core.maps.kml import write_kml
from gestor_app.core.models.territory import Territory


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    if not path.parent.is_dir():
        raise ValidationError(f"No existe la carpeta {path.parent}.")
    tmp = path.with_name(f".{path.name}.part")
    try:
        write(tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None) if value.tzinfo else value  # openpyxl needs naive (UTC) times
    if isinstance(value, date | int | float | str) or value is None:
        return value
    return str(value)


def _territories(session: Session, f: ExportFilter) -> list[Territory]:
    q = select(Territory).where(Territory.deleted.is_(False), Territory.boundary.is_not(None))
    if f.territory_ids is not None:
        q = q.where(Territory.id.in_(sorted(f.territory_ids)))
    return list(session.scalars(q.order_by(Territory.name)))


def write_map(session: Session, f: ExportFilter, path: Path, fmt: str) -> int:
    writer = write_kml if fmt == "kml" else write_geojson
    features, territories = filtered_features(session, f), _territories(session, f)
    count = 0

    def write(tmp: Path) -> None:
        nonlocal count
        count = writer(tmp, features, territories)

    _atomic(path, write)
    return count


def write_csv(table: Table, path: Path) -> int:
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel reads the accents
            w = csv.writer(fh)
            w.writerow(table.headers)
            for row in table.rows:
                w.writerow(["" if v is None else (v.isoformat() if isinstance(v, date) else v) for v in row])

    _atomic(path, write)
    return len(table.rows)


def write_xlsx(tables: list[Table], path: Path) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    def write(tmp: Path) -> None:
        wb = Workbook()
        wb.remove(wb.active)
        for table in tables:
            ws = wb.create_sheet(table.name[:31])
            ws.append(table.headers)
            for c in ws[1]:
                c.font = Font(bold=True)
            ws.freeze_panes = "A2"
            for row in table.rows:
                ws.append([_cell(v) for v in row])
        wb.save(tmp)

    _atomic(path, write)
    return sum(len(t.rows) for t in tables)


FORMATS = ("geojson", "kml", "csv", "xlsx")


def export(session: Session, f: ExportFilter, *, fmt: str, out: Path, dataset: str = "elementos") -> int:
    """Write one export; return how many rows (or GeoJSON/KML features) it holds."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValidationError(f"Formato de exportación desconocido «{fmt}»: use {', '.join(FORMATS)}.")
    if fmt in ("geojson", "kml"):
        return write_map(session, f, out, fmt)
    if fmt == "csv":
        if dataset not in DATASETS:
            raise ValidationError(f"Datos desconocidos «{dataset}»: use {', '.join(DATASETS)}.")
        return write_csv(DATASETS[dataset](session, f), out)
    return write_xlsx([fn(session, f) for fn in DATASETS.values()], out)
