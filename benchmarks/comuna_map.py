"""The coordinator's map of the comuna on the generated office database (~20,000 features): the
background read a filter change runs (``core.maps.comuna_query.read_comuna_data``: query, rows,
points, shapes, density grid), each beside a plain ``sqlite3`` read of the same rows in the same run.
The read of ORM objects the map used before is printed with the same baseline, for comparison."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks import Figure, median_time

RAW = ("SELECT id, category, origin_device, title, observed_on, created_at, geometry FROM map_features "
       "WHERE deleted = 0 AND sensitive = 0 ORDER BY territory_id, created_at, id")


def measure(data_dir: Path) -> list[Figure]:
    from gestor_app.core.config import load_config
    from gestor_app.core.exports.filters import ExportFilter
    from gestor_app.core.exports.tables import filtered_features
    from gestor_app.core.maps.comuna import comuna_data
    from gestor_app.core.maps.comuna_query import ComunaFilter, read_comuna_data
    from gestor_app.core.store import open_store

    store = open_store(load_config(data_dir=data_dir))
    db = sqlite3.connect(data_dir / "gestor.sqlite3")
    rows = len(db.execute(RAW).fetchall())
    raw = median_time(lambda: db.execute(RAW).fetchall())
    new = median_time(lambda: read_comuna_data(store, ComunaFilter(), gestor_names={}))

    def orm() -> None:
        with store.transaction() as s:
            comuna_data(filtered_features(s, ExportFilter()), gestor_names={})

    old = median_time(orm, repeat=3)
    store.close()
    base = f"base: sqlite3 de las mismas {rows:_} filas".replace("_", ".")
    return [Figure(f"mapa de la comuna: leer y armar datos, {rows:_} elementos".replace("_", "."), new,
                   baseline_s=raw, note=base),
            Figure("mapa de la comuna: ídem con objetos ORM (como antes)", old, baseline_s=raw, note=base)]


def run() -> list[Figure]:
    from benchmarks.dataset import comuna

    return measure(comuna().office)


if __name__ == "__main__":
    import sys

    from benchmarks.__main__ import fmt

    for f in measure(Path(sys.argv[1])):
        print(fmt(f))
