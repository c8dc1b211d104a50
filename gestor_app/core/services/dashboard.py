"""The coordinator's overview of the comuna: who sent what and when, what each territory holds,
how the action plans go, how the Plan Comunal's metas go by territory and ámbito, what waits
(conflicts, neighbours' requests).

Pure given ``today`` (never reads the clock). On the office every enrolled laptop (``SyncPeer``)
is a gestor and a record belongs to the laptop that created it (``origin_device``). On a laptop
there are no peers: the overview shows only this laptop's own records.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gestor_app.core.models.focus_groups import FocusGroup
from gestor_app.core.models.local import LocalDevice
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.plans import ActionPlan, Activity
from gestor_app.core.models.sync import SyncConflict, SyncPeer
from gestor_app.core.models.walk import Walk
from gestor_app.core.services.indicators import AmbitoRow, indicators_by_ambito
from gestor_app.core.services.plans import is_overdue
from gestor_app.core.services.requests import open_requests_by_age
from gestor_app.core.services.territories import list_territories
from gestor_app.core.sync.identity import gaps, identity, list_peers

SILENT_DAYS = 14  # a gestor not heard from for longer than this is highlighted
AGE_BUCKETS = (("0-7", 0, 7), ("8-30", 8, 30), (">30", 31, None))
KINDS = ("walks", "focus_groups", "features", "plans", "activities")
NO_TERRITORY = ""


@dataclass
class Counts:
    walks: int = 0
    focus_groups: int = 0
    features: int = 0
    plans: int = 0
    activities: int = 0

    def add(self, kind: str, n: int) -> None:
        setattr(self, kind, getattr(self, kind) + n)

    @property
    def total(self) -> int:
        return sum(getattr(self, k) for k in KINDS)


@dataclass
class GestorRow:
    kind: str  # peer (an enrolled laptop) | local (this installation) | other (devices not enrolled here)
    name: str
    device_id: str = ""
    peer_id: str = ""
    status: str = ""
    territories: list[str] = field(default_factory=list)  # names; [] = the whole comuna
    last_bundle: date | None = None
    days_silent: int | None = None  # days since the last bundle; None = never received one
    gaps: list[int] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)

    @property
    def silent(self) -> bool:
        return self.kind == "peer" and self.status != "revocado" and (
            self.days_silent is None or self.days_silent > SILENT_DAYS)

    @property
    def flagged(self) -> bool:
        return self.silent or bool(self.gaps)


@dataclass
class TerritoryRow:
    territory_id: str
    name: str
    level: str = ""
    gestores: list[str] = field(default_factory=list)
    last_bundle: date | None = None
    counts: Counts = field(default_factory=Counts)
    progress: float | None = None  # mean progress (%) of its plans' activities
    overdue: int = 0
    open_requests: int = 0


@dataclass(frozen=True)
class OverdueRow:
    activity_id: str
    title: str
    territory_id: str
    territory: str
    responsible: str
    end_date: date | None
    days_late: int | None
    progress: int
    status: str


@dataclass(frozen=True)
class RequestRow:
    request_id: str
    category: str
    territory_id: str
    territory: str
    received_on: date
    days: int
    status: str
    bucket: str


@dataclass
class Overview:
    today: date
    role: str  # office | laptop | standalone
    gestores: list[GestorRow]
    territories: list[TerritoryRow]
    totals: Counts
    progress: float | None
    activities_counted: int
    overdue: list[OverdueRow]
    open_conflicts: int
    requests: list[RequestRow]
    request_buckets: dict[str, int]
    ambitos: list[AmbitoRow] = field(default_factory=list)  # metas by ámbito (all territories), then by territory

    @property
    def flagged(self) -> list[GestorRow]:
        return [g for g in self.gestores if g.flagged]


def age_bucket(days: int) -> str:
    for name, lo, hi in AGE_BUCKETS:
        if days >= lo and (hi is None or days <= hi):
            return name
    return AGE_BUCKETS[0][0]


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def _grouped(session: Session, model: type, territory_col, own: str | None) -> list[tuple[str, str, int]]:
    q = select(model.origin_device, territory_col, func.count()).where(model.deleted.is_(False))
    if own is not None:
        q = q.where(model.origin_device == own)
    return [(d or "", t or NO_TERRITORY, n) for d, t, n in session.execute(q.group_by(model.origin_device,
                                                                                        territory_col))]


def _record_counts(session: Session, own: str | None) -> dict[tuple[str, str], Counts]:
    """(device, territory) → counts. Activities take their plan's territory."""
    out: dict[tuple[str, str], Counts] = defaultdict(Counts)
    for kind, model, col in (("walks", Walk, Walk.territory_id), ("focus_groups", FocusGroup, FocusGroup.territory_id),
                             ("features", MapFeature, MapFeature.territory_id),
                             ("plans", ActionPlan, ActionPlan.territory_id)):
        for device, territory, n in _grouped(session, model, col, own):
            out[(device, territory)].add(kind, n)
    q = (select(Activity.origin_device, ActionPlan.territory_id, func.count())
         .join(ActionPlan, ActionPlan.id == Activity.plan_id, isouter=True).where(Activity.deleted.is_(False)))
    if own is not None:
        q = q.where(Activity.origin_device == own)
    for device, territory, n in session.execute(q.group_by(Activity.origin_device, ActionPlan.territory_id)):
        out[(device or "", territory or NO_TERRITORY)].add("activities", n)
    return out


