"""Reading the consolidated map off the UI thread: a plain filter (``ComunaFilter``, what the
widgets show but no widgets), a session of its own from the store, progress and cancellation
(``core.progress``). The GUI runs these through ``TaskRunner``; tests and the benchmark call them
directly. Rows are read as plain column tuples (no ORM object per feature): 20,000+ of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

import orjson
from sqlalchemy import Text, case, func, select, type_coerce
from sqlalchemy.orm import Session

from gestor_app.core.db.types import UTCDateTime
from gestor_app.core.exports.filters import ExportFilter, check_dates, with_descendants
from gestor_app.core.exports.tables import features_query
from gestor_app.core.maps.basemaps import current_basemap
from gestor_app.core.maps.comuna import boundaries_json, build_comuna_html, comuna_data
from gestor_app.core.maps.legend import Legend
from gestor_app.core.models.map import MapFeature
from gestor_app.core.progress import Progress
from gestor_app.core.services.territories import list_territories
from gestor_app.core.store import Store

COLUMNS = (MapFeature.id, MapFeature.category, MapFeature.origin_device, MapFeature.title, MapFeature.observed_on,
           # the day it was created only counts without an observed day (parsing 20,000 datetimes costs)
           type_coerce(case((MapFeature.observed_on.is_(None), MapFeature.created_at)), UTCDateTime).label("created_at"),
           type_coerce(MapFeature.geometry, Text).label("geometry"))  # JSON text: decoded in the loop
STEP = 1000  # rows between progress reports (each one a chance to cancel)


@dataclass(frozen=True)
class ComunaFilter:
    territory: str | None = None  # a territory and all its sub-territories; None: the whole comuna
    category: str | None = None
    device: str | None = None  # the gestor's laptop (origin_device)
    since: date | None = None
    until: date | None = None
    include_sensitive: bool = False  # sensitive features only when asked for explicitly

    def export_filter(self, session: Session) -> ExportFilter:
        check_dates(self.since, self.until)
        return ExportFilter(territory_ids=with_descendants(session, {self.territory}) if self.territory else None,
                            categories=frozenset({self.category}) if self.category else None,
                            devices=frozenset({self.device}) if self.device else None,
                            since=self.since, until=self.until, include_sensitive=self.include_sensitive)


class FeatureRow(NamedTuple):
    """The attributes of a map feature that the page needs (what ``comuna_data`` reads)."""
    id: str
    category: str
    origin_device: str
    title: str
    observed_on: date | None
    created_at: datetime | None  # only when there is no observed day
    geometry: dict[str, Any]


@dataclass(frozen=True)
class ComunaPage:
    html: str
    territories: list[tuple[str, str]]  # (id, name), parents before children
    basemap_folder: str | None
    count: int


def feature_rows(session: Session, f: ExportFilter, progress: Progress | None = None) -> list[FeatureRow]:
    """The filtered features, with the same filter as the exports (the date is ``observed_on``,
    else the day it was created), in the order of their ids."""
    q = features_query(f).with_only_columns(*COLUMNS).order_by(None)
    total = session.scalar(select(func.count()).select_from(q.subquery())) or 0
    out, dated = [], f.since is not None or f.until is not None
    for n, (fid, category, device, title, observed_on, created_at, geometry) in enumerate(
            session.execute(q.order_by(MapFeature.id))):  # the key's order: no sort of 20,000 rows
        if progress is not None and n % STEP == 0:
            progress.update(n, total, "Leyendo elementos del mapa…")
        if not dated or f.day_ok(observed_on or (created_at.date() if created_at else None)):
            out.append(FeatureRow(fid, category, device, title, observed_on, created_at, orjson.loads(geometry)))
    return out


def read_comuna_data(store: Store, flt: ComunaFilter, *, gestor_names: dict[str, str],
                     progress: Progress | None = None) -> dict[str, Any]:
    """What the page shows for ``flt`` (points, shapes, density grid, count), in its own session."""
    with store.transaction() as s:
        rows = feature_rows(s, flt.export_filter(s), progress)
    if progress is not None:
        progress.update(len(rows), len(rows), "Calculando la densidad…")
    return comuna_data(rows, gestor_names=gestor_names)


def read_comuna_page(store: Store, flt: ComunaFilter, *, gestor_names: dict[str, str], legend: Legend,
                     progress: Progress | None = None) -> ComunaPage:
    """The whole page (first load, or when territories or the basemap changed)."""
    with store.transaction() as s:
        territories = list_territories(s)
        base = current_basemap(s, store.config.data_dir)
    data = read_comuna_data(store, flt, gestor_names=gestor_names, progress=progress)
    html = build_comuna_html(data, boundaries=boundaries_json(territories), basemap=base, legend=legend)
    return ComunaPage(html=html, territories=[(t.id, t.name) for t in territories],
                      basemap_folder=str(Path(base.path).parent) if base is not None else None, count=data["count"])
