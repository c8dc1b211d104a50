"""Document commands: `gestor list KIND [--json]` and `gestor report KIND ID --out FILE.pdf
[--audience community|internal] [--size A4|A3]`, over ``core.docs.registry``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gestor_app.core.docs.letterhead import letterhead, set_letterhead
from gestor_app.core.docs.registry import DOCUMENTS, SOURCES, document_spec, list_records, render_document


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help=f"lista registros imprimibles ({', '.join(SOURCES)})")
    p.add_argument("kind", metavar="TIPO")
    p.add_argument("--json", action="store_true", help="arreglo JSON con id y title de cada registro")
    p.add_argument("--territory", metavar="ID", help="solo los del territorio indicado")
    p.set_defaults(func=cmd_list)
    r = sub.add_parser("report", help=f"genera un documento PDF ({', '.join(DOCUMENTS)})")
    r.add_argument("kind", metavar="TIPO")
    r.add_argument("id", metavar="ID", help="id del registro (para map-sheet, el de un territorio)")
    r.add_argument("--out", type=Path, required=True, metavar="ARCHIVO.pdf")
    r.add_argument("--audience", choices=["community", "internal"],
                   help="community: para la comunidad (sin datos sensibles); internal: uso interno")
    r.add_argument("--size", choices=["A4", "A3", "a4", "a3"], help="tamaño de la lámina de cartografía")
    r.set_defaults(func=cmd_report)
    h = sub.add_parser("letterhead", help="membrete de los documentos: municipalidad, dirección y logo (JSON)")
    h.add_argument("--municipality", help="p. ej. «Ilustre Municipalidad de Peñalolén» ('' = según la comuna)")
    h.add_argument("--department", help="p. ej. «Dirección de Seguridad Pública»")
    h.add_argument("--logo", help="imagen PNG o JPEG del logo ('' = logo de la aplicación)")
    h.set_defaults(func=cmd_letterhead)


def cmd_list(args: argparse.Namespace, ctx) -> int:
    with ctx.store().transaction() as s:
        rows = [r.as_json() for r in list_records(s, args.kind, territory_id=args.territory)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r['id']}  {r['title']}")
    return 0


def cmd_report(args: argparse.Namespace, ctx) -> int:
    spec = document_spec(args.kind)  # unknown kind: clear error before the store opens
    options = {"size": args.size.upper()} if args.size else {}
    with ctx.store().transaction() as s:
        pages = render_document(s, ctx.config, kind=spec.kind, record_id=args.id, out=args.out,
                                audience=args.audience, options=options)
    print(json.dumps({"document": spec.kind, "file": str(args.out), "pages": pages,
                      "audience": args.audience or str(spec.default_audience)}, ensure_ascii=False))
    return 0


def cmd_letterhead(args: argparse.Namespace, ctx) -> int:
    with ctx.store().transaction() as s:
        set_letterhead(s, municipality=args.municipality, department=args.department, logo=args.logo)
        lh = letterhead(s)
    print(json.dumps({"municipality": lh.municipality, "department": lh.department,
                      "logo": str(lh.logo) if lh.logo else None}, ensure_ascii=False))
    return 0