def _gestor_rows(session: Session, today: date, counts: dict[tuple[str, str], Counts], names: dict[str, str],
                 peers: list[SyncPeer], local: LocalDevice | None) -> list[GestorRow]:
    rows: dict[str, GestorRow] = {}
    for p in peers:
        last = p.last_bundle_at.date() if p.last_bundle_at else None
        row = GestorRow("peer", p.name, device_id=p.device_id or "", peer_id=p.id, status=p.status,
                        territories=[names.get(t, t) for t in p.territories or []], last_bundle=last,
                        days_silent=(today - last).days if last else None,
                        gaps=gaps([int(n) for n in p.bundle_seqs or []]))
        rows[p.device_id or f"peer:{p.id}"] = row
    if local is not None and local.id not in rows:
        rows[local.id] = GestorRow("local", local.name, device_id=local.id)
    other = GestorRow("other", "")
    for (device, _t), c in counts.items():
        row = rows.get(device, other)
        for k in KINDS:
            row.counts.add(k, getattr(c, k))
    out = list(rows.values())
    return out + ([other] if other.counts.total else [])


def _activity_rows(session: Session, today: date, names: dict[str, str], own: str | None
                   ) -> tuple[dict[str, list[int]], list[OverdueRow]]:
    progress: dict[str, list[int]] = defaultdict(list)
    overdue: list[OverdueRow] = []
    q = (select(Activity, ActionPlan.territory_id).join(ActionPlan, ActionPlan.id == Activity.plan_id)
         .where(Activity.deleted.is_(False), ActionPlan.deleted.is_(False)))
    if own is not None:
        q = q.where(Activity.origin_device == own)
    for a, territory in session.execute(q.order_by(Activity.end_date, Activity.id)):
        territory = territory or NO_TERRITORY
        if a.status != "cancelada":
            progress[territory].append(int(a.progress or 0))
        if is_overdue(a, today):
            late = (today - a.end_date).days if a.end_date and a.end_date < today else None
            overdue.append(OverdueRow(a.id, a.title, territory, names.get(territory, ""), a.responsible, a.end_date, late,
                                      int(a.progress or 0), a.status))
    overdue.sort(key=lambda r: (-(r.days_late or 0), r.territory, r.title))
    return progress, overdue


