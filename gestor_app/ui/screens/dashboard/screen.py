"""Coordinación: the coordinator's view of the whole comuna. A summary (tiles and tables from
``core.services.dashboard.comuna_overview``) and «Mapa de la comuna», the consolidated map; the
map's web page is built only when its tab is first opened."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget

from gestor_app.core.services.dashboard import Overview, comuna_overview
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout
from gestor_app.ui.screens.dashboard.comuna_map import ComunaMap
from gestor_app.ui.screens.dashboard.summary import Summary


class DashboardScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.today = date.today  # tests pin the date
        self.overview: Overview | None = None
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Coordination")))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.tabs = QTabWidget()
        self.summary = Summary()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        self.map = ComunaMap(ctx)
        self.tabs.addTab(scroll, self.tr("Summary"))
        self.tabs.addTab(self.map, self.tr("Map of the comuna"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.ctx.autosaver.flush()
        today = self.today()
        with self.ctx.store.transaction() as s:
            self.overview = comuna_overview(s, today=today)
        ov = self.overview
        self.intro.setText(self.tr("The whole comuna on %1: what each gestor sent and when, what each territory "
                                   "holds, how the action plans go and what is waiting.")
                           .replace("%1", today.strftime("%d-%m-%Y")))
        self.summary.show_overview(ov)
        self.map.set_gestores({g.device_id: self.summary.gestor_name(g) for g in ov.gestores if g.device_id})
        if self.map.loaded:
            self.map.apply()
        elif self.tabs.currentWidget() is self.map:
            self.map.load()

    def show_map(self) -> ComunaMap:
        self.tabs.setCurrentWidget(self.map)
        return self.map

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.map and not self.map.loaded and not self.map.reader.busy:
            self.map.load()  # in the background: the tab opens at once, the page follows
