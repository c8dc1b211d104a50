"""Full-text search over every record model that declares ``__search_fields__``.

One mechanism keeps the index current: an ``after_flush`` listener re-indexes every searchable
record written in the flush (and drops the ones sent to the bin), in the same transaction.
``search_index`` (portable table: title, text as written, accent-folded text) is the source of
truth; on SQLite with FTS5 a virtual table ``search_fts`` mirrors it for ranked matching,
elsewhere (PostgreSQL, SQLite without FTS5) a LIKE over the folded text is used.
``rebuild_index`` recreates everything from the records. Accents and ñ are folded both in the
index and in the query, so «búsqueda» finds «busqueda» and the other way round.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, event, func, insert, select, text, tuple_
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from gestor_app.core.db.base import Record, record_models
from gestor_app.core.db.bulk import raw_insert
from gestor_app.core.db.parents import PROJECT_WIDE, TerritoryResolver
from gestor_app.core.models.search_index import SearchEntry
from gestor_app.core.services.settings import get_setting, set_setting

INDEX_VERSION = 3  # bump when what is indexed changes: the next search rebuilds the index
_VERSION_KEY = "search.index_version"
FORCE_FALLBACK = False  # tests set it to exercise the portable path on SQLite
_FTS_OK: dict[str, bool] = {}
_TABLE = SearchEntry.__table__


@dataclass(frozen=True)
class SearchHit:
    entity: str
    record_id: str
    kind: str
    title: str
    snippet: str


# the combining marks NFKD leaves after a letter (one regex pass instead of a test per character)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(value: str) -> str:
    """Lower-case, accents and ñ removed: «Búsqueda Ñuñoa» → «busqueda nunoa»."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", value or "")).lower()


def searchable_models() -> list[type[Record]]:
    return [m for m in record_models() if getattr(m, "__search_fields__", None)]


def _territories(conn: Connection, model: type[Record], rows: list[dict[str, Any]]) -> list[str | None]:
    """Each row's territory (``core.db.parents``); a project-wide record has none in the index."""
    found = TerritoryResolver(conn).territories(model.__tablename__, rows)  # type: ignore[attr-defined]
    return [None if t == PROJECT_WIDE else t for t in found]


def _locators(obj: Record) -> dict[str, Any]:
    """The values ``TerritoryResolver`` reads from a record."""
    keys = ("territory_id", "owner_entity", (obj.__parent__ or ("",))[0])
    return {k: getattr(obj, k, None) for k in keys if k}


def _texts(title: str, values: Iterable[Any]) -> tuple[str, str, str]:
    """Title, body (the search fields' non-empty values, one a line) and folded text of a record."""
    body = "\n".join(p for p in (str(v or "") for v in values) if p.strip())
    title = title[:300]
    return title, body, fold(f"{title}\n{body}")


def _entries(conn: Connection, objs: list[Record]) -> list[dict[str, Any]]:
    by_model: dict[type[Record], list[Record]] = {}
    for o in objs:
        by_model.setdefault(type(o), []).append(o)
    out = []
    for model, group in by_model.items():
        territories = _territories(conn, model, [_locators(o) for o in group])
        fields = model.__search_fields__  # type: ignore[attr-defined]
        for obj, territory in zip(group, territories, strict=True):
            title, body, folded = _texts(obj.display_title(), (getattr(obj, f, "") for f in fields))
            out.append(dict(entity=model.__tablename__, record_id=obj.id, territory_id=territory,  # type: ignore[attr-defined]
                            title=title, body=body, folded=folded))
    return out


def use_fts(conn: Connection) -> bool:
    """FTS5 on this connection's SQLite (checked once per database), unless forced off."""
    if FORCE_FALLBACK or conn.dialect.name != "sqlite":
        return False
    key = str(conn.engine.url)
    if _FTS_OK.get(key) and conn.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'")).first() is None:
        del _FTS_OK[key]  # created in a transaction that was rolled back (e.g. a bundle import preview)
    if key not in _FTS_OK:
        try:  # the mirror's rowid is search_index.id: a record's row is found by key, not by a scan
            conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
                              "folded, tokenize='unicode61')"))
            _FTS_OK[key] = True
            _sync_fts(conn)
        except Exception:  # noqa: BLE001 - a SQLite built without FTS5 raises OperationalError
            _FTS_OK[key] = False
    return _FTS_OK[key]


def _sync_fts(conn: Connection, *, after_id: int | None = None) -> None:
    """Make the FTS mirror equal to ``search_index``: all of it, or only the rows added after
    ``after_id`` (a bulk insert)."""
    if after_id is None:
        conn.execute(text("DELETE FROM search_fts"))
    conn.execute(text("INSERT INTO search_fts (rowid, folded) SELECT id, folded FROM search_index"
                      + ("" if after_id is None else " WHERE id > :after")), {"after": after_id})


def _last_id(conn: Connection) -> int:
    return conn.execute(select(func.coalesce(func.max(_TABLE.c.id), 0))).scalar_one()


def _write(conn: Connection, rows: list[dict[str, Any]], drops: list[tuple[str, str]]) -> None:
    fts = use_fts(conn)
    gone = drops + [(r["entity"], r["record_id"]) for r in rows]
    for i in range(0, len(gone), 400):
        keys = tuple_(_TABLE.c.entity, _TABLE.c.record_id).in_(gone[i:i + 400])
        if fts:
            ids = [x for (x,) in conn.execute(select(_TABLE.c.id).where(keys))]
            if ids:
                conn.execute(text("DELETE FROM search_fts WHERE rowid IN (SELECT value FROM json_each(:ids))"),
                             {"ids": json.dumps(ids)})
        conn.execute(delete(_TABLE).where(keys))
    if rows:
        after = _last_id(conn) if fts else None
        conn.execute(insert(_TABLE), rows)
        if fts:
            _sync_fts(conn, after_id=after)


