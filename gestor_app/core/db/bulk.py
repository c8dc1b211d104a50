"""Many plain rows straight to the driver, for bulk work (bundle import, the search index of what
it brought): at 100,000 rows the ORM's per-row parameter handling costs more than SQLite itself."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def raw_insert(conn: Any, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert ``rows`` (tuples in ``columns`` order). Values must already be what the column stores
    (apply the column type's ``bind_processor`` first where it has one)."""
    if not rows:
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f'INSERT INTO {table} ({", ".join(columns)}) VALUES ({", ".join([mark] * len(columns))})'
    for i in range(0, len(rows), 5000):
        conn.exec_driver_sql(sql, rows[i:i + 5000])
