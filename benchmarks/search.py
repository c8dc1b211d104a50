"""Full-text search over the whole generated comuna (office database), through the app's service.

Baseline: the same words as a raw FTS5 MATCH on the same index (what SQLite itself costs)."""

from __future__ import annotations

from sqlalchemy import text

from benchmarks import Figure, median_time

QUERIES = ["luminaria pasaje", "consumo alcohol plaza", "carabineros ronda", "basura sitio eriazo"]


def run() -> list[Figure]:
    from benchmarks.dataset import comuna
    from gestor_app.core.config import load_config
    from gestor_app.core.services.search import search
    from gestor_app.core.store import open_store

    store = open_store(load_config(data_dir=comuna().office))
    with store.transaction() as s:
        search(s, "x")  # the index exists (built at generation)
        found = sum(len(search(s, q)) for q in QUERIES)

        def app() -> None:
            for q in QUERIES:
                search(s, q)

        def raw() -> None:
            conn = s.connection()
            for q in QUERIES:
                m = " AND ".join(f'"{w}"*' for w in q.split())
                conn.execute(text("SELECT i.entity, i.record_id FROM search_fts JOIN search_index i "
                                  "ON i.id = search_fts.rowid WHERE search_fts MATCH :m "
                                  "ORDER BY bm25(search_fts) LIMIT 50"), {"m": m}).all()

        base = median_time(raw, repeat=7)
        took = median_time(app, repeat=7) / len(QUERIES)
    store.close()
    return [Figure("búsqueda de texto en toda la comuna (por consulta)", took, budget_s=0.5,
                   baseline_s=base / len(QUERIES), note=f"{found} resultados en {len(QUERIES)} consultas")]