def _request_rows(session: Session, today: date, names: dict[str, str], own: str | None) -> list[RequestRow]:
    return [RequestRow(x.request.id, x.request.category, x.request.territory_id or NO_TERRITORY, names.get(x.request.territory_id or "", ""),
                       x.request.received_on, x.days, x.request.status, age_bucket(x.days))
            for x in open_requests_by_age(session, today=today)
            if own is None or x.request.origin_device == own]


def _territory_rows(session: Session, counts: dict[tuple[str, str], Counts], gestores: list[GestorRow],
                    peers: list[SyncPeer], progress: dict[str, list[int]], overdue: list[OverdueRow],
                    requests: list[RequestRow]) -> list[TerritoryRow]:
    """One row per territory; each row also adds up its sub-territories (a comuna row is the comuna)."""
    territories = list_territories(session)
    rows = {t.id: TerritoryRow(t.id, t.name, t.level) for t in territories}
    parent = {t.id: t.parent_id for t in territories}

    def up(tid: str) -> list[TerritoryRow]:  # the territory and every territory above it
        out, seen = [], set()
        while tid in rows and tid not in seen:
            seen.add(tid)
            out.append(rows[tid])
            tid = parent.get(tid) or ""
        return out

    by_device = {g.device_id: g for g in gestores if g.kind == "peer" and g.device_id}
    for (device, territory), c in counts.items():
        g = by_device.get(device)
        for row in up(territory):
            for k in KINDS:
                row.counts.add(k, getattr(c, k))
            if g is not None and g.name not in row.gestores:
                row.gestores.append(g.name)
    for p in peers:
        for t in p.territories or []:
            for row in up(t):
                if p.name not in row.gestores:
                    row.gestores.append(p.name)
    last_by_name = {g.name: g.last_bundle for g in gestores if g.kind == "peer"}
    for o in overdue:
        for row in up(o.territory_id):
            row.overdue += 1
    for r in requests:
        for row in up(r.territory_id):
            row.open_requests += 1
    rolled: dict[str, list[int]] = {}
    for tid, values in progress.items():
        for row in up(tid):
            rolled.setdefault(row.territory_id, []).extend(values)
    for row in rows.values():
        row.progress = _mean(rolled.get(row.territory_id, []))
        row.gestores.sort()
        dates = [d for d in (last_by_name.get(n) for n in row.gestores) if d is not None]
        row.last_bundle = max(dates, default=None)
    return list(rows.values())


def comuna_overview(session: Session, *, today: date) -> Overview:
    ident = identity(session)
    role = ident.role if ident is not None else "standalone"
    local = session.scalars(select(LocalDevice)).first()
    own = local.id if role == "laptop" and local is not None else None
    peers = list_peers(session) if role == "office" else []
    names = {t.id: t.name for t in list_territories(session)}
    counts = _record_counts(session, own)
    gestores = _gestor_rows(session, today, counts, names, peers, local)
    progress, overdue = _activity_rows(session, today, names, own)
    requests = _request_rows(session, today, names, own)
    totals = Counts()
    for c in counts.values():
        for k in KINDS:
            totals.add(k, getattr(c, k))
    every = [p for values in progress.values() for p in values]
    buckets = {name: 0 for name, _lo, _hi in AGE_BUCKETS}
    for r in requests:
        buckets[r.bucket] += 1
    conflicts = session.scalar(select(func.count()).select_from(SyncConflict).where(SyncConflict.status == "abierto"))
    return Overview(today=today, role=role, gestores=gestores,
                    territories=_territory_rows(session, counts, gestores, peers, progress, overdue, requests),
                    totals=totals, progress=_mean(every), activities_counted=len(every), overdue=overdue,
                    open_conflicts=int(conflicts or 0),
                    requests=requests, request_buckets=buckets,
                    ambitos=indicators_by_ambito(session, today=today, devices=None if own is None else {own},
                                                 with_totals=True))
