"""Field-work commands: `gestor import cases FILE` (police cases CSV), `gestor search WORDS`,
`gestor reindex`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gestor_app.core.services.search import rebuild_index, search
from gestor_app.core.services.secondary import import_cases


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import", help="importa datos de fuentes secundarias")
    kinds = imp.add_subparsers(dest="kind", required=True, metavar="TIPO")
    p = kinds.add_parser("cases", help="casos policiales por comuna y mes (CSV estilo CEAD)")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_import_cases)
    p = sub.add_parser("search", help="busca texto en marchas, grupos focales y diagnóstico (JSON)")
    p.add_argument("words", nargs="+")
    p.set_defaults(func=cmd_search)
    p = sub.add_parser("reindex", help="reconstruye el índice de búsqueda")
    p.set_defaults(func=cmd_reindex)


def cmd_import_cases(args: argparse.Namespace, ctx) -> int:
    with ctx.store().transaction() as s:
        n = import_cases(s, path=args.file)
    print(json.dumps({"imported_rows": n, "file": args.file.name}, ensure_ascii=False))
    return 0


def cmd_search(args: argparse.Namespace, ctx) -> int:
    with ctx.store().transaction() as s:
        hits = search(s, " ".join(args.words))
    print(json.dumps([h.__dict__ for h in hits], ensure_ascii=False, indent=2))
    return 0


def cmd_reindex(args: argparse.Namespace, ctx) -> int:
    with ctx.store().transaction() as s:
        n = rebuild_index(s)
    print(json.dumps({"indexed": n}))
    return 0
