"""Project resources the office distributes: ``proyecto leyenda FILE``, ``proyecto plantilla FILE``,
``proyecto mapa-base KEY [--quitar]``, ``proyecto list``. Enrollment files and return bundles carry them."""

from __future__ import annotations

import argparse
from pathlib import Path

from gestor_app.cli.output import print_json
from gestor_app.core import project_basemaps, project_resources


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("proyecto", help="(oficina) leyenda, plantillas y mapas base que reciben los equipos")
    psub = p.add_subparsers(dest="project_cmd", metavar="ACCIÓN", required=True)
    lg = psub.add_parser("leyenda", help="fija la leyenda del mapa del proyecto (JSON «gestor-legend»)")
    lg.add_argument("file", type=Path)
    lg.set_defaults(func=cmd_legend)
    tp = psub.add_parser("plantilla", help="agrega o reemplaza (mismo id) una plantilla de marcha del proyecto")
    tp.add_argument("file", type=Path)
    tp.set_defaults(func=cmd_template)
    bm = psub.add_parser("mapa-base", help="elige un mapa base de la carpeta de datos para distribuir")
    bm.add_argument("key", help="clave del mapa base (nombre del archivo sin .mbtiles)")
    bm.add_argument("--quitar", action="store_true", help="deja de distribuirlo")
    bm.set_defaults(func=cmd_basemap)
    psub.add_parser("list", help="leyenda, plantillas y mapas base del proyecto (JSON)").set_defaults(func=cmd_list)


def cmd_legend(args, ctx) -> int:
    print_json({"legend": project_resources.set_legend(ctx.store(), args.file)})
    return 0


def cmd_template(args, ctx) -> int:
    print_json({"template": project_resources.set_template(ctx.store(), args.file)})
    return 0


def cmd_basemap(args, ctx) -> int:
    print_json(project_basemaps.choose_basemap(ctx.store(), args.key, remove=args.quitar))
    return 0


def cmd_list(args, ctx) -> int:
    print_json(project_resources.summary(ctx.store()))
    return 0
