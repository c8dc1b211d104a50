"""The walks screen: the territory's walks, and one walk open in tabs (header, items, scores)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.errors import GestorError
from gestor_app.core.field.report import walk_values
from gestor_app.core.field.scores import overall_score
from gestor_app.core.field.templates import CHECKLISTS_DIR, Template, TemplateError, available_templates
from gestor_app.core.models.walk import PERIODS
from gestor_app.core.services.walks import create_walk, delete_walk, get_walk, list_walks, walk_template
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout
from gestor_app.ui.screens.walks.entry import ItemEntry
from gestor_app.ui.screens.walks.header import HeaderForm
from gestor_app.ui.screens.walks.summary import CompareView, ScoresView, fmt


class WalksScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.templates_dir = CHECKLISTS_DIR
        self.templates: list[Template] = []
        self.template_errors: list[TemplateError] = []
        self.territory_id: str | None = None
        self.walk_id: str | None = None
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("Exploratory walks")))
        self.errors = QLabel()
        self.errors.setObjectName("badge")
        self.errors.setWordWrap(True)
        layout.addWidget(self.errors)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._list_page())
        self.stack.addWidget(self._walk_page())
        self.compare = CompareView(ctx)
        self.stack.addWidget(self._with_back(self.compare))
        layout.addWidget(self.stack, 1)

    # ---- pages --------------------------------------------------------------------------
    def _list_page(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("Walk the barrio with neighbours by day and after dark, item by item. Select two "
                               "walks of the same route to compare them."))
        intro.setWordWrap(True)
        col.addWidget(intro)
        self.walk_list = QListWidget()
        self.walk_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.walk_list.setStyleSheet("QListWidget::item { padding: 10px 6px; font-size: 12pt; }")
        self.walk_list.itemActivated.connect(lambda it: self.open_walk(it.data(Qt.ItemDataRole.UserRole)))
        self.walk_list.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        col.addWidget(self.walk_list, 1)
        col.addWidget(self.empty)
        row = QHBoxLayout()
        self.template_combo = QComboBox()
        self.new_button = QPushButton(self.tr("New walk"))
        self.new_button.clicked.connect(lambda: self.new_walk())
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self.open_walk(self._selected()[0]))
        self.compare_button = QPushButton(self.tr("Compare the two selected"))
        self.compare_button.clicked.connect(self.compare_selected)
        self.bin_button = QPushButton(self.tr("Send to the bin"))
        self.bin_button.clicked.connect(self.send_to_bin)
        row.addWidget(QLabel(self.tr("Checklist")))
        row.addWidget(self.template_combo, 1)
        for b in (self.new_button, self.open_button, self.compare_button, self.bin_button):
            b.setMinimumHeight(40)
            row.addWidget(b)
        col.addLayout(row)
        return page

    def _walk_page(self) -> QWidget:
        self.header = HeaderForm(self.ctx)
        self.entry = ItemEntry(self.ctx)
        self.scores = ScoresView(self.ctx)
        self.entry.finished.connect(lambda: self.tabs.setCurrentWidget(self.scores))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.header, self.tr("Header"))
        self.tabs.addTab(self.entry, self.tr("Checklist"))
        self.tabs.addTab(self.scores, self.tr("Scores and referrals"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.walk_title = QLabel()
        self.walk_title.setObjectName("subheading")
        page = self._with_back(self.tabs, self.walk_title)
        return page

    def _with_back(self, body: QWidget, title: QLabel | None = None) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        back = QPushButton(self.tr("◀ All walks"))
        back.clicked.connect(self.show_list)
        row.addWidget(back)
        if title is not None:
            row.addWidget(title, 1)
        row.addStretch(0 if title is not None else 1)
        col.addLayout(row)
        col.addWidget(body, 1)
        return page

    # ---- behaviour ----------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.autosaver.flush()
        self.templates, self.template_errors = available_templates(self.templates_dir)
        self.errors.setText("\n".join(self.tr("Checklist not loaded: %1").replace("%1", e.message)
                                      for e in self.template_errors))
        self.errors.setVisible(bool(self.template_errors))
        self.template_combo.clear()
        for t in self.templates:
            self.template_combo.addItem(self.tr("%1 (version %2)").replace("%1", t.title).replace("%2", str(t.version)),
                                        t.id)
        self.territory_id = self.ctx.current_territory_id()
        with self.ctx.store.transaction() as s:
            rows = []
            for w in list_walks(s, territory_id=self.territory_id):
                score = overall_score(walk_template(w), walk_values(s, walk_id=w.id))
                rows.append((w.id, w.display_title(), w.walk_date, PERIODS.get(w.period, w.period), score))
        self.walk_list.clear()
        for wid, title, day, period, score in rows:
            when = day.strftime("%d-%m-%Y") if day else "—"
            item = QListWidgetItem(self.tr("%1 — %2 · %3 · score %4").replace("%1", title).replace("%2", when)
                                   .replace("%3", period).replace("%4", fmt(score)))
            item.setData(Qt.ItemDataRole.UserRole, wid)
            self.walk_list.addItem(item)
        self.empty.setText(self.tr("No walks yet in this territory.") if not rows else "")
        self.empty.setVisible(not rows)
        enabled = self.territory_id is not None
        self.new_button.setEnabled(enabled and bool(self.templates))
        self._selection_changed()
        if self.stack.currentIndex() == 1 and self.walk_id and self.walk_id not in [r[0] for r in rows]:
            self.show_list()

    def _selected(self) -> list[str]:
        return [it.data(Qt.ItemDataRole.UserRole) for it in self.walk_list.selectedItems()]

    def _selection_changed(self) -> None:
        n = len(self._selected())
        self.open_button.setEnabled(n == 1)
        self.bin_button.setEnabled(n == 1)
        self.compare_button.setEnabled(n == 2)

    def new_walk(self, template_id: str | None = None) -> str | None:
        chosen = template_id or self.template_combo.currentData()
        template = next((t for t in self.templates if t.id == chosen), None)
        if template is None or self.territory_id is None:
            return None
        with self.ctx.store.transaction() as s:
            now = datetime.now()
            walk_id = create_walk(s, territory_id=self.territory_id, template=template, walk_date=now.date(),
                                  start_time=now.strftime("%H:%M"),
                                  period="noche" if now.hour >= 19 or now.hour < 7 else "dia").id
        self.ctx.records_changed.emit()
        self.refresh()
        self.open_walk(walk_id)
        return walk_id

    def open_walk(self, walk_id: str, *, tab: int = 0) -> None:
        self.ctx.autosaver.flush()
        self.walk_id = walk_id
        with self.ctx.store.transaction() as s:
            self.walk_title.setText(get_walk(s, walk_id).display_title())
        self.header.load(walk_id)
        self.entry.load(walk_id)
        self.stack.setCurrentIndex(1)
        self.tabs.setCurrentIndex(tab)

    def _tab_changed(self, index: int) -> None:
        self.ctx.autosaver.flush()
        if self.walk_id is None:
            return
        if self.tabs.widget(index) is self.scores:
            self.scores.load(self.walk_id)
        elif self.tabs.widget(index) is self.entry:
            self.entry.show_item(self.entry.index)
            self.entry.setFocus()

    def show_list(self) -> None:
        self.ctx.autosaver.flush()
        self.stack.setCurrentIndex(0)
        self.refresh()

    def compare_selected(self) -> None:
        ids = self._selected()
        if len(ids) != 2:
            return
        with self.ctx.store.transaction() as s:
            walks = sorted((get_walk(s, i) for i in ids), key=lambda w: (w.walk_date is None, w.walk_date, w.start_time))
            before, after = walks[0].id, walks[1].id
        self.compare.load(self.territory_id, before, after)
        self.stack.setCurrentIndex(2)

    def send_to_bin(self) -> None:
        ids = self._selected()
        if len(ids) != 1:
            return
        try:
            with self.ctx.store.transaction() as s:
                delete_walk(s, ids[0])
        except GestorError as exc:
            QMessageBox.warning(self, self.tr("Exploratory walks"), str(exc))
        self.ctx.records_changed.emit()
        self.refresh()
