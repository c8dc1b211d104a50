"""Step 3 — Objectives and goals: the general objective and the specific ones, each linked to the
diagnosed problems it addresses and placed in an ámbito of the Plan Comunal, with its metas
(indicator, baseline, target, unit, due date). Everything is saved as the person types."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.ambitos import default_ambitos
from gestor_app.core.services import objectives as obs
from gestor_app.core.services.problems import list_problems
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout
from gestor_app.ui.screens.plans.common import CheckList, OptionalDateEdit, fmt_number

GOAL_COLUMNS = ("indicator", "baseline", "target", "unit", "due_date")


class ObjectivesScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.territory_id: str | None = None
        self.objective_ids: list[str] = []
        self.goal_ids: list[str] = []
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("3. Objectives and goals")))
        intro = QLabel(self.tr("One general objective and the specific ones, each addressing problems of the "
                               "diagnosis, with measurable goals. Saved as you type."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.body = QSplitter()
        self.body.addWidget(self._list_panel())
        self.body.addWidget(self._editor())
        self.body.setSizes([330, 800])
        layout.addWidget(self.body, 1)
        self.empty = QLabel(self.tr("Choose a territory to work in (button at the top)."))
        layout.addWidget(self.empty)

    def _list_panel(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._select)
        v.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.bin_button = QPushButton(self.tr("Send to bin"))
        self.bin_button.clicked.connect(self.send_to_bin)
        self.new_button = QPushButton(self.tr("New objective"))
        self.new_button.clicked.connect(lambda: self.new_objective())
        row.addWidget(self.bin_button)
        row.addWidget(self.new_button)
        v.addLayout(row)
        return w

    def _editor(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("General objective"), "general")
        self.kind.addItem(self.tr("Specific objective"), "especifico")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("Kind"), self.kind)
        self.ambito = QComboBox()
        self.ambito.setToolTip(self.tr("Thematic area of the Plan Comunal: the indicators are added up by "
                                       "territory and ámbito."))
        self.ambito.addItem(self.tr("No ámbito"), "")
        for a in default_ambitos():
            self.ambito.addItem(a.label, a.key)
            self.ambito.setItemData(self.ambito.count() - 1, a.description, Qt.ItemDataRole.ToolTipRole)
        self.ambito.currentIndexChanged.connect(lambda _i: self._save(ambito=self.ambito.currentData()))
        form.addRow(self.tr("Ámbito (Plan Comunal)"), self.ambito)
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(80)
        self.text.setPlaceholderText(self.tr("Verb in infinitive: what will change, where, for whom…"))
        self.text.textChanged.connect(self._text_changed)
        form.addRow(self.tr("Objective"), self.text)
        self.problems = CheckList()
        self.problems.setFixedHeight(96)
        self.problems.toggled.connect(lambda ids: self._save(problem_ids=ids))
        form.addRow(self.tr("Problems it addresses"), self.problems)
        v.addLayout(form)
        box = QGroupBox(self.tr("Goals (metas)"))
        bv = QVBoxLayout(box)
        self.goals = QTableWidget(0, len(GOAL_COLUMNS))
        self.goals.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Baseline"), self.tr("Target"),
                                              self.tr("Unit"), self.tr("Due date")])
        hh = self.goals.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3, 4):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.goals.cellChanged.connect(self._goal_cell)
        bv.addWidget(self.goals, 1)
        gr = QHBoxLayout()
        gr.addStretch(1)
        self.remove_goal_button = QPushButton(self.tr("Send goal to bin"))
        self.remove_goal_button.clicked.connect(self.remove_goal)
        self.add_goal_button = QPushButton(self.tr("Add goal"))
        self.add_goal_button.clicked.connect(self.add_goal)
        gr.addWidget(self.remove_goal_button)
        gr.addWidget(self.add_goal_button)
        bv.addLayout(gr)
        v.addWidget(box, 1)
        return w

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.autosaver.flush()
        self.load(self.ctx.current_territory_id())

    def load(self, territory_id: str | None, select: str | None = None) -> None:
        self.territory_id = territory_id
        keep = select or self.current_id()
        with self.ctx.store.transaction() as s:
            rows = [(o.id, o.display_title()) for o in obs.list_objectives(s, territory_id=territory_id)] \
                if territory_id else []
            self._problems = [(p.id, p.title) for p in list_problems(s, territory_id=territory_id)] \
                if territory_id else []
        self.objective_ids = [r[0] for r in rows]
        with QSignalBlocker(self.list):
            self.list.clear()
            self.list.addItems([r[1] for r in rows])
        self.list.setCurrentRow(self.objective_ids.index(keep) if keep in self.objective_ids else (0 if rows else -1))
        self._select(self.list.currentRow())
        self.body.setEnabled(territory_id is not None)
        self.empty.setVisible(territory_id is None)

    def open_record(self, entity: str, record_id: str) -> None:
        """Show a record found by the search (an objective of the current territory)."""
        self.load(self.ctx.current_territory_id(), select=record_id)

    def current_id(self) -> str | None:
        r = self.list.currentRow()
        return self.objective_ids[r] if 0 <= r < len(self.objective_ids) else None

    def _select(self, _row: int) -> None:
        self.ctx.autosaver.flush()
        oid = self.current_id()
        kind, text, linked, goals, ambito = "especifico", "", [], [], ""
        with self.ctx.store.transaction() as s:
            if oid:
                o = obs.get_objective(s, oid)
                kind, text, linked, ambito = o.kind, o.text, list(o.problem_ids or []), o.ambito or ""
                goals = [(g.id, g.indicator, g.baseline, g.target, g.unit, g.due_date)
                         for g in obs.list_goals(s, objective_id=oid)]
        with QSignalBlocker(self.kind):
            self.kind.setCurrentIndex(self.kind.findData(kind))
        with QSignalBlocker(self.text):
            self.text.setPlainText(text)
        self._show_ambito(ambito)
        self.problems.set_items(self._problems, linked)
        self._fill_goals(goals)
        for w in (self.kind, self.ambito, self.text, self.problems, self.goals, self.add_goal_button, self.remove_goal_button,
                  self.bin_button):
            w.setEnabled(oid is not None)

    def _show_ambito(self, key: str) -> None:
        with QSignalBlocker(self.ambito):
            if self.ambito.findData(key) < 0:  # a key from a newer list, synchronised: shown as it is
                self.ambito.addItem(key, key)
            self.ambito.setCurrentIndex(self.ambito.findData(key))

    def _fill_goals(self, goals: list[tuple]) -> None:
        self.goal_ids = [g[0] for g in goals]
        with QSignalBlocker(self.goals):
            self.goals.setRowCount(0)
            self.goals.setRowCount(len(goals))
            for r, (gid, indicator, baseline, target, unit, due) in enumerate(goals):
                for c, value in enumerate((indicator, fmt_number(baseline), fmt_number(target), unit)):
                    self.goals.setItem(r, c, QTableWidgetItem(value))
                edit = OptionalDateEdit()
                edit.set_value(due)
                edit.changed.connect(lambda d, gid=gid: self._save_goal(gid, due_date=d))
                self.goals.setCellWidget(r, 4, edit)

    # --- edits ----------------------------------------------------------------------------------

    def _save(self, **changes: object) -> None:
        oid = self.current_id()
        if oid:
            self.ctx.autosaver.schedule(f"objective.{oid}.{','.join(changes)}",
                                        lambda s: obs.update_objective(s, oid, **changes))

    def _text_changed(self) -> None:
        text = self.text.toPlainText()
        self._save(text=text)
        item = self.list.currentItem()
        if item is not None:
            label = self.kind.currentText()
            item.setText(f"{label}: {text.strip()[:80]}" if text.strip() else label)

    def _kind_changed(self, _i: int) -> None:
        self._save(kind=self.kind.currentData())
        self.ctx.autosaver.flush()
        self.load(self.territory_id)

    def _save_goal(self, goal_id: str, **changes: object) -> None:
        self.ctx.autosaver.schedule(f"goal.{goal_id}.{','.join(changes)}",
                                    lambda s: obs.update_goal(s, goal_id, **changes))

    def _goal_cell(self, row: int, col: int) -> None:
        if 0 <= row < len(self.goal_ids) and col < 4:
            self._save_goal(self.goal_ids[row], **{GOAL_COLUMNS[col]: self.goals.item(row, col).text()})

    def new_objective(self, kind: str | None = None) -> None:
        if not self.territory_id:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            has_general = any(o.kind == "general" for o in obs.list_objectives(s, territory_id=self.territory_id))
            kind = kind or ("especifico" if has_general else "general")
            oid = obs.create_objective(s, territory_id=self.territory_id, kind=kind).id
        self.load(self.territory_id, select=oid)
        self.text.setFocus()
        self.ctx.records_changed.emit()

    def send_to_bin(self) -> None:
        oid = self.current_id()
        if oid:
            self.ctx.autosaver.flush()
            with self.ctx.store.transaction() as s:
                obs.delete_objective(s, oid)
            self.load(self.territory_id)
            self.ctx.records_changed.emit()

    def add_goal(self) -> None:
        oid = self.current_id()
        if not oid:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            obs.create_goal(s, objective_id=oid)
        self._select(self.list.currentRow())
        self.goals.setCurrentCell(self.goals.rowCount() - 1, 0)

    def remove_goal(self) -> None:
        r = self.goals.currentRow()
        if 0 <= r < len(self.goal_ids):
            self.ctx.autosaver.flush()
            with self.ctx.store.transaction() as s:
                obs.delete_goal(s, self.goal_ids[r])
            self._select(self.list.currentRow())
            self.ctx.records_changed.emit()
