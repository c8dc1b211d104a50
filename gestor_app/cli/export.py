"""`gestor export geojson|kml|csv|xlsx --out PATH [--filter clave=valor …] [--datos NOMBRE]`: data for
analysts (QGIS, Excel). Without filters, every territory; sensitive map points only with
``--filter sensibles=si`` (and then marked)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gestor_app.core.exports.filters import KEYS, parse_filters
from gestor_app.core.exports.tables import DATASETS
from gestor_app.core.exports.writers import FORMATS, export


def register(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("export", help="exporta datos para análisis (GeoJSON, KML, CSV, XLSX)")
    e.add_argument("format", help=f"formato: {', '.join(FORMATS)}")
    e.add_argument("--out", required=True, type=Path, help="archivo de salida")
    e.add_argument("--filter", action="append", default=[], metavar="CLAVE=VALOR",
                   help=f"filtro (repetible): {', '.join(f'{k}=…' for k in KEYS)}")
    e.add_argument("--datos", default="elementos", help=f"para CSV: {', '.join(DATASETS)} (XLSX lleva todos)")
    e.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace, ctx) -> int:
    with ctx.store().transaction() as s:
        f = parse_filters(s, args.filter)
        n = export(s, f, fmt=args.format, out=args.out, dataset=args.datos)
    print(json.dumps({"exported": n, "format": args.format.lower(), "out": str(args.out),
                      "sensitive_included": f.include_sensitive}, ensure_ascii=False))
    return 0
