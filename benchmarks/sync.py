"""Bundle sync at the scale of the comuna, through the public services.

A laptop joined to a fresh office holds the whole generated comuna (every gestor's records and
versions, copied in raw) and sends it in ONE bundle: the office imports ~100,000 records and ~1,000
photos. Baseline, beside each import: a raw ``sqlite3.executemany`` of the same rows (every row
the import wrote: records, versions, heads, search entries) into the database as it was before;
the figure for the record rows alone is printed too. Then the delta: 10,000 records edited after a receipt, exported.
Scaling: import time and peak memory (child process RSS) at 1k / 10k / all records.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from benchmarks import Figure, median_time
from benchmarks.generate import merge_into_office

_CHILD = """
import json, resource, sys, time
from gestor_app.core.config import load_config
from gestor_app.core.store import open_store
from gestor_app.core.sync.importer import import_bundle
store = open_store(load_config(data_dir=sys.argv[1]))
t = time.perf_counter()
r = import_bundle(store, sys.argv[2])
took = time.perf_counter() - t
try:  # this process's own peak (ru_maxrss on Linux keeps the parent's peak from before exec)
    rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"s": took, "rss": rss,
                  "status": r["status"], "counts": r.get("counts"), "reason": r.get("reason")}))
"""


def _project(root: Path):
    from gestor_app.core.config import load_config
    from gestor_app.core.store import open_store
    from gestor_app.core.sync import identity

    office = open_store(load_config(data_dir=root / "oficina"), device_name="oficina")
    identity.office_init(office, name="Municipalidad de Peñalolén")
    peer = identity.enroll(office, device_name="relevo", out=root / "e.json")
    office.close()
    laptop = open_store(load_config(data_dir=root / "terreno"), device_name="relevo")
    identity.join(laptop, root / "e.json")
    return laptop, peer.id


WRITTEN_TOO = ("change_log", "record_heads", "search_index")  # what an import writes besides the records


def _raw_baseline(imported_db: Path, empty_db: Path, tables: list[str]) -> tuple[float, int]:
    """executemany of every row of ``tables`` in ``imported_db`` (what an import wrote) into a copy
    of the database as it was before the import, emptied of them."""
    src = sqlite3.connect(imported_db)
    rows = {t: src.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    cols = {t: [r[1] for r in src.execute(f'PRAGMA table_info("{t}")')] for t in rows}
    src.close()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "raw.sqlite3"
        shutil.copy(empty_db, db)
        dst = sqlite3.connect(db)
        for t in rows:
            dst.execute(f'DELETE FROM "{t}"')
        dst.commit()
        start = time.perf_counter()
        for t, rs in rows.items():
            if rs:
                marks = ", ".join("?" * len(cols[t]))
                dst.executemany(f'INSERT INTO "{t}" ({", ".join(cols[t])}) VALUES ({marks})', rs)
        dst.commit()
        took = time.perf_counter() - start
        dst.close()
    return took, sum(len(r) for r in rows.values())


def _child_import(data_dir: Path, bundle: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(data_dir), str(bundle)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run() -> list[Figure]:
    from benchmarks.dataset import comuna
    from gestor_app.core.models import MapFeature, SyncIdentity
    from gestor_app.core.sync import exporter
    from gestor_app.core.sync.versions import held_vector

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="gestor-bench-sync-") as tmp:
        root = Path(tmp)
        laptop, _peer = _project(root)
        pristine = root / "oficina-vacia"
        shutil.copytree(root / "oficina", pristine)
        merge_into_office(laptop, [comuna().office])  # the relay laptop holds the whole comuna
        usb = root / "usb"
        usb.mkdir()
        start = time.perf_counter()
        full = exporter.export_from_laptop(laptop, usb)
        export_s = time.perf_counter() - start

        from gestor_app.core.db.base import record_models

        record_tables = [m.__tablename__ for m in record_models()]
        runs, bases, record_bases = [], [], []
        for i in range(3):  # each import beside its baselines, so they share the machine's mood
            target = root / f"oficina-{i}"
            shutil.copytree(pristine, target)
            r = _child_import(target, full.path)
            assert r["status"] == "importado", r
            runs.append(r)
            imported = target / "gestor.sqlite3"
            bases.append(_raw_baseline(imported, pristine / "gestor.sqlite3", [*record_tables, *WRITTEN_TOO]))
            record_bases.append(_raw_baseline(imported, pristine / "gestor.sqlite3", record_tables))
        runs.sort(key=lambda r: r["s"])
        med = runs[1]
        base, n_rows = sorted(bases)[1]
        record_base, n_records = sorted(record_bases)[1]
        figures.append(Figure(f"importar un paquete: {full.versions:,} versiones, {n_records:,} registros, "
                              f"{full.photos} fotos".replace(",", "."), med["s"], budget_s=15, baseline_s=base,
                              ratio_budget=4,
                              note=f"base: executemany de las {n_rows:,} filas que la importación escribe (registros, "
                                   .replace(",", ".", 1) +
                                   f"versiones, cabezas, índice de búsqueda); solo los registros: {record_base:.2f} s "
                                   f"= {med['s'] / record_base:.1f}×; {med['counts']}"))
        figures.append(Figure("exportar ese paquete completo (firmado y cifrado)", export_s,
                              note=f"{full.path.stat().st_size / 1e6:.1f} MB"))

        # delta: the office's receipt, then 10,000 edits
        with laptop.transaction() as s:
            s.get(SyncIdentity, 1).acked = held_vector(s)
        with laptop.transaction() as s:
            ids = list(s.scalars(select(MapFeature.id).order_by(MapFeature.id).limit(10_000)))
            for f in s.scalars(select(MapFeature).where(MapFeature.id.in_(ids))):
                f.title = f"{f.title} (revisado)"
        delta_runs = []

        def delta() -> None:
            delta_runs.append(exporter.export_from_laptop(laptop, usb))

        took = median_time(delta, repeat=3)
        figures.append(Figure(f"exportar el delta de {delta_runs[-1].versions:,} cambios".replace(",", "."), took,
                              budget_s=2))

        # scaling curve: the same bundle format at 1k / 10k / all records
        for n in (1_000, 10_000):
            with laptop.transaction() as s:
                s.get(SyncIdentity, 1).acked = {}
            part = exporter.export_from_laptop(laptop, usb, limit=n)
            target = root / f"oficina-n{n}"
            shutil.copytree(pristine, target)
            r = _child_import(target, part.path)
            figures.append(Figure(f"escala: importar {part.versions:,} versiones".replace(",", "."), r["s"],
                                  note=f"RSS máx. {r['rss'] / 1024:.0f} MB; "
                                       f"{r['s'] / max(part.versions, 1) * 1e6:.0f} µs/versión"))
        figures.append(Figure(f"escala: importar {full.versions:,} versiones".replace(",", "."), med["s"],
                              note=f"RSS máx. {med['rss'] / 1024:.0f} MB; "
                                   f"{med['s'] / full.versions * 1e6:.0f} µs/versión"))
        laptop.close()
    return figures
