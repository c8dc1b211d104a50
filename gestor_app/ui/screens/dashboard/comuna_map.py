"""«Mapa de la comuna»: every gestor's features across all territories, filtered by category,
territory, gestor and date range (the analysts' ``ExportFilter``), as points or as a density view
of hotspots. The page is the offline Leaflet view of the map screen (``MapView``) with our own
``comuna.js``; a filter change sends new data to the page without reloading it. The database is
read and the data built by ``core.maps.comuna_query`` on the worker thread (``LatestReader``): the
window never freezes, and a newer filter change supersedes an older read."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gestor_app.core.errors import Cancelled, GestorError
from gestor_app.core.maps.comuna_query import ComunaFilter, ComunaPage, read_comuna_data, read_comuna_page
from gestor_app.core.maps.legend import default_legend
from gestor_app.ui.context import UiContext
from gestor_app.ui.screens.map.view import MapView
from gestor_app.ui.screens.meetings.widgets import optional_date, optional_date_edit
from gestor_app.ui.tasks import Work
from gestor_app.ui.widgets.latest_task import LatestTask

log = logging.getLogger(__name__)


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
        self.reader = LatestTask(ctx.runner, self)
        self.reader.failed.connect(self._failed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self._territory_shown: str | None = None
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
        status = QHBoxLayout()
        status.addWidget(self.reader.bar, 1)
        status.addWidget(self.message, 2)
        layout.addLayout(status)
        layout.addWidget(self.view, 1)
        self.debounce = QTimer(self, singleShot=True, interval=150)  # typing a date: one read, not eight
        self.debounce.timeout.connect(self.apply)
        for combo in (self.category, self.territory, self.gestor):
            combo.currentIndexChanged.connect(lambda *_: self.debounce.start())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda *_: self.debounce.start())
        self.sensitive.toggled.connect(lambda *_: self.debounce.start())
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

    def _fill_territories(self, territories: list[tuple[str, str]]) -> None:
        keep = self.territory.currentData()
        self.territory.blockSignals(True)
        self.territory.clear()
        self.territory.addItem(self.tr("Whole comuna"), None)
        for tid, name in territories:
            self.territory.addItem(name, tid)
        self.territory.setCurrentIndex(max(self.territory.findData(keep), 0))
        self.territory.blockSignals(False)

    def current_filter(self) -> ComunaFilter:
        """What the widgets say, as plain values the worker can read."""
        return ComunaFilter(territory=self.territory.currentData(), category=self.category.currentData(),
                            device=self.gestor.currentData(), since=optional_date(self.since),
                            until=optional_date(self.until), include_sensitive=self.sensitive.isChecked())

    def load(self) -> None:
        """Build the page (first time, or when territories or the basemap changed), off the UI thread."""
        store, flt, names, legend = self.ctx.store, self.current_filter(), dict(self.gestor_names), self.legend
        self._read(lambda p: read_comuna_page(store, flt, gestor_names=names, legend=legend, progress=p),
                   self._show_page)

    def apply(self) -> None:
        """Read the features for the current filters, off the UI thread; a newer call supersedes."""
        if not self.loaded:  # no page yet (or it is being built with older filters): build it
            self.load()
            return
        store, flt, names = self.ctx.store, self.current_filter(), dict(self.gestor_names)
        self._read(lambda p: read_comuna_data(store, flt, gestor_names=names, progress=p),
                   lambda data: self._show_data(data, flt.territory))

    def _read(self, work: Work, show: Callable[[Any], None]) -> None:
        self._say("")
        self.reader.start(work, show)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._say(self.tr("Cancelled. Change a filter to read the map again."))
        elif isinstance(exc, GestorError):
            self._say(str(exc))
        else:
            log.exception("comuna map", exc_info=exc)
            self._say(self.tr("The map of the comuna could not be read: %1").replace("%1", str(exc)))

    def _show_page(self, page: ComunaPage) -> None:
        self._fill_territories(page.territories)
        if page.basemap_folder is not None:
            self.view.profile.tiles.set_folder(Path(page.basemap_folder))
        self.view.load_html(page.html)
        self._territory_shown = self.territory.currentData()
        self.view.run({"cmd": "view", "view": self.mode.currentData()})
        self.loaded = True

    def _show_data(self, data: dict, territory: str | None) -> None:
        """New data for the page; when another territory was chosen the map frames it."""
        self.view.run({"cmd": "data", "data": data, "fit": territory != self._territory_shown})
        self._territory_shown = territory

    def _ready(self, count: int) -> None:
        self.shown_count = count
        self.count.setText(self.tr("%1 features shown").replace("%1", f"{count:,}".replace(",", ".")))
