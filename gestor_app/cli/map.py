"""Map commands: `gestor map import-basemap FILE`, `gestor map import FILE`, `gestor map import-boundary FILE`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gestor_app.core.errors import GestorError
from gestor_app.core.maps.basemaps import import_basemap
from gestor_app.core.maps.kml import import_features_file, read_boundary_file
from gestor_app.core.services.territories import current_territory, update_territory


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("map", help="mapa participativo: mapas base e importación")
    msub = p.add_subparsers(dest="map_command", metavar="SUBCOMANDO", required=True)
    b = msub.add_parser("import-basemap", help="importa un mapa base MBTiles a la carpeta de datos")
    b.add_argument("file", type=Path)
    b.set_defaults(func=cmd_import_basemap)
    i = msub.add_parser("import", help="agrega los elementos de un GeoJSON o KML al territorio actual")
    i.add_argument("file", type=Path)
    i.add_argument("--categoria", dest="category", help="categoría de la leyenda para elementos sin categoría")
    i.set_defaults(func=cmd_import)
    lb = msub.add_parser("import-boundary", help="usa el polígono de un GeoJSON o KML como límite del territorio actual")
    lb.add_argument("file", type=Path)
    lb.set_defaults(func=cmd_import_boundary)


def cmd_import_basemap(args: argparse.Namespace, ctx) -> int:
    b = import_basemap(ctx.config.data_dir, args.file)
    print(json.dumps({"basemap": b.key, "name": b.name, "attribution": b.attribution}, ensure_ascii=False))
    return 0


def cmd_import(args: argparse.Namespace, ctx) -> int:
    with ctx.store().transaction() as s:
        t = current_territory(s)
        if t is None:
            raise GestorError("No hay un territorio actual: elija uno en la aplicación antes de importar.")
        n = len(import_features_file(s, args.file, territory_id=t.id, default_category=args.category))
    print(json.dumps({"imported": n, "territory": t.name}, ensure_ascii=False))
    return 0


def cmd_import_boundary(args: argparse.Namespace, ctx) -> int:
    boundary = read_boundary_file(args.file)  # validated before anything is written
    with ctx.store().transaction() as s:
        t = current_territory(s)
        if t is None:
            raise GestorError("No hay un territorio actual: elija uno en la aplicación antes de importar.")
        update_territory(s, t.id, boundary=boundary)
    print(json.dumps({"boundary": t.name}, ensure_ascii=False))
    return 0
