"""Sync commands: ``office init``, ``enroll``, ``join``, ``bundle export|import|inspect|status``,
``devices list|revoke``. Same services as the Synchronisation screen."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gestor_app.cli.output import print_json
from gestor_app.core.errors import GestorError
from gestor_app.core.sync import exporter, identity, importer, status
from gestor_app.core.sync.archive import BundleRejected
from gestor_app.core.sync.container import open_header


def register(sub: argparse._SubParsersAction) -> None:
    office = sub.add_parser("office", help="oficina central").add_subparsers(dest="office_cmd", metavar="ACCIÓN")
    init = office.add_parser("init", help="crea la oficina (claves y proyecto) en esta carpeta de datos")
    init.add_argument("--name", required=True, help='p. ej. "Municipalidad de Peñalolén"')
    init.set_defaults(func=cmd_office_init)

    en = sub.add_parser("enroll", help="(oficina) inscribe un equipo de terreno: escribe su archivo de inscripción")
    en.add_argument("--device-name", required=True)
    en.add_argument("--out", required=True, type=Path)
    en.add_argument("--territory", action="append", default=[], help="territorio asignado (repetible; sin él: todos)")
    en.set_defaults(func=cmd_enroll)

    jn = sub.add_parser("join", help="(terreno) une este equipo a la oficina con su archivo de inscripción")
    jn.add_argument("file", type=Path)
    jn.set_defaults(func=cmd_join)

    b = sub.add_parser("bundle", help="paquetes de sincronización").add_subparsers(dest="bundle_cmd", metavar="ACCIÓN")
    ex = b.add_parser("export", help="escribe un paquete nuevo en una carpeta (memoria USB o carpeta compartida)")
    ex.add_argument("--out", required=True, type=Path, help="carpeta de destino")
    ex.add_argument("--device", help="(oficina) equipo al que se responde")
    ex.add_argument("--mapas-base", dest="basemaps", action="store_true",
                    help="(oficina) incluye los mapas base del proyecto que el equipo no tiene")
    ex.set_defaults(func=cmd_export)
    im = b.add_parser("import", help="importa uno o más paquetes")
    im.add_argument("files", nargs="+", type=Path)
    im.add_argument("--dry-run", action="store_true", help="muestra lo que cambiaría, sin cambiar nada")
    im.set_defaults(func=cmd_import)
    ins = b.add_parser("inspect", help="lo que se sabe de un paquete sin abrirlo")
    ins.add_argument("file", type=Path)
    ins.set_defaults(func=cmd_inspect)
    st = b.add_parser("status", help="(terreno) qué registros ya se entregaron a la oficina y cuáles esperan")
    st.add_argument("--pendientes", action="store_true", help="solo los que esperan entrega")
    st.add_argument("--limit", type=int, default=200)
    st.set_defaults(func=cmd_status)

    d = sub.add_parser("devices", help="(oficina) equipos inscritos").add_subparsers(dest="devices_cmd", metavar="ACCIÓN")
    d.add_parser("list", help="lista los equipos").set_defaults(func=cmd_devices_list)
    rv = d.add_parser("revoke", help="revoca un equipo (sus paquetes se rechazan)")
    rv.add_argument("device_id")
    rv.set_defaults(func=cmd_devices_revoke)


def cmd_office_init(args, ctx) -> int:
    ident = identity.office_init(ctx.store(), name=args.name)
    print_json({"office": ident.office_name, "project_id": ident.project_id, "device_id": ident.office_device_id})
    return 0


def cmd_enroll(args, ctx) -> int:
    peer = identity.enroll(ctx.store(), device_name=args.device_name, out=args.out, territories=args.territory)
    print_json({"device_id": peer.id, "name": peer.name, "file": str(args.out),
                "note": "Entregue este archivo en mano: contiene un secreto de un solo uso."})
    return 0


def cmd_join(args, ctx) -> int:
    ident = identity.join(ctx.store(), args.file)
    print_json({"joined": ident.office_name, "project_id": ident.project_id, "territories": ident.territories})
    return 0


def cmd_export(args, ctx) -> int:
    store = ctx.store()
    if args.device:
        result = exporter.export_for_device(store, args.device, args.out, basemaps=args.basemaps)
    elif args.basemaps:
        raise GestorError("--mapas-base es de la respuesta de la oficina (con --device).")
    else:
        result = exporter.export_from_laptop(store, args.out)
    print(result.path)
    return 0


def cmd_import(args, ctx) -> int:
    store = ctx.store()
    rejected = False
    for f in args.files:
        summary = importer.import_bundle(store, f, dry_run=args.dry_run)
        rejected |= summary["status"] in ("rechazado", "cancelado")
        print(json.dumps(summary, ensure_ascii=False, default=str))
    return 1 if rejected else 0


def cmd_inspect(args, ctx) -> int:
    try:
        opened = open_header(args.file)
    except BundleRejected as exc:
        print_json({"file": str(args.file), "valid": False, "reason": str(exc)})
        return 1
    h = opened.header
    print_json({"file": str(args.file), "valid": True, "format": h.get("format"),
                "format_version": h.get("format_version"), "app_version": h.get("app_version"),
                "sender": h.get("sender"), "sender_name": h.get("sender_name"), "sender_role": h.get("sender_role"),
                "recipient": h.get("recipient"), "seq": h.get("seq"), "created_at": h.get("created_at"),
                "size": args.file.stat().st_size, "counts": h.get("counts")})
    return 0


def cmd_status(args, ctx) -> int:
    with ctx.store().transaction() as s:
        totals = status.delivery_status(s)
        records = status.record_deliveries(s, limit=args.limit, pending_only=args.pendientes)
    print_json({"pending_changes": totals.pending, "pending_records": totals.pending_records,
                "delivered_changes": totals.delivered,
                "records": [{"entity": r.entity, "kind": r.label, "id": r.record_id, "title": r.title,
                             "changed_at": r.changed_at.isoformat(timespec="seconds"),
                             "state": "entregado a la oficina" if r.delivered else "pendiente de entrega",
                             "deleted": r.deleted} for r in records]})
    return 0


def cmd_devices_list(args, ctx) -> int:
    with ctx.store().transaction() as s:
        identity.require_identity(s, "office")
        print_json([{"device_id": p.id, "name": p.name, "status": p.status, "laptop_id": p.device_id,
                     "territories": p.territories, "bundles": len(p.bundle_seqs or []),
                     "gaps": identity.gaps(p.bundle_seqs or []), "last_bundle_at": p.last_bundle_at}
                    for p in identity.list_peers(s)])
    return 0


def cmd_devices_revoke(args, ctx) -> int:
    with ctx.store().transaction() as s:
        peer = identity.revoke(s, args.device_id)
        print_json({"device_id": peer.id, "name": peer.name, "status": peer.status})
    return 0
