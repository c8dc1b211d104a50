"""Basic commands: demo, info, territories."""

from __future__ import annotations

import argparse
import json

from gestor_app.cli.output import print_json
from gestor_app.core.demo import fill_demo
from gestor_app.core.services.info import store_info


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="llena la carpeta de datos con un barrio de demostración")
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("info", help="muestra versión, esquema, dispositivo y conteos (JSON)")
    p.set_defaults(func=cmd_info)


def cmd_demo(args: argparse.Namespace, ctx) -> int:
    fill_demo(ctx.store())
    counts = store_info(ctx.store())["counts"]
    print(json.dumps({"demo": "ok", "counts": counts}, ensure_ascii=False))
    return 0


def cmd_info(args: argparse.Namespace, ctx) -> int:
    print_json(store_info(ctx.store()))
    return 0
