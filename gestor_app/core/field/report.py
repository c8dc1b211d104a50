"""Read-only views of a walk for documents (the PDF walk report) and screens."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from gestor_app.core.field.scores import SectionScore, overall_score, section_scores
from gestor_app.core.field.templates import SCALE_LABELS
from gestor_app.core.models.photo import Photo
from gestor_app.core.models.walk import PARTICIPANT_GROUPS, PERIODS
from gestor_app.core.services.walk_photos import answer_photos
from gestor_app.core.services.walks import answers, get_walk, walk_template


@dataclass(frozen=True)
class WalkHeader:
    id: str
    title: str
    walk_date: date | None
    start_time: str
    end_time: str
    period: str  # "Diurna" / "Nocturna"
    weather: str
    facilitator: str
    participants: dict[str, dict[str, int]]  # labels → counts
    total_participants: int
    route_feature_id: str | None
    template_title: str
    template_version: int


@dataclass(frozen=True)
class ItemRow:
    section_key: str
    section_title: str
    key: str
    text: str
    type: str
    value: str | None
    value_label: str
    comment: str
    priority: str | None
    referral: str | None
    point: tuple[float, float] | None
    point_feature_id: str | None
    photos: list[Photo] = field(default_factory=list)


@dataclass(frozen=True)
class WalkReport:
    header: WalkHeader
    items: list[ItemRow]
    sections: list[SectionScore]
    overall: float | None
    referrals: dict[str, list[ItemRow]]  # unit → items referred to it

    @property
    def answered(self) -> int:
        return sum(1 for r in self.items if r.value is not None)


def value_label(kind: str, value: str | None, *, short: bool = False) -> str:
    if value is None:
        return "" if short else "Sin respuesta"
    if value == "NO":
        return "N/O"
    if kind == "scale":
        return value if short else f"{value} · {SCALE_LABELS[value]}"
    if kind == "yes_no":
        return "Sí" if value == "si" else "No"
    return value


def _header(walk: Any) -> WalkHeader:
    t = walk_template(walk)
    counts = walk.participants or {}
    labelled = {g: {PARTICIPANT_GROUPS[g][c]: n for c, n in counts.get(g, {}).items()} for g in PARTICIPANT_GROUPS}
    total = max((sum(v.values()) for v in counts.values()), default=0)
    return WalkHeader(walk.id, walk.display_title(), walk.walk_date, walk.start_time, walk.end_time,
                      PERIODS.get(walk.period, walk.period), walk.weather, walk.facilitator, labelled, total,
                      walk.route_feature_id, t.title, walk.template_version)


def walk_values(session: Session, *, walk_id: str) -> dict[str, str | None]:
    return {k: a.value for k, a in answers(session, walk_id=walk_id).items()}


def walk_report(session: Session, *, walk_id: str) -> WalkReport:
    walk = get_walk(session, walk_id)
    t = walk_template(walk)
    given = answers(session, walk_id=walk_id)
    photos = answer_photos(session, answer_ids=[a.id for a in given.values()])
    rows = []
    for s, i in t.items():
        a = given.get(i.key)
        point = (a.point_lon, a.point_lat) if a and a.point_lon is not None and a.point_lat is not None else None
        rows.append(ItemRow(s.key, s.title, i.key, i.text, i.type, a.value if a else None,
                            value_label(i.type, a.value if a else None), a.comment if a else "",
                            a.priority if a else None, a.referral if a else None, point,
                            a.point_feature_id if a else None, photos.get(a.id, []) if a else []))
    values = {r.key: r.value for r in rows}
    referrals: dict[str, list[ItemRow]] = {}
    for r in rows:
        if r.referral:
            referrals.setdefault(r.referral, []).append(r)
    return WalkReport(_header(walk), rows, section_scores(t, values), overall_score(t, values),
                      dict(sorted(referrals.items())))
