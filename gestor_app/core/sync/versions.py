"""Versions, heads and the deterministic merge.

A record's state is a function of the versions held: its heads (versions no other held version
descends from) decide it. One head: the record is that version. Several (edits made on two
devices without seeing each other): every field changed on one side only is taken; a field
changed differently on both sides is a conflict — both values are kept in ``sync_conflicts`` and
the provisional winner is the head with the highest (depth, hlc, version): causal depth first, so
a laptop whose clock says 2035 does not win every conflict. An edit against a deletion keeps the
record alive and raises a conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, NamedTuple

from sqlalchemy import Date, DateTime, Time, func, insert, inspect, select, update
from sqlalchemy.orm import Session

from gestor_app.core.db.base import Record, model_for_table, record_models
from gestor_app.core.db.bulk import raw_insert, rows_by_key
from gestor_app.core.db.stamping import current_heads, set_heads, version_key
from gestor_app.core.db.types import json_text
from gestor_app.core.hlc import HLC, MAX_DRIFT_MS, HybridClock, wall_ms
from gestor_app.core.models.local import ChangeLog, LocalDevice
from gestor_app.core.models.sync import SyncConflict

META = frozenset({"id", "created_at", "updated_at", "origin_device", "modified_by", "change_seq", "hlc"})
_CHUNK = 400


class Version(NamedTuple):
    """One version of one record (immutable; a tuple: ~100,000 are built per bundle)."""

    device_id: str
    seq: int
    entity: str
    record_id: str
    hlc: str
    deleted: bool
    data: dict[str, Any]
    parents: tuple[str, ...] = ()
    depth: int = 1

    @property
    def key(self) -> str:
        return version_key(self.device_id, self.seq)

    @property
    def rank(self) -> tuple[int, str, str]:
        return (self.depth, self.hlc, self.key)

    def as_json(self) -> dict[str, Any]:
        return {"device": self.device_id, "seq": self.seq, "entity": self.entity, "id": self.record_id,
                "hlc": self.hlc, "deleted": self.deleted, "data": self.data, "parents": list(self.parents),
                "depth": self.depth}

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> Version:
        """The inverse of ``as_json``. Raises KeyError, TypeError or ValueError on a malformed item
        (callers turn that into their own message)."""
        return cls(str(item["device"]), int(item["seq"]), str(item["entity"]), str(item["id"]), str(item["hlc"]),
                   bool(item["deleted"]), item["data"], tuple(str(p) for p in item.get("parents") or ()),
                   int(item.get("depth") or 1))

    @classmethod
    def from_row(cls, row: Any) -> Version:
        return cls(row.device_id, row.seq, row.entity, row.record_id, row.hlc, bool(row.deleted), row.data or {},
                   tuple(row.parents or ()), row.depth or 1)


@dataclass
class ApplyReport:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    merged: int = 0
    conflicts: int = 0
    unchanged: int = 0
    versions: int = 0
    clock_warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in ("created", "updated", "deleted", "merged", "conflicts", "unchanged")}


# ------------------------------------------------------------------ what a replica holds

def held_vector(session: Session) -> dict[str, int]:
    """``{device: n}``: this replica holds every version 1..n of that device (gaps stop the count)."""
    c = ChangeLog.__table__.c
    out: dict[str, int] = {}
    for dev, n, top in session.execute(select(c.device_id, func.count(), func.max(c.seq)).group_by(c.device_id)):
        if n == top:
            out[dev] = top
            continue
        expected = 1
        for (s,) in session.execute(select(c.seq).where(c.device_id == dev).order_by(c.seq)):
            if s != expected:
                break
            expected += 1
        out[dev] = expected - 1
    return out


def versions_beyond(session: Session, vector: dict[str, int], *, batch: int = 2000) -> Iterator[Version]:
    """Every held version the holder of ``vector`` may lack, in (device, seq) order, streamed."""
    c = ChangeLog.__table__.c
    devices = [d for (d,) in session.execute(select(c.device_id).distinct().order_by(c.device_id))]
    for dev in devices:
        last = vector.get(dev, 0)
        while True:
            rows = session.execute(select(ChangeLog.__table__).where(c.device_id == dev, c.seq > last)
                                   .order_by(c.seq).limit(batch)).all()
            if not rows:
                break
            for row in rows:
                yield Version.from_row(row)
            last = rows[-1].seq


# ------------------------------------------------------------------ converting snapshots

_converters: dict[str, dict[str, Any]] = {}


def _columns(entity: str) -> dict[str, Any]:
    conv = _converters.get(entity)
    if conv is None:
        conv = {}
        for attr in inspect(model_for_table(entity)).column_attrs:
            col_type = attr.columns[0].type
            impl = getattr(col_type, "impl", col_type)
            if isinstance(impl, DateTime):
                conv[attr.key] = datetime.fromisoformat
            elif isinstance(impl, Date):
                conv[attr.key] = date.fromisoformat
            elif isinstance(impl, Time):
                conv[attr.key] = time.fromisoformat
            else:
                conv[attr.key] = None
        _converters[entity] = conv
    return conv


def known_entities() -> set[str]:
    return {m.__tablename__ for m in record_models()}  # type: ignore[attr-defined]


def entity_columns(entity: str) -> set[str]:
    return set(_columns(entity))


def to_python(entity: str, data: dict[str, Any]) -> dict[str, Any]:
    conv = _columns(entity)
    out = {}
    for k, v in data.items():
        if k not in conv:
            continue
        fn = conv[k]
        out[k] = fn(v) if fn is not None and isinstance(v, str) else v
    return out


# ------------------------------------------------------------------ merge

def merge_heads(base: dict[str, Any] | None, heads: list[Version]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """State of a record from several heads and their common ancestor; returns (state, conflicts)."""
    heads = sorted(heads, key=lambda v: v.rank)
    winner = heads[-1]
    base = base or {}
    state = dict(winner.data)
    conflicts: list[dict[str, Any]] = []
    fields = sorted({k for h in heads for k in h.data} - META - {"deleted"})
    for f in fields:
        changed = [h for h in heads if h.data.get(f) != base.get(f)]
        values = {repr(h.data.get(f)) for h in changed}
        if not changed:
            state[f] = base.get(f, winner.data.get(f))
        elif len(values) == 1:
            state[f] = changed[-1].data.get(f)
        else:
            pick = changed[-1]
            state[f] = pick.data.get(f)
            conflicts.append({"field": f, "winner": pick.key, "values": [
                {"version": h.key, "device": h.device_id, "hlc": h.hlc, "value": h.data.get(f)} for h in changed]})
    deleters = [h for h in heads if h.data.get("deleted")]
    editors = [h for h in heads if not h.data.get("deleted") and any(
        h.data.get(f) != base.get(f) for f in fields)]
    if deleters and editors:  # edit vs delete: the record stays, someone decides
        state["deleted"] = False
        conflicts.append({"field": "deleted", "winner": editors[-1].key, "values": [
            {"version": h.key, "device": h.device_id, "hlc": h.hlc, "value": bool(h.data.get("deleted"))}
            for h in (*deleters, *editors)]})
    else:
        state["deleted"] = bool(deleters)  # a deletion and edits of nothing: deleted (restorable)
    return state, conflicts


class _History:
    """Parents of versions, from the bundle being applied and from ``change_log``."""

    def __init__(self, session: Session, incoming: dict[str, Version]) -> None:
        self.session = session
        self.known = dict(incoming)

    def get(self, key: str) -> Version | None:
        v = self.known.get(key)
        if v is None:
            dev, _, seq = key.rpartition(":")
            row = self.session.execute(select(ChangeLog.__table__).where(
                ChangeLog.device_id == dev, ChangeLog.seq == int(seq or 0))).first()
            if row is not None:
                v = self.known[key] = Version.from_row(row)
        return v

    def ancestors(self, key: str) -> set[str]:
        seen: set[str] = set()
        todo = list(self.get(key).parents) if self.get(key) else []
        while todo:
            k = todo.pop()
            if k in seen:
                continue
            seen.add(k)
            v = self.get(k)
            if v is not None:
                todo.extend(v.parents)
        return seen


def _new_heads(history: _History, current: list[str], new: list[Version]) -> list[str]:
    candidates = list(dict.fromkeys([*current, *(v.key for v in new)]))
    if len(candidates) == 1:
        return candidates
    if len(current) == 1 and len(new) == 1 and current[0] in new[0].parents:
        return [new[0].key]  # the usual case: an edit made on top of what we hold
    covered: set[str] = set()
    for c in candidates:
        covered |= history.ancestors(c)
    return sorted(c for c in candidates if c not in covered)


def _base(history: _History, heads: list[str]) -> dict[str, Any] | None:
    common: set[str] | None = None
    for h in heads:
        anc = history.ancestors(h)
        common = anc if common is None else common & anc
    held = [history.get(k) for k in common or ()]
    held = [v for v in held if v is not None]
    return max(held, key=lambda v: v.rank).data if held else None


# ------------------------------------------------------------------ applying

def _held_keys(session: Session, versions: list[Version]) -> set[str]:
    c = ChangeLog.__table__.c
    by_device: dict[str, list[int]] = {}
    for v in versions:
        by_device.setdefault(v.device_id, []).append(v.seq)
    out: set[str] = set()
    for dev, seqs in by_device.items():
        rows = session.execute(select(c.seq).where(c.device_id == dev, c.seq.between(min(seqs), max(seqs))))
        out |= {version_key(dev, s) for (s,) in rows}
    return out


def apply_versions(session: Session, versions: Iterable[Version], *, wall=wall_ms) -> ApplyReport:
    """Add versions to this replica and update the records they touch, in the caller's
    transaction. Versions already held change nothing."""
    report = ApplyReport()
    batch = list(versions)
    report.versions = len(batch)
    held = _held_keys(session, batch)
    fresh: dict[str, Version] = {}
    for v in batch:
        if v.key in held or v.key in fresh:
            report.unchanged += 1
        else:
            fresh[v.key] = v
    if not fresh:
        return report
    session.flush()
    session.info["apply_remote"] = True
    try:
        with session.no_autoflush:
            _apply_fresh(session, fresh, report, wall)
        session.flush()
    finally:
        session.info.pop("apply_remote", None)
    return report


def _existing(session: Session, keys: list[tuple[str, str]]) -> dict[tuple[str, str], Record]:
    """The records among ``keys`` this replica already has, as ORM objects (they are updated
    through the ORM); which ones exist is asked first with plain queries, so a bundle of new
    records builds no object at all."""
    by_entity: dict[str, list[str]] = {}
    for e, r in keys:
        by_entity.setdefault(e, []).append(r)
    out: dict[tuple[str, str], Record] = {}
    conn = session.connection()
    for entity, ids in by_entity.items():
        found = [rid for (rid,) in rows_by_key(conn, entity, "id", ids, ("id",))]
        model = model_for_table(entity)
        for i in range(0, len(found), 500):
            for obj in session.scalars(select(model).where(model.id.in_(found[i:i + 500]))):
                out[(entity, obj.id)] = obj
    return out


def _insert_new(conn: Any, entity: str, items: list[dict[str, Any]]) -> None:
    """New records straight to the driver, with their search index entries."""
    from gestor_app.core.services.search import index_new_records

    model = model_for_table(entity)
    table = model.__table__
    defaults = {c.key: c.default.arg for c in table.columns if c.default is not None and c.default.is_scalar}
    all_columns = tuple(c.key for c in table.columns)
    full = [{**defaults, **row} for row in items]
    complete = [row for row in full if len(row) == len(all_columns)]  # to_python keeps only columns
    if complete:  # the usual case: every column, column by column through its type's bind processor
        columns = []
        for k in all_columns:
            values = [row[k] for row in complete]
            p = table.c[k].type.bind_processor(conn.dialect)
            columns.append(list(map(p, values)) if p else values)
        raw_insert(conn, table.name, tuple(f'"{k}"' for k in all_columns), list(zip(*columns, strict=True)))
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in full:  # rows from an older schema lack columns: SQLAlchemy fills their defaults
        if len(row) != len(all_columns):
            by_shape.setdefault(tuple(sorted(row)), []).append(row)
    for group in by_shape.values():
        for i in range(0, len(group), 1000):
            conn.execute(insert(table), group[i:i + 1000])
    index_new_records(conn, model, full)


def _apply_fresh(session: Session, fresh: dict[str, Version], report: ApplyReport, wall) -> None:
    conn = session.connection()
    raw_insert(conn, "change_log", ("device_id", "seq", "entity", "record_id", "hlc", "deleted", "data", "parents",
                                    "depth"),
               [(v.device_id, v.seq, v.entity, v.record_id, v.hlc, v.deleted, json_text(v.data),
                 json_text(v.parents), v.depth) for v in fresh.values()])
    by_record: dict[tuple[str, str], list[Version]] = {}
    for v in fresh.values():
        by_record.setdefault((v.entity, v.record_id), []).append(v)
    heads_before = current_heads(conn, list(by_record))
    existing = _existing(session, list(by_record))
    history = _History(session, fresh)
    new_heads: dict[tuple[str, str], tuple[list[str], int]] = {}
    inserts: dict[str, list[dict[str, Any]]] = {}
    now = wall()
    ahead = HLC(now + MAX_DRIFT_MS, 99_999).encode()  # fixed width: string order is clock order
    skewed = {v.device_id for v in fresh.values() if v.hlc > ahead}
    top = max((v.hlc for v in fresh.values() if v.hlc <= ahead), default="")
    for key, vs in by_record.items():
        current, depth = heads_before.get(key, ([], 0))
        heads = _new_heads(history, current, vs)
        if heads == current:
            report.unchanged += len(vs)
            continue
        head_versions = [h for h in (history.get(k) for k in heads) if h is not None]
        new_heads[key] = (heads, max([depth, *(h.depth for h in head_versions)]))
        if len(head_versions) == 1:
            state, conflicts = head_versions[0].data, []
        else:
            state, conflicts = merge_heads(_base(history, heads), head_versions)
        obj = existing.get(key)
        if obj is None:
            inserts.setdefault(key[0], []).append({"id": key[1], **to_python(key[0], state)})
            report.created += 1
        else:
            was_deleted = obj.deleted
            for k, val in to_python(key[0], state).items():
                if k != "id" and getattr(obj, k) != val:
                    setattr(obj, k, val)
            if state.get("deleted") and not was_deleted:
                report.deleted += 1
            elif len(head_versions) > 1:
                report.merged += 1
            else:
                report.updated += 1
        if conflicts or len(current) > 1:
            _record_conflicts(session, key, conflicts)
        report.conflicts += len(conflicts)
    for entity, items in inserts.items():
        _insert_new(conn, entity, items)
    if heads_before:
        set_heads(conn, {k: v for k, v in new_heads.items() if k in heads_before})
    raw_insert(conn, "record_heads", ("entity", "record_id", "heads", "depth"),
               [(e, r, json_text(h), d) for (e, r), (h, d) in new_heads.items() if (e, r) not in heads_before])
    if top:
        dev = session.scalars(select(LocalDevice)).first()
        clock = HybridClock(HLC.decode(dev.hlc_last), wall=wall)
        if clock.observe(HLC.decode(top)):
            conn.execute(update(LocalDevice.__table__).where(LocalDevice.__table__.c.id == dev.id)
                         .values(hlc_last=clock.last.encode()))
    report.clock_warnings = [f"El reloj del equipo {d} está adelantado más de un día: sus cambios se ordenan "
                             "por historia, no por su hora." for d in sorted(skewed)]


def _record_conflicts(session: Session, key: tuple[str, str], conflicts: list[dict[str, Any]]) -> None:
    c = SyncConflict.__table__
    conn = session.connection()
    conn.execute(update(c).where(c.c.entity == key[0], c.c.record_id == key[1], c.c.status == "abierto")
                 .values(status="resuelto"))
    if conflicts:
        conn.execute(insert(c), [dict(entity=key[0], record_id=key[1], field=x["field"], values=x["values"],
                                      winner=x["winner"], status="abierto", note="") for x in conflicts])
