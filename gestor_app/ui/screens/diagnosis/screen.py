"""Step 2 — Diagnosis of the current territory: the territory-wide content and its problems."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget

from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout
from gestor_app.ui.screens.diagnosis.problems_tab import ProblemsTab
from gestor_app.ui.screens.diagnosis.territory_tab import TerritoryTab


class DiagnosisScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("2. Diagnosis")))
        intro = QLabel(self.tr("The barrio diagnosis: the territory, its security problems and the evidence "
                               "(walks, focus groups, map) behind each one. Saved as you type."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.territory = TerritoryTab(ctx)
        self.problems_tab = ProblemsTab(ctx)
        self.problems = self.problems_tab.list
        self.tabs.addTab(self.territory, self.tr("Territory"))
        self.tabs.addTab(self.problems_tab, self.tr("Problems"))
        layout.addWidget(self.tabs, 1)
        self.empty = QLabel(self.tr("Choose a territory to work in (button at the top)."))
        layout.addWidget(self.empty)

    def refresh(self) -> None:
        self.ctx.autosaver.flush()
        tid = self.ctx.current_territory_id()
        self.territory.load(tid)
        self.problems_tab.load(tid)
        self.tabs.setEnabled(tid is not None)
        self.empty.setVisible(tid is None)
