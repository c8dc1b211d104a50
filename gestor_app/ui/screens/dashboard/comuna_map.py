"""«Mapa de la comuna»: every gestor's features across all territories, filtered by category,
territory, gestor and date range (the analysts' ``ExportFilter``), as points or as a density view
of hotspots. The page is the offline Leaflet view of the map screen (``MapView``) with our own
``comuna.js``; a filter change sends new data to the page without reloading it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gestor_app.core.exports.filters import ExportFilter, with_descendants
from gestor_app.core.maps.basemaps import current_basemap
from gestor_app.core.maps.comuna import boundaries_json, build_comuna_html, comuna_data, consolidated_features
from gestor_app.core.maps.legend import default_legend
from gestor_app.core.services.territories import list_territories
from gestor_app.ui.context import UiContext
from gestor_app.ui.screens.map.view import MapView
from gestor_app.ui.screens.meetings.widgets import optional_date, optional_date_edit


class ComunaMap(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.legend = default_legend()
        self.gestor_names: dict[str, str] = {}
        self.loaded = False
        self.shown_count = 0
        self.view = MapView()
        self.view.ready.connect(self._ready)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for fam_key, fam_label, cats in self.legend.families():
            _ = fam_key
            for c in cats:
                self.category.addItem(f"{fam_label} · {c.label}", c.key)
        self.territory = QComboBox()
        self.gestor = QComboBox()
        self.since = optional_date_edit(self.tr("from the start"))
        self.until = optional_date_edit(self.tr("until today"))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Points"), "points")
        self.mode.addItem(self.tr("Density (hotspots)"), "density")
        self.mode.addItem(self.tr("Points and density"), "both")
        self.sensitive = QCheckBox(self.tr("Include sensitive"))
        self.sensitive.setToolTip(self.tr("Sensitive features are internal: never show them to the community."))
        self.count = QLabel()
        for combo in (self.category, self.territory, self.gestor, self.mode):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        rows = (((self.tr("Category"), self.category), (self.tr("Territory"), self.territory),
                 (self.tr("Gestor"), self.gestor)),
                ((self.tr("From"), self.since), (self.tr("To"), self.until), (self.tr("View"), self.mode)))
        for n, pairs in enumerate(rows):
            bar = QHBoxLayout()
            for label, w in pairs:
                bar.addWidget(QLabel(label))
                bar.addWidget(w, 1)
            bar.addWidget(self.sensitive if n == 0 else self.count)
            layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        for combo in (self.category, self.territory, self.gestor):
            combo.currentIndexChanged.connect(lambda _i: self.apply())
        self.since.dateChanged.connect(lambda _d: self.apply())
        self.until.dateChanged.connect(lambda _d: self.apply())
        self.sensitive.toggled.connect(lambda _b: self.apply())
        self.mode.currentIndexChanged.connect(lambda _i: self.view.run({"cmd": "view", "view": self.mode.currentData()}))

    def set_gestores(self, names: dict[str, str]) -> None:
        """device id → name (from the overview); fills the gestor filter."""
        self.gestor_names = dict(names)
        keep = self.gestor.currentData()
        self.gestor.blockSignals(True)
        self.gestor.clear()
        self.gestor.addItem(self.tr("All gestores"), None)
        for device, name in sorted(names.items(), key=lambda kv: kv[1].lower()):
            self.gestor.addItem(name, device)
        i = self.gestor.findData(keep)
        self.gestor.setCurrentIndex(max(i, 0))
        self.gestor.blockSignals(False)

    def _fill_territories(self, territories) -> None:
        keep = self.territory.currentData()
        self.territory.blockSignals(True)
        self.territory.clear()
        self.territory.addItem(self.tr("Whole comuna"), None)
        for t in territories:
            self.territory.addItem(t.name, t.id)
        self.territory.setCurrentIndex(max(self.territory.findData(keep), 0))
        self.territory.blockSignals(False)

    def current_filter(self, session) -> ExportFilter:
        t, c, g = self.territory.currentData(), self.category.currentData(), self.gestor.currentData()
        return ExportFilter(territory_ids=with_descendants(session, {t}) if t else None,
                            categories=frozenset({c}) if c else None, devices=frozenset({g}) if g else None,
                            since=optional_date(self.since), until=optional_date(self.until),
                            include_sensitive=self.sensitive.isChecked())

    def _data(self, session) -> dict:
        return comuna_data(consolidated_features(session, self.current_filter(session)),
                           gestor_names=self.gestor_names)

    def load(self) -> None:
        """Build the page (first time, or when territories or the basemap changed)."""
        data_dir = self.ctx.store.config.data_dir
        with self.ctx.store.transaction() as s:
            territories = list_territories(s)
            self._fill_territories(territories)
            data = self._data(s)
            base = current_basemap(s, data_dir)
        if base is not None:
            self.view.profile.tiles.set_folder(Path(base.path).parent)
        self.view.load_html(build_comuna_html(data, boundaries=boundaries_json(territories), basemap=base,
                                              legend=self.legend))
        self.view.run({"cmd": "view", "view": self.mode.currentData()})
        self.loaded = True

    def apply(self) -> None:
        if not self.loaded:
            return
        with self.ctx.store.transaction() as s:
            data = self._data(s)
        self.view.run({"cmd": "data", "data": data})

    def _ready(self, count: int) -> None:
        self.shown_count = count
        self.count.setText(self.tr("%1 features shown").replace("%1", f"{count:,}".replace(",", ".")))
