"""Step 4 — Action plan: strategies and resources, activities, the carta Gantt (drag to change
dates, undoable) and the network map of actors."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.errors import GestorError
from gestor_app.core.services import plans as ps
from gestor_app.core.services.objectives import list_objectives
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout
from gestor_app.ui.screens.plans.activities import ActivitiesTab, status_labels
from gestor_app.ui.screens.plans.gantt import STATUS_COLORS, Bar, GanttView
from gestor_app.ui.screens.plans.network import NetworkTab
from gestor_app.ui.screens.plans.undo import MoveActivityDates


class PlanScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.territory_id: str | None = None
        self.plan_id: str | None = None
        self.today = date.today
        self.undo = QUndoStack(self)
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("4. Action plan")))
        intro = QLabel(self.tr("Strategies and activities agreed with the community, their Gantt chart and the "
                               "network of actors. Saved as you type; drag a bar to change its dates."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.strategies_tab = self._strategies()
        self.activities = ActivitiesTab(ctx)
        self.activities.today = lambda: self.today()
        self.activities.changed.connect(self._activities_changed)
        self.gantt_tab = self._gantt_tab()
        self.network = NetworkTab(ctx)
        self.tabs.addTab(self.gantt_tab, self.tr("Gantt chart"))
        self.tabs.addTab(self.activities, self.tr("Activities"))
        self.tabs.addTab(self.strategies_tab, self.tr("Strategies and resources"))
        self.tabs.addTab(self.network, self.tr("Network map"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        layout.addWidget(self.tabs, 1)
        self.empty = QLabel(self.tr("Choose a territory to work in (button at the top)."))
        layout.addWidget(self.empty)
        self._actions()

    def _strategies(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.plan_title = QLineEdit()
        self.ctx.autosaver.bind_line(self.plan_title, "plan.title", lambda s, v: self._save_plan(s, title=v))
        self.strategies = QPlainTextEdit()
        self.strategies.setPlaceholderText(self.tr("E.g. Mesa de Seguridad Focalizada in two sectors; protocol "
                                                   "to answer neighbours' requests…"))
        self.ctx.autosaver.bind_text(self.strategies, "plan.strategies",
                                     lambda s, v: self._save_plan(s, strategies=v))
        self.resources = QPlainTextEdit()
        self.ctx.autosaver.bind_text(self.resources, "plan.resources", lambda s, v: self._save_plan(s, resources=v))
        form.addRow(self.tr("Title"), self.plan_title)
        form.addRow(self.tr("Strategies"), self.strategies)
        form.addRow(self.tr("Available resources"), self.resources)
        return w

    def _gantt_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.scale = QComboBox()
        self.scale.addItem(self.tr("Months"), "months")
        self.scale.addItem(self.tr("Weeks"), "weeks")
        self.scale.currentIndexChanged.connect(lambda _i: self.gantt.set_scale(self.scale.currentData()))
        bar.addWidget(QLabel(self.tr("Scale")))
        bar.addWidget(self.scale)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo.undo)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.clicked.connect(self.undo.redo)
        self.undo.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        bar.addSpacing(16)
        for key, label in status_labels().items():
            chip = QLabel(label)
            chip.setStyleSheet(f"background:{STATUS_COLORS[key]}; color:{'#263238' if key == 'cancelada' else 'white'};"
                               " border-radius:3px; padding:1px 6px; font-size:9pt;")
            bar.addWidget(chip)
        late = QLabel(self.tr("! Overdue"))
        late.setStyleSheet("color:#C62828; font-weight:bold; border:2px solid #C62828; border-radius:3px;"
                           " padding:0px 5px; font-size:9pt;")
        bar.addWidget(late)
        bar.addStretch(1)
        v.addLayout(bar)
        self.gantt = GanttView()
        self.gantt.today_fn = lambda: self.today()
        self.gantt.moved.connect(self.move_activity)
        self.gantt.opened.connect(lambda aid: self.open_record("plan_activities", aid))
        v.addWidget(self.gantt, 1)
        return w

    def _actions(self) -> None:
        undo = self.undo.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.undo.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a in (undo, redo):
            a.setShortcutContext(a.shortcutContext().WidgetWithChildrenShortcut)
            self.addAction(a)
        self.undo_action, self.redo_action = undo, redo

    # --- loading --------------------------------------------------------------------------------

    def set_today(self, today: date) -> None:
        """Fix *today* (tests, screenshots): overdue flags and the today line follow it."""
        self.today = lambda: today
        self.refresh()

    def refresh(self) -> None:
        self.ctx.autosaver.flush()
        tid = self.ctx.current_territory_id()
        if tid != self.territory_id:
            self.undo.clear()
        self.territory_id = tid
        self.plan_id = None
        values = ("", "", "")
        if tid:  # only looked up: the plan is created by the first edit, not by looking at it
            with self.ctx.store.transaction() as s:
                plan = ps.find_plan(s, territory_id=tid)
                if plan is not None:
                    self.plan_id = plan.id
                    values = (plan.title, plan.strategies, plan.resources)
        for w, value in zip((self.plan_title, self.strategies, self.resources), values, strict=True):
            w.blockSignals(True)
            w.setText(value) if isinstance(w, QLineEdit) else w.setPlainText(value)
            w.blockSignals(False)
        self.activities.load(tid, self.plan_id)
        self.network.load(tid)
        self.load_gantt()
        self.tabs.setEnabled(tid is not None)
        self.empty.setVisible(tid is None)

    def open_record(self, entity: str, record_id: str) -> None:
        """Show a record found by the search: an activity, the plan's strategies or an actor."""
        self.refresh()
        if entity == "plan_activities":
            self.tabs.setCurrentWidget(self.activities)
            self.activities.select_activity(record_id)
        elif entity == "plan_actors":
            self.tabs.setCurrentWidget(self.network)
            self.network.load(self.territory_id, select=record_id)
        else:
            self.tabs.setCurrentWidget(self.strategies_tab)

    def load_gantt(self) -> None:
        """One row per activity, grouped under the objective each one serves (in the objectives' order)."""
        bars: list[Bar] = []
        if self.plan_id and self.territory_id:
            today = self.today()
            with self.ctx.store.transaction() as s:
                objectives = {o.id: (i, o.display_title()) for i, o in
                              enumerate(list_objectives(s, territory_id=self.territory_id))}
                acts = ps.list_activities(s, plan_id=self.plan_id)
                grouped = any(a.objective_id in objectives for a in acts)
                acts.sort(key=lambda a: objectives.get(a.objective_id or "", (len(objectives), ""))[0])
                no_objective = self.tr("Without objective")
                bars = [Bar(a.id, a.title, a.start_date, a.end_date, a.status, a.progress, ps.is_overdue(a, today),
                            list(a.depends_on or []),
                            objectives.get(a.objective_id or "", (0, no_objective))[1] if grouped else "")
                        for a in acts]
        self.gantt.set_bars(bars)

    def _tab_changed(self) -> None:
        self.ctx.autosaver.flush()
        if self.tabs.currentWidget() is self.gantt_tab:
            self.load_gantt()
        elif self.tabs.currentWidget() is self.activities:
            self.activities.load(self.territory_id, self.plan_id)

    def plan_changed(self) -> None:
        """After an undoable write: redraw the Gantt and the table."""
        self.load_gantt()
        self.activities.load(self.territory_id, self.plan_id)

    def _save_plan(self, session, **changes: object) -> None:  # noqa: ANN001 - autosave callback
        if self.territory_id:
            self.plan_id = ps.get_or_create_plan(session, territory_id=self.territory_id).id
            self.activities.plan_id = self.plan_id
            ps.update_plan(session, self.plan_id, **changes)

    def _activities_changed(self) -> None:
        self.plan_id = self.activities.plan_id or self.plan_id

    # --- edits ----------------------------------------------------------------------------------

    def move_activity(self, activity_id: str, start: date, end: date) -> None:
        """A bar was dropped: write the new dates as one undoable step."""
        self.ctx.autosaver.flush()
        bar = self.gantt.bar(activity_id)
        cmd = MoveActivityDates(self, activity_id, (bar.start, bar.end), (start, end))
        try:
            cmd.apply_first()
        except GestorError as exc:
            self.load_gantt()
            self.show_error(str(exc))
            return
        self.undo.push(cmd)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Change not saved"), message)
