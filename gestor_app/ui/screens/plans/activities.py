"""Tab "Activities" of the action plan: the table of activities and the editor of the selected one
(strategy, objective, people in charge, dates, status, progress, dependencies, places of the map,
resources). Saved as the person types."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.models.plans import ACTIVITY_STATUSES
from gestor_app.core.services import plans as ps
from gestor_app.core.services.map_features import list_features
from gestor_app.core.services.objectives import list_objectives
from gestor_app.ui.context import UiContext
from gestor_app.ui.screens.plans.common import CheckList, OptionalDateEdit, fmt_date

TEXT_FIELDS = ("title", "strategy", "responsible", "institution")


STATUS_SOURCES = {"pendiente": QT_TRANSLATE_NOOP("ActivityStatus", "Pending"),
                  "en_curso": QT_TRANSLATE_NOOP("ActivityStatus", "In progress"),
                  "cumplida": QT_TRANSLATE_NOOP("ActivityStatus", "Done"),
                  "atrasada": QT_TRANSLATE_NOOP("ActivityStatus", "Delayed"),
                  "cancelada": QT_TRANSLATE_NOOP("ActivityStatus", "Cancelled")}


def status_labels() -> dict[str, str]:
    return {k: QCoreApplication.translate("ActivityStatus", v) for k, v in STATUS_SOURCES.items()}


class ActivitiesTab(QSplitter):
    changed = Signal()  # an activity was created, edited or sent to the bin

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.plan_id: str | None = None
        self.territory_id: str | None = None
        self.activity_ids: list[str] = []
        self.today = date.today
        self.statuses = status_labels()
        assert set(self.statuses) == set(ACTIVITY_STATUSES)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Activity"), self.tr("Responsible"), self.tr("Start"),
                                              self.tr("End"), self.tr("Status"), self.tr("Progress")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 130)
        for c in range(2, 6):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.currentCellChanged.connect(lambda *_: self._select())
        lv.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.bin_button = QPushButton(self.tr("Send to bin"))
        self.bin_button.clicked.connect(self.send_to_bin)
        self.new_button = QPushButton(self.tr("New activity"))
        self.new_button.clicked.connect(self.new_activity)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move(1))
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        row.addStretch(1)
        row.addWidget(self.bin_button)
        row.addWidget(self.new_button)
        lv.addLayout(row)
        self.addWidget(left)
        self.addWidget(self._editor())
        self.setSizes([700, 460])
        ctx.autosaver.saved.connect(self._refresh_rows)

    def _editor(self) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        body = QWidget()
        form = QFormLayout(body)
        self.edits: dict[str, QLineEdit] = {}
        labels = {"title": self.tr("Activity"), "strategy": self.tr("Strategy"),
                  "responsible": self.tr("Responsible"), "institution": self.tr("Institution")}
        for key in TEXT_FIELDS:
            edit = QLineEdit()
            edit.textEdited.connect(lambda text, key=key: self._save(**{key: text}))
            edit.editingFinished.connect(self.ctx.autosaver.flush)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.edits["responsible"].setPlaceholderText(self.tr("Role or organisation (no personal data needed)"))
        self.objective = QComboBox()
        self.objective.currentIndexChanged.connect(lambda _i: self._save(objective_id=self.objective.currentData()))
        form.addRow(self.tr("Objective"), self.objective)
        self.start = OptionalDateEdit()
        self.start.changed.connect(self._start_changed)
        self.end = OptionalDateEdit()
        self.end.changed.connect(self._end_changed)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.end)
        form.addRow(self.tr("Start / end"), dates)
        self.status = QComboBox()
        for key, label in self.statuses.items():
            self.status.addItem(label, key)
        self.status.currentIndexChanged.connect(lambda _i: self._save(status=self.status.currentData()))
        form.addRow(self.tr("Status"), self.status)
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.valueChanged.connect(lambda v: self._save(progress=v))
        form.addRow(self.tr("Progress"), self.progress)
        self.depends = CheckList()
        self.depends.setFixedHeight(110)
        self.depends.toggled.connect(lambda ids: self._save(depends_on=ids))
        form.addRow(self.tr("Depends on"), self.depends)
        self.features = CheckList()
        self.features.setFixedHeight(110)
        self.features.toggled.connect(lambda ids: self._save(feature_ids=ids))
        form.addRow(self.tr("Places on the map"), self.features)
        self.resources = QPlainTextEdit()
        self.resources.setFixedHeight(64)
        self.resources.textChanged.connect(lambda: self._save(resources=self.resources.toPlainText()))
        form.addRow(self.tr("Resources"), self.resources)
        self.editor_widgets = [*self.edits.values(), self.objective, self.start, self.end, self.status, self.progress,
                               self.depends, self.features, self.resources]
        area.setWidget(body)
        return area

    # --- loading --------------------------------------------------------------------------------

    def load(self, territory_id: str | None, plan_id: str | None, select: str | None = None) -> None:
        self.territory_id, self.plan_id = territory_id, plan_id
        keep = select or self.current_id()
        with self.ctx.store.transaction() as s:
            self._objectives = [(o.id, o.display_title()) for o in list_objectives(s, territory_id=territory_id)] \
                if territory_id else []
            self._features = [(f.id, f.display_title()) for f in list_features(s, territory_id=territory_id)] \
                if territory_id else []
        with QSignalBlocker(self.objective):
            self.objective.clear()
            self.objective.addItem(self.tr("(no objective)"), None)
            for oid, title in self._objectives:
                self.objective.addItem(title, oid)
        self._refresh_rows()
        row = self.activity_ids.index(keep) if keep in self.activity_ids else (0 if self.activity_ids else -1)
        with QSignalBlocker(self.table):
            self.table.setCurrentCell(row, 0)
        self._select()
        self.new_button.setEnabled(territory_id is not None)

    def _refresh_rows(self) -> None:
        rows = []
        if self.plan_id:
            with self.ctx.store.transaction() as s:
                today = self.today()
                rows = [(a.id, a.title, a.responsible, a.start_date, a.end_date, a.status, a.progress,
                         ps.is_overdue(a, today)) for a in ps.list_activities(s, plan_id=self.plan_id)]
        self.activity_ids = [r[0] for r in rows]
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(rows))
            for r, (_id, title, resp, start, end, status, progress, late) in enumerate(rows):
                values = (title, resp, fmt_date(start), fmt_date(end), self.statuses.get(status, status),
                          f"{progress} %")
                for c, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    if c < 2:
                        item.setToolTip(value)
                    if late and c in (0, 3):
                        item.setForeground(QBrush(QColor("#C62828")))
                        item.setToolTip(self.tr("Overdue"))
                    self.table.setItem(r, c, item)

    def current_id(self) -> str | None:
        r = self.table.currentRow()
        return self.activity_ids[r] if 0 <= r < len(self.activity_ids) else None

    def _select(self) -> None:
        self.ctx.autosaver.flush()
        aid = self.current_id()
        others: list[tuple[str, str]] = []
        a = None
        with self.ctx.store.transaction() as s:
            if aid:
                a = ps.get_activity(s, aid)
                s.expunge(a)
                others = [(x.id, x.title) for x in ps.list_activities(s, plan_id=self.plan_id or "") if x.id != aid]
        for key, edit in self.edits.items():
            with QSignalBlocker(edit):
                edit.setText(getattr(a, key) if a else "")
                edit.setCursorPosition(0)
        with QSignalBlocker(self.objective):
            self.objective.setCurrentIndex(max(self.objective.findData(a.objective_id if a else None), 0))
        self.start.set_value(a.start_date if a else None)
        self.end.set_value(a.end_date if a else None)
        self._mark_end(ok=True)
        with QSignalBlocker(self.status):
            self.status.setCurrentIndex(max(self.status.findData(a.status if a else "pendiente"), 0))
        with QSignalBlocker(self.progress):
            self.progress.setValue(a.progress if a else 0)
        with QSignalBlocker(self.resources):
            self.resources.setPlainText(a.resources if a else "")
        self.depends.set_items(others, list(a.depends_on or []) if a else [])
        self.features.set_items(self._features, list(a.feature_ids or []) if a else [])
        for w in (*self.editor_widgets, self.bin_button, self.up_button, self.down_button):
            w.setEnabled(a is not None)

    # --- edits ----------------------------------------------------------------------------------

    def _save(self, **changes: object) -> None:
        aid = self.current_id()
        if aid:
            self.ctx.autosaver.schedule(f"activity.{aid}.{','.join(changes)}",
                                        lambda s: ps.update_activity(s, aid, **changes))
            self.changed.emit()

    def _start_changed(self, start: date | None) -> None:
        """A start after the end carries the end along (a one-day activity), never an error."""
        end = self.end.value()
        if start and end and end < start:
            self.end.set_value(start)
        self._mark_end(ok=True)
        self._save_dates()

    def _end_changed(self, end: date | None) -> None:
        """An end before the start (e.g. half-typed) is shown in red and not saved until it is valid."""
        start = self.start.value()
        ok = not (start and end and end < start)
        self._mark_end(ok=ok)
        if ok:
            self._save_dates()

    def _save_dates(self) -> None:
        """Start and end are written together under one key: a later edit replaces a pending one."""
        aid, start, end = self.current_id(), self.start.value(), self.end.value()
        if aid:
            self.ctx.autosaver.schedule(f"activity.{aid}.dates",
                                        lambda s: ps.update_activity(s, aid, start_date=start, end_date=end))
            self.changed.emit()

    def _mark_end(self, *, ok: bool) -> None:
        self.end.setStyleSheet("" if ok else "QDateEdit { border: 2px solid #C62828; }")
        self.end.setToolTip("" if ok else self.tr("The end cannot be before the start."))

    def new_activity(self) -> None:
        if not self.territory_id:
            return
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            self.plan_id = ps.get_or_create_plan(s, territory_id=self.territory_id).id
            aid = ps.create_activity(s, plan_id=self.plan_id, title=self.tr("New activity")).id
        self.load(self.territory_id, self.plan_id, select=aid)
        self.edits["title"].setFocus()
        self.edits["title"].selectAll()
        self.changed.emit()
        self.ctx.records_changed.emit()

    def move(self, step: int) -> None:
        """Swap the selected activity with its neighbour (the order of the table and the Gantt)."""
        r = self.table.currentRow()
        if not (0 <= r < len(self.activity_ids) and 0 <= r + step < len(self.activity_ids)):
            return
        self.ctx.autosaver.flush()
        ids = list(self.activity_ids)
        ids[r], ids[r + step] = ids[r + step], ids[r]
        with self.ctx.store.transaction() as s:
            for position, aid in enumerate(ids):
                ps.update_activity(s, aid, position=position)
        self.load(self.territory_id, self.plan_id, select=ids[r + step])
        self.changed.emit()

    def send_to_bin(self) -> None:
        aid = self.current_id()
        if aid:
            self.ctx.autosaver.flush()
            with self.ctx.store.transaction() as s:
                ps.delete_activity(s, aid)
            self.load(self.territory_id, self.plan_id)
            self.changed.emit()
            self.ctx.records_changed.emit()

    def select_activity(self, activity_id: str) -> None:
        if activity_id in self.activity_ids:
            self.table.setCurrentCell(self.activity_ids.index(activity_id), 0)

    def row_of(self, activity_id: str) -> int:
        return self.activity_ids.index(activity_id)
