"""Coordinación: the coordinator's view of the whole comuna. A summary (tiles and tables from
``core.services.dashboard.comuna_overview``) and «Mapa de la comuna», the consolidated map; the
map's web page is built only when its tab is first opened."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget

from gestor_app.core.errors import GestorError
from gestor_app.core.services.dashboard import Overview, comuna_overview
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout
from gestor_app.ui.screens.dashboard.comuna_map import ComunaMap
from gestor_app.ui.screens.dashboard.summary import Summary
from gestor_app.ui.widgets.latest_task import LatestTask

log = logging.getLogger(__name__)


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
        self.reader = LatestTask(ctx.runner, self)  # the overview is read off the UI thread
        self.reader.failed.connect(self._failed)
        layout.addWidget(self.reader.bar)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
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
        """Read the overview in the background (the 90k-record comuna takes a fraction of a
        second, every time something changes); a newer refresh supersedes an older one."""
        self.ctx.autosaver.flush()
        today, store = self.today(), self.ctx.store

        def work(_progress) -> Overview:
            with store.transaction() as s:
                return comuna_overview(s, today=today)

        self.reader.start(work, lambda ov: self._show(ov, today))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, GestorError):
            log.exception("coordination overview", exc_info=exc)
        self.message.setText(self.tr("The overview could not be read: %1").replace("%1", str(exc)))
        self.message.show()

    def _show(self, ov: Overview, today: date) -> None:
        self.overview = ov
        self.message.hide()
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
