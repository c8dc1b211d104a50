"""Where a record belongs: its territory.

Every record model says it in one of three ways (``tests/core/db/test_parents.py`` checks all):
- it has a ``territory_id`` column (a walk, a focus group, a plan…);
- it declares ``__parent__ = ("<reference column>", "<parent table>")`` and belongs where its
  parent belongs (a quote → its focus group, a goal → its objective → its territory); a photo's
  parent table is its row's ``owner_entity`` (``__parent__ = ("owner_id", None)``);
- it is ``__project_wide__`` (the territories themselves, comuna-level figures): ``PROJECT_WIDE``.

The return bundle for a laptop (``core.sync.exporter``) and the search index read this one answer;
nothing guesses a parent table from a column name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from gestor_app.core.db.base import Record, model_for_table
from gestor_app.core.db.bulk import rows_by_key

PROJECT_WIDE = "*"  # not a territory id: the record goes to everyone in the project
MAX_DEPTH = 6  # longest declared chain is 3 (measurement → goal → objective)


def _model(table: str | None) -> type[Record] | None:
    try:
        return model_for_table(table) if table else None
    except KeyError:
        return None


def has_territory(model: type[Record]) -> bool:
    return "territory_id" in model.__table__.c  # type: ignore[attr-defined]


def parent_key(model: type[Record], data: dict[str, Any]) -> tuple[str, str] | None:
    """(parent table, parent id) of a row of ``model`` without a territory of its own."""
    parent = model.__parent__
    if not parent or not data.get(parent[0]):
        return None
    table = parent[1] or data.get("owner_entity")
    return (table, data[parent[0]]) if table else None


class TerritoryResolver:
    """Territories of rows, parents looked up in the database a few hundred at a time and
    remembered (one resolver per export or import: the database does not change under it)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._known: dict[tuple[str, str], str | None] = {}

    def territories(self, entity: str, rows: Sequence[dict[str, Any]]) -> list[str | None]:
        """The territory of each row of ``entity`` (``PROJECT_WIDE``, or None when it has none or
        its parent is not here)."""
        model = _model(entity)
        if model is None:
            return [None] * len(rows)
        if model.__project_wide__:
            return [PROJECT_WIDE] * len(rows)
        if has_territory(model):
            return [r.get("territory_id") for r in rows]
        keys = [parent_key(model, r) for r in rows]
        self._resolve([k for k in keys if k], 0)
        return [self._known.get(k) if k else None for k in keys]

    def territory(self, entity: str, data: dict[str, Any]) -> str | None:
        return self.territories(entity, [data])[0]

    def _resolve(self, keys: Iterable[tuple[str, str]], depth: int) -> None:
        wanted: dict[str, set[str]] = defaultdict(set)
        for table, rid in keys:
            if (table, rid) not in self._known:
                wanted[table].add(rid)
        for table, ids in wanted.items():
            for rid in ids:
                self._known[(table, rid)] = None  # unless found below
            model = _model(table)
            if model is None or depth > MAX_DEPTH:
                continue
            if model.__project_wide__:
                self._known.update({(table, rid): PROJECT_WIDE for rid in ids})
            elif has_territory(model):
                self._known.update({(table, rid): t for rid, t in
                                    rows_by_key(self.conn, table, "id", list(ids), ("id", "territory_id"))})
            elif model.__parent__:
                self._through_parents(model, table, ids, depth)

    def _through_parents(self, model: type[Record], table: str, ids: set[str], depth: int) -> None:
        col = model.__parent__[0]  # type: ignore[index]
        cols = ("id", col) + (() if model.__parent__[1] else ("owner_entity",))  # type: ignore[index]
        rows = [dict(zip(cols, r, strict=True)) for r in rows_by_key(self.conn, table, "id", list(ids), cols)]
        parents = {r["id"]: parent_key(model, r) for r in rows}
        self._resolve([p for p in parents.values() if p], depth + 1)
        for rid, p in parents.items():
            self._known[(table, rid)] = self._known.get(p) if p else None
