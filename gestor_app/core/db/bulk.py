"""Many plain rows straight to the driver, for bulk work (bundle import, the search index of what
it brought): at 100,000 rows the ORM's per-row parameter handling costs more than SQLite itself."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

CHUNK = 5000
KEYS_PER_QUERY = 900  # under SQLite's oldest limit of 999 bound parameters


def _mark(conn: Any) -> str:
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def raw_insert(conn: Any, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert ``rows`` (tuples in ``columns`` order). Values must already be what the column stores
    (apply the column type's ``bind_processor`` first where it has one)."""
    if not rows:
        return
    mark = _mark(conn)
    sql = f'INSERT INTO {table} ({", ".join(columns)}) VALUES ({", ".join([mark] * len(columns))})'
    for i in range(0, len(rows), CHUNK):
        conn.exec_driver_sql(sql, rows[i:i + CHUNK])


def rows_by_key(conn: Any, table: str, key: str, values: Sequence[Any], columns: Sequence[str]) -> Iterator[tuple]:
    """The rows of ``table`` whose ``key`` is one of ``values`` (``columns`` selected), a few
    hundred keys per query."""
    values = sorted(set(values))
    mark = _mark(conn)
    for i in range(0, len(values), KEYS_PER_QUERY):
        part = values[i:i + KEYS_PER_QUERY]
        yield from conn.exec_driver_sql(
            f'SELECT {", ".join(columns)} FROM {table} WHERE {key} IN ({", ".join([mark] * len(part))})', tuple(part))
