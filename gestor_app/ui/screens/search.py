"""Search: full-text search over walks, focus groups, quotes, diagnosis and map text (accents folded)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from gestor_app.core.db.base import model_for_table
from gestor_app.core.services.search import SearchHit, rebuild_index, search
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout


class SearchScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.hits: list[SearchHit] = []
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Search")))
        intro = QLabel(self.tr("Find words in walks, focus-group notes and quotes, the diagnosis and the map. "
                               "Accents do not matter: «busqueda» finds «búsqueda»."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Words to find…"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self.run_search())
        self.rebuild_button = QPushButton(self.tr("Rebuild index"))
        self.rebuild_button.clicked.connect(self.rebuild)
        self.only_here = QCheckBox(self.tr("Only the current territory"))
        self.only_here.setChecked(True)
        self.only_here.toggled.connect(lambda _v: self.run_search())
        row.addWidget(self.query, 1)
        row.addWidget(self.only_here)
        row.addWidget(self.rebuild_button)
        layout.addLayout(row)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Title"), self.tr("Text")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 320)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_hit(row))
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("muted")
        layout.addWidget(self.status)

    def refresh(self) -> None:
        self.ctx.autosaver.flush()  # what was just typed elsewhere is findable
        self.run_search()

    def run_search(self) -> None:
        text = self.query.text()
        tid = self.ctx.current_territory_id() if self.only_here.isChecked() else None
        with self.ctx.store.transaction() as s:
            self.hits = search(s, text, territory_id=tid)
        self.table.setRowCount(len(self.hits))
        for r, h in enumerate(self.hits):
            for c, value in enumerate((h.kind, h.title, h.snippet)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        if not text.strip():
            self.status.setText("")
        else:
            self.status.setText(self.tr("Results: {n}").format(n=len(self.hits)))

    def open_hit(self, row: int) -> None:
        """Show a found focus-group item, problem, meeting item or request in its screen (double click)."""
        if not (0 <= row < len(self.hits)):
            return
        hit = self.hits[row]
        window = self.window()
        if not hasattr(window, "show_screen"):
            return
        if hit.entity.startswith("focus_group"):
            with self.ctx.store.transaction() as s:
                obj = s.get(model_for_table(hit.entity), hit.record_id)
                fg_id = hit.record_id if hit.entity == "focus_groups" else getattr(obj, "focus_group_id", None)
            window.show_screen("grupos_focales").refresh(select=fg_id)
        elif hit.entity == "diagnosis_problems":
            screen = window.show_screen("diagnostico")
            screen.tabs.setCurrentWidget(screen.problems_tab)
            screen.problems_tab.load(self.ctx.current_territory_id(), select=hit.record_id)
        elif hit.entity in ("meetings", "meeting_agenda_items", "meeting_agreements"):
            with self.ctx.store.transaction() as s:
                obj = s.get(model_for_table(hit.entity), hit.record_id)
                meeting_id = hit.record_id if hit.entity == "meetings" else getattr(obj, "meeting_id", None)
            screen = window.show_screen("mesas")
            screen.refresh(select=meeting_id)
            tab = {"meeting_agenda_items": screen.agenda, "meeting_agreements": screen.agreements}.get(hit.entity)
            if tab is not None:
                screen.tabs.setCurrentWidget(tab)
        elif hit.entity == "neighbour_requests":
            screen = window.show_screen("requerimientos")
            screen.filter.setCurrentIndex(0)  # all statuses: the request found must be listed
            screen.refresh(select=hit.record_id)
        elif hit.entity in ("plan_objectives", "action_plans", "plan_activities", "plan_actors"):
            key = "objetivos" if hit.entity == "plan_objectives" else "plan"
            window.show_screen(key).open_record(hit.entity, hit.record_id)

    def rebuild(self) -> None:
        with self.ctx.store.transaction() as s:
            n = rebuild_index(s)
        self.status.setText(self.tr("Index rebuilt: {n} records.").format(n=n))
        if self.query.text().strip():
            self.run_search()
