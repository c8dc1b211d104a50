"""Step 5 — Follow-up: progress log per activity (overdue ones flagged), measurements of each goal's
indicator against its target, and the validation of the plan with the community."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.errors import GestorError
from gestor_app.core.services import objectives as obs
from gestor_app.core.services import plans as ps
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout
from gestor_app.ui.screens.plans.common import OptionalDateEdit, fmt_date, fmt_number

RED = QColor("#C62828")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return t


class FollowUpScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.territory_id: str | None = None
        self.plan_id: str | None = None
        self.today = date.today
        self.activity_ids: list[str] = []
        self.entry_ids: list[str] = []
        self.goal_ids: list[str] = []
        self.measurement_ids: list[str] = []
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("5. Follow-up")))
        self.overdue = QLabel()
        self.overdue.setWordWrap(True)
        layout.addWidget(self.overdue)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._progress_tab(), self.tr("Progress log"))
        self.tabs.addTab(self._indicators_tab(), self.tr("Indicators"))
        self.tabs.addTab(self._validation_tab(), self.tr("Validation of the plan"))
        layout.addWidget(self.tabs, 1)
        self.empty = QLabel(self.tr("Choose a territory to work in (button at the top)."))
        layout.addWidget(self.empty)

    # --- progress log ---------------------------------------------------------------------------

    def _progress_tab(self) -> QWidget:
        split = QSplitter()
        self.activities = QListWidget()
        self.activities.setWordWrap(True)
        self.activities.setSpacing(3)
        self.activities.currentRowChanged.connect(lambda _r: self._load_entries())
        split.addWidget(self.activities)
        right = QWidget()
        v = QVBoxLayout(right)
        v.setContentsMargins(0, 0, 0, 0)
        self.entries = _table([self.tr("Date"), self.tr("Progress"), self.tr("Note")])
        v.addWidget(self.entries, 1)
        form = QHBoxLayout()
        self.entry_date = QDateEdit()
        self.entry_date.setCalendarPopup(True)
        self.entry_date.setDisplayFormat("dd-MM-yyyy")
        self.entry_progress = QSpinBox()
        self.entry_progress.setRange(0, 100)
        self.entry_progress.setSuffix(" %")
        self.entry_note = QLineEdit()
        self.entry_note.setPlaceholderText(self.tr("What was done"))
        self.add_entry_button = QPushButton(self.tr("Log progress"))
        self.add_entry_button.clicked.connect(self.add_entry)
        for w in (self.entry_date, self.entry_progress):
            form.addWidget(w)
        form.addWidget(self.entry_note, 1)
        form.addWidget(self.add_entry_button)
        v.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.remove_entry_button = QPushButton(self.tr("Send entry to bin"))
        self.remove_entry_button.clicked.connect(self.remove_entry)
        row.addWidget(self.remove_entry_button)
        v.addLayout(row)
        split.addWidget(right)
        split.setSizes([380, 700])
        return split

    def current_activity(self) -> str | None:
        r = self.activities.currentRow()
        return self.activity_ids[r] if 0 <= r < len(self.activity_ids) else None

    def _load_activities(self) -> None:
        keep = self.current_activity()
        today = self.today()
        rows, late = [], []
        if self.plan_id:
            with self.ctx.store.transaction() as s:
                for a in ps.list_activities(s, plan_id=self.plan_id):
                    rows.append((a.id, f"{a.title} — {a.progress} % · {fmt_date(a.end_date)}", ps.is_overdue(a, today)))
                late = [a.title for a in ps.overdue_activities(s, plan_id=self.plan_id, today=today)]
        self.activity_ids = [r[0] for r in rows]
        with QSignalBlocker(self.activities):
            self.activities.clear()
            for _id, text, is_late in rows:
                item = QListWidgetItem(("! " if is_late else "") + text)
                if is_late:
                    item.setForeground(QBrush(RED))
                self.activities.addItem(item)
        self.activities.setCurrentRow(self.activity_ids.index(keep) if keep in self.activity_ids
                                      else (0 if rows else -1))
        if late:
            self.overdue.setText(self.tr("Overdue on {day}: {titles}").format(day=fmt_date(today),
                                                                              titles="; ".join(late)))
            self.overdue.setStyleSheet("color:#C62828; font-weight:bold;")
        else:
            self.overdue.setText(self.tr("No overdue activities on {day}.").format(day=fmt_date(today)))
            self.overdue.setStyleSheet("")
        self._load_entries()

    def _load_entries(self) -> None:
        aid = self.current_activity()
        rows = []
        if aid:
            with self.ctx.store.transaction() as s:
                rows = [(e.id, e.recorded_on, e.progress, e.note) for e in ps.list_progress(s, activity_id=aid)]
                self.entry_progress.setValue(ps.get_activity(s, aid).progress)
        self.entry_ids = [r[0] for r in rows]
        self.entries.setRowCount(len(rows))
        for r, (_id, on, progress, note) in enumerate(rows):
            for c, value in enumerate((fmt_date(on), f"{progress} %", note)):
                self.entries.setItem(r, c, QTableWidgetItem(value))
        self.entry_date.setDate(_qdate(self.today()))
        for w in (self.add_entry_button, self.remove_entry_button, self.entry_note, self.entry_progress):
            w.setEnabled(aid is not None)

    def add_entry(self) -> None:
        aid = self.current_activity()
        if not aid:
            return
        try:
            with self.ctx.store.transaction() as s:
                ps.add_progress(s, activity_id=aid, recorded_on=_pydate(self.entry_date.date()),
                                progress=self.entry_progress.value(), note=self.entry_note.text())
        except GestorError as exc:
            QMessageBox.warning(self, self.tr("Progress not logged"), str(exc))
            return
        self.entry_note.clear()
        self._load_activities()

    def remove_entry(self) -> None:
        r = self.entries.currentRow()
        if 0 <= r < len(self.entry_ids):
            with self.ctx.store.transaction() as s:
                ps.delete_progress(s, self.entry_ids[r])
            self._load_activities()
            self.ctx.records_changed.emit()

    # --- indicators -----------------------------------------------------------------------------

    def _indicators_tab(self) -> QWidget:
        split = QSplitter()
        self.goals = QListWidget()
        self.goals.setWordWrap(True)
        self.goals.currentRowChanged.connect(lambda _r: self._load_measurements())
        split.addWidget(self.goals)
        right = QWidget()
        v = QVBoxLayout(right)
        v.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Goal"))
        form = QFormLayout(box)
        self.goal_summary = QLabel()
        self.goal_summary.setWordWrap(True)
        self.attainment = QProgressBar()
        self.attainment.setRange(0, 100)
        self.attainment.setFormat(self.tr("%p % of the way from the baseline to the target"))
        form.addRow(self.goal_summary)
        form.addRow(self.tr("Attainment"), self.attainment)
        v.addWidget(box)
        self.measurements = _table([self.tr("Date"), self.tr("Value"), self.tr("Note")])
        v.addWidget(self.measurements, 1)
        row = QHBoxLayout()
        self.measure_date = QDateEdit()
        self.measure_date.setCalendarPopup(True)
        self.measure_date.setDisplayFormat("dd-MM-yyyy")
        self.measure_value = QDoubleSpinBox()
        self.measure_value.setRange(-1e9, 1e9)
        self.measure_value.setDecimals(2)
        self.measure_note = QLineEdit()
        self.measure_note.setPlaceholderText(self.tr("Source of the measurement"))
        self.add_measure_button = QPushButton(self.tr("Add measurement"))
        self.add_measure_button.clicked.connect(self.add_measurement)
        row.addWidget(self.measure_date)
        row.addWidget(self.measure_value)
        row.addWidget(self.measure_note, 1)
        row.addWidget(self.add_measure_button)
        v.addLayout(row)
        r2 = QHBoxLayout()
        r2.addStretch(1)
        self.remove_measure_button = QPushButton(self.tr("Send measurement to bin"))
        self.remove_measure_button.clicked.connect(self.remove_measurement)
        r2.addWidget(self.remove_measure_button)
        v.addLayout(r2)
        split.addWidget(right)
        split.setSizes([380, 700])
        return split

    def current_goal(self) -> str | None:
        r = self.goals.currentRow()
        return self.goal_ids[r] if 0 <= r < len(self.goal_ids) else None

    def _load_goals(self) -> None:
        keep = self.current_goal()
        rows = []
        if self.territory_id:
            with self.ctx.store.transaction() as s:
                for o in obs.list_objectives(s, territory_id=self.territory_id):
                    rows += [(g.id, g.indicator or self.tr("(goal without indicator)"))
                             for g in obs.list_goals(s, objective_id=o.id)]
        self.goal_ids = [r[0] for r in rows]
        with QSignalBlocker(self.goals):
            self.goals.clear()
            self.goals.addItems([r[1] for r in rows])
        self.goals.setCurrentRow(self.goal_ids.index(keep) if keep in self.goal_ids else (0 if rows else -1))
        self._load_measurements()

    def _load_measurements(self) -> None:
        gid = self.current_goal()
        rows, summary, share = [], "", None
        if gid:
            with self.ctx.store.transaction() as s:
                g = obs.get_goal(s, gid)
                rows = [(m.id, m.measured_on, m.value, m.note) for m in obs.list_measurements(s, goal_id=gid)]
                latest = rows[-1][2] if rows else None
                share = obs.attainment(g, latest)
                summary = self.tr("Baseline {b} · target {t} {u} by {d} · latest {v}").format(
                    b=fmt_number(g.baseline) or "—", t=fmt_number(g.target) or "—", u=g.unit, d=fmt_date(g.due_date),
                    v=fmt_number(latest) or "—")
        self.goal_summary.setText(summary)
        self.attainment.setValue(max(0, min(100, round(share * 100))) if share is not None else 0)
        self.attainment.setEnabled(share is not None)
        self.measurement_ids = [r[0] for r in rows]
        self.measurements.setRowCount(len(rows))
        for r, (_id, on, value, note) in enumerate(rows):
            for c, text in enumerate((fmt_date(on), fmt_number(value), note)):
                self.measurements.setItem(r, c, QTableWidgetItem(text))
        self.measure_date.setDate(_qdate(self.today()))
        for w in (self.add_measure_button, self.remove_measure_button, self.measure_value, self.measure_note):
            w.setEnabled(gid is not None)

    def add_measurement(self) -> None:
        gid = self.current_goal()
        if not gid:
            return
        try:
            with self.ctx.store.transaction() as s:
                obs.add_measurement(s, goal_id=gid, measured_on=_pydate(self.measure_date.date()),
                                    value=self.measure_value.value(), note=self.measure_note.text())
        except GestorError as exc:
            QMessageBox.warning(self, self.tr("Measurement not added"), str(exc))
            return
        self.measure_note.clear()
        self._load_measurements()

    def remove_measurement(self) -> None:
        r = self.measurements.currentRow()
        if 0 <= r < len(self.measurement_ids):
            with self.ctx.store.transaction() as s:
                obs.delete_measurement(s, self.measurement_ids[r])
            self._load_measurements()
            self.ctx.records_changed.emit()

    # --- validation -----------------------------------------------------------------------------

    def _validation_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        note = QLabel(self.tr("The plan and its Gantt chart are validated with the community in a meeting; "
                              "write down when, in which meeting and the reference of its minutes (acta)."))
        note.setWordWrap(True)
        v.addWidget(note)
        form = QFormLayout()
        self.validated_on = OptionalDateEdit()
        self.validated_on.changed.connect(lambda d: self._save_plan(validated_on=d))
        self.validation_meeting = QLineEdit()
        self.validation_meeting.textEdited.connect(lambda t: self._save_plan(validation_meeting=t))
        self.validation_acta = QLineEdit()
        self.validation_acta.textEdited.connect(lambda t: self._save_plan(validation_acta_ref=t))
        for e in (self.validation_meeting, self.validation_acta):
            e.editingFinished.connect(self.ctx.autosaver.flush)
        form.addRow(self.tr("Validated on"), self.validated_on)
        form.addRow(self.tr("Meeting"), self.validation_meeting)
        form.addRow(self.tr("Minutes (acta) reference"), self.validation_acta)
        v.addLayout(form)
        v.addStretch(1)
        return w

    def _save_plan(self, **changes: object) -> None:
        tid = self.territory_id
        if not tid:
            return

        def save(s) -> None:  # noqa: ANN001 - a session
            self.plan_id = ps.get_or_create_plan(s, territory_id=tid).id  # the first edit creates the plan
            ps.update_plan(s, self.plan_id, **changes)

        self.ctx.autosaver.schedule(f"plan.{tid}.{','.join(changes)}", save)

    def _load_validation(self) -> None:
        on, meeting, acta = None, "", ""
        if self.plan_id:
            with self.ctx.store.transaction() as s:
                p = ps.get_plan(s, self.plan_id)
                on, meeting, acta = p.validated_on, p.validation_meeting, p.validation_acta_ref
        self.validated_on.set_value(on)
        for e, value in ((self.validation_meeting, meeting), (self.validation_acta, acta)):
            with QSignalBlocker(e):
                e.setText(value)

    # --- screen ---------------------------------------------------------------------------------

    def set_today(self, today: date) -> None:
        self.today = lambda: today
        self.refresh()

    def refresh(self) -> None:
        self.ctx.autosaver.flush()
        self.territory_id = self.ctx.current_territory_id()
        self.plan_id = None
        if self.territory_id:
            with self.ctx.store.transaction() as s:
                plan = ps.find_plan(s, territory_id=self.territory_id)
                self.plan_id = plan.id if plan else None
        self._load_activities()
        self._load_goals()
        self._load_validation()
        self.tabs.setEnabled(self.territory_id is not None)
        self.empty.setVisible(self.territory_id is None)
        self.overdue.setVisible(self.territory_id is not None)