@event.listens_for(Session, "after_flush")
def _index_after_flush(session: Session, _ctx: Any) -> None:
    objs = [o for o in (*session.new, *session.dirty)
            if isinstance(o, Record) and getattr(o, "__search_fields__", None)]
    if not objs:
        return
    conn = session.connection()
    rows = _entries(conn, [o for o in objs if not o.deleted])
    drops = [(o.__tablename__, o.id) for o in objs if o.deleted]  # type: ignore[attr-defined]
    _write(conn, rows, drops)


class _RowView:
    """A record's values seen through its model's methods (``display_title``) without building an
    ORM instance: indexing 100,000 imported records costs a dict lookup each, not an object."""

    def __init__(self, model: type[Record], row: dict[str, Any]) -> None:
        self.__dict__.update(row)
        self.__model = model

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.__model, name)
        if callable(attr) and not isinstance(attr, type):
            return attr.__get__(self, type(self))
        if name.startswith("__"):
            return attr
        return getattr(self.__model, name, None)


def index_new_records(conn: Connection, model: type[Record], rows: list[dict[str, Any]]) -> None:
    """Index records of ``model`` just inserted without the ORM (bundle import), given as their
    column values: nothing to replace, one bulk insert."""
    fields = getattr(model, "__search_fields__", None)
    rows = [r for r in rows if not r.get("deleted")]
    if not fields or not rows:
        return
    territories = _territories(conn, model, rows)
    entity = model.__tablename__  # type: ignore[attr-defined]
    out = []
    for row, territory in zip(rows, territories, strict=True):
        texts = _texts(model.display_title(_RowView(model, row)), (row.get(f) for f in fields))  # type: ignore[arg-type]
        out.append((entity, row["id"], territory, *texts))
    fts = use_fts(conn)
    after = _last_id(conn) if fts else None
    raw_insert(conn, _TABLE.name, ("entity", "record_id", "territory_id", "title", "body", "folded"), out)
    if fts:
        _sync_fts(conn, after_id=after)


def rebuild_index(session: Session) -> int:
    """Recreate the whole index from the live records; returns how many were indexed."""
    session.flush()
    conn = session.connection()
    conn.execute(delete(_TABLE))
    if use_fts(conn):
        conn.execute(text("DELETE FROM search_fts"))
    n = 0
    for model in searchable_models():  # column values, as the bundle import indexes them: no ORM objects
        table = model.__table__  # type: ignore[attr-defined]
        rows = [dict(r._mapping) for r in conn.execute(select(table).where(table.c.deleted.is_(False)))]
        index_new_records(conn, model, rows)
        n += len(rows)
    set_setting(session, _VERSION_KEY, INDEX_VERSION)
    return n


def ensure_index(session: Session) -> None:
    """Build the index once for records written before it existed (a database upgraded from an
    older schema, records that arrived from a bundle) or after ``INDEX_VERSION`` changed."""
    if get_setting(session, _VERSION_KEY) != INDEX_VERSION:
        rebuild_index(session)


def _terms(query: str) -> list[str]:
    return [t for t in re.findall(r"\w+", fold(query)) if t]


def _snippet(body: str, terms: list[str], width: int = 70) -> str:
    """The text around the first matched word (positions are the same in folded and original text)."""
    flat = " ".join(body.split())
    folded = fold(flat)
    if len(folded) != len(flat):  # a character whose folding changes length: show the start
        return flat[: 2 * width] + ("…" if len(flat) > 2 * width else "")
    pos = min((i for i in (folded.find(t) for t in terms) if i >= 0), default=0)
    start, end = max(0, pos - width), min(len(flat), pos + width)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def search(session: Session, query: str, *, territory_id: str | None = None, limit: int = 50) -> list[SearchHit]:
    """Records whose text contains every word of ``query`` (as a word prefix with FTS5); with
    ``territory_id``, only that territory's records."""
    terms = _terms(query)
    if not terms:
        return []
    ensure_index(session)
    conn = session.connection()
    scope = "" if territory_id is None else " AND i.territory_id = :t"
    if use_fts(conn):
        match = " AND ".join(f'"{t}"*' for t in terms)
        keys = conn.execute(text("SELECT i.entity, i.record_id FROM search_fts JOIN search_index i "
                                 f"ON i.id = search_fts.rowid WHERE search_fts MATCH :m{scope} "
                                 "ORDER BY bm25(search_fts) LIMIT :n"), {"m": match, "n": limit, "t": territory_id}).all()
    else:
        q = select(_TABLE.c.entity, _TABLE.c.record_id)
        for t in terms:
            q = q.where(_TABLE.c.folded.like(f"%{t.replace('_', '!_')}%", escape="!"))
        if territory_id is not None:
            q = q.where(_TABLE.c.territory_id == territory_id)
        keys = conn.execute(q.order_by(_TABLE.c.title).limit(limit)).all()
    labels = {m.__tablename__: m.__label__ for m in searchable_models()}  # type: ignore[attr-defined]
    hits = []
    for entity, rid in keys:
        row = conn.execute(select(_TABLE).where(_TABLE.c.entity == entity, _TABLE.c.record_id == rid)).first()
        if row is not None:
            hits.append(SearchHit(entity, rid, labels.get(entity, entity), row.title, _snippet(row.body, terms)))
    return hits
